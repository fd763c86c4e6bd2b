/**
 * Quotes as utterances (report@2): one quote per utterance with all its parts in `spans`, a reported clause's
 * quoted words in `quoted`, and the speaker's `kind`. Every sentence here is written by us.
 */
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../core/detect/quotes';
import { createSourceIndex } from '../../core/source-index';
import { splitTextBlocks } from '../../core/text-blocks';
import type { QuoteAnnotation } from '../../core/report';

function read(text: string): { quotes: QuoteAnnotation[]; parts: (q: QuoteAnnotation) => string[] } {
  const blocks = splitTextBlocks(text);
  const byId = new Map(blocks.map((b) => [b.id, b.text]));
  return {
    quotes: detectQuotes({ blocks, index: createSourceIndex([]), options: {}, credits: [] }),
    parts: (q) => q.spans.map((s) => byId.get(s.block)!.slice(s.start, s.end)),
  };
}

describe('one quote per utterance', () => {
  it('joins a quote split by its attribution ("A," she said. "B.")', () => {
    for (const [text, first, second] of [
      ['Mayor Ana Ortiz spoke on Monday. “The ferry is late,” she said. “We will fix it by June.”', 'The ferry is late,', 'We will fix it by June.'],
      ['“Nobody warned the crew,” said Ben Ruiz, a harbor pilot. “They found out from the radio.”', 'Nobody warned the crew,', 'They found out from the radio.'],
      ['“The fees stay,” Dana Kell told the board on Tuesday. “There is no other way to pay for the dredging.”', 'The fees stay,', 'There is no other way to pay for the dredging.'],
    ] as const) {
      const { quotes, parts } = read(text);
      expect(quotes, text).toHaveLength(1);
      expect(parts(quotes[0]!)).toEqual([first, second]);
      expect(quotes[0]!.span).toEqual(quotes[0]!.spans[0]);
      expect(quotes[0]!.text).toBe(first);
      expect(quotes[0]!.direct).toBe(true);
    }
  });

  it('keeps a paragraph continuing an open quote with its utterance, and takes the cue that comes after', () => {
    const { quotes, parts } = read('Mayor Ana Ortiz spoke on Monday.\n\n“It is a scandal. Nobody told us.\n\n“And nobody cares,” Ortiz added.');
    expect(quotes).toHaveLength(1);
    expect(parts(quotes[0]!)).toEqual(['It is a scandal. Nobody told us.', 'And nobody cares,']);
    expect(quotes[0]).toMatchObject({ cue: 'added', speaker: { name: 'Ana Ortiz', kind: 'person' } });
    expect(quotes[0]!.spans.map((s) => s.block)).toEqual(['b1', 'b2']);
  });

  it('starts a new utterance after a closed quote, and after a cue of its own', () => {
    const { quotes } = read('“The ferry is late,” Ana Ortiz said on Monday.\n\n“We tried everything,” Ben Ruiz said.\n\n“So did we,” Ortiz replied.');
    expect(quotes.map((q) => q.speaker.name)).toEqual(['Ana Ortiz', 'Ben Ruiz', 'Ana Ortiz']);
    expect(quotes.every((q) => q.spans.length === 1)).toBe(true);
  });

  it('lists the quoted words of a reported clause in `quoted`, as one quote', () => {
    for (const [text, words] of [
      ['Ana Ortiz said the harbor plan was “dead on arrival” after the vote.', 'dead on arrival'],
      ['Ben Ruiz told reporters that the new fees were “a tax on fishermen” and would be repealed.', 'a tax on fishermen'],
      ['The Harbor Board said the dredging had been “delayed, not cancelled” because of the storms.', 'delayed, not cancelled'],
    ] as const) {
      const blocks = splitTextBlocks(text);
      const quotes = detectQuotes({ blocks, index: createSourceIndex([]), options: {}, credits: [] });
      expect(quotes, text).toHaveLength(1);
      expect(quotes[0]!.quoted.map((s) => blocks[0]!.text.slice(s.start, s.end))).toEqual([words]);
      expect(quotes[0]!.text.length).toBeGreaterThan(words.length + 5);
    }
  });

  it('has no `quoted` words for a direct quote', () => {
    expect(read('“The ferry is late,” Ana Ortiz said.').quotes[0]!.quoted).toEqual([]);
  });
});

describe('speaker.kind', () => {
  const kindOf = (text: string) => read(text).quotes.map((q) => [q.speaker.kind, q.speaker.name]);

  it('a person, an organisation, a government named by its country', () => {
    expect(kindOf('Mayor Ana Ortiz said the ferry would return.')).toEqual([['person', 'Ana Ortiz']]);
    expect(kindOf('The Kremlin said the talks would go on.')[0]![0]).toBe('organization');
    expect(kindOf('North Korea said the launch was a test.')[0]![0]).toBe('organization');
  });

  it('a group of people named by whose they are', () => {
    expect(kindOf('Con Edison officials said the outage would end Friday.')[0]![0]).toBe('group');
    expect(kindOf('Harbor Board members said the fees would stay.')[0]![0]).toBe('group');
  });

  it('a document, an unnamed source, an unresolved description', () => {
    expect(kindOf('A CBO analysis found that costs would rise.')[0]![0]).toBe('document');
    expect(kindOf('A source said the deal was close.')).toEqual([['unnamed', null]]);
    expect(kindOf('Officials said the road would reopen.')[0]![0]).toBe('unnamed');
    expect(kindOf('The GOP nominee said he would win the state.')).toEqual([['person', null]]);
  });

  it('never takes page furniture for a person', () => {
    for (const w of ['Related', 'Source', 'Advertisement', 'Read More']) {
      for (const q of read(`“The ferry will be back in June, as promised,” ${w} said.`).quotes) expect(q.speaker.name, w).toBeNull();
    }
  });
});
