/**
 * The popup and the options page as a reader sees them, in Debian Chromium and firefox-esr: text
 * large enough to read (Chromium's extension pages shrink `body` to 75 %), long words wrapped, chips
 * that count what their lists show.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { contentState, launch, openPopup, serveFixtures, waitFor, waitForHighlights, type BrowserName, type Launched, type Served } from './harness';

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`popup UI in ${name}`, () => {
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

    it('reads at 13 px or more, with names and quotes larger than metadata, and wraps a long word', async () => {
      const popup = await openPopup(l, article());
      try {
        await waitFor(() => popup.evaluate(() => document.querySelectorAll('.sl-person-name').length > 0), 60_000, 'popup roster');
        const sizes = await popup.evaluate(() => {
          const px = (el: Element | null) => (el ? parseFloat(getComputedStyle(el).fontSize) : NaN);
          const q = (s: string) => document.querySelector(s);
          // Every visible text element (leaf with text) is measured, so no small text hides anywhere.
          const leaves = [...document.querySelectorAll('.sl-popup *')].filter(
            (el) => el.childElementCount === 0 && (el.textContent ?? '').trim() !== '' && (el as HTMLElement).offsetParent !== null,
          );
          return {
            html: px(document.documentElement),
            body: px(document.body),
            name: px(q('.sl-person-name')),
            quote: px(q('.sl-quote')),
            meta: Math.max(px(q('.sl-why')), px(q('.sl-person-role')), px(q('.sl-count'))),
            smallest: Math.min(...leaves.map(px)),
            smallestWhat: leaves.sort((a, b) => px(a) - px(b))[0]?.className ?? '',
          };
        });
        expect(sizes.html).toBeGreaterThanOrEqual(13);
        expect(sizes.body).toBeGreaterThanOrEqual(13);
        expect(sizes.smallest, `smallest text: ${sizes.smallestWhat}`).toBeGreaterThanOrEqual(13);
        expect(sizes.name).toBeGreaterThan(sizes.meta);
        expect(sizes.quote).toBeGreaterThan(sizes.meta);
        // A 5,000-letter word in a quote stays inside the popup's width.
        const wraps = await popup.evaluate(() => {
          const q = document.querySelector('.sl-quote')!;
          q.textContent = 'x'.repeat(5000);
          return document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1;
        });
        expect(wraps).toBe(true);
      } finally {
        await popup.close();
      }
    });

    it('copies the Markdown sheet and offers the JSON report; shows the shortcut; focus on a list item opens its card', async () => {
      const popup = await openPopup(l, article());
      try {
        await waitFor(() => popup.evaluate(() => document.querySelectorAll('.sl-claim-text').length > 0), 60_000, 'popup roster');
        // The clipboard is stubbed in the popup page to read what it writes (headless browsers have no clipboard).
        const sheet = await popup.evaluate(async () => {
          let written = '';
          Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void (written = t) }, configurable: true });
          document.querySelector<HTMLButtonElement>('.sl-copy-md')!.click();
          for (let i = 0; i < 50 && !written; i++) await new Promise((r) => setTimeout(r, 20));
          return written;
        });
        expect(sheet).toMatch(/^# /);
        expect(sheet).toContain(`<${article()}>`);
        expect(sheet).toContain('## People');
        expect(sheet).toContain('Alexei Nikolsky _(photographer)_ → TASS _(agency)_ → Getty Images _(distributor)_');
        expect(await popup.evaluate(() => document.querySelector('.sl-export-note')?.textContent)).toContain('Copied as Markdown');
        const download = await popup.evaluate(() => {
          let got: { name: string; href: string } | null = null;
          const orig = HTMLAnchorElement.prototype.click;
          HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { got = { name: this.download, href: this.href }; };
          document.querySelector<HTMLButtonElement>('.sl-download-json')!.click();
          HTMLAnchorElement.prototype.click = orig;
          return got as { name: string; href: string } | null;
        });
        expect(download?.name).toBe('sourcelight-127.0.0.1.json');
        const json = await popup.evaluate(async (href) => (await fetch(href)).json(), download!.href);
        expect(json.schema).toBe('sourcelight/report@2');
        expect(json.annotations.length).toBeGreaterThan(0);
        if (name === 'chromium') expect(await popup.evaluate(() => document.querySelector('.sl-shortcut kbd')?.textContent)).toBe('Alt+Shift+L');
        else expect(await popup.evaluate(() => document.querySelector('.sl-shortcut')?.textContent ?? '')).toMatch(/Alt\+Shift\+L|No shortcut/);
        // Keyboard: focusing a claim in the list scrolls the page to it and opens its card.
        await popup.focus('.sl-claim-text');
        const card = await waitFor(() => contentState(popup, page.url()).then((s) => s?.card ?? null), 60_000, 'card from focus');
        expect(card).toContain('Why is this highlighted?');
      } finally {
        await popup.close();
      }
    });
  });
}
