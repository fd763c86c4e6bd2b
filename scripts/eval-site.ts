/**
 * `npm run eval:site -- ../shared/corpus [--list] [--matches]`: the site card (issue 19) on real article
 * pages. Every page goes through cli/engine.ts reportFromHtml with its saved address, exactly as the CLI
 * runs it. Pages: all of `news-pages` (every one is an article) and the pages of `web-pages` that our gate
 * labels call articles (tests/labels/gate/web-pages.json). Per corpus and per half (split by site with
 * the fixed rule of the other evals: `siteOf` from scripts/lib/site-of.ts (shared with eval-credits.ts), `halfOf` from eval-quote-pages.ts,
 * first byte of sha256(site) even → tuning) it prints:
 * - publisher named: the share of pages whose report.site.name is set;
 * - card: the share with report.site.sourceId;
 * - every state-media page (its host, or a parent of it, is a host of the State Media Matrix, read from
 *   `<corpus>/../data/state-media/State_Media_Matrix.csv` or `--matrix FILE`), listed with the rating its
 *   card shows.
 * False matches: on the 50 articles of tests/labels/site/false-match-pages.json, every source match whose
 * text is one common English or German word (an article "the"/"der"/"die"/"das" before it allowed) is
 * compared with our judgements (tests/labels/site/common-word-matches.jsonl: page, matched string, offset
 * in its block, block id, verdict true = the outlet is meant). Prints false matches per 50 articles, and
 * any match not yet judged (label it, then rerun). `--list` prints pages without a name or card,
 * `--matches` every judged match, `--matches-only` runs the 50 articles alone. Skips with a message when the corpus is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { reportFromHtml } from '../cli/engine';
import { normHost } from '../core/source-index';
import type { Report } from '../core/report';
import { readMatrix } from '../data/build';
import { halfOf, type Half } from './eval-quote-pages';
import { siteOf } from './lib/site-of';

const args = process.argv.slice(2);
const list = args.includes('--list');
const showMatches = args.includes('--matches');
/** Only the 50 fixed articles of the false-match count (a quick rerun after a matcher change). */
const matchesOnly = args.includes('--matches-only');
const matrixArg = args.includes('--matrix') ? args[args.indexOf('--matrix') + 1] : undefined;
const corpus = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--matrix');
const ROOT = resolve(import.meta.dirname, '..');


/**
 * Common words that are also outlets' names (English and German), the issue's list and more: a match
 * whose text is one of these, alone or after an article, is a common-word match and must be judged.
 */
export const COMMON_WORDS = new Set(
  `times today post sun independent mail star globe mirror express nation herald telegraph guardian observer standard
  examiner chronicle tribune journal record news press courier gazette review times sentinel register bulletin leader
  advocate voice world mercury citizen enquirer republic monitor spectator economist daily metro sport hill atlantic
  week time fortune wired vice politico axios local local national sunday morning evening weekly free people state union
  banner beacon dispatch echo eagle enterprise era ledger messenger news observer pilot pioneer progress reporter signal
  tribune watchman argus clarion crescent democrat freeman independent inquirer journal star sentinel capital
  welt zeit spiegel stern bild presse standard kurier bote anzeiger rundschau blick bund zeitung tag morgen abend post
  express heute merkur kurier tagblatt echo volksblatt nachrichten neue freie`.split(/\s+/).filter(Boolean),
);
const ARTICLES = new Set(['the', 'der', 'die', 'das']);

/** The common word a match consists of ("The Times" → "times"), or null when it is anything else. */
export function commonWordOf(text: string): string | null {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 2 && ARTICLES.has(words[0]!.toLowerCase())) words.shift();
  if (words.length !== 1) return null;
  const w = words[0]!.toLowerCase();
  return COMMON_WORDS.has(w) ? w : null;
}

type Page = { corpus: 'news-pages' | 'web-pages'; id: string; file: string; url: string | null };
type Row = { page: Page; site: string; half: Half; report: Report };

function gz(file: string): string | null {
  return existsSync(file) ? gunzipSync(readFileSync(file)).toString('utf8') : null;
}

if (!corpus || (!existsSync(join(corpus, 'news-pages', 'html')) && !existsSync(join(corpus, 'web-pages', 'html')))) {
  console.log(`eval:site: no corpus at ${corpus ?? '(no path given)'}: pass ../shared/corpus (holding news-pages/ and web-pages/)`);
  process.exit(0);
}

