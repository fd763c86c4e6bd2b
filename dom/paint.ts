/**
 * The brush: paints a report's annotations with the CSS Custom Highlight API, one Highlight per kind,
 * registered in CSS.highlights under the public names. The article DOM is never modified.
 */
import { HIGHLIGHT_KINDS, HIGHLIGHT_NAMES, type HighlightKind, type Report, type Span } from '../core/report';
import type { MappedBlock } from '../core/blocks';
import { CLAIM_THRESHOLDS, type Settings } from '../core/settings';
import { toRange } from './ranges';
import { forEachSliced } from './slice';

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

/** Registers one Highlight per kind with the shown ranges; returns how many ranges each kind holds. */
export function paintHighlights(
  painted: PaintedRange[],
  report: Report,
  settings: Settings,
  hidden: boolean,
): Record<HighlightKind, number> {
  const counts = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, 0])) as Record<HighlightKind, number>;
  const byKind = new Map<HighlightKind, Range[]>();
  if (!hidden) {
    for (const p of painted) {
      if (!isShown(p, report, settings)) continue;
      if (!p.range.startContainer.isConnected) continue;
      const list = byKind.get(p.kind) ?? [];
      list.push(p.range);
      byKind.set(p.kind, list);
    }
  }
  for (const kind of HIGHLIGHT_KINDS) {
    const ranges = byKind.get(kind);
    if (ranges?.length) {
      const highlight = new Highlight(...ranges);
      highlight.priority = PRIORITY[kind];
      CSS.highlights.set(HIGHLIGHT_NAMES[kind], highlight);
      counts[kind] = ranges.length;
    } else {
      CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
    }
  }
  return counts;
}

/** Removes every Sourcelight highlight from the page. */
export function clearHighlights(): void {
  if (typeof CSS === 'undefined' || !CSS.highlights) return;
  for (const kind of HIGHLIGHT_KINDS) CSS.highlights.delete(HIGHLIGHT_NAMES[kind]);
}

/** Narrow spans paint over wide ones: a source inside a claim stays visible. */
const PRIORITY: Record<HighlightKind, number> = { claim: 0, quote: 1, credit: 2, speaker: 3, source: 4 };
