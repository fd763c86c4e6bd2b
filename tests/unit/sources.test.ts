/**
 * The matcher (core/source-index.ts) and the sources detector: word boundaries, case rules for
 * ambiguous short forms, diacritics, longest match, lookup of whole names, and the examples file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createSourceIndex, tokenize } from '../../core/source-index';
import { detectSources } from '../../core/detect/sources';
import { SOURCE_NEGATIVES, SOURCE_POSITIVES } from '../../core/detect/sources.examples';
import type { Dataset, SourceEntry } from '../../core/dataset';
import type { Block } from '../../core/report';

const dataset = JSON.parse(readFileSync(new URL('../../data/sources.json', import.meta.url), 'utf8')) as Dataset;
const index = createSourceIndex(dataset.entries);

function entry(id: string, over: Partial<SourceEntry> = {}): SourceEntry {
  return {
    id,
    name: id,
    type: 'other',
    country: null,
    owner: null,
    stateControl: null,
    founded: null,
    description: 'test entry',
    website: null,
    provenance: ['test'],
    asOf: '2026-11-26',
    aliases: [],
    ...over,
  };
}

const found = (text: string) => index.find(text).map((m) => [text.slice(m.start, m.end), m.id]);

describe('examples', () => {
  for (const ex of SOURCE_POSITIVES) {
    it(`finds the sources in: ${ex.text}`, () => {
      expect(found(ex.text)).toEqual(ex.expect.map(([t, id]) => [t, id]));
    });
  }
  for (const text of SOURCE_NEGATIVES) {
    it(`finds nothing in: ${text}`, () => {
      expect(found(text)).toEqual([]);
    });
  }
});

describe('matcher', () => {
  const small = createSourceIndex([
    entry('new-york-times', { aliases: ['New York Times', 'The New York Times'] }),
    entry('new-york', { aliases: ['New York'] }),
    entry('le-monde', { aliases: ['Le Monde'] }),
    entry('tele', { aliases: ['Télévision Malagasy'] }),
    entry('ap', { exactAliases: ['AP'] }),
    entry('sun', { lookupAliases: ['The Sun'] }),
    entry('xinhua', { aliases: ['新华社'] }),
    entry('getty', { aliases: ['Getty'], guards: { notAfter: ['paul'], notBefore: ['museum'] } }),
  ]);

  it('prefers the longest match and never overlaps', () => {
    const m = small.find('The New York Times reported from New York.');
    expect(m.map((x) => x.id)).toEqual(['new-york-times', 'new-york']);
    expect(m[0]).toMatchObject({ start: 4, end: 18 });
  });

  it('lets a longer name one word later win over a shorter one with its article', () => {
    const idx = createSourceIndex([
      entry('the-atlantic', { exactAliases: ['The Atlantic'] }),
      entry('atlantic-council', { aliases: ['Atlantic Council'] }),
    ]);
    const text = 'The Atlantic Council and The Atlantic disagree.';
    expect(idx.find(text).map((m) => [text.slice(m.start, m.end), m.id])).toEqual([
      ['Atlantic Council', 'atlantic-council'],
      ['The Atlantic', 'the-atlantic'],
    ]);
  });

  it('matches only on word boundaries', () => {
    expect(small.find('Le Mondeville and LeMonde are not Le Monde.').map((x) => x.start)).toEqual([34]);
  });

  it('folds case and diacritics for ordinary aliases, with offsets into the original text', () => {
    const text = 'Sur television malagasy et TÉLÉVISION MALAGASY.';
    const m = small.find(text);
    expect(m.map((x) => text.slice(x.start, x.end))).toEqual(['television malagasy', 'TÉLÉVISION MALAGASY']);
  });

  it('matches exact aliases only as written', () => {
    expect(small.find('AP said; ap said; Ap said').length).toBe(1);
  });

  it('keeps lookup-only names out of running text', () => {
    expect(small.find('The Sun rose over The Sun.')).toEqual([]);
    expect(small.lookup('The Sun')?.id).toBe('sun');
    expect(small.lookup('Sun')).toBeNull();
  });

  it('applies guards before and after a match', () => {
    expect(small.find('J. Paul Getty founded it; the Getty Museum opened; Getty supplied the photo.').length).toBe(1);
  });

  it('matches Chinese names inside unspaced text', () => {
    const text = '据新华社报道';
    expect(small.find(text).map((x) => text.slice(x.start, x.end))).toEqual(['新华社']);
  });

  it('tokenizes words, ampersands and CJK characters', () => {
    expect(tokenize('AT&T’s ТАСС 新华').map((t) => t.raw)).toEqual(['AT', '&', 'T', 's', 'ТАСС', '新', '华']);
  });
});

describe('lookup', () => {
  it.each([
    ['TASS', 'tass'],
    ['Getty Images', 'getty-images'],
    ['the Financial Times', 'financial-times'],
    ["NASA's", 'nasa'],
    ['Reuters’', 'reuters'],
    ['Xinhua News Agency', 'xinhua'],
    ['EPA', 'epa'],
    ['AP', 'associated-press'],
  ])('%s → %s', (name, id) => {
    expect(index.lookup(name)?.id).toBe(id);
  });

  it('rejects partial names and ordinary words', () => {
    for (const name of ['ap', 'post', 'sun', 'mail', 'the', 'Getty Images Museum', '']) expect(index.lookup(name)).toBeNull();
  });

  it('returns the card only, without aliases', () => {
    const card = index.get('tass');
    expect(card).toBeDefined();
    expect(Object.keys(card!)).not.toContain('aliases');
    expect(card!.stateControl).toBe('SC');
  });
});

describe('detectSources', () => {
  it('emits one source annotation per match, with spans into its block', () => {
    const blocks: Block[] = [
      { id: 'b0', kind: 'paragraph', text: 'Roscosmos told TASS that NASA was invited.' },
      { id: 'b1', kind: 'caption', text: 'Alexei Petrov | TASS | Getty Images' },
    ];
    const out = detectSources({ blocks, index, options: {}, credits: [] });
    expect(out.map((a) => [a.span.block, a.text, a.sourceId])).toEqual([
      ['b0', 'Roscosmos', 'roscosmos'],
      ['b0', 'TASS', 'tass'],
      ['b0', 'NASA', 'nasa'],
      ['b1', 'TASS', 'tass'],
      ['b1', 'Getty Images', 'getty-images'],
    ]);
    for (const a of out) {
      const block = blocks.find((b) => b.id === a.span.block)!;
      expect(block.text.slice(a.span.start, a.span.end)).toBe(a.text);
    }
  });
});
