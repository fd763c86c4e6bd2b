/**
 * The brush: paints a report's annotations with the CSS Custom Highlight API, one Highlight per kind,
 * registered in CSS.highlights under the public names. The article DOM is never modified.
 */
import { HIGHLIGHT_KINDS, HIGHLIGHT_NAMES, type HighlightKind, type Report, type Span } from '../core/report';
import type { MappedBlock } from '../core/blocks';
import { CLAIM_THRESHOLDS, type Settings } from '../core/settings';
import { toRange } from './ranges';
import { forEachSliced } from './slice';
import { STRONG_CLAIM_HIGHLIGHT, isStrongClaim } from '../core/claims/words';

/** A painted thing: its kind, the page Range, and the annotation it came from (index in report.annotations). */
export type PaintedRange = { kind: HighlightKind; range: Range; index: number };

/**
 * Turns every annotation (and every quote's speaker) into page ranges, once per report, in slices
 * so that a long article's thousands of annotations never hold the main thread.
 */
export async function rangesFor(doc: Document, report: Report, maps: Map<string, MappedBlock>, signal: AbortSignal): Promise<PaintedRange[]> {
  const out: PaintedRange[] = [];
  const add = (kind: HighlightKind, span: Span, index: number) => {
    const mapped = maps.get(span.block);
    const range = mapped && toRange(doc, mapped, span.start, span.end);
    if (range) out.push({ kind, range, index });
  };
  const indices = report.annotations.map((_, i) => i);
  await forEachSliced(
    indices,
    (index) => {
      const a = report.annotations[index]!;
      // A quote paints every part of its utterance (report@2 `spans`).
      if (a.kind === 'quote') for (const s of a.spans ?? [a.span]) add('quote', s, index);
      else add(a.kind, a.span, index);
      if (a.kind === 'quote' && a.speaker.span) add('speaker', a.speaker.span, index);
    },
    signal,
  );
  return out;
}

/** Whether a painted range is shown under the current settings. */
export function isShown(p: PaintedRange, report: Report, settings: Settings): boolean {
  if (!settings.kinds[p.kind]) return false;
  const a = report.annotations[p.index];
  return !(a?.kind === 'claim' && a.score < CLAIM_THRESHOLDS[settings.sensitivity]);
}

/** One kind's painting as we made it: our Highlight object, its ranges and each range's boundaries. */
type Kept = { highlight: Highlight; ranges: Range[]; marks: [Node, number, Node, number][] };

/**
 * What we painted, kept so that a page's edits to our highlight entries can be noticed and undone:
 * a page shares `CSS.highlights` with us, so it could add its ranges under our names (painted in our
 * colours), delete ours, swap the entry for its own Highlight or move a range's boundaries.
 */
export type Painting = { counts: Record<HighlightKind, number>; kept: Map<HighlightKind, Kept> };

/** Registers one Highlight per kind with the shown ranges; returns how many ranges each kind holds, and what it painted. */
export function paintHighlights(
  painted: PaintedRange[],
  report: Report,
  settings: Settings,
  hidden: boolean,
): Painting {
  const counts = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, 0])) as Record<HighlightKind, number>;
  const kept = new Map<HighlightKind, Kept>();
  const byKind = new Map<HighlightKind, Range[]>();
  const strong: Range[] = [];
  if (!hidden) {
    for (const p of painted) {
      if (!isShown(p, report, settings)) continue;
      if (!p.range.startContainer.isConnected) continue;
      const list = byKind.get(p.kind) ?? [];
      list.push(p.range);
      byKind.set(p.kind, list);
      const a = report.annotations[p.index];
      if (a?.kind === 'claim' && isStrongClaim(a.score)) strong.push(p.range);
    }
  }
  // The "very likely" claims also get a heavier mark over the thin one (strongest first, still quiet).
  if (strong.length) {
    const highlight = new Highlight(...strong);
    highlight.priority = PRIORITY.claim;
    CSS.highlights.set(STRONG_CLAIM_HIGHLIGHT, highlight);
  } else {
    CSS.highlights.delete(STRONG_CLAIM_HIGHLIGHT);
  }
  for (const kind of HIGHLIGHT_KINDS) {
    const ranges = byKind.get(kind);
    if (ranges?.length) {
      const highlight = new Highlight(...ranges);
      highlight.priority = PRIORITY[kind];
      CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
      counts[kind] = ranges.length;
      kept.set(kind, { highlight, ranges, marks: ranges.map(markOf) });
    } else {
      CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
    }
  }
  return { counts, kept };
}

const markOf = (r: Range): [Node, number, Node, number] => [r.startContainer, r.startOffset, r.endContainer, r.endOffset];

/**
 * Checks every highlight entry under our names against what we painted and repaints the ones a page
 * changed: a different Highlight object, other members, a different size, a moved range or a changed
 * priority; an entry under a name we left empty is removed. Linear in the ranges painted. Returns
 * the kinds that had to be repainted (empty when nothing was touched).
 */
export function restoreHighlights(painting: Painting): HighlightKind[] {
  const touched: HighlightKind[] = [];
  for (const kind of HIGHLIGHT_KINDS) {
    const name = HIGHLIGHT_NAMES[kind];
    const mine = painting.kept.get(kind);
    if (!mine) {
      if (CSS.highlights.has(name)) {
        CSS.highlights.delete(name);
        touched.push(kind);
      }
      continue;
    }
    if (isIntact(mine, CSS.highlights.get(name), PRIORITY[kind])) continue;
    touched.push(kind);
    mine.ranges.forEach((r, i) => {
      const [sn, so, en, eo] = mine.marks[i]!;
      if (r.startContainer !== sn || r.startOffset !== so || r.endContainer !== en || r.endOffset !== eo) {
        try {
          r.setStart(sn, so);
          r.setEnd(en, eo);
        } catch {
          // The text went away since: the next re-annotation drops this range.
        }
      }
    });
    mine.highlight.clear();
    for (const r of mine.ranges) mine.highlight.add(r);
    mine.highlight.priority = PRIORITY[kind];
    mine.highlight.type = 'highlight';
    CSS.highlights.set(name, mine.highlight);
  }
  return touched;
}

function isIntact(mine: Kept, entry: Highlight | undefined, priority: number): boolean {
  if (entry !== mine.highlight || entry.size !== mine.ranges.length || entry.priority !== priority || entry.type !== 'highlight') return false;
  // Same size and every one of ours a member: the same set (our ranges are distinct objects). No iteration of the
  // page's entry: Firefox's content scripts see it through an Xray wrapper, which wraps neither iterators nor callbacks.
  for (const r of mine.ranges) if (!entry.has(r)) return false;
  for (let i = 0; i < mine.ranges.length; i++) {
    const r = mine.ranges[i]!;
    const [sn, so, en, eo] = mine.marks[i]!;
    if (r.startContainer !== sn || r.startOffset !== so || r.endContainer !== en || r.endOffset !== eo) return false;
  }
  return true;
}

/** Removes every Sourcelight highlight from the page. */
export function clearHighlights(): void {
  if (typeof CSS === 'undefined' || !CSS.highlights) return;
  for (const kind of HIGHLIGHT_KINDS) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
  CSS.highlights.delete(STRONG_CLAIM_HIGHLIGHT);
}

/** Narrow spans paint over wide ones: a source inside a claim stays visible. */
const PRIORITY: Record<HighlightKind, number> = { claim: 0, quote: 1, credit: 2, speaker: 3, source: 4 };
