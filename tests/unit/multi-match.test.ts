/**
 * One pass for many patterns (core/multi-match.ts) and the JSON-LD credit matching built on it
 * (core/json-ld.ts): same answers as `includes`, work counted (not timed) on a page listing 10,000
 * figures, and linear: twice the figures, about twice the work.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/engine';
import { occurrences, runToEnd, type Meter } from '../../core/multi-match';
import { jsonLdCreditBlocks, jsonLdCreditBlocksStepwise } from '../../core/json-ld';
import type { Block } from '../../core/report';

describe('occurrences', () => {
  it('agrees with includes, overlapping and nested patterns included', () => {
    const text = 'Photo: Anna Weber/dpa. Reuters/Lea Roth; AP Photo/Noor Haddad\u0000ushers';
    const patterns = ['Anna Weber/dpa', 'Weber', 'dpa', 'Lea Roth', 'Roth;', 'AP Photo/Noor Haddad', 'she', 'hers', 'his', 'Reuters/Lea Roth;', 'Getty', 'a', 'dpa. R', 'Haddad\u0000u'];
    expect(runToEnd(occurrences(patterns, text))).toEqual(patterns.map((p) => text.includes(p)));
  });

  it('agrees with includes on random strings over a small alphabet', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const word = (len: number) => Array.from({ length: len }, () => 'abc'[rand(3)]).join('');
    for (let round = 0; round < 50; round++) {
      const text = word(200);
      const patterns = Array.from({ length: 30 }, () => word(1 + rand(8)));
      expect(runToEnd(occurrences(patterns, text))).toEqual(patterns.map((p) => text.includes(p)));
    }
  });
});

/** A gallery page: `n` figures, each credited in JSON-LD and (every other one) in a caption of the page. */
function gallery(n: number): { doc: Document; blocks: Block[] } {
  const images = Array.from({ length: n }, (_, i) => ({ '@type': 'ImageObject', creditText: `Photographer ${i}/Agency ${i % 37}` }));
  const doc = parseDocument(`<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', image: images })}</script></head><body><p>x</p></body></html>`);
  const blocks: Block[] = Array.from({ length: n }, (_, i) => ({ id: `b${i}`, kind: 'caption', text: `Figure ${i}: a view of the harbour at dusk. ${i % 2 ? `Photographer ${i}/Agency ${i % 37}` : ''}` }));
  return { doc, blocks };
}

describe('JSON-LD credit matching on a 10,000-figure page', () => {
  it('finds the credits the captions do not show, with work linear in the page', () => {
    const small = gallery(10_000);
    const big = gallery(20_000);
    const work = (g: ReturnType<typeof gallery>) => {
      const meter: Meter = { steps: 0 };
      const blocks = runToEnd(jsonLdCreditBlocksStepwise(g.doc, g.blocks, meter));
      return { meter, blocks };
    };
    const a = work(small);
    const b = work(big);
    // Even-numbered figures have no credit in their caption: the first 20 of them are added.
    expect(a.blocks.map((x) => x.text)).toEqual(Array.from({ length: 20 }, (_, k) => `Photographer ${2 * k}/Agency ${(2 * k) % 37}`));
    expect(a.blocks[0]!.id).toBe('b10000');
    // Work per character of page text plus credit lines stays a small constant, and doubles with the page.
    const size = (g: ReturnType<typeof gallery>) => g.blocks.reduce((n, x) => n + x.text.length + 1, 0) + 30 * g.blocks.length;
    expect(a.meter.steps / size(small)).toBeLessThan(6);
    expect(b.meter.steps / a.meter.steps).toBeGreaterThan(1.6);
    expect(b.meter.steps / a.meter.steps).toBeLessThan(2.5);
  });

  it('yields often: no stretch of more than a few thousand steps without giving the page its thread back', () => {
    const g = gallery(10_000);
    const meter: Meter = { steps: 0 };
    const steps = jsonLdCreditBlocksStepwise(g.doc, g.blocks, meter);
    let longest = 0;
    let before = 0;
    for (let s = steps.next(); !s.done; s = steps.next()) {
      longest = Math.max(longest, meter.steps - before);
      before = meter.steps;
    }
    expect(meter.steps).toBeGreaterThan(100_000);
    expect(longest).toBeLessThanOrEqual(4096);
  });

  it('the one-shot form gives the same blocks', () => {
    const g = gallery(500);
    expect(jsonLdCreditBlocks(g.doc, g.blocks)).toEqual(runToEnd(jsonLdCreditBlocksStepwise(g.doc, g.blocks)));
  });
});
