/**
 * Hostile pages, tested from the page's side in Debian Chromium and firefox-esr (issue 22):
 * - a page that pre-defines our old card element and patches attachShadow/createElement: real hovers
 *   still open the card, and the page never gets hold of its shadow root;
 * - a page whose CSS tries to hide, move or restyle anything we add to <html>: the card still shows
 *   on top at the point the user hovered;
 * - a page that dispatches synthetic mouse and key events and moves the selection by script: no card
 *   opens or closes; a real (puppeteer) hover opens it;
 * - a page that tries to read or rewrite the card: the shadow root is closed, nothing leaks;
 * - a page that adds ranges to our highlight names, deletes ours or moves their boundaries: noticed
 *   and repainted (the content script counts it in `state.restored`);
 * - an RSS feed served as XML: nothing is annotated or painted and nothing throws;
 * - a page over the background's work budget: annotated in part, and the popup says so.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { FIXTURES, contentState, launch, openPopup, readHighlights, setViewport, waitFor, type BrowserName, type Launched } from './harness';

const ARTICLE = readFileSync(join(FIXTURES, 'lunar-pact/source.html'), 'utf8');

/** The article with a hostile script (and style) put first in its <head>, so it runs before any of ours. */
const withHead = (extra: string) => ARTICLE.replace('<head>', `<head>${extra}`);

const PAGES: Record<string, { type: string; body: string }> = {
  // Defines our old element name, whose constructor throws, and patches the DOM API a card could use.
  predefine: {
    type: 'text/html; charset=utf-8',
    body: withHead(`<script>
      window.__caught = [];
      customElements.define('sourcelight-card', class extends HTMLElement { constructor() { super(); throw new Error('page owns this name'); } });
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) { const r = attach.call(this, init); window.__caught.push(r); return r; };
      const create = Document.prototype.createElement;
      Document.prototype.createElement = function (...a) { const el = create.apply(this, a); window.__created = (window.__created || 0) + 1; return el; };
    </script>`),
  },
  // Hides, moves and fades anything added to <html> beside head and body, by tag, position or kind.
  restyle: {
    type: 'text/html; charset=utf-8',
    body: withHead(`<style>
      html > :not(head):not(body), html > div, sourcelight-card, div:not(body div) {
        display: none !important; visibility: hidden !important; opacity: 0 !important;
        transform: translate(-9999px, -9999px) !important; position: absolute !important; z-index: -1 !important;
        width: 0 !important; height: 0 !important; overflow: hidden !important; clip-path: inset(50%) !important;
      }
    </style>`),
  },
  plain: { type: 'text/html; charset=utf-8', body: ARTICLE },
  // The article with a 21,000-character paragraph at its end: over the background's work budget per block
  // (PAGE_BUDGET), so its report is partial.
  long: { type: 'text/html; charset=utf-8', body: ARTICLE.replace('</article>', `<p>${'The harbour board met again on Tuesday and the minutes ran long. '.repeat(320)}</p></article>`) },
  feed: {
    type: 'text/xml; charset=utf-8',
    body: `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example Ledger: World</title><link>https://example.org/world</link>
<description>World news from the Example Ledger</description>
<item><title>Moscow looks to the Moon</title><link>https://example.org/world/moon</link>
<description>“Their programme is a club with a membership fee, not a partnership,” scoffed Irina Sokolova, the deputy director general of Roscosmos. Russia launched 17 orbital missions last year, TASS reported.</description>
<media:credit xmlns:media="http://search.yahoo.com/mrss/">Alexei Nikolsky | TASS | Getty Images</media:credit></item>
</channel></rss>`,
  },
};

/** Center of the first range of a highlight whose text includes `text`, in viewport coordinates (scrolled into view first). */
function rangeCenter(page: Page, kind: string, text: string) {
  return page.evaluate(
    (k, t) => {
      const h = CSS.highlights.get(`sourcelight-${k}`);
      const r = h ? ([...h].find((x) => (x as Range).toString().includes(t)) as Range | undefined) : undefined;
      if (!r) return null;
      r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = r.getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 };
    },
    kind,
    text,
  );
}

