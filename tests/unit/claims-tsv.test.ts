import { describe, expect, it } from 'vitest';
import { bestThreshold, parseClaimsTsv, prf } from '../../core/claims/tsv';

describe('parseClaimsTsv', () => {
  it('reads ids, quoted text with "" escapes and Yes/No labels; skips the header and bad rows', () => {
    const tsv = [
      'Sentence_id\tText\tclass_label',
      '1\tThe river rose by two metres.\tYes',
      '2\t"She said, ""Not today."""\tNo',
      '3\tno label here',
      '4\tA tab\tinside\tNo',
      '',
    ].join('\n');
    expect(parseClaimsTsv(tsv)).toEqual([
      { id: '1', text: 'The river rose by two metres.', label: true },
      { id: '2', text: 'She said, "Not today."', label: false },
      { id: '4', text: 'A tab\tinside', label: false },
    ]);
  });
});

describe('prf and bestThreshold', () => {
  it('computes precision, recall and F1 of the positive class', () => {
    const m = prf([true, true, false, false], [true, false, true, false]);
    expect(m).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(prf([false], [false]).f1).toBe(0);
  });

  it('finds the F1-maximising cut between scores', () => {
    const best = bestThreshold([0.9, 0.8, 0.3, 0.1], [true, true, false, false]);
    expect(best.f1).toBe(1);
    expect(best.threshold).toBeCloseTo(0.55);
  });
});
