/**
 * Spans to page Ranges: the only place block offsets become DOM positions.
 * Uses the block's segment map (core/blocks.ts), so nothing is searched in the live page.
 */
import type { MappedBlock, Segment } from '../core/blocks';

/** The Range covering [start, end) of a mapped block, or null when the text is gone from the page. */
export function toRange(doc: Document, mapped: MappedBlock, start: number, end: number): Range | null {
  const segs = mapped.segments;
  if (segs.length === 0 || end <= start) return null;
  const from = locate(segs, start, 'start');
  const to = locate(segs, end, 'end');
  if (!from || !to) return null;
  if (!from.node.isConnected || !to.node.isConnected) return null;
  const range = doc.createRange();
  try {
    range.setStart(from.node, Math.min(from.offset, from.node.length));
    range.setEnd(to.node, Math.min(to.offset, to.node.length));
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}

type Point = { node: Text; offset: number };

/** Binary search for the segment holding `pos`; a position in a gap snaps inward. */
function locate(segs: Segment[], pos: number, side: 'start' | 'end'): Point | null {
  let lo = 0;
  let hi = segs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  let seg = segs[lo]!;
  if (side === 'start') {
    if (pos >= seg.start + seg.length) {
      const next = segs[lo + 1];
      if (!next) return null;
      return { node: next.node, offset: next.nodeStart };
    }
    if (pos < seg.start) return { node: seg.node, offset: seg.nodeStart };
    return { node: seg.node, offset: seg.nodeStart + (pos - seg.start) };
  }
  // End side: the end belongs to the segment whose text ends at or after it.
  if (seg.start === pos && lo > 0) seg = segs[lo - 1]!;
  const within = Math.min(pos - seg.start, seg.length);
  return { node: seg.node, offset: seg.nodeStart + Math.max(within, 0) };
}