/** Waits in the page until `n` animation frames have passed (our hover handling runs in the next frame). */
const frames = (page: Page, n = 3) =>
  page.evaluate(
    (n) =>
      new Promise<void>((done) => {
        let left = n;
        const tick = () => (--left <= 0 ? setTimeout(done, 0) : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      }),
    n,
  );

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`hostile pages in ${name}`, () => {
    let server: Server;
    let origin: string;
    let l: Launched;

    beforeAll(async () => {
      server = createServer((req, res) => {
        const slug = (req.url ?? '/').replace(/^\/+|\/+$/g, '').split('?')[0]!;
        const page = PAGES[slug];
        if (!page) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(page.body);
      });
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      l = await launch(name);
    });
    afterAll(async () => {
      await l?.browser.close();
      await new Promise((ok) => server?.close(() => ok(undefined)));
    });

    /** Opens a probe page (errors recorded), waits for TASS to be painted, and opens an extension page to ask the content script from. */
    async function open(slug: string) {
      const page = await l.browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (err) => errors.push(String(err)));
      await setViewport(page, { width: 1100, height: 800 });
      await page.goto(`${origin}/${slug}/`);
      await waitFor(async () => (await readHighlights(page)).source!.includes('TASS'), 20_000, 'TASS highlighted');
      const view = await openPopup(l, page.url());
      await page.bringToFront(); // a background tab gets no animation frames
      const card = () => contentState(view, page.url()).then((s) => s?.card ?? null);
      const hover = async () => {
        const at = await rangeCenter(page, 'source', 'TASS');
        expect(at).not.toBeNull();
        await page.mouse.move(1, 1);
        await page.mouse.move(at!.x, at!.y);
        return at!;
      };
      const close = async () => {
        await page.keyboard.press('Escape');
        await waitFor(async () => (await card()) === null, 5_000, 'card to close');
      };
      return { page, view, errors, card, hover, close, done: async () => (await view.close(), await page.close()) };
    }

    it('a page that pre-defines our old element name and patches attachShadow cannot stop or catch the card', async () => {
      const p = await open('predefine');
      try {
        await p.hover();
        expect(await waitFor(p.card, 8_000, 'card')).toContain('State-controlled');
        const seen = await p.page.evaluate(() => {
          const w = window as unknown as { __caught: ShadowRoot[] };
          const host = document.documentElement.lastElementChild!;
          return { caught: w.__caught.length, tag: host.tagName.toLowerCase(), root: host.shadowRoot === null, text: host.textContent };
        });
        expect(seen).toEqual({ caught: 0, tag: 'div', root: true, text: '' });
        await p.close();
        expect(p.errors).toEqual([]);
      } finally {
        await p.done();
      }
    });

    it('page CSS aimed at our host cannot hide, move or shrink the card', async () => {
      const p = await open('restyle');
      try {
        const at = await p.hover();
        await waitFor(p.card, 8_000, 'card');
        const seen = await p.page.evaluate((at) => {
          const host = document.documentElement.lastElementChild as HTMLElement;
          const style = getComputedStyle(host);
          const rect = host.getBoundingClientRect();
          // What is on top just below the hovered word, where the card opens.
          const top = document.elementFromPoint(Math.max(rect.left + 20, at.x), rect.top + 12);
          return {
            display: style.display, visibility: style.visibility, opacity: style.opacity, position: style.position,
            onScreen: rect.width > 100 && rect.height > 20 && rect.top >= 0 && rect.left >= 0 && rect.top < innerHeight,
            onTop: top === host,
          };
        }, at);
        expect(seen).toEqual({ display: 'block', visibility: 'visible', opacity: '1', position: 'fixed', onScreen: true, onTop: true });
        expect(p.errors).toEqual([]);
      } finally {
        await p.done();
      }
    });

    it('synthetic mouse and key events and a scripted selection open or close nothing; a real hover does', async () => {
      const p = await open('plain');
      try {
        // Once for real, so that the card's code is loaded and a card could show within a frame.
        const at = await p.hover();
        await waitFor(p.card, 8_000, 'card');
        await p.close();
        await p.page.mouse.move(1, 1);
        await p.page.evaluate((at) => {
          const target = document.elementFromPoint(at.x, at.y)!;
          const init = { bubbles: true, cancelable: true, clientX: at.x, clientY: at.y, view: window };
          for (const type of ['pointerover', 'pointermove', 'mouseover', 'mousemove']) {
            target.dispatchEvent(type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init));
          }
          document.dispatchEvent(new MouseEvent('mousemove', init));
          // A scripted selection inside TASS, with a synthetic key press just before it.
          document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
          const r = [...CSS.highlights.get('sourcelight-source')!].find((x) => (x as Range).toString() === 'TASS') as Range;
          getSelection()!.collapse(r.startContainer, r.startOffset + 1);
        }, at);
        await frames(p.page);
        expect(await p.card()).toBeNull();
        // Open for real, then a synthetic Escape: the card stays.
        await p.hover();
        await waitFor(p.card, 8_000, 'card');
        await p.page.evaluate(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
        await frames(p.page);
        expect(await p.card()).toContain('TASS');
        await p.close();
        expect(p.errors).toEqual([]);
      } finally {
        await p.done();
      }
    });

    it('a page cannot read or rewrite the open card', async () => {
      const p = await open('plain');
      try {
        await p.hover();
        const before = await waitFor(p.card, 8_000, 'card');
        const seen = await p.page.evaluate(() => {
          const host = document.documentElement.lastElementChild as HTMLElement;
          let reattach = 'allowed';
          try {
            host.attachShadow({ mode: 'open' });
          } catch {
            reattach = 'refused';
          }
          host.textContent = 'Forged: independent, not state-controlled';
          return { shadowRoot: host.shadowRoot, inner: host.innerHTML.includes('Forged') ? 'light DOM only' : host.innerHTML, reattach, textSeen: document.body.innerText.includes('State-controlled') };
        });
        expect(seen).toEqual({ shadowRoot: null, inner: 'light DOM only', reattach: 'refused', textSeen: false });
        // The card's own text is untouched: light-DOM children of a shadow host are not rendered (no slot).
        expect(await p.card()).toBe(before);
        expect(await p.page.evaluate(() => (document.documentElement.lastElementChild as HTMLElement).innerText)).toBe('');
        expect(p.errors).toEqual([]);
      } finally {
        await p.done();
      }
    });

    it('a page that adds to, deletes or moves our highlight ranges is noticed and repainted', async () => {
      const p = await open('plain');
      try {
        const painted = await readHighlights(p.page);
        const tampered = await p.page.evaluate(() => {
          // Paint the headline in our credit colour, drop every source highlight, collapse our first credit.
          const fake = document.createRange();
          fake.selectNodeContents(document.querySelector('h1')!);
          CSS.highlights.get('sourcelight-credit')!.add(fake);
          CSS.highlights.delete('sourcelight-source');
          const credit = [...CSS.highlights.get('sourcelight-credit')!][0] as Range;
          credit.setEnd(credit.startContainer, credit.startOffset);
          CSS.highlights.set('sourcelight-speaker', new Highlight());
          return { source: CSS.highlights.has('sourcelight-source'), speaker: CSS.highlights.get('sourcelight-speaker')!.size };
        });
        expect(tampered).toEqual({ source: false, speaker: 0 });
        // Asking the content script for its state checks its highlights; an interaction or the next second would too.
        const state = await waitFor(async () => {
          const s = await contentState(p.view, p.page.url());
          return s && (s.restored ?? 0) > 0 ? s : null;
        }, 5_000, 'restored');
        expect(state.restored).toBeGreaterThan(0);
        expect(await readHighlights(p.page)).toEqual(painted);
        // The interaction path: tamper again and move the real mouse.
        await p.page.evaluate(() => CSS.highlights.delete('sourcelight-quote'));
        await p.page.mouse.move(5, 5);
        await p.page.mouse.move(15, 15);
        await waitFor(async () => (await readHighlights(p.page)).quote!.length === painted.quote!.length, 5_000, 'quotes repainted');
        expect(p.errors).toEqual([]);
      } finally {
        await p.done();
      }
    });

    it('a very long page is annotated in part, and the popup says so (an ordinary one does not)', async () => {
      const page = await l.browser.newPage();
      await page.goto(`${origin}/long/`);
      await waitFor(async () => (await readHighlights(page)).source!.includes('TASS'), 60_000, 'long page painted');
      const view = await openPopup(l, page.url());
      const plain = await l.browser.newPage();
      await plain.goto(`${origin}/plain/`);
      await waitFor(async () => (await readHighlights(plain)).source!.includes('TASS'), 60_000, 'plain page painted');
      const plainView = await openPopup(l, plain.url());
      try {
        const notice = () => view.evaluate(() => document.querySelector('.sl-partial')?.textContent ?? null);
        await waitFor(async () => (await notice()) !== null, 60_000, 'partial notice');
        expect(await notice()).toBe('This page is very long: Sourcelight read only its first part.');
        // What was read is listed under it.
        expect(await view.evaluate(() => document.querySelectorAll('.sl-person-name').length)).toBeGreaterThan(0);
        await waitFor(() => plainView.evaluate(() => document.querySelectorAll('.sl-person-name').length > 0), 60_000, 'plain roster');
        expect(await plainView.evaluate(() => document.querySelector('.sl-partial'))).toBeNull();
      } finally {
        await plainView.close();
        await plain.close();
        await view.close();
        await page.close();
      }
    });

    it('an RSS feed served as XML is neither annotated nor painted, and nothing throws', async () => {
      const feed = await l.browser.newPage();
      const errors: string[] = [];
      feed.on('pageerror', (err) => errors.push(String(err)));
      feed.on('console', (msg) => msg.type() === 'error' && !/favicon/.test(msg.text()) && errors.push(msg.text()));
      await feed.goto(`${origin}/feed/`);
      expect(await feed.evaluate(() => document.contentType)).toMatch(/xml/);
      // A control article in another tab, opened after the feed: once it is painted, the feed has had its chance.
      const control = await l.browser.newPage();
      await control.goto(`${origin}/plain/`);
      await waitFor(async () => (await readHighlights(control)).source!.includes('TASS'), 20_000, 'control painted');
      const view = await openPopup(l, feed.url());
      try {
        const painted = await feed.evaluate(() => [...CSS.highlights.keys()].filter((k) => String(k).startsWith('sourcelight-')));
        expect(painted).toEqual([]);
        expect(await contentState(view, feed.url())).toBeNull();
        expect(await view.evaluate(() => document.querySelectorAll('.sl-quote, .sl-claim-text').length)).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await view.close();
        await control.close();
        await feed.close();
      }
    });
  });
}
