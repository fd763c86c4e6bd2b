/**
 * One data-driven test over every fixture page (tests/fixtures/pages/<slug>/): the CLI engine's
 * report must hold what expected.json says, the same expectations the e2e tests check in browsers.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFromHtml } from '../../cli/engine';
import type { Report } from '../../core/report';

const root = join(import.meta.dirname, '../fixtures/pages');
const slugs = readdirSync(root).filter((s) => existsSync(join(root, s, 'expected.json')));

type Expected = {
  isArticle: boolean;
  highlights: Record<string, string[]>;
  notHighlighted?: Record<string, string[]>;
  speakers?: { name: string; role: string; quotes?: number }[];
  credits?: { text: string; chain: [string, string][] }[];
  cards?: Record<string, { stateControl: string | null }>;
  site?: { host: string; sourceId: string | null; stateControl?: string | null };
};

/** The texts each highlight name would hold: annotations by kind, plus quote speakers' spans. */
function texts(report: Report): Record<string, string[]> {
  const out: Record<string, string[]> = { quote: [], speaker: [], credit: [], claim: [], source: [] };
  const block = new Map(report.blocks.map((b) => [b.id, b.text]));
  for (const a of report.annotations) {
    if (a.kind === 'claim' && a.score < 0.5) continue;
    // A quote paints every part of its utterance (report@2 `spans`).
    if (a.kind === 'quote') for (const s of a.spans) out.quote!.push(block.get(s.block)!.slice(s.start, s.end));
    else out[a.kind]!.push(a.text);
    if (a.kind === 'quote' && a.speaker.span) {
      const s = a.speaker.span;
      out.speaker!.push(block.get(s.block)!.slice(s.start, s.end));
    }
  }
  return out;
}

describe.each(slugs)('fixture %s', (slug) => {
  const html = readFileSync(join(root, slug, 'source.html'), 'utf8');
  const want = JSON.parse(readFileSync(join(root, slug, 'expected.json'), 'utf8')) as Expected;
  const report = reportFromHtml(html, `http://127.0.0.1/${slug}/`);
  const got = texts(report);

  it('is judged correctly as article or not', () => expect(report.article.isArticle).toBe(want.isArticle));

  it.each(Object.entries(want.highlights))('finds the expected %s texts', (kind, wanted) => {
    for (const t of wanted) expect(got[kind], `${kind} “${t}”`).toSatisfy((xs: string[]) => xs.some((x) => x.includes(t)));
    if (wanted.length === 0) expect(got[kind]).toEqual([]);
  });

  it('does not find what it must not', () => {
    for (const [kind, bad] of Object.entries(want.notHighlighted ?? {})) {
      for (const t of bad) expect(got[kind]!.some((x) => x.includes(t)), `${kind} must not hold “${t}”`).toBe(false);
    }
  });

  it('names speakers with their roles', () => {
    for (const s of want.speakers ?? []) {
      const quotes = report.annotations.filter((a) => a.kind === 'quote' && a.speaker.name === s.name);
      expect(quotes.length, `quotes by ${s.name}`).toBe(s.quotes ?? (quotes.length || 1));
      expect(quotes.some((q) => q.kind === 'quote' && (q.speaker.role ?? '').includes(s.role)), `role of ${s.name}`).toBe(true);
    }
  });

  it('reads credit chains', () => {
    for (const c of want.credits ?? []) {
      const credit = report.annotations.find((a) => a.kind === 'credit' && a.text === c.text);
      expect(credit, c.text).toBeDefined();
      if (credit?.kind === 'credit') expect(credit.chain.map((l) => [l.role, l.name])).toEqual(c.chain);
    }
  });

  it.runIf(want.site)('names the site the page belongs to', () => {
    expect(report.site?.host).toBe(want.site!.host);
    expect(report.site?.sourceId).toBe(want.site!.sourceId);
    if (want.site!.stateControl !== undefined) expect(report.sources[want.site!.sourceId!]?.stateControl ?? null).toBe(want.site!.stateControl);
  });

  it('carries the expected source cards', () => {
    for (const [id, card] of Object.entries(want.cards ?? {})) {
      expect(report.sources[id], id).toBeDefined();
      expect(report.sources[id]!.stateControl).toBe(card.stateControl);
    }
  });
});
