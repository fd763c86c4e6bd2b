/**
 * Photo credits in both browsers, on fixture pages of our own: credit markup inside figures (the seed
 * credit in a camelCase-classed span glued to the caption text, BEM classes, a footer in a figure)
 * is painted under `sourcelight-credit`, and the popup lists each credit's chain with its roles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { FIXTURES, launch, openPopup, readHighlights, serveFixtures, waitFor, waitForHighlights, type BrowserName, type Launched, type Served } from './harness';

type Expected = { highlights: { credit: string[] }; credits: { text: string; chain: [string, string][] }[] };
const SLUGS = ['credit-markup', 'credit-shapes', 'credit-lead-figure'].filter((s) => existsSync(join(FIXTURES, s, 'expected.json')));

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`credits in ${name}`, () => {
    let served: Served;
    let l: Launched;
    let page: Page;

    beforeAll(async () => {
      served = await serveFixtures();
      l = await launch(name);
      page = await l.browser.newPage();
    });
    afterAll(async () => {
      await l?.browser.close();
      await served?.close();
    });

    for (const slug of SLUGS) {
      it(`${slug}: paints every credit and lists its chain in the popup`, async () => {
        const want = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as Expected;
        const url = `${served.origin}/${slug}/`;
        await page.goto(url);
        await waitForHighlights(page);
        const got = await waitFor(async () => {
          const h = await readHighlights(page);
          return want.highlights.credit.every((t) => h.credit!.some((r) => r.includes(t))) ? h : null;
        }, 15_000, `${slug} credits`).catch(() => readHighlights(page));
        for (const t of want.highlights.credit) expect(got.credit!.some((r) => r.includes(t)), `credit “${t}”`).toBe(true);
        const popup = await openPopup(l, url);
        try {
          await waitFor(() => popup.evaluate((n) => document.querySelectorAll('.sl-photo').length >= n, want.credits.length), 15_000, 'popup credits');
          const photos = await popup.evaluate(() =>
            [...document.querySelectorAll('.sl-photo')].map((p) =>
              [...p.querySelectorAll('.sl-chip')].map((c) => [c.querySelector('.sl-chip-role')?.textContent, c.querySelector('.sl-chip-name')?.textContent]),
            ),
          );
          for (const c of want.credits) expect(photos, c.text).toContainEqual(c.chain);
        } finally {
          await popup.close();
        }
      });
    }
  });
}
