import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isStrongClaim, scoreWords, signalWords } from '../../core/claims/words';
import { CUES } from '../../core/claims/cues';

describe('claim scores and reasons in words', () => {
  it('names scores by the sensitivity cut-offs, never as a percentage', () => {
    expect(scoreWords(0.93)).toBe('very likely');
    expect(scoreWords(0.7)).toBe('very likely');
    expect(scoreWords(0.55)).toBe('likely');
    expect(scoreWords(0.35)).toBe('possible');
    expect(isStrongClaim(0.8)).toBe(true);
    expect(isStrongClaim(0.6)).toBe(false);
  });

  it('names the signals, leaving out "named entity" when something better fired', () => {
    expect(signalWords(['statistic', 'quantity', 'attributed'])).toEqual(['a statistic', 'a number', 'an attributed statement']);
    expect(signalWords(['comparison', 'named entity'])).toEqual(['a comparison']);
    expect(signalWords(['named entity'])).toEqual(['a named person or body']);
    expect(signalWords(['quantity', 'quantity'])).toEqual(['a number']);
  });

  it('has words for every reason a cue can give', () => {
    for (const c of CUES) if (c.reason) expect(signalWords([c.reason])[0]).toMatch(/^an? /);
  });
});

describe('claim highlight style', () => {
  const css = readFileSync(new URL('../../public/highlights.css', import.meta.url), 'utf8');
  const rule = (name: string) => css.match(new RegExp(`::highlight\\(${name}\\)\\s*\\{([^}]*)\\}`))?.[1] ?? '';

  it('is a thin dotted underline, not a wavy spell-check line, in a muted colour', () => {
    const claim = rule('sourcelight-claim');
    expect(claim).toMatch(/underline dotted/);
    expect(claim).not.toMatch(/wavy/);
    const [r, g, b] = (claim.match(/rgba?\((\d+),\s*(\d+),\s*(\d+)/) ?? []).slice(1).map(Number);
    // Muted: no channel dominates the others by much (magenta 214/40/140 and red fail this).
    expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeLessThan(60);
  });

  it('draws the very likely claims heavier', () => {
    const px = (s: string) => Number(s.match(/(\d+(?:\.\d+)?)px/)?.[1]);
    expect(px(rule('sourcelight-claim-strong'))).toBeGreaterThan(px(rule('sourcelight-claim')));
    expect(rule('sourcelight-claim-strong')).not.toMatch(/wavy/);
  });
});

describe('claim cues for sentences with no number, and numbers that are not facts', () => {
  // Imported here so the whole cue table is exercised through the shipped model's features.
  it('fires record, attributed action and general-fact cues on number-free claims', async () => {
    const { scoreSentence } = await import('../../core/claims');
    expect(scoreSentence('He vetoed the middle-class tax cut twice.').cues).toEqual(expect.arrayContaining(['record', 'third-person-act']));
    expect(scoreSentence('She voted against the farm bill.').reasons).toContain('record');
    expect(scoreSentence('The governor cut school funding.').cues).toContain('third-person-act');
    expect(scoreSentence('There are more nurses in the city than teachers.').reasons).toContain('general fact');
    expect(scoreSentence('Most families have no savings at all.').cues).toContain('general-fact');
  });

  it('does not reward a number inside a pledge, hypothetical, prediction or vague superlative', async () => {
    const { scoreSentence } = await import('../../core/claims');
    for (const s of [
      'I will cut taxes by 10 percent for every family.',
      'If we raise the rate to 15 percent, we could balance the budget.',
      'The plan will create 3 million jobs over the next ten years.',
      'We have the greatest economy in the world, 100 percent.',
    ]) {
      const r = scoreSentence(s);
      expect(r.cues).toContain('unreal-number');
      expect(r.reasons).not.toContain('quantity');
    }
    expect(scoreSentence('Unemployment fell to 4 percent last year.').reasons).toContain('statistic');
  });
});
