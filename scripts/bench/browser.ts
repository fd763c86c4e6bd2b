/**
 * The in-browser half of the bench: Debian Chromium with the built extension, pages served from
 * 127.0.0.1 (every other request answered with an empty response, and every other host made
 * unresolvable, so nothing leaves the machine). Per page, in the same tab: a CDP CPU profile at
 * 100 µs sampling for the extension's main-thread time and longest stretch, the time from navigation
 * to highlights registered, then Mozilla Readability's isProbablyReaderable() and parse() run cold in
 * the page, in a fresh isolated world, after the profile has stopped (so they never count as extension
 * time).
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer';
import { extensionTime, type CpuProfile } from './profile';

export type BenchPage = { slug: string; kind: 'article' | 'non-article'; html: string; expectPaint: boolean; words?: number };

export type PageResult = {
  slug: string;
  kind: 'article' | 'non-article';
  words?: number;
  /** Extension main-thread time (profile samples with an extension frame), ms. */
  extMs: number;
  /** Longest stretch of extension samples without a break, ms. */
  longestMs: number;
  /** Profile start (just before navigation) → the extension's first sample, ms. */
  startedMs?: number;
  /** Navigation start → highlights registered in CSS.highlights, ms (null: nothing painted). */
  paintedMs: number | null;
  /**
   * Where navigation → highlights goes, ms from navigation start (the page's own timing and the
   * extension's marks, dom/bench-mark.ts): response end, DOMContentLoaded end, load end, and the
   * extension's steps gate / start / sent / reply / painted (absent when the step never came).
   */
  steps?: Partial<Record<'response' | 'domContentLoaded' | 'load' | 'gate' | 'start' | 'sent' | 'reply' | 'painted', number>>;
  highlights: number;
  /** isProbablyReaderable(), cold in a fresh world of its own: profile samples with one of its frames, ms. */
  readerableMs: number;
  /** The same run's wall-clock time (performance.now), ms. */
  readerableWallMs?: number;
  /** isProbablyReaderable() in the page's main world, which the harness had touched before (wall clock), ms. */
  readerableWarmMs?: number;
  /** Readability's parse() of a clone of the document, in the same fresh world right after: profile samples, ms. */
  parseMs: number;
  /** The same run's wall-clock time, ms. */
  parseWallMs?: number;
  readerable: boolean;
  parsed: boolean;
  /** For a page opened several times: how many (the figures are the median run's). */
  runs?: number;
  /** Console errors and uncaught exceptions in the page that come from the extension (its URL or its name). */
  extErrors: string[];
  /** How many other console errors the page showed (its own, e.g. inline handlers). */
  otherErrors: number;
  /** The extension functions with the most samples (deepest extension frame), top 25. */
  top?: { fn: string; ms: number }[];
  /** The functions of the longest stretch. */
  longestTop?: { fn: string; ms: number }[];
  error?: string;
};

/** The reference scripts' URL in profiles (their sourceURL). */
const REFERENCE_URL = 'sourcelight-bench-reference.js';
/** isProbablyReaderable(document), with its wall-clock time (the document is first touched inside the reference's own frame, as the gate touches it inside its). */
const TIMED_READERABLE = `(() => { const t0 = performance.now(); const readerable = globalThis.__slRef.readerableOfPage(); return { readerable, ms: performance.now() - t0 }; })()`;
/** Readability's parse() of the clone made just before, with its wall-clock time. */
const TIMED_PARSE = `(() => { const t0 = performance.now(); const parsed = globalThis.__slRef.parseClone() !== null; return { parsed, ms: performance.now() - t0 }; })()`;

const READABILITY = join(import.meta.dirname, '../../node_modules/@mozilla/readability');

