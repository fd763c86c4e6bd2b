/**
 * Measures quotes and speakers against our own labels of 30 real pages (news-pages and web-pages,
 * several languages), split by site into a tuning half and a held-out half (fixed: a hash of the
 * site decides, see `halfOf`). Tune on the tuning half only; the held-out half says whether a change
 * generalises. Misses and false finds are listed for the tuning half only.
 *
 * Usage: npm run eval:quote-pages -- [corpus-dir] [--show <page-id>] [--json]
 * (default ../shared/corpus; it holds news-pages/ and web-pages/; an absent corpus is skipped with a
 * message, a labelled page that is absent is counted and skipped).
 * `--show <page-id>` prints the article blocks of one page as the engine extracts them, then the
 * detector's quotes: what a labeller reads (label from the blocks, not from the detector's list).
 *
 * Labels: tests/labels/quotes-pages/pages.jsonl, one line per page
 *   { page: "web-pages/html/x.html.gz", site: "example.fr", lang: "fr", quotes: GoldQuote[] }
 * with, per utterance, `anchor` (the first words of its content as the block has them, ≤ 80 chars),
 * `direct`, `speaker` (the name as the text gives it, the fullest form the article uses; null when
 * the text names nobody; `aka` lists other forms of it) and `kind` (person | group | organization | document | unnamed).
 *
 * Scoring, per page:
 * - each anchor is located in the blocks (letters and digits only, case-folded); a found quote matches
 *   a gold quote when one of its spans (`spans` when present, else `span`) overlaps the anchor in the
 *   same block; one found quote matches one gold quote. An unlocated anchor is a miss. A found quote
 *   that starts in a later part (`more`) matches an utterance not matched otherwise; one that is a
 *   later part of an utterance already matched is a false find, counted as a split.
 * - quote precision = matched / found, recall = matched / gold (an utterance split into two found
 *   quotes is one match and one false find).
 * - speaker accuracy over matched quotes: right when both names are null, or one name's words are
 *   all in the other (`Merkel` ≈ `Angela Merkel`). `kind` is scored too when the report has it.
 * - non-speakers: the distinct speaker names the page shows (the People list) that are no gold
 *   speaker of that page (places, page words, headings, people who are only talked about), over all
 *   distinct shown names.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Block, Report, Span } from '../core/report';

export type SpeakerKind = 'person' | 'group' | 'organization' | 'document' | 'unnamed';
/** `aka`: other forms the article gives the same speaker ("SSP" for "Secretaria da Segurança Pública"). */
/** `more`: anchors of the utterance's later parts (a continuation with no new cue belongs to it). */
export type GoldQuote = { anchor: string; direct: boolean; speaker: string | null; aka?: string[]; kind: SpeakerKind; more?: string[] };
export type PageLabel = { page: string; site: string; lang: string; quotes: GoldQuote[] };
export type Half = 'tuning' | 'held-out';

/** The fixed split: the first byte of sha256(site) decides, even → tuning, odd → held-out. */
export function halfOf(site: string): Half {
  return (createHash('sha256').update(site).digest()[0]! & 1) === 0 ? 'tuning' : 'held-out';
}

/** A found quote as the scorer reads it, from today's schema or the coming one (`spans`, `speaker.kind`). */
export type Found = { spans: Span[]; text: string; direct: boolean; speaker: string | null; kind: string | null };

export function foundQuotes(report: Report): Found[] {
  const out: Found[] = [];
  for (const a of report.annotations) {
    if (a.kind !== 'quote') continue;
    const q = a as typeof a & { spans?: Span[]; speaker: { kind?: string } };
    const spans = q.spans && q.spans.length ? q.spans : [q.span];
    const kind = q.speaker.kind ?? null;
    // An organisation named only as the speaker's organisation ("a Kremlin spokesman") is not a name.
    const name = q.speaker.name ?? null;
    out.push({ spans, text: q.text, direct: q.direct, speaker: name, kind });
  }
  return out;
}

/** Letters and digits only, case-folded, with a map from each kept character to its index in `text`. */
function fold(text: string): { key: string; at: number[] } {
  let key = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (/[\p{L}\p{N}]/u.test(ch)) {
      const low = ch.toLowerCase();
      for (let k = 0; k < low.length; k++) {
        key += low[k];
        at.push(i);
      }
    }
    i += ch.length;
  }
  return { key, at };
}
export const nameKey = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Where an anchor sits in the blocks: block id and the UTF-16 range the anchor covers. */
export function locate(blocks: Block[], anchor: string, folded = new Map<string, ReturnType<typeof fold>>()): Span | null {
  const a = fold(anchor).key;
  if (!a) return null;
  for (const b of blocks) {
    let f = folded.get(b.id);
    if (!f) folded.set(b.id, (f = fold(b.text)));
    const i = f.key.indexOf(a);
    if (i >= 0) return { block: b.id, start: f.at[i]!, end: f.at[i + a.length - 1]! + 1 };
  }
  return null;
}

