/**
 * `npm run eval:gate -- ../shared/corpus/web-pages`: how the article gate (core/article.ts judgeArticle)
 * and the quick gate (core/gate.ts mightBeArticle) do on our labels for the web-pages corpus
 * (tests/labels/gate/web-pages.json, split by site into tuning and held-out, fixed once) and on our own
 * gate fixtures (tests/fixtures/gate/<slug>/). Prints, per split: false articles (pages labelled not an
 * article that the gate accepts), articles kept / total, and the quick gate's misses (pages the full
 * gate accepts that it turns away: must be 0). Skips with a message when the corpus is absent.
 * `--list` prints every page the gate gets wrong, with its signals.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../cli/engine';
import { judgeArticle } from '../core/article';
import { mightBeArticle } from '../core/gate';

const args = process.argv.slice(2);
const list = args.includes('--list');
const only = args.includes('--tuning') ? 'tuning' : null;
const dir = args.find((a) => !a.startsWith('--'));
const ROOT = resolve(import.meta.dirname, '..');

type Judged = { name: string; label: string; split: string; full: boolean; quick: boolean; signals: string[] };

function judge(html: string, url: string | null): { full: boolean; quick: boolean; signals: string[] } {
  const doc = parseDocument(html);
  const verdict = judgeArticle(doc, url);
  return { full: verdict.isArticle, quick: mightBeArticle(doc, url), signals: verdict.signals };
}

function summarise(title: string, rows: Judged[]): void {
  const arts = rows.filter((r) => r.label === 'article');
  const nons = rows.filter((r) => r.label === 'not-article');
  const falseArticles = nons.filter((r) => r.full);
  const kept = arts.filter((r) => r.full);
  const quickMisses = rows.filter((r) => r.full && !r.quick);
  const quickStops = nons.filter((r) => !r.quick).length;
  console.log(
    `${title.padEnd(10)} false articles ${falseArticles.length}/${nons.length}  articles kept ${kept.length}/${arts.length} ` +
      `(${((100 * kept.length) / Math.max(1, arts.length)).toFixed(1)} %)  quick gate stops ${quickStops}/${nons.length} non-articles, misses ${quickMisses.length}`,
  );
  if (list) {
    for (const r of falseArticles) console.log(`  false article  ${r.name}  ${r.signals.join(' ')}`);
    for (const r of arts.filter((x) => !x.full)) console.log(`  article lost   ${r.name}  ${r.signals.join(' ')}`);
    for (const r of quickMisses) console.log(`  quick miss     ${r.name}`);
  }
}

// Our own fixtures first: they need no corpus.
const FIXTURES = join(ROOT, 'tests/fixtures/gate');
const fixtureRows: Judged[] = readdirSync(FIXTURES)
  .filter((s) => existsSync(join(FIXTURES, s, 'expected.json')))
  .map((slug) => {
    const want = JSON.parse(readFileSync(join(FIXTURES, slug, 'expected.json'), 'utf8')) as { isArticle: boolean; url?: string };
    const got = judge(readFileSync(join(FIXTURES, slug, 'source.html'), 'utf8'), want.url ?? null);
    return { name: slug, label: want.isArticle ? 'article' : 'not-article', split: 'fixtures', ...got };
  });
summarise('fixtures', fixtureRows);
const unusual = fixtureRows.filter((r) => r.name.startsWith('unusual-'));
console.log(`           unusual articles kept ${unusual.filter((r) => r.full).length}/${unusual.length}`);

if (!dir || !existsSync(join(dir, 'html'))) {
  console.log(`eval:gate: no corpus at ${dir ?? '(no path given)'}: pass ../shared/corpus/web-pages to score the labelled pages`);
  process.exit(0);
}
const labels = JSON.parse(readFileSync(join(ROOT, 'tests/labels/gate/web-pages.json'), 'utf8')) as { pages: Record<string, [string, string, string]> };
const urls = new Map<string, string>();
const evaldata = join(dir, 'evaldata.json');
if (existsSync(evaldata)) {
  for (const [url, v] of Object.entries(JSON.parse(readFileSync(evaldata, 'utf8')) as Record<string, { file: string }>)) urls.set(v.file.replaceAll(' ', '_'), url);
}
const rows: Judged[] = [];
for (const [name, [label, split]] of Object.entries(labels.pages)) {
  const file = join(dir, 'html', `${name}.gz`);
  if (!existsSync(file) || (only && split !== only)) continue;
  const html = gunzipSync(readFileSync(file)).toString('utf8');
  rows.push({ name, label, split, ...judge(html, urls.get(name) ?? null) });
}
for (const split of only ? [only] : ['tuning', 'held-out']) summarise(split, rows.filter((r) => r.split === split));
