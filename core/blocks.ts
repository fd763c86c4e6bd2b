/**
 * Block extraction: the article root's text as blocks (heading, paragraph, caption, credit,
 * blockquote, list item), each with a map from block offsets back to the DOM text nodes it came from,
 * so that spans found in text can be turned into page Ranges without touching the page.
 * Whitespace is collapsed as a reader sees it; nav, aside, footer, forms, scripts and editable areas
 * are skipped.
 */
import type { Block, BlockKind } from './report';

/** A stretch of block text that maps one-to-one onto a stretch of one text node. */
export type Segment = { start: number; node: Text; nodeStart: number; length: number };
export type MappedBlock = { block: Block; segments: Segment[] };

export type ExtractLimits = { maxBlocks: number; maxChars: number };
export const DEFAULT_LIMITS: ExtractLimits = { maxBlocks: 5000, maxChars: 2_000_000 };

/** Element names (lower-case `localName`) whose text is never article text. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'aside', 'footer', 'form', 'button', 'select',
  'textarea', 'input', 'option', 'svg', 'iframe', 'canvas', 'video', 'audio', 'object', 'math', 'head',
  'dialog', 'menu',
]);

/** Elements that continue the current block rather than starting one. */
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'br', 'ins', 'del', 'label',
  'img', 'picture', 'source',
]);

/** Any letter or digit (a cheap, non-Unicode-mode test: blocks of only punctuation are dropped). */
const HAS_WORD = /[0-9A-Za-z\u00AA\u00B5\u00BA\u00C0-\u02AF\u0370-\u1FFF\u2C00-\uD7FF\uF900-\uFDFF\uFE70-\uFEFF\uFF10-\uFFDC]/;

const CREDIT_HINT = /(^|[\s_-])(credit|credits|copyright|photographer|photo-?credit|image-?credit|imagecredit|photocredit|image-?source|picture-?source)([\s_-]|$)/i;
const CAPTION_HINT = /caption/i;
/**
 * Inside a figure or caption, a class, id or itemprop word in any case style (`imageEmbedCredit`,
 * `figure__attribution`, `isc-source-text`, itemprop `copyrightHolder`) marks the credit. Outside
 * figures these words mostly mean site footers, so they are read only there.
 */
const FIGURE_CREDIT_WORD = /^(?:[a-z]*(?:credits?|copyright|attribution|photographer|creator|fotograf)|sources?|quelle|bildquelle|courtesy)$/;
/** Inline elements that, inside a figure, hold a credit more often than a description. */
const FIGURE_SMALL = new Set(['cite', 'small']);

type Acc = { text: string; segments: Segment[]; kind: BlockKind; lastSpace: boolean };

/** How often (in visited nodes) the sliced extraction offers to pause. */
const NODES_PER_STEP = 200;
/** White space a reader sees as one space but that is not one plain space. */
const ODD_SPACE = /[ \n\t\r\f\u00a0]{2,}|[\n\t\r\f\u00a0]/g;
const LEADING_SPACE = /[ \n\t\r\f\u00a0]+/y;

