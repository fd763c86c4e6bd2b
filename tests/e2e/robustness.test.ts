/**
 * Robustness and security of the built extension in Debian Chromium and firefox-esr:
 * - fuzz: a few dozen generated adversarial pages (tests/fuzz/generator.ts): no page error, the page
 *   DOM byte-identical after annotating and after toggling off, nothing painted in inputs, editable
 *   areas or scripts;
 * - zero network: every request from the extension's service worker, its pages and the content
 *   script, recorded via CDP while it annotates fixture pages (and corpus pages when ../shared is
 *   there): none leaves the machine;
 * - injection: HTML and script carried by page text, a credit and JSON-LD show as plain text in the
 *   popup, and nothing executes.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page, Target } from 'puppeteer';
import {
  FIXTURES, ROOT, contentState, launch, openPopup, readHighlights, serveFixtures, total, waitFor, waitForVerdict,
  type BrowserName, type Launched, type Served,
} from './harness';
import { FORBIDDEN, generatePage } from '../fuzz/generator';
import { checkPage } from '../fuzz/check';

const FUZZ_SEEDS = Array.from({ length: 30 }, (_, i) => 5000 + i);
const CORPUS = resolve(ROOT, '../shared/corpus/news-pages/html');
const CORPUS_PAGES = 8;

type Recorded = { from: string; url: string; initiator: string };

/** Opens `url` in a new tab, recording page errors and console errors, and a DOM snapshot taken before the content script runs. */
async function openRecorded(l: Launched, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await l.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${String(err)}`));
  page.on('console', (msg) => {
    // A 404 for /favicon.ico is the test server's, not ours.
    if (msg.type() === 'error' && !/Failed to load resource|favicon/.test(msg.text())) errors.push(`console.error: ${msg.text()}`);
  });
  await page.evaluateOnNewDocument(() => {
    // readyState "interactive" comes before DOMContentLoaded, so before any content script (document_end).
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as unknown as { __slBefore: string }).__slBefore = document.documentElement.outerHTML;
    });
  });
  await page.goto(url);
  return { page, errors };
}

/** Problems with what is painted: ranges in inputs, editable areas, scripts, or over forbidden text. */
function paintedProblems(page: Page, forbidden: string): Promise<string[]> {
  return page.evaluate((forbidden) => {
    const out: string[] = [];
    const editable = [...document.querySelectorAll('input, textarea, select, script, style, template, [contenteditable]:not([contenteditable="false"])')];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('sourcelight-')) continue;
      for (const r of h as Highlight) {
        const range = r as Range;
        const text = range.toString();
        if (text.includes(forbidden)) out.push(`${name} paints forbidden text “${text.slice(0, 60)}”`);
        for (const node of [range.startContainer, range.endContainer]) {
          const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
          if (el && ((el as HTMLElement).isContentEditable || el.closest('input, textarea, select, script, style, template'))) {
            out.push(`${name} range inside <${el.tagName.toLowerCase()}> “${text.slice(0, 60)}”`);
          }
        }
        for (const e of editable) if (range.intersectsNode(e)) out.push(`${name} range crosses <${e.tagName.toLowerCase()}> “${text.slice(0, 60)}”`);
      }
    }
    return out;
  }, forbidden);
}

/** The DOM now against the snapshot taken before the content script ran (null: identical). */
function domDiff(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const before = (window as unknown as { __slBefore?: string }).__slBefore;
    const now = document.documentElement.outerHTML;
    if (before === undefined) return 'no snapshot was taken';
    if (before === now) return null;
    let i = 0;
    while (i < before.length && before[i] === now[i]) i++;
    return `differs at ${i}: before …${before.slice(Math.max(0, i - 40), i + 60)}… now …${now.slice(Math.max(0, i - 40), i + 60)}…`;
  });
}

/** Sends the toggle-all message (the keyboard command's) to the tab showing `url`, via an extension page. */
async function toggleAll(popup: Page, url: string): Promise<boolean> {
  return popup.evaluate(async (url) => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> }; tabs: { sendMessage(id: number, m: unknown): Promise<unknown> } };
    const g = globalThis as unknown as { browser?: Api; chrome: Api };
    const api = g.browser ?? g.chrome;
    const reply = (await api.runtime.sendMessage({ type: 'get-report', url })) as { tabId: number } | null;
    if (!reply) return false;
    await api.tabs.sendMessage(reply.tabId, { type: 'toggle-all' });
    return true;
  }, url);
}


/** Corpus pages (third-party, never committed) with their scripts removed, when ../shared is present. */
function corpusPages(): { slug: string; html: string }[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .slice(0, CORPUS_PAGES)
    .map((f) => ({
      slug: `corpus-${f.slice(0, 12)}`,
      html: gunzipSync(readFileSync(join(CORPUS, f)))
        .toString('utf8')
        .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (all, attrs: string) => (/application\/ld\+json/i.test(attrs) ? all : '')),
    }));
}

it('the gate, the annotator and the background hold no network API (the background reads only its own packaged dataset)', () => {
  const NETWORK = /\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|importScripts/g;
  for (const dir of ['.output/chrome-mv3', '.output/firefox-mv2']) {
    for (const name of ['gate.js', 'annotate-page.js', 'background.js']) {
      const path = join(ROOT, dir, name);
      if (!existsSync(path)) throw new Error('build the extension first: npm run build');
      let code = readFileSync(path, 'utf8');
      if (name === 'background.js') {
        // The dataset is a file of the extension (public/sources/, written at build time): its one
        // fetch takes an address made by runtime.getURL, which is never the network. Any other stays banned.
        const own = code.match(/\bfetch\((?:[\w$]+\.)+runtime\.getURL\(/g) ?? [];
        expect(own, `${dir}/${name}: the dataset loader`).toHaveLength(1);
        code = code.replace(/\bfetch\((?:[\w$]+\.)+runtime\.getURL\(/, '');
      }
      expect(code.match(NETWORK), `${dir}/${name}`).toBeNull();
    }
  }
});

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`robustness in ${name}`, () => {
    let served: Served;
    let l: Launched;
    let popup: Page;
    const recorded: Recorded[] = [];
    const sessions: CDPSession[] = [];

    /**
     * Records every request of every target via CDP, with the URL the target shows when it asks
     * (a popup tab starts as about:blank, then becomes an extension page).
     */
    const watched = new Set<Target>();
    const watchTarget = async (t: Target) => {
      if (name !== 'chromium' || watched.has(t) || !['service_worker', 'background_page', 'page', 'other'].includes(t.type())) return;
      watched.add(t);
      try {
        const s = await t.createCDPSession();
        sessions.push(s);
        s.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator: { type: string } }) =>
          recorded.push({ from: `${t.type()} ${t.url()}`, url: e.request.url, initiator: e.initiator.type }),
        );
        await s.send('Network.enable');
      } catch {
        // A target that closed before we attached has nothing left to send.
      }
    };

    beforeAll(async () => {
      served = await serveFixtures();
      for (const seed of FUZZ_SEEDS) served.extra.set(`fuzz-${seed}`, generatePage(seed, { scale: 0.01 }).html);
      for (const p of corpusPages()) served.extra.set(p.slug, p.html);
      l = await launch(name);
      for (const t of l.browser.targets()) await watchTarget(t);
      l.browser.on('targetcreated', (t: Target) => void watchTarget(t));
      popup = await openPopup(l, `${served.origin}/lunar-pact/`);
    });
    afterAll(async () => {
      for (const s of sessions) await s.detach().catch(() => undefined);
      await l?.browser.close();
      await served?.close();
    });

    it(`${FUZZ_SEEDS.length} fuzz pages: no page error, DOM byte-identical after annotating and after toggling off, nothing painted in inputs or editable areas`, async () => {
      let paintedPages = 0;
      const runSeed = async (seed: number, attempt: number): Promise<string[]> => {
        const failures: string[] = [];
        const fuzz = generatePage(seed, { scale: 0.01 });
        const predicted = checkPage(fuzz.html);
        const url = `${served.origin}/fuzz-${seed}/`;
        const { page, errors } = await openRecorded(l, url);
        const tag = `seed ${seed} [${fuzz.hazards.join(',')}]`;
        try {
          const shouldPaint = predicted.isArticle && predicted.annotations > 0;
          const h = shouldPaint
            ? await waitFor(async () => {
                const got = await readHighlights(page);
                return total(got) > 0 ? got : null;
              }, 60_000, 'highlights').catch(() => null)
            : (await waitForVerdict(l, page, popup), await readHighlights(page));
          if (shouldPaint && !h) failures.push(`${tag}: nothing painted, though the engine finds ${predicted.annotations} annotations`);
          if (h && total(h) > 0) paintedPages++;
          for (const p of await paintedProblems(page, FORBIDDEN)) failures.push(`${tag}: ${p}`);
          const diff = await domDiff(page);
          if (diff) failures.push(`${tag}: DOM changed after annotating: ${diff}`);
          if (h && total(h) > 0) {
            if (!(await toggleAll(popup, url))) failures.push(`${tag}: no report for the tab`);
            else {
              const off = await waitFor(async () => total(await readHighlights(page)) === 0, 60_000, 'highlights off').catch(() => false);
              if (!off) failures.push(`${tag}: highlights still painted after toggling off`);
              const diffOff = await domDiff(page);
              if (diffOff) failures.push(`${tag}: DOM changed after toggling off: ${diffOff}`);
            }
          }
          for (const e of errors) failures.push(`${tag}: ${e}`);
        } finally {
          await page.close();
        }
        // Firefox now and then fails to read the content-script file itself ("Unable to load script:
        // moz-extension://…/content.js"): not our code's error. Retry such a page once, and say so.
        if (attempt === 0 && failures.some((f) => f.includes('Unable to load script: moz-extension://'))) {
          console.warn(`${tag}: Firefox could not load the content script; retrying once`);
          return runSeed(seed, 1);
        }
        return failures;
      };
      const failures: string[] = [];
      for (const seed of FUZZ_SEEDS) failures.push(...(await runSeed(seed, 0)));
      expect(failures).toEqual([]);
      expect(paintedPages, 'the fuzz pages must actually be annotated').toBeGreaterThan(FUZZ_SEEDS.length / 2);
    });

    it('nothing is painted in inputs, textareas or editable areas of a real-shaped article', async () => {
      const { page, errors } = await openRecorded(l, `${served.origin}/editable-areas/`);
      try {
        const h = await waitFor(async () => {
          const got = await readHighlights(page);
          return got.speaker!.length >= 2 ? got : null;
        }, 60_000, 'speakers painted');
        expect(h.quote!.some((q) => q.includes('The last boat now leaves'))).toBe(true);
        expect(await paintedProblems(page, 'not prose')).toEqual([]);
        // The check itself can fail: a highlight over the editable area is caught.
        await page.evaluate(() => {
          const range = document.createRange();
          range.selectNodeContents(document.querySelector('[contenteditable="true"] p')!);
          CSS.highlights.set('sourcelight-oracle-check', new Highlight(range));
        });
        expect((await paintedProblems(page, 'not prose')).join()).toMatch(/sourcelight-oracle-check/);
        await page.evaluate(() => CSS.highlights.delete('sourcelight-oracle-check'));
        for (const who of ['Pavel Quint', 'Amara Haddad', 'Kenji Tanaka', 'Sofia Ferreira']) expect(h.speaker).not.toContain(who);
        expect(await domDiff(page)).toBeNull();
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });

    it('page text, credits and JSON-LD carrying HTML or script show as plain text in the popup and nothing executes', async () => {
      const url = `${served.origin}/injection/`;
      const { page, errors } = await openRecorded(l, url);
      const view = await openPopup(l, url);
      try {
        await waitFor(async () => total(await readHighlights(page)) > 0, 60_000, 'highlights');
        await waitFor(() => view.evaluate(() => document.querySelectorAll('.sl-quote').length > 0), 60_000, 'popup quotes');
        const seen = await view.evaluate(() => ({
          text: document.body.textContent ?? '',
          injected: document.querySelectorAll('.sl-popup img, .sl-popup script, [onerror]').length,
          pwned: (window as unknown as { __slPwned?: number }).__slPwned ?? 0,
        }));
        // The page title and a quote carry the markup as text: it must read as text, not become elements.
        expect(seen.text).toContain('<img src=x onerror=');
        expect(seen.injected).toBe(0);
        expect(seen.pwned).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { __slPwned?: number }).__slPwned ?? 0)).toBe(0);
        expect(await page.evaluate(() => document.querySelectorAll('img[onerror]').length)).toBe(0);
        expect(await domDiff(page)).toBeNull();
        // The in-page card of the credit whose line carried markup: plain text only, nothing runs.
        await page.bringToFront(); // the popup tab took the front; a background tab gets no animation frames
        const at = await page.evaluate(() => {
          const range = [...(CSS.highlights.get('sourcelight-credit') ?? [])][0] as Range | undefined;
          range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const r = range?.getBoundingClientRect();
          return r ? { x: r.left + Math.min(8, r.width / 2), y: r.top + r.height / 2 } : null;
        });
        expect(at).not.toBeNull();
        await page.mouse.move(at!.x, at!.y);
        // The card's shadow root is closed: its text is asked of the content script from the extension page.
        const card = await waitFor(() => contentState(view, page.url()).then((s) => s?.card ?? null), 60_000, 'the in-page card');
        expect(card).toContain('TASS');
        expect(await page.evaluate(() => (window as unknown as { __slPwned?: number }).__slPwned ?? 0)).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await view.close();
        await page.close();
      }
    });

    it('makes no network request of its own while annotating fixture and corpus pages', async () => {
      const slugs = [
        ...readdirSync(FIXTURES).filter((s) => existsSync(join(FIXTURES, s, 'source.html'))),
        ...[...served.extra.keys()].filter((k) => k.startsWith('corpus-')),
      ];
      const leaks: string[] = [];
      for (const slug of slugs) {
        const page = await l.browser.newPage();
        const corpus = slug.startsWith('corpus-');
        let cdp: CDPSession | null = null;
        if (name === 'chromium') {
          cdp = await page.createCDPSession();
          cdp.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator: { type: string; url?: string; stack?: unknown } }) => {
            const u = e.request.url;
            const local = u.startsWith(served.origin) || /^(data|about|blob|chrome-extension):/.test(u);
            const byExtension = JSON.stringify(e.initiator).includes('chrome-extension://');
            // A corpus page asks for its own images and styles (answered locally below); the extension may ask for nothing.
            if (byExtension ? !/^chrome-extension:/.test(u) : !local && !corpus) leaks.push(`${slug}: ${u} (initiator ${e.initiator.type})`);
          });
          await cdp.send('Network.enable');
        } else {
          page.on('request', (req) => {
            const u = req.url();
            if (!corpus && !(u.startsWith(served.origin) || /^(data|about|blob|moz-extension):/.test(u))) leaks.push(`${slug}: ${u}`);
          });
        }
        if (corpus) {
          await page.setRequestInterception(true);
          page.on('request', (req) => {
            if (req.url().startsWith(served.origin) || req.url().startsWith('data:')) void req.continue();
            else void req.respond({ status: 200, body: '' });
          });
        }
        try {
          await page.goto(`${served.origin}/${slug}/`, { timeout: 60_000 });
          // Done when the extension has given its verdict (and painted, if it reports).
          if ((await waitForVerdict(l, page, popup)) === 'report') await waitFor(async () => total(await readHighlights(page)) > 0, 60_000, `${slug} highlights`);
        } finally {
          await cdp?.detach().catch(() => undefined);
          await page.close();
        }
      }
      // The popup too: open it on an annotated page and let it render its cards.
      const article = await l.browser.newPage();
      await article.goto(`${served.origin}/lunar-pact/`);
      await waitFor(async () => total(await readHighlights(article)) > 0, 60_000, 'lunar-pact highlights');
      const view = await openPopup(l, `${served.origin}/lunar-pact/`);
      await waitFor(() => view.evaluate(() => document.querySelector('.sl-popup[aria-busy="false"]') !== null && document.querySelector('.sl-state') === null), 60_000, 'the popup rendered its report');
      await view.close();
      await article.close();
      const fromExtension = recorded.filter((r) => r.from.split(' ')[1]!.startsWith(l.extensionBase));
      const extensionLeaks = fromExtension.filter((r) => !/^(chrome-extension|moz-extension|data|blob|about):/.test(r.url));
      expect([...leaks, ...extensionLeaks.map((r) => `${r.from}: ${r.url}`)]).toEqual([]);
      if (name === 'chromium') {
        // The recorder must be live: the extension's own pages did load their own files through it.
        expect(fromExtension.some((r) => r.url.startsWith(l.extensionBase))).toBe(true);
      }
    });
  });
}
