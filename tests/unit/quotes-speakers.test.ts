/**
 * Quotes detector, speaker rules added for issue 4's speaker accuracy: attribution sentences cut off after a
 * quote, quote paragraphs that inherit the previous paragraph's speaker, named organisations and groups as
 * speakers, anonymous people who speak for a named principal. Every sentence here is written by us.
 */
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../core/detect/quotes';
import { createSourceIndex } from '../../core/source-index';
import { splitTextBlocks } from '../../core/text-blocks';
import type { QuoteAnnotation } from '../../core/report';

function quotes(text: string): QuoteAnnotation[] {
  return detectQuotes({ blocks: splitTextBlocks(text), index: createSourceIndex([]), options: {}, credits: [] });
}

const who = (q: QuoteAnnotation) => ({ text: q.text, cue: q.cue, name: q.speaker.name, role: q.speaker.role });

describe('attribution after a quote ending in ? or !', () => {
  it('joins “…?” Name said of … into one attribution', () => {
    const [q] = quotes('“Who do they think they are?” Brandt said of the council in March.');
    expect(who(q!)).toMatchObject({ text: 'Who do they think they are?', cue: 'said', name: 'Brandt' });
  });

  it('joins “…!” asked Name (inverted)', () => {
    const [q] = quotes('“Is it over already?” asked Maddow.');
    expect(who(q!)).toMatchObject({ text: 'Is it over already?', cue: 'asked', name: 'Maddow' });
  });

  it('leaves a following sentence with its own quote or clause alone', () => {
    const found = quotes('“We are done here.” Brandt added, “Nothing more to say.”');
    expect(found.map((q) => q.text)).toEqual(['We are done here.', 'Nothing more to say.']);
    expect(found[1]!.cue).toBe('added');
  });
});

describe('quote paragraphs with no attribution of their own', () => {
  it('takes the speaker of a reported statement that ends the previous paragraph', () => {
    const found = quotes('Governor Lena Varga said that the dam would be repaired by spring.\n\n“We owe the valley nothing less than a full repair, and we will deliver it.”');
    expect(found[1]).toMatchObject({ cue: null, speaker: { name: 'Lena Varga' } });
  });

  it('takes the person a colon-ended paragraph is about', () => {
    const text = 'When the ferry sank in 1998, Mayor Tomas Brandt released the following statement:\n\n“Our city mourns with every family that lost someone on the water today.”';
    const found = quotes(text);
    expect(found.at(-1)).toMatchObject({ cue: null, speaker: { name: 'Tomas Brandt' } });
  });

  it('takes the subject of the last sentence of the previous paragraph', () => {
    const text = 'Senator Ada Kovacs took to the radio early Friday to continue her campaign against the bill.\n\n“This bill is a gift to the few and a bill for the many, and everyone knows it.”';
    expect(quotes(text).at(-1)).toMatchObject({ cue: null, speaker: { name: 'Ada Kovacs' } });
  });
});
