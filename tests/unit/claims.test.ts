import { describe, expect, it } from 'vitest';
import { statSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { detectClaims } from '../../core/detect/claims';
import { CLAIM_NEGATIVES, CLAIM_POSITIVES } from '../../core/detect/claims.examples';
import { extractFeatures } from '../../core/claims/features';
import { CUES, firedCues } from '../../core/claims/cues';
import { scoreSentence, claimModel } from '../../core/claims';
import { createSourceIndex } from '../../core/source-index';
import type { Block, CreditAnnotation } from '../../core/report';
import type { DetectInput } from '../../core/detect/types';

const index = createSourceIndex([]);
const input = (blocks: Block[], credits: CreditAnnotation[] = [], claimThreshold?: number): DetectInput => ({
  blocks,
  index,
  options: claimThreshold === undefined ? {} : { claimThreshold },
  credits,
});
const para = (id: string, text: string, kind: Block['kind'] = 'paragraph'): Block => ({ id, kind, text });

describe('detectClaims on our news-style examples', () => {
  it.each(CLAIM_POSITIVES)('finds the claim: %s', (sentence) => {
    const claims = detectClaims(input([para('b0', sentence)]));
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toBe(sentence);
    expect(claims[0]!.score).toBeGreaterThanOrEqual(0.5);
    expect(claims[0]!.reasons.length).toBeGreaterThan(0);
  });

  it.each(CLAIM_NEGATIVES)('leaves alone: %s', (sentence) => {
    expect(detectClaims(input([para('b0', sentence)]))).toEqual([]);
  });
});

describe('detectClaims spans and options', () => {
  const text =
    'Overreaction is never good policy. The authorities arrested 200 local politicians in March. What comes next?';
  it('emits one claim per check-worthy sentence with a span into the block', () => {
    const claims = detectClaims(input([para('b3', text)]));
    expect(claims).toHaveLength(1);
    const c = claims[0]!;
    expect(c.kind).toBe('claim');
    expect(c.span.block).toBe('b3');
    expect(text.slice(c.span.start, c.span.end)).toBe('The authorities arrested 200 local politicians in March.');
    expect(c.text).toBe(text.slice(c.span.start, c.span.end));
    expect(c.reasons).toEqual(expect.arrayContaining(['quantity', 'reported event']));
  });

  it('skips credit blocks and text covered by credits', () => {
    const claim = 'The authorities arrested 200 local politicians in March.';
    expect(detectClaims(input([para('c0', claim, 'credit')]))).toEqual([]);
    const credit: CreditAnnotation = {
      kind: 'credit',
      span: { block: 'b0', start: 0, end: claim.length },
      text: claim,
      chain: [],
    };
    expect(detectClaims(input([para('b0', claim)], [credit]))).toEqual([]);
    expect(detectClaims(input([para('b1', claim)], [credit]))).toHaveLength(1);
  });

  it('keeps the words of a sentence outside a credit span', () => {
    const text = 'Police detained 14 protesters at the gate on Tuesday (AP Photo/Jonas Lind).';
    const start = text.indexOf('(AP');
    const credit: CreditAnnotation = {
      kind: 'credit',
      span: { block: 'c0', start, end: text.length - 1 },
      text: text.slice(start, -1),
      chain: [],
    };
    const claims = detectClaims(input([para('c0', text)], [credit]));
    expect(claims.map((c) => c.text)).toEqual(['Police detained 14 protesters at the gate on Tuesday']);
    expect(claims[0]!.span).toEqual({ block: 'c0', start: 0, end: start - 1 });
    // The same words in a caption are never a claim.
    expect(detectClaims(input([para('c0', text, 'caption')], [credit]))).toEqual([]);
  });

  it('respects the threshold: a higher threshold never finds more', () => {
    const blocks = [...CLAIM_POSITIVES, ...CLAIM_NEGATIVES].map((s, i) => para(`b${i}`, s));
    const more = detectClaims(input(blocks, [], 0.3)).length;
    const balanced = detectClaims(input(blocks, [], 0.5)).length;
    const fewer = detectClaims(input(blocks, [], 0.7)).length;
    expect(more).toBeGreaterThanOrEqual(balanced);
    expect(balanced).toBeGreaterThanOrEqual(fewer);
    expect(detectClaims(input(blocks, [], 1.01))).toEqual([]);
  });

  it('finds claims inside quotes', () => {
    const text = '“We lost 300 jobs in a single year,” the plant manager told reporters.';
    expect(detectClaims(input([para('b0', text)]))).toHaveLength(1);
  });
});

describe('reasons', () => {
  it('names the cues that fired', () => {
    expect(scoreSentence('Unemployment fell to 4.2 percent in March.').reasons).toEqual(
      expect.arrayContaining(['statistic', 'quantity', 'date', 'change over time']),
    );
    expect(scoreSentence('Norway has the fourth largest fund in the world.').reasons).toContain('ranking');
    expect(scoreSentence('Prices rose because of the drought.').reasons).toContain('causal');
    expect(scoreSentence('Portugal produces more power from wind than from coal.').reasons).toContain('comparison');
    expect(scoreSentence('I think we deserve better.').reasons).not.toContain('quantity');
  });
});

describe('features and model file', () => {
  it('extracts the same features every time', () => {
    const cfg = claimModel().config;
    const s = 'The treaty was signed in Geneva in 1997 by 122 countries.';
    const a = extractFeatures(s, cfg);
    const b = extractFeatures(s, cfg);
    expect(a).toEqual(b);
    expect(a.vec.idx.length).toBeGreaterThan(50);
    expect(a.vec.idx.every((i) => i >= 0 && i < (1 << cfg.bits) + 64)).toBe(true);
    expect(scoreSentence(s)).toEqual(scoreSentence(s));
  });

  it('model file is at most 1 MB', () => {
    const file = new URL('../../data/claims-model.json', import.meta.url);
    expect(statSync(file).size).toBeLessThanOrEqual(1_000_000);
    expect(gzipSync(readFileSync(file)).length).toBeLessThan(statSync(file).size);
  });

  it('scores lie in 0..1', () => {
    for (const s of [...CLAIM_POSITIVES, ...CLAIM_NEGATIVES, '', '!!!']) {
      const { score } = scoreSentence(s);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(1);
    }
  });
});

describe('news-prose adjustment', () => {
  it('pulls down sentences without checkable content and opinion, leaves substantive ones', async () => {
    const { newsScore, NEWS_SHIFT } = await import('../../core/claims/news');
    const plain = scoreSentence('The highlight was the construction of the Grand Harbour Bridge.');
    expect(plain.reasons.filter((r) => r !== 'named entity')).toEqual([]);
    expect(newsScore(plain)).toBeLessThan(plain.score);
    const opinion = scoreSentence('The government should never cut the health budget.');
    expect(opinion.cues).toEqual(expect.arrayContaining(['deontic']));
    expect(newsScore(opinion)).toBeLessThan(opinion.score);
    const fact = scoreSentence('The government cut the health budget by 12 percent in 2021.');
    // A substantive, opinion-free sentence only gets the debates-to-news shift (fitted on the tuning half).
    const logit = Math.log(fact.score / (1 - fact.score));
    expect(newsScore(fact)).toBeCloseTo(1 / (1 + Math.exp(-(logit - NEWS_SHIFT))), 9);
    expect(newsScore(fact)).toBeGreaterThan(0.7);
  });

  it('does not count "one" as a quantity', () => {
    expect(scoreSentence('It is one of those things.').reasons).not.toContain('quantity');
    expect(scoreSentence('It happened three times.').reasons).toContain('quantity');
  });
});

describe('detectClaims on our example article', () => {
  it('highlights the statements of fact and nothing else', async () => {
    const { CLAIM_ARTICLE } = await import('../../core/detect/claims.examples');
    const claims = detectClaims(input(CLAIM_ARTICLE.blocks));
    const texts = claims.map((c) => c.text);
    for (const c of CLAIM_ARTICLE.claims) expect(texts).toContain(c);
    for (const n of CLAIM_ARTICLE.notClaims) expect(texts.some((t) => t.includes(n))).toBe(false);
    for (const c of claims) {
      const block = CLAIM_ARTICLE.blocks.find((b) => b.id === c.span.block)!;
      expect(block.text.slice(c.span.start, c.span.end)).toBe(c.text);
    }
  });
});

describe('isProse', () => {
  it('rejects lead-ins, contact lines and non-English runs; accepts news sentences', async () => {
    const { isProse } = await import('../../core/claims/news');
    expect(isProse('Posted by Karl Ruiz on March 3, 2021 at 9:15 pm said:')).toBe(false);
    expect(isProse('Send your tips to newsdesk@example.org today.')).toBe(false);
    expect(isProse('Follow @example_desk for updates on the vote count.')).toBe(false);
    expect(isProse('Die Regierung hat 2019 insgesamt 300 Millionen Euro ausgegeben.')).toBe(false);
    expect(isProse('The regional government spent 2.4 billion euros on the terminal.')).toBe(true);
    expect(isProse('Exports rose 18% last year')).toBe(true);
  });
});

describe('cues', () => {
  const fired = (raw: string) => {
    const lower = raw.toLowerCase();
    const on = firedCues({ raw, lower, words: lower.split(/\s+/u) });
    return new Set(CUES.filter((_, i) => on[i]).map((c) => c.id));
  };

  it('counts capitalised words that follow a word and white space, not the first word or one after a bracket', () => {
    expect(fired('Harbour chiefs met').has('named-entity')).toBe(false);
    expect(fired('the board met Ines Okafor').has('named-entity')).toBe(true);
    expect(fired('the board met\u00a0\u00a0Ines').has('named-entity')).toBe(true);
    expect(fired('the board met (Ines)').has('named-entity')).toBe(false);
    expect(fired('figures, Ines said').has('named-entity')).toBe(true);
    // A letter outside the Basic Multilingual Plane counts as the word before.
    expect(fired('\u{1D400} Ines').has('named-entity')).toBe(true);
    expect(fired('I said OK').has('named-entity')).toBe(false);
    expect(fired('met Ines Okafor and Tomas Berg').has('many-names')).toBe(true);
    expect(fired('met Ines Okafor today').has('many-names')).toBe(false);
  });

  it('finds rankings, comparisons and credit lines with or without the quick pre-checks', () => {
    expect(fired('the port is the third-largest in the region').has('ranking')).toBe(true);
    expect(fired('the port ranked top 10 last year').has('ranking')).toBe(true);
    expect(fired('the third ship left').has('ranking')).toBe(false);
    expect(fired('exports grew faster than imports').has('comparative')).toBe(true);
    expect(fired('exports doubled').has('comparative')).toBe(true);
    expect(fired('exports held steady').has('comparative')).toBe(false);
    expect(fired('Dockside cranes | Ines Okafor | Harbour Photos').has('credit-line')).toBe(true);
    expect(fired('Photo by Ines Okafor').has('credit-line')).toBe(true);
    expect(fired('the cranes stood idle').has('credit-line')).toBe(false);
  });
});
