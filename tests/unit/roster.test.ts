import { describe, expect, it } from 'vitest';
import { badgeCount, buildRoster } from '../../core/roster';
import { defaultSettings } from '../../core/settings';
import type { Report, SourceCard } from '../../core/report';

const card = (id: string, stateControl: SourceCard['stateControl']): SourceCard => ({
  id, name: id.toUpperCase(), type: 'news-agency', country: null, owner: null, stateControl, founded: null,
  description: 'test', website: null, provenance: ['test'], asOf: '2026-11-26',
});
const span = { block: 'b0', start: 0, end: 1 };
const report: Report = {
  schema: 'sourcelight/report@2', url: null, title: null, article: { isArticle: true, signals: [] }, blocks: [], site: null,
  annotations: [
    { kind: 'quote', span, spans: [span], quoted: [], text: 'a', direct: true, cue: 'said', speaker: { kind: 'person', name: 'Ann Lee', role: 'minister', organization: null, sourceId: null, span: null } },
    { kind: 'quote', span, spans: [span], quoted: [], text: 'b', direct: false, cue: 'notes', speaker: { kind: 'person', name: 'Ann Lee', role: null, organization: 'X', sourceId: 'x', span: null } },
    { kind: 'quote', span, spans: [span], quoted: [], text: 'c', direct: true, cue: 'said', speaker: { kind: 'unnamed', name: null, role: 'anonymous source', organization: null, sourceId: null, span: null } },
    { kind: 'credit', span, text: 'A | TASS | Getty', chain: [{ name: 'A', role: 'photographer', sourceId: null }, { name: 'TASS', role: 'agency', sourceId: 'tass' }, { name: 'Getty', role: 'distributor', sourceId: 'getty' }] },
    { kind: 'credit', span, text: 'Photo: B/Reuters', chain: [{ name: 'B', role: 'photographer', sourceId: null }, { name: 'Reuters', role: 'agency', sourceId: 'reuters' }] },
    { kind: 'claim', span, text: 'high', score: 0.9, reasons: ['statistic'] },
    { kind: 'claim', span, text: 'low', score: 0.35, reasons: [] },
  ],
  sources: { tass: card('tass', 'SC'), getty: card('getty', null), reuters: card('reuters', null), x: card('x', null) },
};

describe('buildRoster', () => {
  it('lists each speaker once with all their quotes and counts named vs unnamed', () => {
    const r = buildRoster(report, defaultSettings());
    expect(r.people.map((p) => [p.name, p.quotes.length])).toEqual([['Ann Lee', 2], [null, 1]]);
    expect(r.people[0]).toMatchObject({ role: 'minister', organization: 'X', sourceId: 'x' });
    expect([r.named, r.anonymous]).toEqual([1, 1]);
  });

  it('summarises photos by state control of their agencies (not distributors)', () => {
    expect(buildRoster(report, defaultSettings()).photoSummary).toBe('2 photos: 1 from state-controlled agencies');
  });

  it('filters claims by sensitivity', () => {
    const s = defaultSettings();
    expect(buildRoster(report, s).claims.map((c) => c.text)).toEqual(['high']);
    expect(buildRoster(report, { ...s, sensitivity: 'more' }).claims.map((c) => c.text)).toEqual(['high', 'low']);
  });

  it('groups source cards by type', () => {
    expect(buildRoster(report, defaultSettings()).sourcesByType).toEqual([
      { type: 'news-agency', cards: ['getty', 'reuters', 'tass', 'x'].map((id) => report.sources[id]) },
    ]);
  });

  it('counts what each list holds: quotes, people, photos, claims at this sensitivity, cards', () => {
    const s = defaultSettings();
    expect(buildRoster(report, s).counts).toEqual({ quote: 3, speaker: 2, credit: 2, claim: 1, source: 4 });
    expect(buildRoster(report, { ...s, sensitivity: 'more' }).counts.claim).toBe(2);
  });

  it('badges claims at this sensitivity only, and nothing when claims are off', () => {
    const s = defaultSettings();
    expect(badgeCount(buildRoster(report, s), s)).toBe(1);
    const more = { ...s, sensitivity: 'more' as const };
    expect(badgeCount(buildRoster(report, more), more)).toBe(2);
    const off = { ...s, kinds: { ...s.kinds, claim: false } };
    expect(badgeCount(buildRoster(report, off), off)).toBe(0);
  });
});

describe('buildRoster, one entry per utterance (report@2)', () => {
  it('lists a two-part utterance once with both parts, its cue and the speaker kind', () => {
    const text = '“The ferry is late,” she said. “We will fix it.”';
    const a = { block: 'b0', start: 1, end: 19 };
    const b = { block: 'b0', start: 32, end: 47 };
    const r = buildRoster(
      {
        ...report,
        blocks: [{ id: 'b0', kind: 'paragraph', text }],
        annotations: [
          { kind: 'quote', span: a, spans: [a, b], quoted: [], text: text.slice(1, 19), direct: true, cue: 'said', speaker: { kind: 'person', name: 'Ana Ortiz', role: null, organization: null, sourceId: null, span: null } },
          { kind: 'quote', span: a, spans: [a], quoted: [], text: text.slice(1, 19), direct: false, cue: 'said', speaker: { kind: 'group', name: null, role: 'Con Edison officials', organization: null, sourceId: null, span: null } },
        ],
      },
      defaultSettings(),
    );
    expect(r.people[0]!.quotes).toEqual([{ index: 0, text: 'The ferry is late, … We will fix it.', direct: true, cue: 'said' }]);
    expect(r.people.map((p) => p.kind)).toEqual(['person', 'group']);
  });
});
