/**
 * Corrections end to end, in Debian Chromium and firefox-esr: made in the popup and in the in-page
 * card, applied to the page at once, still applied after a reload (matched by text and context), and
 * undone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer';
import { contentState, launch, openPopup, readHighlights, serveFixtures, setViewport, waitFor, type BrowserName, type Launched, type Served } from './harness';

const CLAIM = 'Russia launched 17 orbital missions last year';
const QUOTE = 'Our engineers have better things to do';

/** Clicks the first element matching `selector` in the popup whose item contains `text`. */
async function clickIn(popup: Page, item: string, text: string, selector: string): Promise<void> {
  await waitFor(
    () =>
      popup.evaluate(
        (item, text, selector) => {
          const li = [...document.querySelectorAll(item)].find((el) => (el.textContent ?? '').includes(text));
          const target = li?.querySelector<HTMLElement>(selector);
          target?.click();
          return Boolean(target);
        },
        item,
        text,
        selector,
      ),
    60_000,
    `${selector} in ${item} “${text}”`,
  );
}

/**
 * Clicks a button inside the in-page card with a real (trusted) mouse click. The card's shadow root is
 * closed, so where the button sits is asked of the content script (`state`) through an extension page;
 * `name` is the button's `data-correct` value or its first class.
 */
async function clickInCard(view: Page, page: Page, name: string): Promise<void> {
  const at = await waitFor(
    () => contentState(view, page.url()).then((s) => s?.cardControls?.find((c) => c.name === name) ?? null),
    60_000,
    `${name} in the card`,
  );
  await page.mouse.move(at.x, at.y);
  await page.mouse.click(at.x, at.y);
}

const hasClaim = async (page: Page) => (await readHighlights(page)).claim!.some((t) => t.startsWith(CLAIM));
const sourceTexts = async (page: Page) => (await readHighlights(page)).source!;

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`corrections in ${name}`, () => {
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

    it('"not a claim" and "wrong speaker" from the popup apply at once, survive a reload, and undo', async () => {
      const page = await l.browser.newPage();
      await page.goto(article());
      await waitFor(() => hasClaim(page), 60_000, 'the claim painted');
      const popup = await openPopup(l, article());
      await clickIn(popup, '.sl-claim', CLAIM, '.sl-correct-open');
      await clickIn(popup, '.sl-claim', CLAIM, '[data-correct="not-claim"]');
      await waitFor(async () => !(await hasClaim(page)), 60_000, 'the claim unpainted');
      await waitFor(
        () => popup.evaluate((t) => ![...document.querySelectorAll('.sl-claim')].some((c) => (c.textContent ?? '').includes(t)), CLAIM),
        60_000,
        'the claim gone from the popup',
      );
      expect(await popup.evaluate(() => document.querySelector('.sl-undo-bar')?.textContent ?? '')).toMatch(/Corrected: not a claim/);

      // Wrong speaker: the reader types the right name; the popup lists the quote under it.
      await clickIn(popup, '.sl-quotes li', QUOTE, '.sl-correct-open');
      await clickIn(popup, '.sl-quotes li', QUOTE, '[data-correct="wrong-speaker"]');
      await popup.type('.sl-speaker-input', 'Dana Whitfield');
      await popup.click('.sl-correct-save');
      const under = () =>
        popup.evaluate((q) => {
          const person = [...document.querySelectorAll('.sl-person')].find((p) => (p.textContent ?? '').includes(q));
          return person?.querySelector('.sl-person-name')?.textContent ?? null;
        }, QUOTE);
      await waitFor(async () => (await under()) === 'Dana Whitfield', 60_000, 'the quote under Dana Whitfield');

      // A later visit of the same page: still corrected (matched by text and context, not by position).
      await page.reload();
      await waitFor(async () => (await readHighlights(page)).quote!.length > 0, 60_000, 'the page annotated again');
      expect(await hasClaim(page)).toBe(false);
      const again = await openPopup(l, article());
      await waitFor(() => again.evaluate(() => document.querySelectorAll('.sl-person-name').length > 0), 60_000, 'roster');
      const view = await again.evaluate((c) => ({
        claim: [...document.querySelectorAll('.sl-claim')].some((el) => (el.textContent ?? '').includes(c)),
        names: [...document.querySelectorAll('.sl-person-name')].map((el) => el.textContent),
      }), CLAIM);
      expect(view.claim).toBe(false);
      expect(view.names).toContain('Dana Whitfield');
      await again.close();

      // Undo (the last correction, from the first popup's bar), then the other one through the background.
      await popup.click('.sl-undo-bar .sl-undo');
      await waitFor(async () => (await under()) !== 'Dana Whitfield', 60_000, 'speaker correction undone');
      await popup.evaluate(async () => {
        type Ext = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } }; runtime: { sendMessage(m: unknown): Promise<unknown> } };
        const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
        const b = (g.browser ?? g.chrome)!;
        const stored = (await b.storage.local.get('sourcelight:corrections'))['sourcelight:corrections'] as { items: { id: string }[] };
        for (const c of stored.items) await b.runtime.sendMessage({ type: 'undo-correction', id: c.id });
      });
      await waitFor(() => hasClaim(page), 60_000, 'the claim painted again after undo');
      await popup.close();
      await page.close();
    });

    it('"hide this source" from the in-page card applies at once, survives a reload, and undoes from the card', async () => {
      const page = await l.browser.newPage();
      await setViewport(page, { width: 1100, height: 800 });
      await page.goto(article());
      await waitFor(async () => (await sourceTexts(page)).includes('NASA'), 60_000, 'NASA highlighted');
      // An extension page to ask the content script about the card; the article tab stays in front.
      const view = await openPopup(l, article());
      await page.bringToFront();
      const at = await page.evaluate(() => {
        const r = [...CSS.highlights.get('sourcelight-source')!].find((x) => (x as Range).toString() === 'NASA') as Range;
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0]!;
        return { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 };
      });
      await page.mouse.move(at.x, at.y);
      await clickInCard(view, page, 'sl-correct-open');
      await clickInCard(view, page, 'hide-source');
      await waitFor(async () => !(await sourceTexts(page)).includes('NASA'), 60_000, 'NASA unpainted');
      expect(await sourceTexts(page)).toContain('Roscosmos');
      await clickInCard(view, page, 'sl-undo');
      await waitFor(async () => (await sourceTexts(page)).includes('NASA'), 60_000, 'NASA painted again after undo');

      // Hide it again, then reload: still hidden.
      const again = await page.evaluate(() => {
        const r = [...CSS.highlights.get('sourcelight-source')!].find((x) => (x as Range).toString() === 'NASA') as Range;
        const rect = r.getClientRects()[0]!;
        return { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 };
      });
      await page.mouse.move(1, 1);
      await waitFor(async () => (await contentState(view, page.url()))?.card === null, 60_000, 'card closed');
      await page.mouse.move(again.x, again.y);
      await clickInCard(view, page, 'sl-correct-open');
      await clickInCard(view, page, 'hide-source');
      await waitFor(async () => !(await sourceTexts(page)).includes('NASA'), 60_000, 'NASA unpainted');
      await page.reload();
      await waitFor(async () => (await sourceTexts(page)).includes('Roscosmos'), 60_000, 'the page annotated again');
      expect(await sourceTexts(page)).not.toContain('NASA');
      await view.close();
      await page.close();
    });
  });
}
