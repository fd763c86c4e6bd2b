/**
 * The built extension in Debian Chromium and firefox-esr, seen as a user sees it: highlights on the
 * page, the popup's roster and cards, switches that take effect at once and persist, a non-article
 * page left alone, and an article DOM that is byte-identical before and after.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import {
  FIXTURES, articleHtml, launch, openPopup, openPopupFor, readHighlights, serveFixtures, waitFor, waitForHighlights, waitForVerdict,
  type BrowserName, type Launched, type Served,
} from './harness';

type Expected = {
  isArticle: boolean;
  highlights: Record<string, string[]>;
  notHighlighted?: Record<string, string[]>;
  speakers?: { name: string; role: string }[];
  credits?: { text: string; chain: [string, string][] }[];
  cards?: Record<string, { stateControl: string | null }>;
};
const expected = (slug: string): Expected => JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8'));

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`extension in ${name}`, () => {
    let served: Served;
    let l: Launched;
    let page: Page;
    const article = () => `${served.origin}/lunar-pact/`;

    beforeAll(async () => {
      served = await serveFixtures();
      l = await launch(name);
      page = await l.browser.newPage();
      await page.goto(article());
      await waitForHighlights(page);
    });
    afterAll(async () => {
      await l?.browser.close();
      await served?.close();
    });

    it('paints every expected finding under the five highlight names', async () => {
      const want = expected('lunar-pact');
      const got = await waitFor(async () => {
        const h = await readHighlights(page);
        return Object.entries(want.highlights).every(([k, texts]) => texts.every((t) => h[k]!.some((r) => r.includes(t)))) ? h : null;
      }, 60_000, 'all expected highlights').catch(() => readHighlights(page));
      for (const [kind, texts] of Object.entries(want.highlights)) {
        for (const t of texts) expect(got[kind], `${kind} should hold “${t}”`).toSatisfy((rs: string[]) => rs.some((r) => r.includes(t)));
      }
      for (const [kind, texts] of Object.entries(want.notHighlighted ?? {})) {
        for (const t of texts) expect(got[kind]!.some((r) => r.includes(t)), `${kind} must not hold “${t}”`).toBe(false);
      }
    });

    it('paints what every other fixture page expects', async () => {
      const slugs = readdirSync(FIXTURES).filter((s) => s !== 'lunar-pact' && existsSync(join(FIXTURES, s, 'expected.json')));
      expect(slugs.length).toBeGreaterThanOrEqual(3);
      for (const slug of slugs) {
        const want = expected(slug);
        const tab = await l.browser.newPage();
        try {
          await tab.goto(`${served.origin}/${slug}/`);
          const wanted = Object.values(want.highlights).flat().length;
          const got = wanted
            ? await waitFor(async () => {
                const h = await readHighlights(tab);
                return Object.entries(want.highlights).every(([k, ts]) => ts.every((t) => h[k]!.some((r) => r.includes(t)))) ? h : null;
              }, 60_000, `${slug} highlights`).catch(() => readHighlights(tab))
            : await waitForVerdict(l, tab).then(() => readHighlights(tab));
          for (const [kind, texts] of Object.entries(want.highlights)) {
            for (const t of texts) expect(got[kind]!.some((r) => r.includes(t)), `${slug}: ${kind} should hold “${t}”`).toBe(true);
          }
          for (const [kind, texts] of Object.entries(want.notHighlighted ?? {})) {
            for (const t of texts) expect(got[kind]!.some((r) => r.includes(t)), `${slug}: ${kind} must not hold “${t}”`).toBe(false);
          }
          if (!want.isArticle) expect(Object.values(got).flat()).toEqual([]);
          const html = await articleHtml(tab);
          expect(html.live, `${slug} DOM`).toBe(html.served);
        } finally {
          await tab.close();
        }
      }
    });

    it('leaves the article DOM byte-identical and adds no element to the page', async () => {
      const html = await articleHtml(page);
      expect(html.live).toBe(html.served);
      expect(html.bodyChildren).toBe(html.servedBodyChildren);
    });

    it('lists speakers, credit chains and source cards in the popup', async () => {
      const want = expected('lunar-pact');
      const popup = await openPopup(l, article());
      try {
        await waitFor(() => popup.evaluate(() => document.querySelectorAll('.sl-photo').length > 0), 60_000, 'popup roster');
        const view = await popup.evaluate(() => ({
          people: [...document.querySelectorAll('.sl-person')].map((p) => p.textContent ?? ''),
          photos: [...document.querySelectorAll('.sl-photo')].map((p) =>
            [...p.querySelectorAll('.sl-chip')].map((c) => [c.querySelector('.sl-chip-role')?.textContent, c.querySelector('.sl-chip-name')?.textContent]),
          ),
          summary: document.querySelector('.sl-photo-summary')?.textContent ?? '',
          cards: Object.fromEntries(
            [...document.querySelectorAll('.sl-card')].map((c) => [c.getAttribute('data-source-id'), c.querySelector('.sl-badge')?.textContent ?? null]),
          ),
        }));
        for (const s of want.speakers ?? []) {
          expect(view.people.some((p) => p.includes(s.name) && p.includes(s.role)), `speaker ${s.name}, ${s.role}`).toBe(true);
        }
        for (const c of want.credits ?? []) expect(view.photos).toContainEqual(c.chain);
        for (const [id, card] of Object.entries(want.cards ?? {})) {
          expect(view.cards, `card ${id}`).toHaveProperty(id);
          if (card.stateControl === 'SC') expect(view.cards[id]).toBe('State-controlled');
          if (card.stateControl === null) expect(view.cards[id]).toBeNull();
        }
        expect(view.summary).toMatch(/^2 photos: 2 from state-controlled agencies/);
      } finally {
        await popup.close();
      }
    });

    it('switching a kind off empties it at once, stays off after reload, and the DOM stays untouched', async () => {
      const popup = await openPopup(l, article());
      const quoteSwitch = '.sl-switch[data-kind="quote"]';
      try {
        await waitFor(() => popup.evaluate((s) => document.querySelector(s) !== null, quoteSwitch), 60_000, 'switch');
        await popup.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), quoteSwitch);
        await waitFor(async () => (await readHighlights(page)).quote!.length === 0, 60_000, 'quotes to disappear');
        expect((await readHighlights(page)).credit!.length).toBeGreaterThan(0);
        await page.reload();
        const after = await waitForHighlights(page);
        expect(after.quote).toEqual([]);
        expect(after.credit!.length).toBeGreaterThan(0);
        const html = await articleHtml(page);
        expect(html.live).toBe(html.served);
        await popup.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), quoteSwitch);
        await waitFor(async () => (await readHighlights(page)).quote!.length > 0, 60_000, 'quotes to return');
      } finally {
        await popup.close();
      }
    });

    it('toggles all highlights on the tab (the keyboard command’s message) and back', async () => {
      const popup = await openPopup(l, article());
      try {
        const toggle = () =>
          popup.evaluate(async (url) => {
            type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> }; tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
            const g = globalThis as unknown as { browser?: Api; chrome: Api };
            const api = g.browser ?? g.chrome;
            const reply = (await api.runtime.sendMessage({ type: 'get-report', url })) as { tabId: number };
            return api.tabs.sendMessage(reply.tabId, { type: 'toggle-all' });
          }, article());
        await toggle();
        await waitFor(async () => Object.values(await readHighlights(page)).every((v) => v.length === 0), 60_000, 'all hidden');
        await toggle();
        await waitForHighlights(page, 60_000);
      } finally {
        await popup.close();
      }
    });

    it('badges the tab with the number of checkable claims (balanced) and registers the Alt+Shift+L command', async () => {
      const popup = await openPopup(l, article());
      try {
        const got = await popup.evaluate(async (url) => {
          type Api = {
            runtime: { sendMessage(m: unknown): Promise<unknown> };
            commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
            action?: { getBadgeText(d: { tabId: number }): Promise<string> };
            browserAction?: { getBadgeText(d: { tabId: number }): Promise<string> };
          };
          const g = globalThis as unknown as { browser?: Api; chrome: Api };
          const api = g.browser ?? g.chrome;
          const reply = (await api.runtime.sendMessage({ type: 'get-report', url })) as {
            tabId: number;
            report: { annotations: { kind: string; score?: number }[] };
          };
          const badge = await (api.action ?? api.browserAction)!.getBadgeText({ tabId: reply.tabId });
          const shown = reply.report.annotations.filter((a) => a.kind === 'claim' && (a.score ?? 0) >= 0.5).length;
          return { badge, shown, commands: await api.commands.getAll() };
        }, article());
        expect(Number(got.badge)).toBe(got.shown);
        expect(got.shown).toBeGreaterThan(2);
        expect(got.commands).toContainEqual(expect.objectContaining({ name: 'toggle-highlights', shortcut: expect.stringMatching(/^Alt\+Shift\+L$/) }));
      } finally {
        await popup.close();
      }
    });

    if (name === 'chromium') {
      it('still knows the tab’s report after the service worker is stopped', async () => {
        const cdp = await page.createCDPSession();
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await waitFor(async () => !l.browser.targets().some((t) => t.type() === 'service_worker'), 60_000, 'worker to stop');
        await cdp.detach();
        const popup = await openPopup(l, article());
        try {
          await waitFor(() => popup.evaluate(() => document.querySelectorAll('.sl-photo').length === 2), 60_000, 'roster from storage.session');
        } finally {
          await popup.close();
        }
      });
    }

    it('drops a tab’s report when the tab moves on to a page that is not an article', async () => {
      const tab = await l.browser.newPage();
      try {
        const url = `${served.origin}/lunar-pact/?moving-on`;
        await tab.goto(url);
        await waitForHighlights(tab);
        const popup = await openPopup(l, url);
        const tabId = await popup.evaluate(async (u) => {
          type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
          const g = globalThis as unknown as { browser?: Api; chrome: Api };
          return ((await (g.browser ?? g.chrome).runtime.sendMessage({ type: 'get-report', url: u })) as { tabId: number }).tabId;
        }, url);
        await popup.close();
        await tab.goto(`${served.origin}/home-page/`);
        const again = await openPopupFor(l, `tab=${tabId}`);
        await waitFor(() => again.evaluate(() => document.querySelector('.sl-empty') !== null), 60_000, 'empty state for the moved tab');
        await again.close();
      } finally {
        await tab.close();
      }
    });

    it('leaves a non-article page alone and says so in the popup', async () => {
      const home = await l.browser.newPage();
      try {
        await home.goto(`${served.origin}/home-page/`);
        expect(await waitForVerdict(l, home)).toBe('none');
        const h = await readHighlights(home);
        expect(Object.values(h).flat()).toEqual([]);
        const html = await articleHtml(home);
        expect(html.live).toBe(html.served);
        const popup = await openPopup(l, `${served.origin}/home-page/`);
        await waitFor(() => popup.evaluate(() => document.querySelector('.sl-empty') !== null), 60_000, 'empty state');
        await popup.close();
      } finally {
        await home.close();
      }
    });
  });
}
