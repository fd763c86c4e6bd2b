import { describe, expect, it } from 'vitest';
import {
  addCorrection, applyCorrections, exportCorrections, importCorrections, makeCorrection, pageKey, parseCorrections,
  removeCorrection, type Correction, type StoredCorrections,
} from '../../core/corrections';
import type { Report, SourceCard } from '../../core/report';

const card = (id: string): SourceCard => ({
  id, name: id.toUpperCase(), type: 'news-agency', country: null, owner: null, stateControl: null, founded: null,
  description: 'test', website: null, provenance: ['test'], asOf: '2026-11-26',
});
// Two paragraphs that repeat the same short quote: the context tells them apart.
const b0 = 'The minister said “we are ready” on Monday, before the vote.';
const b1 = 'Asked again on Friday, she repeated: “we are ready” and left. TASS reported it.';
const at = (text: string, part: string) => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length });
const report = (url = 'https://news.example/story?utm=x#top', blocks = [b0, b1]): Report => ({
  schema: 'sourcelight/report@2', url, title: 't', site: null, article: { isArticle: true, signals: [] },
  blocks: blocks.map((text, i) => ({ id: `b${i}`, kind: 'paragraph', text })),
  annotations: [
    { kind: 'quote', span: { block: 'b0', ...at(blocks[0]!, 'we are ready') }, spans: [{ block: 'b0', ...at(blocks[0]!, 'we are ready') }], quoted: [], text: 'we are ready', direct: true, cue: 'said', speaker: { kind: 'person', name: 'Ann Lee', role: 'minister', organization: null, sourceId: null, span: null } },
    { kind: 'quote', span: { block: 'b1', ...at(blocks[1]!, 'we are ready') }, spans: [{ block: 'b1', ...at(blocks[1]!, 'we are ready') }], quoted: [], text: 'we are ready', direct: true, cue: 'repeated', speaker: { kind: 'person', name: 'Ann Lee', role: null, organization: null, sourceId: 'tass', span: null } },
    { kind: 'claim', span: { block: 'b0', start: 0, end: 10 }, text: blocks[0]!.slice(0, 10), score: 0.9, reasons: [] },
    { kind: 'source', span: { block: 'b1', ...at(blocks[1]!, 'TASS') }, text: 'TASS', sourceId: 'tass' },
    { kind: 'credit', span: { block: 'b1', start: 0, end: 5 }, text: blocks[1]!.slice(0, 5), chain: [{ name: 'TASS', role: 'agency', sourceId: 'tass' }] },
  ],
  sources: { tass: card('tass') },
});
const store = (...items: Correction[]): StoredCorrections => ({ version: 1, items });

describe('corrections', () => {
  it('keys a page by origin and path, without query or fragment', () => {
    expect(pageKey('https://News.Example/story?utm=x#top')).toBe('https://news.example/story');
    expect(pageKey('not a url')).toBeNull();
  });

  it('"not a quote" removes that one quote, told apart from the same words elsewhere by its context', () => {
    const r = report();
    const c = makeCorrection(r, 1, 'not-quote', 1000)!;
    expect(c).toMatchObject({ kind: 'not-quote', page: 'https://news.example/story', text: 'we are ready' });
    const out = applyCorrections(r, [c]);
    expect(out.annotations.filter((a) => a.kind === 'quote').map((a) => a.span.block)).toEqual(['b0']);
  });

  it('still applies after a re-render moved the text to other blocks and offsets', () => {
    const c = makeCorrection(report(), 1, 'not-quote', 1000)!;
    // The page re-rendered: a new first paragraph, the two old ones shifted down, the first reflowed.
    const r0 = `  ${b0}`;
    const blocks = ['Updated at noon.', r0, b1].map((text, i) => ({ id: `b${i}`, kind: 'paragraph' as const, text }));
    const base = report();
    const rerendered: Report = {
      ...base, url: 'https://news.example/story', blocks,
      annotations: [
        { ...base.annotations[1]!, span: { block: 'b2', ...at(b1, 'we are ready') } },
        { ...base.annotations[0]!, span: { block: 'b1', ...at(r0, 'we are ready') } },
      ],
    };
    const out = applyCorrections(rerendered, [c]);
    expect(out.annotations.map((a) => a.span.block)).toEqual(['b1']);
  });

  it('does not touch another page', () => {
    const c = makeCorrection(report(), 0, 'not-quote', 1000)!;
    const other = report('https://news.example/other-story');
    expect(applyCorrections(other, [c]).annotations).toHaveLength(other.annotations.length);
  });

  it('"wrong speaker" renames the speaker and unlinks the old one', () => {
    const r = report();
    expect(makeCorrection(r, 0, 'wrong-speaker', 1000, '  ')).toBeNull();
    const c = makeCorrection(r, 0, 'wrong-speaker', 1000, ' Bo Chen ')!;
    const q = applyCorrections(r, [c]).annotations[0]!;
    expect(q.kind === 'quote' && q.speaker).toEqual({ kind: 'person', name: 'Bo Chen', role: null, organization: null, sourceId: null, span: null });
  });

  it('"not a claim" and "not a credit" drop theirs; a correction of the wrong kind is refused', () => {
    const r = report();
    expect(makeCorrection(r, 2, 'not-quote', 1)).toBeNull();
    const out = applyCorrections(r, [makeCorrection(r, 2, 'not-claim', 1)!, makeCorrection(r, 4, 'not-credit', 1)!]);
    expect(out.annotations.map((a) => a.kind)).toEqual(['quote', 'quote', 'source']);
  });

  it('"hide this source" drops its card, its mentions and its links on every page', () => {
    const c = makeCorrection(report(), 3, 'hide-source', 1)!;
    expect(c).toMatchObject({ kind: 'hide-source', page: null, sourceId: 'tass', text: 'TASS' });
    const out = applyCorrections(report('https://elsewhere.example/'), [c]);
    expect(out.sources).toEqual({});
    expect(out.annotations.some((a) => a.kind === 'source')).toBe(false);
    const q = out.annotations[1]!;
    expect(q.kind === 'quote' && q.speaker.sourceId).toBeNull();
    const credit = out.annotations.find((a) => a.kind === 'credit')!;
    expect(credit.kind === 'credit' && credit.chain[0]!.sourceId).toBeNull();
  });

  it('stores, undoes, exports and imports; corrupt items are dropped and valid ones kept', () => {
    const r = report();
    const a = makeCorrection(r, 0, 'not-quote', 1)!;
    const b = makeCorrection(r, 3, 'hide-source', 2)!;
    let s = addCorrection(addCorrection(store(), a), b);
    expect(s.items).toHaveLength(2);
    s = removeCorrection(s, a.id);
    expect(s.items.map((x) => x.id)).toEqual([b.id]);
    const back = importCorrections(store(), exportCorrections(addCorrection(s, a)));
    expect(back.items.map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    expect(() => importCorrections(store(), '{"items": []}')).toThrow(/not a Sourcelight corrections file/);
    expect(() => importCorrections(store(), 'nope')).toThrow();
    const parsed = parseCorrections({ version: 1, items: [a, { id: 'x', kind: 'bogus', text: 't' }, 7, { ...a, id: 'y', page: 3 }, a] });
    expect(parsed.items).toEqual([a]);
    expect(parseCorrections('corrupt')).toEqual(store());
  });
});
