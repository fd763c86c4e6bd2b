/**
 * `npm run demo` (after the build): serves the demo article on 127.0.0.1 and opens Chromium with the
 * built extension. With a display it stays open for you to explore (Ctrl+C to quit); headless, it
 * writes demo/screenshot.png and prints a summary of the report.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer';
import { ROOT, serveFixtures, waitForHighlights, openPopup } from '../tests/e2e/harness';

const slug = process.argv[2] ?? 'lunar-pact';
const headful = Boolean(process.env.DISPLAY) && process.env.DEMO_HEADLESS !== '1';
const served = await serveFixtures();
const url = `${served.origin}/${slug}/`;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: !headful,
  pipe: true,
  enableExtensions: true,
  defaultViewport: { width: 1280, height: 1100 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const id = await browser.installExtension(join(ROOT, '.output/chrome-mv3'));
const page = await browser.newPage();
await page.goto(url);
const highlights = await waitForHighlights(page);

if (headful) {
  console.log(`Sourcelight demo: ${url} is open in Chromium with the extension. Close the browser or press Ctrl+C to stop.`);
  browser.on('disconnected', () => void served.close().then(() => process.exit(0)));
} else {
  mkdirSync(join(ROOT, 'demo'), { recursive: true });
  await page.screenshot({ path: join(ROOT, 'demo/screenshot.png'), fullPage: true });
  const popup = await openPopup({ browser, name: 'chromium', extensionBase: `chrome-extension://${id}` }, url);
  await popup.setViewport({ width: 420, height: 900 });
  await new Promise((r) => setTimeout(r, 500));
  await popup.screenshot({ path: join(ROOT, 'demo/popup.png'), fullPage: true });
  console.log(`Sourcelight demo on ${url}`);
  for (const [kind, texts] of Object.entries(highlights)) {
    console.log(`  ${`sourcelight-${kind}`.padEnd(20)} ${String(texts.length).padStart(3)}  ${texts.slice(0, 3).map((t) => JSON.stringify(t.length > 50 ? t.slice(0, 47) + '…' : t)).join(', ')}`);
  }
  const roster = await popup.evaluate(() => ({
    people: [...document.querySelectorAll('.sl-person')].map((p) => p.querySelector('p')?.textContent ?? ''),
    photos: document.querySelector('.sl-photo-summary')?.textContent ?? '',
  }));
  console.log(`  people: ${roster.people.join(' | ') || 'none'}`);
  console.log(`  ${roster.photos}`);
  console.log('  wrote demo/screenshot.png (the article) and demo/popup.png (the popup)');
  await browser.close();
  await served.close();
}
