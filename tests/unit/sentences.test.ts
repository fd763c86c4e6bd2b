import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../core/text/sentences';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('keeps titles and initials inside the sentence', () => {
    expect(split('Gen. Mark Hale met Sen. Jo Park in Washington. They spoke for an hour.')).toEqual([
      'Gen. Mark Hale met Sen. Jo Park in Washington.',
      'They spoke for an hour.',
    ]);
    expect(split('J. R. Smith and A. Jones signed the deal at 3 p.m. on Friday. It was late.')).toEqual([
      'J. R. Smith and A. Jones signed the deal at 3 p.m. on Friday.',
      'It was late.',
    ]);
    expect(split('Mr. and Mrs. Smith arrived at No. 10 Downing St. yesterday.')).toHaveLength(1);
    expect(split('Dr. Ana Ruiz, of St. Mary’s hospital, said so.')).toHaveLength(1);
  });

  it('keeps decimal numbers and dotted acronyms inside the sentence', () => {
    expect(split('The figure rose from 3.5% to 4.1% in Q2. Prices fell.')).toEqual([
      'The figure rose from 3.5% to 4.1% in Q2.',
      'Prices fell.',
    ]);
    expect(split('The case went to the U.S. Supreme Court in 2019.')).toHaveLength(1);
    expect(split('The vote was 52 vs. 48. A recount followed!')).toEqual(['The vote was 52 vs. 48.', 'A recount followed!']);
  });

  it('ends a sentence at an abbreviation followed by a sentence opener', () => {
    expect(split('He lives in the U.S. The company is based in the U.K. and employs 300 people.')).toEqual([
      'He lives in the U.S.',
      'The company is based in the U.K. and employs 300 people.',
    ]);
    expect(split('© 2019 Example Media, Inc. All rights reserved.')).toEqual(['© 2019 Example Media, Inc.', 'All rights reserved.']);
    expect(split('It was built in 1998 by Acme Corp. Its owner sold it.')).toEqual([
      'It was built in 1998 by Acme Corp.',
      'Its owner sold it.',
    ]);
  });

  it('handles quotes: closing quote stays with its sentence, a quote can continue the sentence', () => {
    expect(split('“It was a disaster.” The mayor disagreed.')).toEqual(['“It was a disaster.”', 'The mayor disagreed.']);
    expect(split('“Why now?” she asked. Nobody knew.')).toEqual(['“Why now?” she asked.', 'Nobody knew.']);
    expect(split('"We will not back down," she said. "Never."')).toEqual(['"We will not back down," she said.', '"Never."']);
  });

  it('breaks at a line break (caption then credit line)', () => {
    expect(split('The lander seen from the rover.\nJane Doe | Example Agency | Getty Images')).toEqual([
      'The lander seen from the rover.',
      'Jane Doe | Example Agency | Getty Images',
    ]);
  });

  it('returns trimmed spans that index into the text', () => {
    const text = '  First one here.   Second one there.  ';
    const spans = splitSentences(text);
    expect(spans).toEqual([
      { start: 2, end: 17 },
      { start: 20, end: 37 },
    ]);
    expect(splitSentences('')).toEqual([]);
    expect(split('A headline without a full stop')).toEqual(['A headline without a full stop']);
  });
});

describe('splitSentences: stray punctuation', () => {
  it('keeps a closing quote after a space with its sentence', () => {
    const text = '“The state is stronger than most people appreciate. ”';
    expect(split(text)).toEqual([text]);
  });
});
