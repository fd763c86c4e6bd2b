/**
 * Hashes the engine's reports over sets of pages, so a refactor can show it changed no output.
 *
 *   npx tsx scripts/report-hash.ts [--shared ../shared] [--fuzz 300] [--sets fixtures,news,web,fuzz,polnear]
 *
 * Prints one line per set: the number of pages, a 16-hex-digit SHA-256 of every report (JSON, in file
 * order) and one of the quote annotations alone. Sets under ../shared are skipped with a message when
 * absent. The fuzz set is generated (tests/fuzz/generator.ts, seeds 1..N, the `npm run fuzz` scales).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { reportFromHtml, reportFromText } from '../cli/engine';
import { generatePage, rng } from '../tests/fuzz/generator';
import type { Report } from '../core/report';

const { values } = parseArgs({
  options: {
    shared: { type: 'string', default: '../shared' },
    fuzz: { type: 'string', default: '300' },
    sets: { type: 'string', default: 'fixtures,news,web,fuzz,polnear' },
  },
});
const shared = values.shared!;
const sets = new Set(values.sets!.split(','));

function hashSet(name: string, pages: Iterable<() => Report>): void {
  const all = createHash('sha256');
  const quotes = createHash('sha256');
  let n = 0;
  let q = 0;
  const t0 = performance.now();
  for (const run of pages) {
    const r = run();
    n++;
    all.update(JSON.stringify(r));
    const qs = r.annotations.filter((a) => a.kind === 'quote');
    q += qs.length;
    quotes.update(JSON.stringify(qs));
  }
  const s = ((performance.now() - t0) / 1000).toFixed(0);
  console.log(`${name.padEnd(16)} ${String(n).padStart(5)} pages ${String(q).padStart(6)} quotes  report ${all.digest('hex').slice(0, 16)}  quotes ${quotes.digest('hex').slice(0, 16)}  (${s} s)`);
}

function* htmlDir(dir: string): Iterable<() => Report> {
  for (const f of readdirSync(dir).sort()) {
    const file = join(dir, f);
    yield () => reportFromHtml(f.endsWith('.gz') ? gunzipSync(readFileSync(file)).toString('utf8') : readFileSync(file, 'utf8'));
  }
}

if (sets.has('fixtures')) {
  const root = 'tests/fixtures/pages';
  hashSet('fixtures', (function* () {
    for (const slug of readdirSync(root).sort()) {
      const file = join(root, slug, 'source.html');
      if (existsSync(file)) yield () => reportFromHtml(readFileSync(file, 'utf8'));
    }
  })());
}
for (const [key, name, dir] of [
  ['news', 'news-pages', join(shared, 'corpus/news-pages/html')],
  ['web', 'web-pages', join(shared, 'corpus/web-pages/html')],
] as const) {
  if (!sets.has(key)) continue;
  if (!existsSync(dir)) console.log(`${name}: skipped (${dir} not found)`);
  else hashSet(name, htmlDir(dir));
}
if (sets.has('fuzz')) {
  const count = Number(values.fuzz);
  hashSet(`fuzz 1..${count}`, (function* () {
    for (let seed = 1; seed <= count; seed++) {
      const scale = rng(seed ^ 0x5eed)() < 0.05 ? 0.2 : 0.02;
      yield () => reportFromHtml(generatePage(seed, { scale }).html);
    }
  })());
}
if (sets.has('polnear')) {
  for (const split of ['dev', 'train']) {
    const dir = join(shared, 'quotes/polnear', split, 'text');
    if (!existsSync(dir)) {
      console.log(`polnear ${split}: skipped (${dir} not found)`);
      continue;
    }
    hashSet(`polnear ${split}`, (function* () {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) yield () => reportFromText(readFileSync(join(dir, f), 'utf8'));
    })());
  }
}