/** Serves `pages` at /<slug>/ and answers anything else with an empty 200 (cross-origin isolated, for 5 µs timers). */
async function serve(pages: BenchPage[]) {
  const bySlug = new Map(pages.map((p) => [p.slug, p.html]));
  const server = createServer((req, res) => {
    const slug = (req.url ?? '/').split('?')[0]!.replace(/^\/+|\/+$/g, '');
    const body = bySlug.get(slug) ?? '';
    res.writeHead(200, {
      'content-type': slug === '' || bySlug.has(slug) ? 'text/html; charset=utf-8' : 'application/octet-stream',
      'cache-control': 'no-store',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

async function launch(extensionDir: string): Promise<{ browser: Browser; extensionId: string }> {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    enableExtensions: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      '--disable-sync', '--disable-features=ProactivelySwapBrowsingInstance,BackForwardCache',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
  const extensionId = await browser.installExtension(extensionDir);
  return { browser, extensionId };
}

/** Runs every page through Chromium with the extension; calls `progress` after each. */
export async function benchInBrowser(
  pages: BenchPage[],
  extensionDir: string,
  progress: (r: PageResult, i: number) => void = () => undefined,
): Promise<PageResult[]> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`no built extension in ${extensionDir}`);
  const readabilitySrc = `${readFileSync(join(READABILITY, 'Readability-readerable.js'), 'utf8')}\n${readFileSync(join(READABILITY, 'Readability.js'), 'utf8')}\n;globalThis.__slRef = { isProbablyReaderable, Readability, readerableOfPage: () => isProbablyReaderable(document), parseClone: () => new Readability(globalThis.__slClone).parse() };\n//# sourceURL=${REFERENCE_URL}`;
  const served = await serve(pages);
  const { browser, extensionId } = await launch(extensionDir);
  const extPrefix = `chrome-extension://${extensionId}/`;
  const results: PageResult[] = [];
  try {
    for (const [i, p] of pages.entries()) for (let attempt = 1; ; attempt++) {
      const page = await browser.newPage();
      try {
        const extErrors: string[] = [];
        let otherErrors = 0;
        const isOurs = (text: string, url = '') => url.startsWith(extPrefix) || /chrome-extension:\/\/|sourcelight/i.test(text);
        page.on('pageerror', (err) => (isOurs(String(err), '') || isOurs((err as Error).stack ?? '') ? extErrors.push(String(err).slice(0, 200)) : otherErrors++));
        page.on('console', (msg) => {
          if (msg.type() !== 'error') return;
          if (isOurs(msg.text(), msg.location().url ?? '')) extErrors.push(msg.text().slice(0, 200));
          else otherErrors++;
        });
        await page.setRequestInterception(true);
        page.on('request', (req) => {
          const u = req.url();
          const answer = u.startsWith(served.origin) || u.startsWith('data:') ? req.continue() : req.respond({ status: 200, body: '' });
          answer.catch(() => req.abort().catch(() => undefined));
        });
        await page.evaluateOnNewDocument(() => {
          const w = window as unknown as { __slPainted?: number };
          const id = setInterval(() => {
            if (CSS.highlights.size > 0) {
              w.__slPainted = performance.now();
              clearInterval(id);
            }
          }, 2);
        });
        await page.goto(`${served.origin}/`); // same origin first: the profiled navigation stays in this renderer
        const cdp = await page.createCDPSession();
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
        await page.goto(`${served.origin}/${p.slug}/`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
        await page.waitForFunction(() => document.readyState === 'complete', { timeout: 15_000 }).catch(() => undefined);
        const limit = Date.now() + (p.expectPaint ? 30_000 : 1_000);
        let painted: number | null = null;
        while (Date.now() < limit) {
          painted = await page.evaluate(() => (window as unknown as { __slPainted?: number }).__slPainted ?? null);
          if (painted !== null) break;
          await new Promise((r) => setTimeout(r, 100));
        }
        await new Promise((r) => setTimeout(r, 500)); // trailing work (the last slices, repaint)
        const steps = await page.evaluate(() => {
          const out: Record<string, number> = {};
          const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          if (nav) Object.assign(out, { response: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd });
          for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('sourcelight:')) out[m.name.slice('sourcelight:'.length)] ??= m.startTime;
          return out;
        });
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
        const ext = extensionTime(profile, (url) => url.startsWith(extPrefix));
        // Now and then the profile holds none of the extension's samples on an article page although it
        // painted (the renderer's profiler missed that navigation): measure that page again. On a page
        // that is no article, the gate may well run between two samples (it takes about 0.1 ms).
        if (ext.samples === 0 && p.expectPaint && attempt < 4) {
          await cdp.detach();
          continue;
        }
        const highlights = await page.evaluate(() => [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0));
        // The references run cold, as Firefox runs its reader check: in a world of their own (as our
        // scripts run in theirs) in which nothing has touched the document yet, so they pay the same
        // first-use costs (the document's and each node's wrappers in that world) as the gate did. They
        // are measured as the extension is, by the samples of a CPU profile with one of their frames on
        // the stack (so the profiler's own overhead weighs on both alike); wall-clock times come too.
        const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
        const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: `sourcelight-bench-${i}-${attempt}` })) as { executionContextId: number };
        const inWorld = async <T>(expression: string): Promise<T> => {
          const out = (await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true })) as { result: { value: T }; exceptionDetails?: { text: string } };
          if (out.exceptionDetails) throw new Error(`reference failed: ${out.exceptionDetails.text}`);
          return out.result.value;
        };
        const profiled = async <T>(expression: string): Promise<{ value: T; sampledMs: number }> => {
          await cdp.send('Profiler.start');
          const value = await inWorld<T>(expression);
          const { profile: refProfile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
          return { value, sampledMs: extensionTime(refProfile, (url) => url === REFERENCE_URL).ms };
        };
        await inWorld(readabilitySrc);
        const readerableRun = await profiled<{ readerable: boolean; ms: number }>(TIMED_READERABLE);
        await inWorld('globalThis.__slClone = document.cloneNode(true); 0');
        const parseRun = await profiled<{ parsed: boolean; ms: number }>(TIMED_PARSE);
        const ref = {
          readerable: readerableRun.value.readerable,
          readerableMs: readerableRun.sampledMs,
          readerableWallMs: readerableRun.value.ms,
          parsed: parseRun.value.parsed,
          parseMs: parseRun.sampledMs,
          parseWallMs: parseRun.value.ms,
        };
        await cdp.send('Profiler.disable');
        await cdp.detach();
        // For comparison, the cheap check again in the page's own world, where the test harness had
        // already touched the document (the figure earlier versions of this bench reported).
        await page.evaluate(readabilitySrc);
        const readerableWarmMs = await page.evaluate(() => {
          const { isProbablyReaderable } = (globalThis as unknown as { __slRef: { isProbablyReaderable: (d: Document) => boolean } }).__slRef;
          const t0 = performance.now();
          isProbablyReaderable(document);
          return performance.now() - t0;
        });
        const r: PageResult = {
          slug: p.slug, kind: p.kind, words: p.words, extMs: ext.ms, longestMs: ext.longestMs, startedMs: ext.firstMs ?? undefined, paintedMs: painted, steps, highlights, ...ref, readerableWarmMs, top: ext.top, longestTop: ext.longestTop, extErrors, otherErrors,
        };
        results.push(r);
        progress(r, i);
        break;
      } catch (err) {
        const r: PageResult = {
          slug: p.slug, kind: p.kind, extMs: NaN, longestMs: NaN, paintedMs: null, highlights: 0, readerableMs: NaN, parseMs: NaN,
          readerable: false, parsed: false, extErrors: [], otherErrors: 0, error: String(err).slice(0, 200),
        };
        results.push(r);
        progress(r, i);
        break;
      } finally {
        await page.close().catch(() => undefined);
      }
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return results;
}