const pages: Page[] = [];
const newsDir = join(corpus, 'news-pages');
if (existsSync(join(newsDir, 'html'))) {
  const truth = JSON.parse(readFileSync(join(newsDir, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  for (const id of Object.keys(truth).sort()) pages.push({ corpus: 'news-pages', id, file: join(newsDir, 'html', `${id}.html.gz`), url: truth[id]!.url ?? null });
} else console.log(`news-pages skipped: ${join(newsDir, 'html')} not found`);
const webDir = join(corpus, 'web-pages');
if (existsSync(join(webDir, 'html'))) {
  const urls = new Map<string, string>();
  for (const [url, v] of Object.entries(JSON.parse(readFileSync(join(webDir, 'evaldata.json'), 'utf8')) as Record<string, { file: string }>)) {
    urls.set(v.file.replaceAll(' ', '_'), url);
  }
  const labels = JSON.parse(readFileSync(join(ROOT, 'tests/labels/gate/web-pages.json'), 'utf8')) as { pages: Record<string, [string, string, string]> };
  for (const [id, [label]] of Object.entries(labels.pages).sort()) {
    if (label === 'article') pages.push({ corpus: 'web-pages', id, file: join(webDir, 'html', `${id}.gz`), url: urls.get(id) ?? null });
  }
} else console.log(`web-pages skipped: ${join(webDir, 'html')} not found`);

// The State Media Matrix's hosts, to know which pages are state media without asking the resolver.
const matrixFile = resolve(matrixArg ?? join(corpus, '..', 'data', 'state-media', 'State_Media_Matrix.csv'));
const matrixHosts = new Map<string, string>();
if (existsSync(matrixFile)) {
  for (const r of readMatrix(readFileSync(matrixFile, 'utf8'))) {
    const h = r.url ? normHost(r.url) : null;
    if (h && r.typology) matrixHosts.set(h, `${r.asset || r.company} (${r.typology})`);
  }
} else console.log(`state-media pages: ${matrixFile} not found (pass --matrix FILE); the list is skipped`);
function matrixOutlet(url: string | null): string | null {
  let h = url ? normHost(url) : null;
  while (h && h.includes('.')) {
    const hit = matrixHosts.get(h);
    if (hit) return hit;
    h = h.slice(h.indexOf('.') + 1);
  }
  return null;
}

const fixedIds = new Set(
  (JSON.parse(readFileSync(join(ROOT, 'tests/labels/site/false-match-pages.json'), 'utf8')) as { pages: string[] }).pages,
);
const rows: Row[] = [];
let missing = 0;
for (const page of pages) {
  if (matchesOnly && !fixedIds.has(page.id)) continue;
  const html = gz(page.file);
  if (html === null) {
    missing++;
    continue;
  }
  const site = siteOf(page.url, page.id);
  rows.push({ page, site, half: halfOf(site), report: reportFromHtml(html, page.url) });
}
if (missing) console.log(`(${missing} pages missing from the corpus)`);

const pct = (n: number, d: number): string => `${d ? ((100 * n) / d).toFixed(1) : '0.0'} %`;
for (const name of matchesOnly ? [] : (['news-pages', 'web-pages'] as const)) {
  const of = rows.filter((r) => r.page.corpus === name);
  if (!of.length) continue;
  console.log(`\n${name} (${name === 'web-pages' ? 'pages our gate labels call articles' : 'all articles'})`);
  for (const half of ['tuning', 'held-out', 'both'] as const) {
    const rs = half === 'both' ? of : of.filter((r) => r.half === half);
    const named = rs.filter((r) => r.report.site?.name);
    const carded = rs.filter((r) => r.report.site?.sourceId);
    const isArticle = rs.filter((r) => r.report.article.isArticle).length;
    console.log(
      `  ${half.padEnd(8)} pages ${String(rs.length).padStart(4)} sites ${String(new Set(rs.map((r) => r.site)).size).padStart(4)}  ` +
        `publisher named ${pct(named.length, rs.length).padStart(7)} (${named.length})  card ${pct(carded.length, rs.length).padStart(7)} (${carded.length})  ` +
        `engine's gate says article ${isArticle}`,
    );
    if (list && half !== 'both') {
      for (const r of rs.filter((x) => !x.report.site?.sourceId)) {
        console.log(`    ${r.report.site?.name ? 'NO CARD' : 'NO NAME'}  ${r.page.id.slice(0, 24).padEnd(24)} ${r.page.url ?? '(no url)'}  name=${r.report.site?.name ?? '-'}`);
      }
    }
  }
  if (matrixHosts.size) {
    const state = of.filter((r) => matrixOutlet(r.page.url));
    const shown = state.filter((r) => {
      const id = r.report.site?.sourceId;
      return id ? r.report.sources[id]?.stateControl != null : false;
    });
    console.log(`  state-media pages (host in the State Media Matrix): ${state.length}, shown with a rating ${shown.length}`);
    for (const r of state) {
      const id = r.report.site?.sourceId ?? null;
      const card = id ? r.report.sources[id] : undefined;
      console.log(
        `    ${r.half.padEnd(8)} ${r.page.id.slice(0, 24).padEnd(24)} ${normHost(r.page.url ?? '')}  matrix: ${matrixOutlet(r.page.url)}  ` +
          `card: ${card ? `${card.name} (${card.id}), ${card.stateControl ?? 'NO RATING'}` : 'NONE'}`,
      );
    }
  }
}

// False matches of common-word names on the 50 fixed articles.
type Judged = { page: string; text: string; offset: number; block: string; verdict: boolean; why?: string };
const fixed = JSON.parse(readFileSync(join(ROOT, 'tests/labels/site/false-match-pages.json'), 'utf8')) as { pages: string[] };
const judgedFile = join(ROOT, 'tests/labels/site/common-word-matches.jsonl');
const judged = existsSync(judgedFile)
  ? readFileSync(judgedFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Judged)
  : [];
const keyOf = (page: string, block: string, offset: number, text: string): string => `${page}\u0001${block}\u0001${offset}\u0001${text}`;
const verdicts = new Map(judged.map((j) => [keyOf(j.page, j.block, j.offset, j.text), j]));
const byId = new Map(rows.map((r) => [r.page.id, r]));
const tally: Record<Half, { pages: number; matches: number; falseMatches: number; trueMatches: number; unjudged: number }> = {
  tuning: { pages: 0, matches: 0, falseMatches: 0, trueMatches: 0, unjudged: 0 },
  'held-out': { pages: 0, matches: 0, falseMatches: 0, trueMatches: 0, unjudged: 0 },
};
const unjudged: string[] = [];
let judgedSeen = 0;
for (const id of fixed.pages) {
  const r = byId.get(id);
  if (!r) continue;
  const t = tally[r.half];
  t.pages++;
  const blocks = new Map(r.report.blocks.map((b) => [b.id, b.text]));
  for (const a of r.report.annotations) {
    if (a.kind !== 'source' || !commonWordOf(a.text)) continue;
    t.matches++;
    const j = verdicts.get(keyOf(id, a.span.block, a.span.start, a.text));
    if (!j) {
      t.unjudged++;
      const text = blocks.get(a.span.block) ?? '';
      unjudged.push(
        `{"page":${JSON.stringify(id)},"text":${JSON.stringify(a.text)},"offset":${a.span.start},"block":${JSON.stringify(a.span.block)},"verdict":null,"id":${JSON.stringify(a.sourceId)},"context":${JSON.stringify(text.slice(Math.max(0, a.span.start - 60), a.span.end + 60))}}`,
      );
      continue;
    }
    judgedSeen++;
    if (j.verdict) t.trueMatches++;
    else t.falseMatches++;
    if (showMatches) console.log(`  ${j.verdict ? 'TRUE ' : 'FALSE'} ${id.slice(0, 16)} ${a.span.block}@${a.span.start} ${JSON.stringify(a.text)} → ${a.sourceId}${j.why ? ` (${j.why})` : ''}`);
  }
}
console.log(`\ncommon-word source matches on the ${fixed.pages.length} fixed articles (tests/labels/site/false-match-pages.json):`);
for (const half of ['tuning', 'held-out'] as Half[]) {
  const t = tally[half];
  console.log(
    `  ${half.padEnd(8)} pages ${t.pages}: matches ${t.matches}, true ${t.trueMatches}, false ${t.falseMatches}` +
      ` (${t.pages ? ((50 * t.falseMatches) / t.pages).toFixed(1) : '0.0'} per 50 articles)${t.unjudged ? `, not judged ${t.unjudged}` : ''}`,
  );
}
const all = tally.tuning.falseMatches + tally['held-out'].falseMatches;
const pagesSeen = tally.tuning.pages + tally['held-out'].pages;
console.log(`  both     pages ${pagesSeen}: false matches ${all} (${pagesSeen ? ((50 * all) / pagesSeen).toFixed(1) : '0.0'} per 50 articles)`);
const found = new Set<string>();
for (const id of fixed.pages) {
  for (const a of byId.get(id)?.report.annotations ?? []) if (a.kind === 'source') found.add(keyOf(id, a.span.block, a.span.start, a.text));
}
const gone = judged.filter((j) => byId.has(j.page) && !found.has(keyOf(j.page, j.block, j.offset, j.text)));
if (gone.length) {
  console.log(
    `  judged matches no longer found: ${gone.length} (false ones dropped ${gone.filter((j) => !j.verdict).length}, ` +
      `true ones lost ${gone.filter((j) => j.verdict).length})`,
  );
}
if (unjudged.length) {
  console.log(`  not judged yet (add to ${judgedFile} with a verdict):`);
  for (const u of unjudged) console.log(`  ${u}`);
}
