/**
 * The site card in both browsers: a fixture page of our own whose canonical URL is an outlet the State
 * Media Matrix rates state-controlled (RT). The popup opens with the card and its warning first, and
 * the toolbar badge turns red with a tooltip that says why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { launch, openPopup, serveFixtures, waitFor, waitForHighlights, type BrowserName, type Launched, type Served } from './harness';

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`site card in ${name}`, () => {
    let served: Served;
    let l: Launched;
    let page: Page;
    const url = () => `${served.origin}/state-outlet/`;

    beforeAll(async () => {
      served = await serveFixtures();
      l = await launch(name);
      page = await l.browser.newPage();
      await page.goto(url());
      await waitForHighlights(page);
    });
    afterAll(async () => {
      await l?.browser.close();
      await served?.close();
    });

    it('opens the popup with the outlet’s card, its state-control rating said first', async () => {
      const popup = await openPopup(l, url());
      try {
        await waitFor(() => popup.evaluate(() => document.querySelector('.sl-site') !== null), 15_000, 'site card');
        const view = await popup.evaluate(() => {
          const site = document.querySelector('.sl-site')!;
          const main = document.querySelector('.sl-popup')!;
          return {
            alert: site.querySelector('.sl-site-alert')?.textContent ?? null,
            name: site.querySelector('.sl-site-name')?.textContent ?? null,
            host: site.querySelector('.sl-site-host')?.textContent ?? null,
            country: site.querySelector('[data-fact="country"]')?.textContent ?? null,
            rating: site.querySelector('[data-fact="stateControl"]')?.textContent ?? null,
            beforeSwitches: main.querySelector('.sl-switches') !== null
              && (site.compareDocumentPosition(main.querySelector('.sl-switches')!) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
          };
        });
        expect(view.alert).toMatch(/^State-controlled \(State Media Matrix\)/);
        expect(view.name).toBe('RT');
        expect(view.host).toBe('www.rt.com');
        expect(view.country).toMatch(/^Russia/);
        expect(view.rating).toMatch(/State-controlled \(State Media Matrix\).*source: State Media Matrix/);
        expect(view.beforeSwitches).toBe(true);
      } finally {
        await popup.close();
      }
    });

    it('turns the badge red and says why in its tooltip', async () => {
      const popup = await openPopup(l, url());
      try {
        const got = await popup.evaluate(async (u) => {
          type Action = {
            getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
            getTitle(d: { tabId: number }): Promise<string>;
          };
          type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> }; action?: Action; browserAction?: Action };
          const g = globalThis as unknown as { browser?: Api; chrome: Api };
          const api = g.browser ?? g.chrome;
          const reply = (await api.runtime.sendMessage({ type: 'get-report', url: u })) as { tabId: number };
          const action = (api.action ?? api.browserAction)!;
          return { color: await action.getBadgeBackgroundColor({ tabId: reply.tabId }), title: await action.getTitle({ tabId: reply.tabId }) };
        }, url());
        expect(got.color.slice(0, 3)).toEqual([0xc6, 0x28, 0x28]);
        expect(got.title).toMatch(/^Sourcelight.* · RT: State-controlled \(State Media Matrix\)$/);
      } finally {
        await popup.close();
      }
    });
  });
}
