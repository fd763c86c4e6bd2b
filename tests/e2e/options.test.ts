/**
 * The options page and the popup's per-site switch, in Debian Chromium and firefox-esr: the page is
 * declared as options_ui, its switches take effect on an open article, a correction is listed and
 * undone there, and one click in the popup switches Sourcelight off on a site and back on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch, openPopup, readHighlights, serveFixtures, total, waitFor, waitForHighlights, type BrowserName, type Launched, type Served } from './harness';

async function openOptions(l: Launched): Promise<Page> {
  const page = await l.browser.newPage();
  const url = `${l.extensionBase}/options.html`;
  if (l.name === 'firefox') void page.goto(url).catch(() => undefined);
  else await page.goto(url);
  await waitFor(() => page.evaluate(() => document.querySelector('.sl-o-version')?.textContent?.includes('dataset as of 2') ?? false), 60_000, 'options page');
  return page;
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`options in ${name}`, () => {
    let served: Served;
    let l: Launched;
    const article = () => `${served.origin}/lunar-pact/`;

    beforeAll(async () => {
      served = await serveFixtures();
      l = await launch(name);
    });
    afterAll(async () => {
      await l?.browser.close();
      await served?.close();
    });

    it('is the manifest’s options page, shows version and dataset date, and its switches reach an open article', async () => {
      const manifest = JSON.parse(readFileSync(join(ROOT, name === 'chromium' ? '.output/chrome-mv3/manifest.json' : '.output/firefox-mv2/manifest.json'), 'utf8'));
      expect(manifest.options_ui?.page).toBe('options.html');
      const page = await l.browser.newPage();
      await page.goto(article());
      await waitFor(async () => (await readHighlights(page)).claim!.length > 0, 60_000, 'claims painted');
      const options = await openOptions(l);
      expect(await options.evaluate(() => document.querySelector('.sl-o-version')?.textContent)).toMatch(/^Version 0\.\d+\.\d+ · dataset as of \d{4}-\d\d-\d\d/);
      await options.click('input[data-kind="claim"]');
      await waitFor(async () => (await readHighlights(page)).claim!.length === 0, 60_000, 'claims off');
      await options.click('input[data-kind="claim"]');
      await waitFor(async () => (await readHighlights(page)).claim!.length > 0, 60_000, 'claims on again');

      // A correction made in the popup is listed here, and undone here.
      const popup = await openPopup(l, article());
      // The claim is followed by its text, not by a count (a count taken around the click can race the correction).
      const claim = await waitFor(() => popup.evaluate(() => {
        const item = document.querySelector<HTMLElement>('.sl-claim');
        const b = item?.querySelector<HTMLElement>('.sl-correct-open');
        const text = item?.querySelector('.sl-claim-text')?.textContent?.replace(/[“”"]/g, '').trim().slice(0, 40);
        b?.click();
        return b && text ? text : null;
      }), 60_000, 'claim menu');
      const painted = async () => (await readHighlights(page)).claim!.some((t) => t.includes(claim));
      expect(await painted()).toBe(true);
      await popup.click('.sl-claim [data-correct="not-claim"]');
      await waitFor(async () => !(await painted()), 60_000, 'claim corrected');
      await popup.close();
      await options.reload().catch(() => undefined);
      await waitFor(() => options.evaluate(() => document.querySelectorAll('.sl-o-correction').length === 1), 60_000, 'correction listed');
      expect(await options.evaluate(() => document.querySelector('.sl-o-correction')?.textContent)).toContain('Not a claim');
      await options.click('.sl-o-undo');
      await waitFor(painted, 60_000, 'claim back after undo in options');
      await options.close();
      await page.close();
    });

    it('switches off on this site with one click in the popup, and back on', async () => {
      const page = await l.browser.newPage();
      await page.goto(article());
      await waitForHighlights(page);
      const popup = await openPopup(l, article());
      await waitFor(() => popup.evaluate(() => document.querySelector('.sl-site-toggle')?.textContent ?? null), 60_000, 'site switch');
      expect(await popup.evaluate(() => document.querySelector('.sl-site-toggle')!.textContent)).toBe('Switch off on 127.0.0.1');
      await popup.click('.sl-site-toggle');
      await waitFor(async () => total(await readHighlights(page)) === 0, 60_000, 'highlights off on this site');
      expect(await popup.evaluate(() => document.querySelector('.sl-off')?.textContent)).toMatch(/switched off on this site/);
      const options = await openOptions(l);
      await waitFor(() => options.evaluate(() => document.querySelector('.sl-o-sites')?.textContent?.includes('127.0.0.1') ?? false), 60_000, 'site listed in options');
      await options.close();
      await popup.click('.sl-site-toggle');
      await waitForHighlights(page, 60_000);
      await popup.close();
      await page.close();
    });
  });
}
