/**
 * The real-page quote scorer (scripts/eval-quote-pages.ts) on a tiny report and label of our own:
 * anchors located across punctuation and case, one found quote per utterance, a split utterance,
 * speaker matching by words, non-speakers, the coming schema's `spans` and `speaker.kind`, and the
 * fixed split by site.
 */
import { describe, expect, it } from 'vitest';
import { figures, halfOf, locate, newScore, readLabels, sameSpeaker, scorePage, type PageLabel } from '../../scripts/eval-quote-pages';
import { REPORT_SCHEMA, type Annotation, type Block, type Report, type Span } from '../../core/report';

const blocks: Block[] = [
  { id: 'b0', kind: 'heading', text: 'Harbour plan: council votes on Friday' },
  { id: 'b1', kind: 'paragraph', text: '“We will not sell the quay,” the mayor, Ines Varga, said. “Not this year, and not next.”' },
  { id: 'b2', kind: 'paragraph', text: 'Fishermen warned that the new fees would empty the harbour by spring.' },
  { id: 'b3', kind: 'paragraph', text: 'The port authority said in a statement that talks would resume in March.' },
];
const span = (block: string, text: string, part: string): Span => {
  const start = text.indexOf(part);
  return { block, start, end: start + part.length };
};
function quote(block: Block, part: string, direct: boolean, name: string | null, extra: object = {}): Annotation {
  return {
    kind: 'quote',
    span: span(block.id, block.text, part),
    text: part,
    direct,
    cue: null,
    speaker: { name, role: null, organization: null, sourceId: null, span: null },
    ...extra,
  } as Annotation;
}
const report = (annotations: Annotation[]): Report => ({
  schema: REPORT_SCHEMA,
  url: null,
  title: null,
  article: { isArticle: true, signals: [] },
  blocks,
  annotations,
  site: null,
  sources: {},
});
const label: PageLabel = {
  page: 'web-pages/html/harbour.html.gz',
  site: 'harbour.example',
  lang: 'en',
  quotes: [
    { anchor: '“We will not sell the quay', direct: true, speaker: 'Ines Varga', kind: 'person', more: ['“Not this year, and not next'] },
    { anchor: 'the new fees would empty the harbour', direct: false, speaker: 'Fishermen', kind: 'group' },
    { anchor: 'talks would resume in March', direct: false, speaker: 'port authority', kind: 'organization' },
  ],
};

describe('eval-quote-pages scorer', () => {
  it('locates an anchor whatever its quote marks and case, and fails on words that are not there', () => {
    expect(locate(blocks, 'WE WILL NOT sell the quay')).toEqual({ block: 'b1', start: 1, end: 26 });
    expect(locate(blocks, 'we will sell the quay')).toBeNull();
  });

  it('matches names by their words, and null only with null', () => {
    expect(sameSpeaker('Ines Varga', 'Varga')).toBe(true);
    expect(sameSpeaker('Varga', 'Ines Varga')).toBe(true);
    expect(sameSpeaker('Ines Varga', 'Harbour')).toBe(false);
    expect(sameSpeaker(null, null)).toBe(true);
    expect(sameSpeaker(null, 'Varga')).toBe(false);
  });

  it('scores precision, recall, speakers, a split utterance and a heading shown as a speaker', () => {
    const s = newScore();
    scorePage(
      s,
      label,
      report([
        quote(blocks[1]!, 'We will not sell the quay,', true, 'Varga'),
        quote(blocks[1]!, 'Not this year, and not next.', true, 'Varga'), // the same utterance again: a split
        quote(blocks[0]!, 'council votes on Friday', true, 'Harbour plan'), // a headline: false, and not a speaker
        quote(blocks[3]!, 'talks would resume in March', false, null), // right quote, speaker missing
      ]),
    );
    const f = figures(s);
    expect([s.gold, s.found, s.matched]).toEqual([3, 4, 2]);
    expect(f.precision).toBe(0.5);
    expect(f.recall).toBeCloseTo(2 / 3);
    expect(f.speakerAccuracy).toBe(0.5);
    expect(s.splits).toBe(1);
    expect([s.shown, s.notSpeakers]).toEqual([2, 1]);
    expect(s.lines.some((l) => l.includes('MISS') && l.includes('the new fees'))).toBe(true);
    expect(s.lines.some((l) => l.includes('NOT-A-SPEAKER') && l.includes('Harbour plan'))).toBe(true);
  });

  it('reads the coming schema: one quote with several spans, and speaker.kind', () => {
    const b1 = blocks[1]!;
    const s = newScore();
    const both = [span('b1', b1.text, 'We will not sell the quay,'), span('b1', b1.text, 'Not this year, and not next.')];
    scorePage(
      s,
      label,
      report([
        quote(b1, 'We will not sell the quay,', true, 'Ines Varga', { spans: both, speaker: { name: 'Ines Varga', role: 'mayor', organization: null, sourceId: null, span: null, kind: 'person' } }),
        quote(blocks[2]!, 'the new fees would empty the harbour by spring', false, 'Fishermen', { speaker: { name: 'Fishermen', role: null, organization: null, sourceId: null, span: null, kind: 'person' } }),
      ]),
    );
    expect([s.matched, s.splits, s.speakerRight]).toEqual([2, 0, 2]);
    expect([s.kindScored, s.kindRight]).toEqual([2, 1]); // the fishermen are a group
  });

  it('a found quote that starts in a later part matches the utterance when nothing else did', () => {
    const s = newScore();
    scorePage(s, label, report([quote(blocks[1]!, 'Not this year, and not next.', true, 'Ines Varga')]));
    expect([s.matched, s.splits]).toEqual([1, 0]);
  });

  it('splits by site, fixed, and reads JSONL labels', () => {
    expect(halfOf('harbour.example')).toBe(halfOf('harbour.example'));
    const halves = new Set(['a.example', 'b.example', 'c.example', 'd.example', 'e.example', 'f.example'].map(halfOf));
    expect(halves.size).toBe(2);
    expect(readLabels(`${JSON.stringify(label)}\n\n`)).toEqual([label]);
  });
});
