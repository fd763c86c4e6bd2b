import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../../core/markdown';
import type { Report } from '../../core/report';

const span = { block: 'b0', start: 0, end: 1 };
const report: Report = {
  schema: 'sourcelight/report@2', url: 'https://www.rt.com/news/1/', title: 'A *test* page', article: { isArticle: true, signals: [] }, blocks: [],
  site: { host: 'www.rt.com', name: 'RT', sourceId: 'rt' },
  annotations: [
    { kind: 'quote', span, spans: [span], quoted: [], text: 'We are ready', direct: true, cue: 'said', speaker: { kind: 'person', name: 'Ann Lee', role: 'minister', organization: null, sourceId: null, span } },
    { kind: 'claim', span, text: 'Output rose 5%.', score: 0.8, reasons: ['statistic'] },
    { kind: 'claim', span, text: 'Maybe it rose.', score: 0.35, reasons: [] },
  ],
  sources: {
    rt: { id: 'rt', name: 'RT', type: 'broadcaster', country: 'RU', owner: 'TV-Novosti', stateControl: 'SC', founded: 2005, description: 'Russian state broadcaster.', website: null, provenance: ['State Media Matrix'], asOf: '2026-11-26' },
  },
};

describe('toMarkdown (CLI --format markdown and the popup\'s Copy as Markdown)', () => {
  it('has the title, the address, the site card, people and claims; a threshold keeps claims at that sensitivity', () => {
    const all = toMarkdown(report);
    expect(all.split('\n')[0]).toBe('# A \\*test\\* page');
    expect(all).toContain('<https://www.rt.com/news/1/>');
    expect(all).toMatch(/^You are reading: \*\*RT\*\* — broadcaster; RU; owner: TV-Novosti; State-controlled/m);
    expect(all).toContain('- **Ann Lee** (minister): “We are ready”');
    expect(all).toContain('## Claims (2)');
    const balanced = toMarkdown(report, { claimThreshold: 0.5 });
    expect(balanced).toContain('## Claims (1)');
    expect(balanced).not.toContain('Maybe it rose.');
  });
});
