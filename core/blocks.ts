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

const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'BUTTON', 'SELECT',
  'TEXTAREA', 'INPUT', 'OPTION', 'SVG', 'svg', 'IFRAME', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'MATH', 'HEAD',
  'DIALOG', 'MENU',
]);

const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK', 'Q', 'S',
  'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR', 'BR', 'INS', 'DEL', 'LABEL',
  'IMG', 'PICTURE', 'SOURCE',
]);

const CREDIT_HINT = /(^|[\s_-])(credit|credits|copyright|photographer|photo-?credit|image-?credit|imagecredit|photocredit|image-?source|picture-?source)([\s_-]|$)/i;
const CAPTION_HINT = /caption/i;

type Acc = { text: string; segments: Segment[]; kind: BlockKind; lastSpace: boolean };

/** Extracts the text blocks under `root` with their maps back to text nodes. */
export function extractBlocks(root: Element, limits: ExtractLimits = DEFAULT_LIMITS): MappedBlock[] {
  const out: MappedBlock[] = [];
  let total = 0;
  let acc: Acc | null = null;

  const flush = () => {
    if (!acc) return;
    const done = acc;
    acc = null;
    let text = done.text;
    if (text.endsWith(' ')) {
      text = text.slice(0, -1);
      const last = done.segments[done.segments.length - 1];
      if (last && last.start + last.length > text.length) last.length--;
      if (last && last.length === 0) done.segments.pop();
    }
    if (!/[\p{L}\p{N}]/u.test(text)) return;
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
    let seg: Segment | null = null;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      const isSpace = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\u00a0';
      if (isSpace && a.lastSpace) continue;
      const outCh = isSpace ? ' ' : ch;
      if (seg && seg.nodeStart + seg.length === i && seg.start + seg.length === a.text.length) seg.length++;
      else {
        seg = { start: a.text.length, node, nodeStart: i, length: 1 };
        a.segments.push(seg);
      }
      a.text += outCh;
      a.lastSpace = isSpace;
    }
  };

  const walk = (el: Element, kind: BlockKind) => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        addText(child as Text, kind);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const c = child as Element;
      if (isSkipped(c)) continue;
      if (c.tagName === 'BR') {
        if (acc && !acc.lastSpace) {
          // A line break reads as a space; it maps to no text node, so it is not painted.
          acc.text += ' ';
          acc.lastSpace = true;
        }
        continue;
      }
      if (INLINE.has(c.tagName.toUpperCase()) && !(kind !== 'credit' && hasCreditHint(c))) {
        walk(c, kind);
        continue;
      }
      flush();
      walk(c, kindOf(c, kind));
      flush();
    }
  };

  walk(root, kindOf(root, 'other'));
  flush();
  return out;
}

function isSkipped(el: Element): boolean {
  if (SKIP.has(el.tagName) || SKIP.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  const role = el.getAttribute('role');
  return role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'button';
}

/** An element whose class, id or itemprop says it holds a photo credit: always a block of its own. */
function hasCreditHint(el: Element): boolean {
  return CREDIT_HINT.test(`${el.getAttribute('class') ?? ''} ${el.id ?? ''} ${el.getAttribute('itemprop') ?? ''}`);
}

/** The block kind of text directly inside `el`, given the kind of its surroundings. */
function kindOf(el: Element, outer: BlockKind): BlockKind {
  const tag = el.tagName.toUpperCase();
  if (hasCreditHint(el)) return 'credit';
  const hint = `${el.getAttribute('class') ?? ''} ${el.id ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
  if (outer === 'credit') return 'credit';
  if (tag === 'FIGCAPTION' || CAPTION_HINT.test(hint) || tag === 'CAPTION') return 'caption';
  if (outer === 'caption' || outer === 'heading' || outer === 'list') return outer;
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'BLOCKQUOTE') return 'blockquote';
  if (outer === 'blockquote') return 'blockquote';
  if (tag === 'LI' || tag === 'DD' || tag === 'DT') return 'list';
  if (tag === 'P') return 'paragraph';
  return 'other';
}
