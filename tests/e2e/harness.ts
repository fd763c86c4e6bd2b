/**
 * E2E harness: serves fixture pages on 127.0.0.1, launches Debian Chromium or firefox-esr with the
 * *built* extension loaded (puppeteer), and reads what a user would see: CSS.highlights, the popup.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser, type Page } from 'puppeteer';

export type BrowserName = 'chromium' | 'firefox';
export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(ROOT, 'tests/fixtures/pages');
export const GECKO_ID = 'sourcelight@sourcelight.app';
const FIREFOX_UUID = '6c1b2f0e-3d0a-4c55-9a57-5e0f1d2a7b11';
export const HIGHLIGHT_KINDS = ['quote', 'speaker', 'credit', 'claim', 'source'] as const;

export type Served = { origin: string; close(): Promise<void>; extra: Map<string, string> };

/** Serves tests/fixtures/pages/<slug>/source.html at /<slug>/ (and extra in-memory pages). */
export async function serveFixtures(): Promise<Served> {
  const extra = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const slug = path.replace(/^\/+|\/+$/g, '');
    const file = join(FIXTURES, slug, 'source.html');
    const body = extra.get(slug) ?? (slug && !slug.includes('..') && existsSync(file) ? readFileSync(file, 'utf8') : null);
    if (body === null) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    extra,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export type Launched = { browser: Browser; name: BrowserName; extensionBase: string };

/**
 * Launches a browser with the built extension installed; returns the extension's page base URL.
 * `beforeInstall` runs first, in the browser without the extension (tabs open before install).
 */
export async function launch(name: BrowserName, beforeInstall?: (browser: Browser) => Promise<void>): Promise<Launched> {
  if (name === 'chromium') {
    const dir = join(ROOT, '.output/chrome-mv3');
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error('build the extension first: npm run build');
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      pipe: true,
      enableExtensions: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
    await beforeInstall?.(browser);
    const id = await browser.installExtension(dir);
    return { browser, name, extensionBase: `chrome-extension://${id}` };
  }
  const dir = join(ROOT, '.output/firefox-mv2');
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error('build the extension first: npm run build');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  await beforeInstall?.(browser);
  await browser.installExtension(dir);
  return { browser, name, extensionBase: `moz-extension://${FIREFOX_UUID}` };
}

/** How many highlighted ranges in all, from readHighlights. */
export const total = (h: Record<string, string[]>) => Object.values(h).reduce((n, v) => n + v.length, 0);

/** The texts of the ranges registered under each Sourcelight highlight name in the page. */
export async function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate((kinds) => {
    const out: Record<string, string[]> = {};
    for (const k of kinds) {
      const h = CSS.highlights.get(`sourcelight-${k}`);
      out[k] = h ? [...h].map((r) => r.toString()) : [];
    }
    return out;
  }, [...HIGHLIGHT_KINDS]);
}

/** Polls `fn` until it returns a truthy value or `ms` pass. */
export async function waitFor<T>(fn: () => Promise<T>, ms = 60_000, what = 'condition'): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  let last: unknown;
  while (Date.now() < end) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

/**
 * Resolves once the page has loaded and then gone idle: the gate (run_at document_end, and once more at load) has run by
 * then. Event-driven: the page's own load event and an idle callback, no fixed sleep.
 */
export async function pageSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const idle = () => requestIdleCallback(() => setTimeout(() => requestIdleCallback(() => done()), 0));
        if (document.readyState === 'complete') idle();
        else addEventListener('load', idle, { once: true });
      }),
  );
}

/**
 * Waits until Sourcelight is done with `page`, so that "nothing was painted" can be asserted without
 * a fixed sleep: the page's gate has run (pageSettled), and the background no longer says it is
 * reading the page (a gate that said "maybe" registered the tab before the test asks; the annotator
 * then either reports or clears). Asks through `extensionPage` (any page of the extension, e.g. an
 * open popup) or through a popup opened for the purpose. Returns whether a report is kept.
 */