export function sameSpeaker(gold: string | null, found: string | null): boolean {
  if (gold === null || found === null) return gold === found;
  const g = nameKey(gold);
  const f = nameKey(found);
  if (!g.length || !f.length) return g.length === f.length;
  return f.every((w) => g.includes(w)) || g.every((w) => f.includes(w));
}

export type Score = {
  pages: number;
  sites: Set<string>;
  langs: Set<string>;
  gold: number;
  found: number;
  matched: number;
  speakerRight: number;
  kindScored: number;
  kindRight: number;
  shown: number;
  notSpeakers: number;
  /** False finds that are a later part of a matched utterance, found as a quote of its own. */
  splits: number;
  lines: string[];
};
export const newScore = (): Score => ({
  pages: 0,
  sites: new Set(),
  langs: new Set(),
  gold: 0,
  found: 0,
  matched: 0,
  speakerRight: 0,
  kindScored: 0,
  kindRight: 0,
  shown: 0,
  notSpeakers: 0,
  splits: 0,
  lines: [],
});

const short = (s: string, n = 70) => JSON.stringify(s.length > n ? `${s.slice(0, n)}…` : s);

/** Scores one page's report against its label, adding to `s`. */
export function scorePage(s: Score, label: PageLabel, report: Report): void {
  s.pages++;
  s.sites.add(label.site);
  s.langs.add(label.lang);
  const found = foundQuotes(report);
  const folded = new Map<string, ReturnType<typeof fold>>();
  const used = new Set<number>();
  const tag = label.page.replace(/^(news|web)-pages\/html\//, '').slice(0, 28);
  s.gold += label.quotes.length;
  s.found += found.length;
  const overlaps = (f: Found, at: Span | null) =>
    !!at && f.spans.some((p) => p.block === at.block && p.start < at.end && p.end > at.start);
  const regions = label.quotes.map((g) => ({
    first: locate(report.blocks, g.anchor, folded),
    more: (g.more ?? []).map((m) => locate(report.blocks, m, folded)),
  }));
  // First by the utterance's first part, then (a quote found from its second part on) by a later part.
  const match = new Map<number, number>();
  label.quotes.forEach((_, gi) => {
    const i = found.findIndex((f, j) => !used.has(j) && overlaps(f, regions[gi]!.first));
    if (i >= 0) match.set(gi, i), used.add(i);
  });
  label.quotes.forEach((_, gi) => {
    if (match.has(gi)) return;
    const i = found.findIndex((f, j) => !used.has(j) && regions[gi]!.more.some((at) => overlaps(f, at)));
    if (i >= 0) match.set(gi, i), used.add(i);
  });
  label.quotes.forEach((g, gi) => {
    const at = regions[gi]!.first;
    const i = match.get(gi);
    if (i === undefined) {
      s.lines.push(`  MISS    ${tag} ${g.direct ? 'direct  ' : 'reported'} ${short(g.anchor)} — ${g.speaker ?? '(no name)'} [${g.kind}]${at ? '' : ' (anchor not in the blocks)'}`);
      return;
    }
    s.matched++;
    const f = found[i]!;
    const right = [g.speaker, ...(g.aka ?? [])].some((name) => sameSpeaker(name, f.speaker));
    if (right) s.speakerRight++;
    if (f.kind !== null) {
      s.kindScored++;
      if (f.kind === g.kind) s.kindRight++;
    }
    if (!right || (f.kind !== null && f.kind !== g.kind))
      s.lines.push(`  SPEAKER ${tag} ${short(g.anchor, 50)}: want ${g.speaker ?? 'null'} [${g.kind}] got ${f.speaker ?? 'null'}${f.kind ? ` [${f.kind}]` : ''}`);
  });
  found.forEach((f, j) => {
    if (used.has(j)) return;
    const split = label.quotes.some((_, gi) => match.has(gi) && [regions[gi]!.first, ...regions[gi]!.more].some((at) => overlaps(f, at)));
    if (split) s.splits++;
    s.lines.push(`  ${split ? 'SPLIT ' : 'FALSE '}  ${tag} ${f.direct ? 'direct  ' : 'reported'} ${short(f.text)} — ${f.speaker ?? '(no name)'}`);
  });
  const goldNames = label.quotes.flatMap((g) => (g.speaker ? [g.speaker, ...(g.aka ?? [])] : []));
  const shown = new Map<string, string>();
  for (const f of found) if (f.speaker) shown.set(nameKey(f.speaker).join(' '), f.speaker);
  for (const name of shown.values()) {
    s.shown++;
    if (!goldNames.some((g) => sameSpeaker(g, name))) {
      s.notSpeakers++;
      s.lines.push(`  NOT-A-SPEAKER ${tag} ${JSON.stringify(name)}`);
    }
  }
}

const ratio = (a: number, b: number) => (b ? a / b : 1);
export function figures(s: Score) {
  return {
    precision: ratio(s.matched, s.found),
    recall: ratio(s.matched, s.gold),
    speakerAccuracy: ratio(s.speakerRight, s.matched),
    kindAccuracy: s.kindScored ? s.kindRight / s.kindScored : null,
    notSpeakers: s.shown ? s.notSpeakers / s.shown : 0,
  };
}
export function summary(half: Half, s: Score): string {
  const f = figures(s);
  return (
    `  ${half.padEnd(8)} pages ${s.pages} sites ${s.sites.size} languages ${[...s.langs].sort().join(',') || '-'} quotes ${s.gold} found ${s.found}: ` +
    `precision ${f.precision.toFixed(3)}  recall ${f.recall.toFixed(3)}  speaker accuracy ${f.speakerAccuracy.toFixed(3)} (${s.speakerRight}/${s.matched})  ` +
    `not speakers ${(100 * f.notSpeakers).toFixed(1)}% (${s.notSpeakers}/${s.shown})  split utterances ${s.splits}` +
    (f.kindAccuracy === null ? '' : `  kind ${f.kindAccuracy.toFixed(3)}`)
  );
}

export function readLabels(text: string): PageLabel[] {
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PageLabel);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const showAt = args.indexOf('--show');
  const show = showAt >= 0 ? args[showAt + 1] : null;
  const positional = args.filter((a, i) => !a.startsWith('--') && (showAt < 0 || i !== showAt + 1));
  const corpus = resolve(positional[0] ?? '../shared/corpus');
  const labelsFile = resolve('tests/labels/quotes-pages/pages.jsonl');
  const { reportFromHtml } = await import('../cli/engine');
  const urls = new Map<string, string>();
  const urlOf = (page: string): string | null => {
    if (!urls.size) {
      const truth = join(corpus, 'news-pages', 'ground-truth.json');
      if (existsSync(truth))
        for (const [id, v] of Object.entries(JSON.parse(readFileSync(truth, 'utf8')) as Record<string, { url?: string }>))
          if (v.url) urls.set(`news-pages/html/${id}.html.gz`, v.url);
      const evaldata = join(corpus, 'web-pages', 'evaldata.json');
      if (existsSync(evaldata))
        for (const [url, v] of Object.entries(JSON.parse(readFileSync(evaldata, 'utf8')) as Record<string, { file: string }>))
          urls.set(`web-pages/html/${v.file.replace(/ /g, '_')}.gz`, url);
    }
    return urls.get(page) ?? null;
  };
  const reportOf = (page: string): Report | null => {
    const file = join(corpus, page);
    return existsSync(file) ? reportFromHtml(gunzipSync(readFileSync(file)).toString('utf8'), urlOf(page)) : null;
  };

  if (!existsSync(corpus)) {
    console.log(`quote pages skipped: ${corpus} not found (pass the corpus directory holding news-pages/ and web-pages/)`);
    return;
  }
  if (show) {
    const r = reportOf(show);
    if (!r) return void console.log(`${show}: not found under ${corpus}`);
    console.log(`${show}  url ${urlOf(show) ?? '-'}  article ${r.article.isArticle}`);
    for (const b of r.blocks) console.log(`[${b.id} ${b.kind}] ${b.text}`);
    console.log('--- detector quotes');
    for (const f of foundQuotes(r)) console.log(`  ${f.direct ? 'D' : 'R'} ${short(f.text, 90)} — ${f.speaker ?? 'null'}${f.kind ? ` [${f.kind}]` : ''}`);
    return;
  }
  const labels = readLabels(readFileSync(labelsFile, 'utf8'));
  const scores: Record<Half, Score> = { tuning: newScore(), 'held-out': newScore() };
  let missing = 0;
  for (const label of labels) {
    const report = reportOf(label.page);
    if (!report) {
      missing++;
      continue;
    }
    scorePage(scores[halfOf(label.site)], label, report);
  }
  console.log(`quote pages: ${labels.length} labelled${missing ? `, ${missing} not found under ${corpus} (skipped)` : ''}`);
  if (scores.tuning.lines.length) console.log(`tuning half, misses and false finds:\n${scores.tuning.lines.join('\n')}`);
  for (const half of ['tuning', 'held-out'] as Half[]) console.log(summary(half, scores[half]));
  if (args.includes('--json'))
    console.log(JSON.stringify({ tuning: figures(scores.tuning), 'held-out': figures(scores['held-out']) }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
