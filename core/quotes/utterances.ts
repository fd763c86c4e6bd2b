/**
 * Quotes pipeline, utterances: joins the parts the stages found into one quote per utterance
 * (report@2 `spans`). A part joins the utterance it continues:
 *
 *   “The ferry is late,” she said. “We will fix it.”        → one quote, spans [The ferry is late,] [We will fix it.]
 *   “It is a scandal.  ¶  “Nobody told us,” Ortiz added.   → one quote across two paragraphs (the first quote is
 *                                                             left open), cue 'added', speaker Ortiz
 *   “It is late,” she said.  ¶  “We tried.”                → two quotes (the first paragraph closed its quote)
 *   Ortiz said the ferry is late. “We tried.”               → two quotes (a reported clause, then a direct quote)
 *
 * The utterance's cue is the first cue among its parts and its speaker that part's (else the first part's).
 */

import type { Part, Who } from './types';
import type { Block, QuoteAnnotation, Span } from '../report';

/** A quote as the pipeline hands it on: the speaker's kind is decided after (core/quotes/kinds.ts). */
export type Utterance = Omit<QuoteAnnotation, 'speaker'> & { speaker: Who };

/** Joins continuation parts (in a paragraph, and across paragraphs after an open quote) into utterances. */
export function joinUtterances(parts: Part[], blocks: Block[]): Utterance[] {
  const order = new Map(blocks.map((b, i) => [b.id, i]));
  const parent = parts.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  /** Whether an utterance (by its root) has a cue among its parts. */
  const cued = parts.map((p) => !!p.cue);
  const union = (a: number, b: number) => {
    const ra = root(a);
    const rb = root(b);
    if (ra === rb) return;
    const [lo, hi] = ra < rb ? [ra, rb] : [rb, ra];
    parent[hi] = lo;
    cued[lo] = cued[lo]! || cued[hi]!;
  };
  // In one paragraph: a direct continuation of a direct quote.
  parts.forEach((p, i) => {
    if (p.continues !== undefined && p.direct && parts[p.continues]?.direct) union(i, p.continues);
  });
  // Across paragraphs: the last part of a paragraph left open, and the next paragraph opening with a quote.
  const firstIn = new Map<number, number>();
  const lastIn = new Map<number, number>();
  parts.forEach((p, i) => {
    const bi = order.get(p.span.block) ?? -1;
    const f = firstIn.get(bi);
    if (f === undefined || parts[f]!.span.start > p.span.start) firstIn.set(bi, i);
    const l = lastIn.get(bi);
    if (l === undefined || parts[l]!.span.end < p.span.end) lastIn.set(bi, i);
  });
  for (const [bi, l] of [...lastIn.entries()].sort((a, b) => a[0] - b[0])) {
    const prev = parts[l]!;
    const next = firstIn.get(bi + 1);
    if (!prev.open || next === undefined) continue;
    const n = parts[next]!;
    const text = blocks[bi + 1]!.text;
    if (!n.direct || n.span.start > (/\S/.exec(text)?.index ?? 0) + 1) continue;
    // A cue of its own starts a new utterance, unless the open one had none ("“It is late.  ¶  “We tried,” she said.").
    if (!n.cue || !cued[root(l)]) union(l, next);
  }
  const groups = new Map<number, number[]>();
  parts.forEach((_, i) => {
    const r = root(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const pos = (s: Span) => [order.get(s.block) ?? -1, s.start] as const;
  const before = (a: Span, b: Span) => pos(a)[0] - pos(b)[0] || pos(a)[1] - pos(b)[1];
  const out: Utterance[] = [];
  for (const members of groups.values()) {
    const ps = members.map((i) => parts[i]!).sort((a, b) => before(a.span, b.span));
    const head = ps[0]!;
    const voice = ps.find((p) => p.cue) ?? head;
    const len = (p: Part) => p.span.end - p.span.start;
    const direct = ps.length === 1 ? head.direct : ps.filter((p) => p.direct).reduce((n, p) => n + len(p), 0) * 2 >= ps.reduce((n, p) => n + len(p), 0);
    out.push({
      kind: 'quote',
      span: head.span,
      spans: ps.map((p) => p.span),
      quoted: ps.flatMap((p) => p.quoted ?? []),
      text: head.text,
      direct,
      cue: voice.cue,
      speaker: voice.speaker,
    });
  }
  return out.sort((a, b) => before(a.span, b.span));
}
