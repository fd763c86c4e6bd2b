/**
 * Anchoring credits on the image (issue 16 item 5): the lead photo of many pages sits in the page
 * header, between the visible `<h1>` and the article root, outside the root the text blocks come
 * from. This stage finds each picture (`<img>`, `<picture>`, `<video>`) there, walks up to its figure
 * or nearest small container, and reads that container's caption and credit blocks, which are put
 * before the root's blocks. Pure: takes the document and the root, touches nothing.
 */
import { extractBlocksStepwise, type ExtractLimits, DEFAULT_LIMITS, type MappedBlock } from '../blocks';

/** At most this many lead figures are read (a header carousel is not the article). */
const MAX_FIGURES = 4;
/** A picture's container holds at most this much text: more is a teaser list or the page header itself. */
const MAX_CONTAINER_TEXT = 400;
/** How far up from the picture its container is looked for. */
const MAX_CLIMB = 4;
/** Containers whose text is never a picture's caption: site chrome and widgets. */
const CHROME = 'nav, aside, footer, form, [role="navigation"], [role="complementary"], [role="contentinfo"], [role="banner"] a';

/**
 * The containers of the pictures that follow the page's first visible `<h1>` and come before the
 * article root, outside it: each picture's `<figure>` (or microdata ImageObject), or else the nearest
 * ancestor holding some short text beside the picture.
 */
export function leadFigures(doc: Document, root: Element): Element[] {
  const body = doc.body ?? doc.documentElement;
  if (root === body) return [];
  let h1: Element | null = null;
  for (const h of doc.querySelectorAll('h1')) {
    if ((h.textContent ?? '').trim().length >= 10 && !h.closest('[hidden], [aria-hidden="true"], nav')) {
      h1 = h;
      break;
    }
  }
  if (!h1) return [];
  // One walk in document order (compareDocumentPosition is not trusted: linkedom answers it reversed):
  // the pictures after the heading, up to the root; the root's own pictures come after it, so none is taken.
  const out: Element[] = [];
  let afterHeading = false;
  for (const el of body.querySelectorAll('*')) {
    if (el === root || out.length >= MAX_FIGURES) break;
    if (el === h1) afterHeading = true;
    if (!afterHeading || (el.localName !== 'img' && el.localName !== 'picture' && el.localName !== 'video')) continue;
    if (h1.contains(el) || el.closest(CHROME)) continue;
    const box = containerOf(el, root, h1);
    if (!box || out.some((o) => o === box || o.contains(box) || box.contains(o))) continue;
    out.push(box);
  }
  return out;
}

function containerOf(pic: Element, root: Element, h1: Element): Element | null {
  const figure = pic.closest('figure, [itemtype*="ImageObject"], [itemtype*="VideoObject"]');
  if (figure && !figure.contains(root) && !figure.contains(h1)) return (figure.textContent ?? '').trim().length <= MAX_CONTAINER_TEXT ? figure : null;
  let el: Element | null = pic.parentElement;
  for (let i = 0; el && i < MAX_CLIMB; i++, el = el.parentElement) {
    if (el.contains(root) || el.contains(h1) || el.localName === 'body') return null;
    const text = (el.textContent ?? '').trim().length;
    if (text > MAX_CONTAINER_TEXT) return null;
    if (text > 0) return el;
  }
  return null;
}

/** Classes of teaser cards (related stories, recommendations), whose text is a headline and a byline. */
const TEASER = /(?:^|[\s_-])(?:related|teaser|recommend\w*|promo|more-?stories|read-?more)(?:$|[\s_-])/i;
/** An image box's text is at most this long: a caption and a credit, not a teaser or a paragraph. */
const MAX_BOX_TEXT = 250;

/**
 * Inside the root, the small containers of pictures that are not in a figure or a caption already
 * (`<div class="img"><img><span>Foto: Jana Ring/dpa</span></div>`): their text is read like a
 * figure's. A box whose text is mostly a link (a teaser card) or holds a heading is none.
 */
export function imageBoxes(root: Element): Set<Element> {
  const out = new Set<Element>();
  for (const pic of root.querySelectorAll('img, picture, video')) {
    if (out.size >= 200) break;
    if (pic.closest('figure, figcaption, [itemtype*="ImageObject"], [class*="caption" i]')) continue;
    let el: Element | null = pic.parentElement;
    for (let i = 0; el && el !== root && i < MAX_CLIMB; i++, el = el.parentElement) {
      const text = (el.textContent ?? '').trim();
      if (text.length > MAX_BOX_TEXT) break;
      if (text.length === 0) continue;
      if (el.querySelector('h1, h2, h3, h4, h5, h6, p ~ p, li')) break;
      let linked = 0;
      for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').trim().length;
      if (linked * 2 < text.length && !el.closest(`a, ${CHROME}`) && !TEASER.test(el.getAttribute('class') ?? '')) out.add(el);
      break;
    }
  }
  return out;
}

/**
 * The root's blocks with the lead figures' caption and credit blocks before them, numbered anew in
 * reading order (`b0`, `b1`, …) so that every block id is unique. Sliced like the root's extraction.
 */
export function* extractWithLeadFigures(doc: Document, root: Element, limits: ExtractLimits = DEFAULT_LIMITS): Generator<void, MappedBlock[]> {
  const lead: MappedBlock[] = [];
  for (const box of leadFigures(doc, root)) {
    const blocks = yield* extractBlocksStepwise(box, limits, true);
    for (const m of blocks) if (m.block.kind === 'caption' || m.block.kind === 'credit') lead.push(m);
  }
  const own = yield* extractBlocksStepwise(root, limits, false, imageBoxes(root));
  if (lead.length === 0) return own;
  return [...lead, ...own].map((m, i) => ({ block: { ...m.block, id: `b${i}` }, segments: m.segments }));
}

/** The same in one go (the CLI). */
export function extractWithLeadFiguresAtOnce(doc: Document, root: Element, limits: ExtractLimits = DEFAULT_LIMITS): MappedBlock[] {
  const steps = extractWithLeadFigures(doc, root, limits);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
