/**
 * Only article sentences can be claims: what a page's furniture looks like as blocks (our own
 * writing, in the shape of real pages), and that none of it is ever flagged, at any sensitivity.
 */
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../core/detect/claims';
import { datelineEnd, isRunningProse, isSentenceShaped } from '../../core/claims/eligible';
import { splitSentences } from '../../core/text/sentences';
import { createSourceIndex } from '../../core/source-index';
import type { Block } from '../../core/report';

const index = createSourceIndex([]);
const claims = (blocks: Block[], claimThreshold = 0.01) => detectClaims({ blocks, index, options: { claimThreshold }, credits: [] });
const block = (kind: Block['kind'], text: string, id = 'b0'): Block => ({ id, kind, text });

/** Each would score as a claim by its words alone (numbers, dates, events), but none is article prose. */
const FURNITURE: [string, Block['kind'], string][] = [
  ['a headline', 'heading', 'Ferry operator lost 2 million euros in March as strike closed 14 routes'],
  ['a caption', 'caption', 'Striking crew members blocked the harbour gate in Tromsø on Friday, the 12th day of the strike.'],
  ['a credit line', 'credit', 'Photo: Ana Lindqvist/Nordic Wire'],
  ['a byline', 'other', 'By Jane Ellison and Tom Reyes, Staff Writers'],
  ['a timestamp', 'other', 'Updated 9:14 am CET, Tuesday, April 4, 2023'],
  ['a timestamp in a list', 'list', 'Published: 04 Apr 2023, 09:14'],
  ['a menu entry', 'list', 'Business'],
  ['a related-story teaser', 'list', 'Ferry strike ends after 14 days as unions win 6% raise'],
  ['a teaser with a full stop', 'list', 'Police arrested 40 fans after the derby. The club said it would appeal.'],
  ['a truncated teaser', 'paragraph', 'While the ferry company still owed 3 million euros at that point,...'],
  ['a read-more link', 'paragraph', 'READ MORE: Ferry operator lost 2 million euros in March'],
  ['a contributor line', 'paragraph', 'Reporters Ana Li and Ben Kurz in Oslo contributed to this report.'],
  ['a republication note', 'paragraph', 'This article was originally published by the Harbour Gazette in 2021.'],
  ['a headline-case teaser in a paragraph', 'paragraph', 'Ten Things The Port Authority Spent 4 Million Euros On.'],
  ['alt text left as loose text', 'other', 'Two ferries moored at the quay in 2019 (Image: Nordic Wire)'],
  ['a copyright line', 'paragraph', 'Copyright 2023 Harbour Gazette. All rights reserved.'],
];

describe('page furniture is never a claim', () => {
  it.each(FURNITURE)('%s', (_name, kind, text) => {
    expect(claims([block(kind, text)])).toEqual([]);
  });
});

describe('article prose still is', () => {
  const prose =
    'The strike by ferry crews on the northern islands ended on Friday after 14 days. The operator lost about 2 million euros in March, its worst month since 2009. Unions said 600 crew members had joined the walkout, twice as many as last year.';

  it('a paragraph and a blockquote', () => {
    expect(claims([block('paragraph', prose)], 0.5).length).toBeGreaterThanOrEqual(2);
    expect(claims([block('blockquote', prose)], 0.5).length).toBeGreaterThanOrEqual(2);
  });

  it('running prose in loose text (a <div> with <br>s) or a long list item', () => {
    expect(claims([block('other', prose)], 0.5).length).toBeGreaterThanOrEqual(2);
    expect(claims([block('list', prose)], 0.5).length).toBeGreaterThanOrEqual(2);
  });

  it('a dateline is left out of the claim', () => {
    const text = 'TROMSØ, Norway — The strike by ferry crews ended on Friday after 14 days and cost the operator 2 million euros.';
    const found = claims([block('paragraph', text)], 0.5);
    expect(found).toHaveLength(1);
    expect(found[0]!.text.startsWith('The strike')).toBe(true);
  });
});

describe('the shape tests', () => {
  it('isSentenceShaped', () => {
    expect(isSentenceShaped('The operator lost 2 million euros in March.')).toBe(true);
    expect(isSentenceShaped('“We lost half our members,” she said.')).toBe(true);
    expect(isSentenceShaped('The operator lost 2 million euros in March')).toBe(false);
    expect(isSentenceShaped('Ferry Operator Loses Millions In Strike Month.')).toBe(false);
    expect(isSentenceShaped('The operator still owed millions at that point…')).toBe(false);
  });

  it('isRunningProse', () => {
    const long = 'The strike ended on Friday after fourteen days of talks between the unions and the operator. '.repeat(3);
    expect(isRunningProse(long, splitSentences(long))).toBe(true);
    const teaser = 'Police arrested 40 fans after the derby. The club said it would appeal.';
    expect(isRunningProse(teaser, splitSentences(teaser))).toBe(false);
  });

  it('datelineEnd', () => {
    expect(datelineEnd('WASHINGTON (Wire Service) - The Senate voted on Friday.')).toBe('WASHINGTON (Wire Service) - '.length);
    expect(datelineEnd('Indianapolis – Several thousand teachers rallied.')).toBe('Indianapolis – '.length);
    expect(datelineEnd('The Senate voted on Friday - and then it adjourned.')).toBe(0);
    expect(datelineEnd('The Senate voted on Friday.')).toBe(0);
  });
});
