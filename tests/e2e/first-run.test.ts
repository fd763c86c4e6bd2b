/**
 * First run: article tabs that were open before the extension was installed get annotated once it
 * is (the background loads the gate into open tabs), and a non-article tab open then stays untouched.
 * Both browsers, with only the permissions the extension already has.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { articleHtml, launch, readHighlights, serveFixtures, total, waitForHighlights, waitForVerdict, type BrowserName, type Launched, type Served } from './harness';

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`first run in ${name}`, () => {
    let served: Served;
    let l: Launched;
    let article: Page;
    let home: Page;

    beforeAll(async () => {
      served = await serveFixtures();
      l = await launch(name, async (browser) => {
        article = await browser.newPage();
        await article.goto(`${served.origin}/lunar-pact/`);
        home = await browser.newPage();
        await home.goto(`${served.origin}/home-page/`);
      });
    });
    afterAll(async () => {
      await l?.browser.close();
      await served?.close();
    });

    it('annotates an article tab that was open before install', async () => {
      const h = await waitForHighlights(article);
      expect(h.source!.some((t) => t === 'TASS')).toBe(true);
      const html = await articleHtml(article);
      expect(html.live).toBe(html.served);
    });

    it('leaves a non-article tab that was open before install alone', async () => {
      expect(await waitForVerdict(l, home)).toBe('none');
      expect(total(await readHighlights(home))).toBe(0);
    });
  });
}