export async function waitForVerdict(l: Launched, page: Page, extensionPage?: Page): Promise<'report' | 'none'> {
  await pageSettled(page);
  const url = page.url();
  const ext = extensionPage ?? (await openPopupFor(l, `url=${encodeURIComponent(url)}`));
  try {
    return await waitFor(
      () =>
        ext.evaluate(async (url) => {
          type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };
          const g = globalThis as unknown as { browser?: Api; chrome: Api };
          const reply = (await (g.browser ?? g.chrome).runtime.sendMessage({ type: 'get-report', url })) as { pending?: true } | null;
          if (reply && 'pending' in reply) return null;
          return reply ? ('report' as const) : ('none' as const);
        }, url),
      60_000,
      `the extension's verdict on ${url}`,
    );
  } finally {
    if (!extensionPage) await ext.close();
  }
}

/** Waits until the page has Sourcelight highlights of at least one kind. */
export async function waitForHighlights(page: Page, ms = 60_000): Promise<Record<string, string[]>> {
  return waitFor(async () => {
    const h = await readHighlights(page);
    return Object.values(h).some((v) => v.length > 0) ? h : null;
  }, ms, 'highlights');
}

/**
 * Opens the popup as a page for the tab showing `pageUrl`. In Firefox, `goto` on moz-extension pages
 * never resolves, so it is started without awaiting and the page is polled.
 */
export async function openPopup(l: Launched, pageUrl: string): Promise<Page> {
  return openPopupFor(l, `url=${encodeURIComponent(pageUrl)}`);
}

/** Opens the popup as a page with the given query (`url=…` or `tab=…`). */
export async function openPopupFor(l: Launched, query: string): Promise<Page> {
  const page = await l.browser.newPage();
  const url = `${l.extensionBase}/popup.html?${query}`;
  if (l.name === 'firefox') {
    void page.goto(url).catch(() => undefined);
    await waitFor(() => page.evaluate(() => document.querySelector('.sl-popup') !== null), 60_000, 'popup');
  } else {
    await page.goto(url);
    await page.waitForSelector('.sl-popup');
  }
  return page;
}

/** The article element's outerHTML as served (parsed fresh from the server) and as it is live. */
export async function articleHtml(page: Page): Promise<{ served: string; live: string; bodyChildren: number; servedBodyChildren: number }> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const fresh = new DOMParser().parseFromString(html, 'text/html');
    return {
      served: fresh.querySelector('article')?.outerHTML ?? fresh.body.outerHTML,
      live: document.querySelector('article')?.outerHTML ?? document.body.outerHTML,
      servedBodyChildren: fresh.body.children.length,
      bodyChildren: document.body.children.length,
    };
  });
}

/**
 * Sets a page's viewport. firefox-esr 140's WebDriver BiDi has no `emulation.setScreenOrientationOverride`,
 * which puppeteer sends beside the viewport command; the viewport itself is set, so only that error is let pass.
 */
export async function setViewport(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewport(size).catch((err: unknown) => {
    if (!String((err as Error)?.message).includes('setScreenOrientationOverride')) throw err;
  });
  await waitFor(async () => (await page.evaluate(() => innerWidth)) === size.width || null, 60_000, `viewport ${size.width} px wide`);
}

/** What the content script of the tab showing `url` says about itself (`state`), asked from an extension page. */
export type SeenState = { annotated: boolean; hidden: boolean; painted: Record<string, number>; restored?: number; card?: string | null; cardControls?: { name: string; x: number; y: number }[] };

/**
 * The content script's `state` for the tab showing `url`, asked from an extension page (`view`, e.g.
 * the popup opened as a page). This is how tests read the in-page card: its shadow root is closed,
 * so no page script (and no `page.evaluate`) can.
 */
export async function contentState(view: Page, url: string): Promise<SeenState | null> {
  return view.evaluate(async (url) => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> }; tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    const reply = (await api.runtime.sendMessage({ type: 'get-report', url })) as { tabId: number } | null;
    if (!reply) return null;
    return (await api.tabs.sendMessage(reply.tabId, { type: 'state' })) as SeenState;
  }, url);
}
