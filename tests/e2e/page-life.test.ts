/**
 * The page over time, in both browsers: the in-page card on hover and by keyboard selection (and
 * Escape), live-blog updates re-annotated, removed text un-highlighted, a 10,000-node burst without a
 * long task, and single-page-app navigation clearing the old report.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { articleHtml, contentState, launch, openPopup, readHighlights, serveFixtures, setViewport, total, waitFor, waitForHighlights, waitForVerdict, type BrowserName, type Launched, type Served } from './harness';

/** Center of the first range of a highlight whose text includes `text`, in viewport coordinates. */
function rangeCenter(page: Page, kind: string, text: string) {
  return page.evaluate(
    (k, t) => {
      const h = CSS.highlights.get(`sourcelight-${k}`);
      const r = h ? [...h].find((x) => (x as Range).toString().includes(t)) : undefined;
      if (!r) return null;
      (r as Range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = (r as Range).getClientRects()[0]!;
      return { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 };
    },
    kind,
    text,
  );
}

/** The open card's text, asked of the content script from an extension page (the card's shadow root is closed to the page). */
const cardText = (view: Page, url: string) => contentState(view, url).then((s) => s?.card ?? null);

/** An extension page to ask the content script from; the article tab is brought back to the front (a background tab gets no animation frames). */
async function viewFor(l: Launched, page: Page): Promise<Page> {
  const view = await openPopup(l, page.url());
  await page.bringToFront();
  return view;
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`page life in ${name}`, () => {
    let served: Served;
    let l: Launched;

    beforeAll(async () => {
      served = await serveFixtures();
      l = await launch(name);
    });
    afterAll(async () => {
      await l?.browser.close();
      await served?.close();
    });

    it('shows a source’s card on hover beside the text, closes on Escape, and leaves the article untouched', async () => {
      const page = await l.browser.newPage();
      await setViewport(page, { width: 1100, height: 800 });
      await page.goto(`${served.origin}/lunar-pact/`);
      await waitFor(async () => (await readHighlights(page)).source!.some((t) => t === 'TASS'), 60_000, 'TASS highlighted');
      const view = await viewFor(l, page);
      const at = await rangeCenter(page, 'source', 'TASS');
      expect(at).not.toBeNull();
      await page.mouse.move(at!.x, at!.y);
      const text = await waitFor(() => cardText(view, page.url()), 60_000, 'card');
      expect(text).toContain('TASS');
      expect(text).toContain('State-controlled');
      const html = await articleHtml(page);
      expect(html.live).toBe(html.served);
      const added = await page.evaluate(() => [...document.documentElement.children].map((c) => c.tagName.toLowerCase()));
      expect(added).toEqual(['head', 'body', 'div']);
      await page.keyboard.press('Escape');
      await waitFor(async () => (await cardText(view, page.url())) === null, 60_000, 'card to close');
      await view.close();
      await page.close();
    });

    it('shows a credit’s card when the keyboard selection moves into it', async () => {
      const page = await l.browser.newPage();
      await page.goto(`${served.origin}/lunar-pact/`);
      await waitFor(async () => (await readHighlights(page)).credit!.length === 2, 60_000, 'credits');
      const view = await viewFor(l, page);
      await page.evaluate(() => {
        const h = CSS.highlights.get('sourcelight-credit')!;
        const r = [...h].find((x) => (x as Range).toString().startsWith('Alexei')) as Range;
        const sel = getSelection()!;
        sel.removeAllRanges();
        sel.collapse(r.startContainer, r.startOffset + 2);
      });
      // A selection a script moved opens nothing; the user's own key press that moves it does.
      await page.keyboard.down('Shift');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.up('Shift');
      const text = await waitFor(() => cardText(view, page.url()), 60_000, 'credit card');
      expect(text).toContain('photographer');
      expect(text).toContain('Alexei Nikolsky');
      expect(text).toContain('TASS');
      await page.keyboard.press('Escape');
      await waitFor(async () => (await cardText(view, page.url())) === null, 60_000, 'card to close');
      await view.close();
      await page.close();
    });

    it('explains a claim when the pointer rests on it', async () => {
      const page = await l.browser.newPage();
      await setViewport(page, { width: 1100, height: 800 });
      await page.goto(`${served.origin}/lunar-pact/`);
      await waitFor(async () => (await readHighlights(page)).claim!.some((t) => t.startsWith('Russia launched 17')), 60_000, 'claim');
      const view = await viewFor(l, page);
      const at = await rangeCenter(page, 'claim', 'Russia launched 17');
      await page.mouse.move(at!.x, at!.y);
      const text = await waitFor(() => cardText(view, page.url()), 60_000, 'claim card');
      expect(text).toContain('Why is this highlighted?');
      expect(text).toMatch(/A checkable claim \((?:very likely|likely)\): .*a number/);
      expect(text).not.toMatch(/\d+ ?%/);
      // The "very likely" claims carry the heavier mark too: a non-empty subset of the claims (on this
      // statistic-heavy fixture, every one of its claims may be very likely).
      const strong = await page.evaluate(() => [...(CSS.highlights.get('sourcelight-claim-strong') ?? [])].map((r) => r.toString()));
      const claims = (await readHighlights(page)).claim!;
      expect(strong.length).toBeGreaterThan(0);
      expect(strong.length).toBeLessThanOrEqual(claims.length);
      for (const t of strong) expect(claims).toContain(t);
      await page.keyboard.press('Escape');
      await view.close();
      await page.close();
    });

    it('says nothing to the page: no window messages while it annotates', async () => {
      const page = await l.browser.newPage();
      await page.evaluateOnNewDocument(() => {
        const w = window as unknown as { __messages: unknown[] };
        w.__messages = [];
        window.addEventListener('message', (e) => w.__messages.push(e.data));
      });
      await page.goto(`${served.origin}/lunar-pact/`);
      await waitForHighlights(page);
      expect(await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).toEqual([]);
      await page.close();
    });

    it('re-annotates live updates and drops highlights of removed text', async () => {
      const page = await l.browser.newPage();
      await page.goto(`${served.origin}/live-blog/`);
      await waitFor(async () => (await readHighlights(page)).quote!.length > 0, 60_000, 'first highlights');
      await page.evaluate(() => {
        const entry = document.createElement('div');
        entry.className = 'entry';
        entry.innerHTML = '<p>“The water is still rising in the old town,” said Tomas Keller, the mayor of the harbour district.</p>';
        document.getElementById('entries')!.prepend(entry);
      });
      await waitFor(async () => (await readHighlights(page)).quote!.some((t) => t.includes('The water is still rising')), 60_000, 'new quote');
      expect((await readHighlights(page)).speaker).toContain('Tomas Keller');
      await page.evaluate(() => document.getElementById('e2')!.remove());
      await waitFor(async () => !(await readHighlights(page)).speaker!.includes('Lena Brandt'), 60_000, 'removed quote to go');
      expect((await readHighlights(page)).speaker).toContain('Tomas Keller');
      await page.close();
    });

    it('clears the old report on single-page-app navigation and reads the new view', async () => {
      const page = await l.browser.newPage();
      await page.goto(`${served.origin}/live-blog/`);
      await waitFor(async () => (await readHighlights(page)).speaker!.includes('Lena Brandt'), 60_000, 'highlights');
      await page.evaluate(() => {
        document.getElementById('entries')!.innerHTML =
          '<div class="entry"><p>“Schools will reopen on Wednesday,” said Marta Olsen, the education director of the city council.</p></div>' +
          '<div class="entry"><p>Bus services on the coastal routes resumed at noon, and the ferry company said its first crossing would leave at six.</p></div>';
        history.pushState({}, '', '/live-blog/page-2');
      });
      await waitFor(async () => (await readHighlights(page)).speaker!.includes('Marta Olsen'), 60_000, 'new view highlighted');
      expect((await readHighlights(page)).speaker).not.toContain('Lena Brandt');
      await page.close();
    });

    it('a single-page app that turns a page into an article gets it read', async () => {
      const page = await l.browser.newPage();
      await page.goto(`${served.origin}/home-page/`);
      // The gate turns the home page away: nothing painted, nothing loaded into the page.
      expect(await waitForVerdict(l, page)).toBe('none');
      expect(total(await readHighlights(page))).toBe(0);
      await page.evaluate(() => {
        const story = [
          '<article><h1>Ferry line to reopen</h1>',
          '<p>“The new quay is ready for the first crossing on Monday morning, and the timetable is out,” said Ines Varga, the director of the port authority.</p>',
          ...Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the council spent 4.2 million crowns on the quay, the ramp and the waiting room over two years, and the ferry company hired twelve crew members for the line.</p>`),
          '</article>',
        ].join('');
        document.body.innerHTML = story;
        history.pushState({}, '', '/home-page/story');
      });
      await waitFor(async () => (await readHighlights(page)).speaker!.includes('Ines Varga'), 60_000, 'the new article highlighted');
      await page.close();
    });

    if (name === 'chromium') {
      it('annotates a burst of 10,000 added nodes (its 50 ms task limit is measured by npm run bench)', async () => {
        // No wall-clock assertion here: a long-task limit fails on a loaded machine whatever the code
        // does, so the limit lives in the bench; the test holds the behaviour (the burst is read and painted).
        const page = await l.browser.newPage();
        await page.goto(`${served.origin}/live-blog/`);
        await waitForHighlights(page);
        await page.evaluate(() => {
          const parts: string[] = [];
          // 2,500 entries × (div + p + strong + 2 texts) = 12,500 nodes.
          for (let i = 0; i < 2500; i++) {
            parts.push(`<div class="entry"><p><strong>Update ${i}:</strong> Crews cleared ${i % 90 + 3} roads near the harbour, NATO liaison officers said.</p></div>`);
          }
          document.getElementById('entries')!.insertAdjacentHTML('beforeend', parts.join(''));
        });
        await waitFor(async () => (await readHighlights(page)).claim!.some((t) => t.includes('Crews cleared 92 roads')), 120_000, 'burst annotated');
        await page.close();
      });
    }
  });
}