/** Extracts the text blocks under `root` with their maps back to text nodes, in one go. */
export function extractBlocks(root: Element, limits: ExtractLimits = DEFAULT_LIMITS): MappedBlock[] {
  const steps = extractBlocksStepwise(root, limits);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same extraction as a generator that yields every few hundred nodes, so a page can run it in
 * slices of a few milliseconds (dom/slice.ts) and never hold the main thread for long.
 */
export function* extractBlocksStepwise(
  root: Element,
  limits: ExtractLimits = DEFAULT_LIMITS,
  asFigure = false,
  imageBoxes: ReadonlySet<Element> | null = null,
): Generator<void, MappedBlock[]> {
  const out: MappedBlock[] = [];
  let total = 0;
  let acc: Acc | null = null;
  let visited = 0;

  const flush = () => {
    if (!acc) return;
    const done: Acc = acc;
    acc = null;
    let text = done.text;
    if (text.endsWith(' ')) {
      text = text.slice(0, -1);
      const last = done.segments[done.segments.length - 1];
      if (last && last.start + last.length > text.length) last.length--;
      if (last && last.length === 0) done.segments.pop();
    }
    if (!HAS_WORD.test(text)) return;
    if (out.length >= limits.maxBlocks || total + text.length > limits.maxChars) return;
    total += text.length;
    out.push({ block: { id: `b${out.length}`, kind: done.kind, text }, segments: done.segments });
  };

  const addText = (node: Text, kind: BlockKind) => {
    const data = node.data;
    if (!acc) {
      if (!/\S/.test(data)) return;
      acc = { text: '', segments: [], kind, lastSpace: true };
    }
    const a: Acc = acc;
    if (a.text.length > limits.maxChars) return;
    let length = a.text.length;
    let text = '';
    // Map [from, to) of the node onto the block's end (extending the last segment when contiguous).
    const map = (from: number, to: number) => {
      const prev = a.segments[a.segments.length - 1];
      if (prev && prev.node === node && prev.nodeStart + prev.length === from && prev.start + prev.length === length) prev.length += to - from;
      else a.segments.push({ start: length, node, nodeStart: from, length: to - from });
      length += to - from;
    };
    let pos = 0;
    // Leading white space after a space (or at a block's start) is dropped.
    if (a.lastSpace) {
      LEADING_SPACE.lastIndex = 0;
      if (LEADING_SPACE.test(data)) pos = LEADING_SPACE.lastIndex;
    }
    // Text is copied in long runs, single spaces included; only a run of several white-space
    // characters, or one that is not a plain space, is rewritten (as one space mapped to its first character).
    ODD_SPACE.lastIndex = pos;
    for (let m = ODD_SPACE.exec(data); m; m = ODD_SPACE.exec(data)) {
      if (m.index > pos) {
        map(pos, m.index);
        text += data.slice(pos, m.index);
      }
      if (m.index > pos || !(pos > 0 || a.lastSpace)) {
        map(m.index, m.index + 1);
        text += ' ';
      }
      pos = m.index + m[0].length;
    }
    if (pos < data.length) {
      map(pos, data.length);
      text += pos === 0 ? data : data.slice(pos);
    }
    if (text) {
      a.text += text;
      a.lastSpace = text.charCodeAt(text.length - 1) === 32;
    }
  };

  // An explicit stack instead of recursive generators: one generator for the whole walk keeps the
  // per-element cost low (a generator per element and yield* delegation cost more than the work).
  // `fig`: inside a figure, a caption or an ImageObject (credit markup is read there only).
  type Frame = { next: ChildNode | null; kind: BlockKind; endsBlock: boolean; fig: boolean };
  // `asFigure`: the root is a picture's container found from the picture (core/credits/lead-figures.ts).
  const rootFig = asFigure || isFigure(root);
  const stack: Frame[] = [{ next: root.firstChild, kind: kindOf(root, 'other', rootFig), endsBlock: false, fig: rootFig }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (!child) {
      stack.pop();
      if (frame.endsBlock) flush();
      continue;
    }
    frame.next = child.nextSibling;
    if (++visited % NODES_PER_STEP === 0) yield;
    if (child.nodeType === 3) {
      addText(child as Text, frame.kind);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const c = child as Element;
    const inFig = frame.fig || frame.kind === 'caption';
    if (isSkipped(c) && !(inFig && keptInFigure(c))) continue;
    if (!inFig && isWidget(c)) continue;
    if (c.localName === 'br') {
      const a = acc as Acc | null;
      if (a && !a.lastSpace) {
        // A line break reads as a space; it maps to no text node, so it is not painted.
        a.text += ' ';
        a.lastSpace = true;
      }
      continue;
    }
    if (INLINE.has(c.localName) && !(frame.kind !== 'credit' && (hasCreditHint(c, inFig) || (inFig && isCaptionPiece(c))))) {
      stack.push({ next: c.firstChild, kind: frame.kind, endsBlock: false, fig: inFig });
      continue;
    }
    flush();
    // `imageBoxes`: small containers of a picture found from the picture (core/credits/lead-figures.ts).
    const box = imageBoxes !== null && imageBoxes.has(c);
    stack.push({ next: c.firstChild, kind: kindOf(c, frame.kind, inFig || box), endsBlock: true, fig: inFig || box || isFigure(c) });
  }
  flush();
  return out;
}

function isSkipped(el: Element): boolean {
  if (SKIP.has(el.localName)) return true;
  if (!el.hasAttributes()) return false; // most elements: no attribute wrapper is made
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  const role = el.getAttribute('role');
  return role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'button';
}

/**
 * Ad and recommendation widgets (sponsored, promoted, Outbrain/Taboola-like) and site footers marked
 * by class or id, outside figures: their "X for Y" teasers and "Copyright © 2019 Example Medien"
 * notices are no article text (issue 16 item 8, most often when the root falls back to <body>).
 */
const WIDGET = /(?:^|[\s_-])(?:outbrain|taboola|plista|ligatus|zergnet|revcontent|mgid|sponsored|promoted|advertorial|ob-widget|trc_related)(?:$|[\s_-])|(?:^|\s)(?:(?:site|page|global|main)-?footer|footer)(?:$|\s)/i;
function isWidget(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  const hint = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  return hint.length > 3 && WIDGET.test(hint);
}

/** The element's class, id and itemprop as one string ('' for the many elements without them). */
function hintOf(el: Element): string {
  if (!el.hasAttributes()) return '';
  return `${el.getAttribute('class') ?? ''} ${el.id ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
}

/** An element whose class, id or itemprop says it holds a photo credit: always a block of its own. */
function hasCreditHint(el: Element, inFig = false): boolean {
  const hint = hintOf(el);
  return hint.length > 2 && (CREDIT_HINT.test(hint) || (inFig && hasFigureCreditWord(hint)));
}

/** Outside figures, a credit-classed element holding a list of links is the site's footer area, not a credit. */
function isSiteArea(el: Element): boolean {
  return el.querySelector('ul, ol, nav, li') !== null;
}

/** The words of class, id and itemprop names, whatever their case style, tested for a credit word. */
function hasFigureCreditWord(hint: string): boolean {
  const words = hint.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/);
  return words.some((w) => w.length > 4 && FIGURE_CREDIT_WORD.test(w));
}

/**
 * A picture's figure: `<figure>` holding an image (not a pull quote's figure, whose caption names the
 * quote's author), or an element whose microdata type is an ImageObject or VideoObject.
 */
function isFigure(el: Element): boolean {
  if (el.localName === 'figure') return el.querySelector('img, picture, video, svg, canvas, amp-img') !== null && el.querySelector('blockquote') === null;
  if (!el.hasAttributes()) return false;
  const type = el.getAttribute('itemtype');
  return type !== null && /(?:Image|Video)Object/.test(type);
}

/** A footer, or a hidden-from-readers credit element, inside a figure is the picture's: it is read. */
function keptInFigure(el: Element): boolean {
  if (el.localName === 'footer') return true;
  return el.getAttribute('aria-hidden') === 'true' && !el.hasAttribute('hidden') && hasCreditHint(el, true);
}

/**
 * Inside a caption, `<cite>`/`<small>` and an inline element that opens or closes the caption
 * (`<span>Photo: Jane Roe</span> The river…`) are pieces of their own: a credit glued to the
 * description is read apart from it.
 */
function isCaptionPiece(el: Element): boolean {
  if (FIGURE_SMALL.has(el.localName)) return true;
  if (el.localName === 'br' || el.localName === 'img' || el.localName === 'a' || el.localName === 'picture' || el.localName === 'source') return false;
  const parent = el.parentElement;
  if (!parent || !(parent.localName === 'figcaption' || parent.localName === 'caption' || CAPTION_HINT.test(hintOf(parent)))) return false;
  const own = el.textContent ?? '';
  if (own.length > 160 || !/\S/.test(own)) return false;
  const whole = parent.textContent ?? '';
  if (whole.trim().length <= own.trim().length + 2) return false;
  // Only the first or the last piece with text: an emphasis in mid-sentence stays in its sentence.
  let first: Node | null = parent.firstChild;
  while (first && !/\S/.test(first.textContent ?? '')) first = first.nextSibling;
  let last: Node | null = parent.lastChild;
  while (last && !/\S/.test(last.textContent ?? '')) last = last.previousSibling;
  return first === el || last === el;
}

/** The block kind of text directly inside `el`, given the kind of its surroundings. */
function kindOf(el: Element, outer: BlockKind, inFig = false): BlockKind {
  const tag = el.localName;
  const hint = hintOf(el);
  if (hint.length > 2 && (CREDIT_HINT.test(hint) || (inFig && hasFigureCreditWord(hint))) && !(!inFig && isSiteArea(el))) return 'credit';
  if (outer === 'credit') return 'credit';
  if (tag === 'figcaption' || tag === 'caption' || (hint.length > 2 && CAPTION_HINT.test(hint))) return 'caption';
  if (outer === 'caption' || outer === 'heading' || outer === 'list') return outer;
  // Text inside a figure with no figcaption is the picture's caption.
  if (inFig && (outer === 'other' || outer === 'paragraph') && !(tag.length === 2 && tag[0] === 'h')) return 'caption';
  if (tag.length === 2 && tag[0] === 'h' && tag[1]! >= '1' && tag[1]! <= '6') return 'heading';
  if (tag === 'blockquote') return 'blockquote';
  if (outer === 'blockquote') return 'blockquote';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'list';
  if (tag === 'p') return 'paragraph';
  return 'other';
}
