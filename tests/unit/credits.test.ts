/**
 * Credits detector unit tests: every example and negative in core/detect/credits.examples.ts, dataset
 * linking on the seed lines, labels in their own block, and the chain parser.
 */
import { describe, expect, it } from 'vitest';
import { detectCredits } from '../../core/detect/credits';
import { CREDIT_EXAMPLES, NOT_CREDIT_EXAMPLES } from '../../core/detect/credits.examples';
import { parseChain } from '../../core/credits/parse';
import { CREDIT_ORGS, lookupOrg, normalizeName } from '../../core/credits/lexicon';
import type { Block, SourceCard } from '../../core/report';
import type { SourceIndex } from '../../core/dataset';

const card = (id: string, name: string): SourceCard => ({
  id, name, type: 'news-agency', country: null, owner: null, stateControl: 'SC', founded: null,
  description: '', website: null, provenance: [], asOf: '2026-01-01',
});
const cards: Record<string, SourceCard> = { tass: card('tass', 'TASS'), xinhua: card('xinhua', 'Xinhua'), getty: card('getty', 'Getty Images') };
const names: Record<string, string> = { tass: 'tass', xinhua: 'xinhua', 'getty images': 'getty' };
const index: SourceIndex = {
  size: 3,
  get: (id) => cards[id],
  lookup: (name) => (names[name.toLowerCase()] ? cards[names[name.toLowerCase()]!]! : null),
  find: () => [],
  byHost: () => null,
  hostCount: 0,
};
const emptyIndex: SourceIndex = { size: 0, get: () => undefined, lookup: () => null, find: () => [], byHost: () => null, hostCount: 0 };

const run = (text: string, kind: Block['kind'], idx: SourceIndex = emptyIndex) =>
  detectCredits({ blocks: [{ id: 'b0', kind, text }], index: idx, options: {}, credits: [] });

describe('detectCredits examples', () => {
  for (const ex of CREDIT_EXAMPLES) {
    it(`reads ${ex.kind}: ${ex.block}`, () => {
      const found = run(ex.block, ex.kind);
      expect(found).toHaveLength(1);
      expect(found[0]!.text).toBe(ex.credit);
      expect(found[0]!.chain.map((l) => `${l.role}:${l.name}`)).toEqual(ex.chain);
      expect(ex.block.slice(found[0]!.span.start, found[0]!.span.end)).toBe(found[0]!.text);
    });
  }
  for (const ex of NOT_CREDIT_EXAMPLES) {
    it(`rejects ${ex.kind}: ${ex.block}`, () => {
      expect(run(ex.block, ex.kind)).toEqual([]);
    });
  }
});

describe('the seed article', () => {
  it('links both credits to dataset cards', () => {
    const xinhua = run('Xinhua News Agency | Xinhua News Agency | Getty Images', 'paragraph', index);
    expect(xinhua[0]!.chain).toEqual([
      { name: 'Xinhua News Agency', role: 'agency', sourceId: 'xinhua' },
      { name: 'Getty Images', role: 'distributor', sourceId: 'getty' },
    ]);
    const tass = run('Alexei Nikolsky | TASS | Getty Images', 'caption', index);
    expect(tass[0]!.chain).toEqual([
      { name: 'Alexei Nikolsky', role: 'photographer', sourceId: null },
      { name: 'TASS', role: 'agency', sourceId: 'tass' },
      { name: 'Getty Images', role: 'distributor', sourceId: 'getty' },
    ]);
  });

  it('finds the credit paragraphs among text paragraphs in text order', () => {
    const blocks: Block[] = [
      { id: 'b0', kind: 'paragraph', text: 'The lander photographed from the rover in January.' },
      { id: 'b1', kind: 'paragraph', text: 'Xinhua News Agency | Xinhua News Agency | Getty Images' },
      { id: 'b2', kind: 'paragraph', text: 'The agency said the mission would continue, Reuters reported.' },
      { id: 'b3', kind: 'paragraph', text: 'Alexei Nikolsky | TASS | Getty Images' },
    ];
    const found = detectCredits({ blocks, index, options: {}, credits: [] });
    expect(found.map((c) => c.span.block)).toEqual(['b1', 'b3']);
  });
});

describe('labels in their own block', () => {
  const detect = (blocks: Block[]) => detectCredits({ blocks, index: emptyIndex, options: {}, credits: [] }).map((c) => `${c.span.block}:${c.text}`);
  it('reads the block after a bare `Фото:` label', () => {
    expect(
      detect([
        { id: 'b0', kind: 'list', text: 'Фото:' },
        { id: 'b1', kind: 'list', text: 'личный архив Анны Орловой' },
      ]),
    ).toEqual(['b1:личный архив Анны Орловой']);
  });
  it('takes only a handle or a name after a label without a colon', () => {
    expect(
      detect([
        { id: 'b0', kind: 'list', text: 'Фото' },
        { id: 'b1', kind: 'list', text: '@anna_lind' },
        { id: 'b2', kind: 'list', text: 'Photo' },
        { id: 'b3', kind: 'list', text: 'Cartoons' },
      ]),
    ).toEqual(['b1:@anna_lind']);
  });
  it('does not let a navigation word vouch for the next item', () => {
    expect(
      detect([
        { id: 'b0', kind: 'list', text: 'Photos' },
        { id: 'b1', kind: 'list', text: 'CEO Interviews' },
      ]),
    ).toEqual([]);
  });
  it('reads a short line right after a caption as its credit', () => {
    expect(
      detect([
        { id: 'b0', kind: 'caption', text: 'Smoke over the valley seen from orbit.' },
        { id: 'b1', kind: 'other', text: 'NASA Earth Observatory' },
      ]),
    ).toEqual(['b1:NASA Earth Observatory']);
  });
});

describe('parseChain', () => {
  it('needs a known organisation when nothing vouches for the line', () => {
    expect(parseChain('Jane Roe/Tom Lee', 'bare')).toBeNull();
    expect(parseChain('Jane Roe/Tom Lee', 'element')?.map((l) => l.role)).toEqual(['photographer', 'photographer']);
  });
  it('marks what comes after "via" as the distributor', () => {
    expect(parseChain('Handout via Reuters', 'bare')?.map((l) => `${l.role}:${l.name}`)).toEqual(['provider:Handout', 'distributor:Reuters']);
  });
  it('drops file markers', () => {
    expect(parseChain('AP Photo/Ben Ode/File', 'bare')?.map((l) => `${l.role}:${l.name}`)).toEqual(['photographer:Ben Ode', 'agency:AP']);
  });
});

describe('lexicon', () => {
  it('gives every alias to one organisation only, each with its provenance', () => {
    const owner = new Map<string, string>();
    for (const org of CREDIT_ORGS) {
      expect(org.provenance.length).toBeGreaterThan(0);
      for (const alias of [...org.aliases, ...('exactAliases' in org ? org.exactAliases : [])]) {
        const key = normalizeName(alias);
        expect(owner.get(key) ?? org.name, `${alias} belongs to two organisations`).toBe(org.name);
        owner.set(key, org.name);
      }
    }
  });
  it('matches short aliases only as written', () => {
    expect(lookupOrg('AP')?.name).toBe('Associated Press');
    expect(lookupOrg('ap')).toBeNull();
    expect(lookupOrg('epa - efe')?.name).toBe('EPA-EFE');
  });
});
