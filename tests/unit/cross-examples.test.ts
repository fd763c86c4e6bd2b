/**
 * Every detector rejects the others' examples: a credit line is not a quote or a claim, a claim or a
 * quoted sentence is not a credit. Each detector runs on its own, without help from the others.
 */
import { describe, expect, it } from 'vitest';
import { CREDIT_EXAMPLES } from '../../core/detect/credits.examples';
import { CLAIM_POSITIVES } from '../../core/detect/claims.examples';
import { annotate } from '../../core/detect';
import { OPED_ARTICLE } from '../../core/detect/quotes.examples';
import { detectQuotes } from '../../core/detect/quotes';
import { detectClaims } from '../../core/detect/claims';
import { detectCredits } from '../../core/detect/credits';
import { loadIndex } from '../../cli/engine';
import type { Block, BlockKind } from '../../core/report';

const index = loadIndex();
const input = (text: string, kind: BlockKind = 'paragraph') => ({
  blocks: [{ id: 'b0', kind, text } satisfies Block],
  index,
  options: {},
  credits: [],
});

describe('detectors reject each other’s examples', () => {
  const creditLines = [...new Set(CREDIT_EXAMPLES.map((e) => e.credit))];

  it.each(creditLines)('credit line %j is not a quote, even on its own', (line) => {
    expect(detectQuotes(input(line))).toEqual([]);
  });

  it.each(CREDIT_EXAMPLES.map((e) => [e.block, e.kind] as const))(
    'credit example %j (%s block) holds no claim once credits are known (as the registry runs them)',
    (text, kind) => {
    const credits = detectCredits(input(text, kind));
    expect(credits.length).toBeGreaterThan(0);
    expect(detectClaims({ ...input(text, kind), credits })).toEqual([]);
    const report = annotate({ url: null, title: null, article: { isArticle: true, signals: [] }, blocks: input(text, kind).blocks }, index);
    const inCredit = (a: { span: { start: number; end: number } }) => credits.some((c) => a.span.start < c.span.end && c.span.start < a.span.end);
    expect(report.annotations.filter((a) => (a.kind === 'quote' || a.kind === 'claim') && inCredit(a))).toEqual([]);
    },
  );

  const quoted = OPED_ARTICLE.split('\n\n').filter((p) => /[“"]/.test(p));
  it.each([...CLAIM_POSITIVES, ...quoted])('prose %j holds no credit', (text) => {
    expect(detectCredits(input(text)).map((c) => c.text)).toEqual([]);
  });
});
