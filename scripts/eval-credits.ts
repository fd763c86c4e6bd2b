/**
 * Measures the credits detector against our own labels of real pages, on two corpora, each split
 * by site into a tuning half and a held-out half (fixed: a hash of the site decides, see `halfOf`).
 * Tune on the tuning half only; the held-out half says whether a change generalises.
 *
 * Usage: npm run eval:credits -- [news-pages-dir] [web-pages-dir] [--verbose] [--half tuning|held-out]
 * (defaults ../shared/corpus/news-pages and ../shared/corpus/web-pages; a corpus that is absent is
 * skipped with a message).
 * Labels:
 * - news-pages: tests/labels/credits/<page-file-name>.json = { page, credits: [{ text, chain: ["role:name"] }] }
 * - web-pages: tests/labels/credits-web.jsonl, one line per credit line
 *   { page, text, chain: [{ name, role }] }; a page with no credit has one line with text "" and chain [].
 * Each labelled page goes through cli/engine.ts reportFromHtml exactly as the CLI runs it; credit lines
 * are compared per page as sets (a credit repeated in a gallery counts once). Prints, per half,
 * precision, recall, link-role accuracy and exact chains, and (with --verbose) every miss and false find.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { reportFromHtml } from '../cli/engine';
import { siteOf } from './lib/site-of';

type Credit = { text: string; chain: string[] };
type Page = { id: string; file: string; url: string | null; gold: Credit[] };
export type Half = 'tuning' | 'held-out';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const onlyHalf = args.includes('--half') ? (args[args.indexOf('--half') + 1] as Half) : null;
const positional = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--half');
const newsDir = resolve(positional[0] ?? '../shared/corpus/news-pages');
const webDir = resolve(positional[1] ?? '../shared/corpus/web-pages');

export { siteOf };
/** The fixed split: the first byte of sha256(site) decides, even → tuning, odd → held-out. */
export function halfOf(site: string): Half {
  return (createHash('sha256').update(site).digest()[0]! & 1) === 0 ? 'tuning' : 'held-out';
}

const LABEL = /^(?:photo(?:graph)?s?|pictures?|images?|credits?|image credit|photo credit|foto|fotos|bild|фото|source|quelle|copyright|crédits?)\b\s*(?:credit)?\s*[:.…]*\s*/i;
/** Comparison key: lower case, no label, letters and digits only. */
function key(text: string): string {
  return text.replace(/^[(\[\s]+|[)\]\s]+$/g, '').replace(LABEL, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
function same(a: string, b: string): boolean {
  const ka = key(a);
  const kb = key(b);
  if (ka === kb) return true;
  const [short, long] = ka.length < kb.length ? [ka, kb] : [kb, ka];
  return short.length >= 4 && long.includes(short) && short.length >= 0.6 * long.length;
}
function uniq(list: Credit[]): Credit[] {
  const out: Credit[] = [];
  for (const c of list) if (!out.some((o) => key(o.text) === key(c.text))) out.push(c);
  return out;
}

type Score = { pages: number; sites: Set<string>; tp: number; fp: number; fn: number; links: number; linksRight: number; chains: number; chainsRight: number; lines: string[] };
const newScore = (): Score => ({ pages: 0, sites: new Set(), tp: 0, fp: 0, fn: 0, links: 0, linksRight: 0, chains: 0, chainsRight: 0, lines: [] });

function scorePage(s: Score, page: Page, html: string): void {
  const report = reportFromHtml(html, page.url);
  const found = uniq(
    report.annotations.flatMap((a) => (a.kind === 'credit' ? [{ text: a.text, chain: a.chain.map((l) => `${l.role}:${l.name}`) }] : [])),
  );
  const gold = uniq(page.gold);
  const tag = page.id.slice(0, 24).padEnd(24);
  const used = new Set<number>();
  for (const g of gold) {
    const i = found.findIndex((f, j) => !used.has(j) && same(f.text, g.text));
    if (i < 0) {
      s.fn++;
      s.lines.push(`  MISS  ${tag} ${JSON.stringify(g.text)}`);
      continue;
    }
    used.add(i);
    s.tp++;
    const f = found[i]!;
    s.chains++;
    let right = 0;
    for (const link of g.chain) {
      s.links++;
      const [role, ...rest] = link.split(':');
      const name = key(rest.join(':'));
      const hit = f.chain.some((p) => {
        const [prole, ...prest] = p.split(':');
        const pname = key(prest.join(':'));
        return prole === role && (pname === name || (pname.length >= 2 && (pname.includes(name) || name.includes(pname))));
      });
      if (hit) right++;
    }
    s.linksRight += right;
    if (right === g.chain.length && f.chain.length === g.chain.length) s.chainsRight++;
    else s.lines.push(`  ROLE  ${tag} ${JSON.stringify(g.text)}: want [${g.chain.join(' > ')}] got [${f.chain.join(' > ')}]`);
  }
  found.forEach((f, j) => {
    if (used.has(j)) return;
    s.fp++;
    s.lines.push(`  FALSE ${tag} ${JSON.stringify(f.text)} [${f.chain.join(' > ')}]`);
  });
}

function run(name: string, pages: Page[], htmlOf: (p: Page) => string | null): void {
  const scores: Record<Half, Score> = { tuning: newScore(), 'held-out': newScore() };
  let missing = 0;
  for (const page of pages) {
    const site = siteOf(page.url, page.id);
    const half = halfOf(site);
    if (onlyHalf && half !== onlyHalf) continue;
    const html = htmlOf(page);
    if (html === null) {
      missing++;
      continue;
    }
    const s = scores[half];
    s.pages++;
    s.sites.add(site);
    scorePage(s, page, html);
  }
  console.log(`${name}${missing ? ` (${missing} labelled pages missing)` : ''}`);
  for (const half of ['tuning', 'held-out'] as Half[]) {
    const s = scores[half];
    if (onlyHalf && half !== onlyHalf) continue;
    if (verbose && s.lines.length) console.log(s.lines.join('\n'));
    const p = s.tp + s.fp ? s.tp / (s.tp + s.fp) : 1;
    const r = s.tp + s.fn ? s.tp / (s.tp + s.fn) : 1;
    const c = s.chains ? s.chainsRight / s.chains : 1;
    console.log(
      `  ${half.padEnd(8)} pages ${s.pages} sites ${s.sites.size} credits ${s.tp + s.fn} found ${s.tp + s.fp}: ` +
        `precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  chains right ${c.toFixed(3)} (${s.chainsRight}/${s.chains})  ` +
        `links ${(s.links ? s.linksRight / s.links : 1).toFixed(3)}`,
    );
  }
}

function gz(file: string): string | null {
  return existsSync(file) ? gunzipSync(readFileSync(file)).toString('utf8') : null;
}

// news-pages: one JSON label file per page.
const newsLabels = resolve('tests/labels/credits');
if (!existsSync(join(newsDir, 'html'))) console.log(`news-pages skipped: ${join(newsDir, 'html')} not found`);
else {
  const truth: Record<string, { url?: string }> = existsSync(join(newsDir, 'ground-truth.json'))
    ? (JSON.parse(readFileSync(join(newsDir, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>)
    : {};
  const pages: Page[] = readdirSync(newsLabels)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const label = JSON.parse(readFileSync(join(newsLabels, f), 'utf8')) as { page: string; credits: Credit[] };
      const id = label.page.replace(/\.html\.gz$/, '');
      return { id, file: label.page, url: truth[id]?.url ?? null, gold: label.credits };
    });
  run('news-pages', pages, (p) => gz(join(newsDir, 'html', p.file)));
}

// web-pages: one JSONL, a line per credit (or one empty line per page without a credit).
const webLabels = resolve('tests/labels/credits-web.jsonl');
if (!existsSync(join(webDir, 'html'))) console.log(`web-pages skipped: ${join(webDir, 'html')} not found`);
else if (!existsSync(webLabels)) console.log(`web-pages skipped: ${webLabels} not found`);
else {
  const urls = new Map<string, string>();
  const evaldata = join(webDir, 'evaldata.json');
  if (existsSync(evaldata)) {
    for (const [url, v] of Object.entries(JSON.parse(readFileSync(evaldata, 'utf8')) as Record<string, { file: string }>)) {
      urls.set(v.file.replace(/ /g, '_'), url);
    }
  }
  const byPage = new Map<string, Page>();
  for (const line of readFileSync(webLabels, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const l = JSON.parse(line) as { page: string; text: string; chain: { name: string; role: string }[] };
    let p = byPage.get(l.page);
    if (!p) byPage.set(l.page, (p = { id: l.page, file: `${l.page}.gz`, url: urls.get(l.page) ?? null, gold: [] }));
    if (l.text) p.gold.push({ text: l.text, chain: l.chain.map((c) => `${c.role}:${c.name}`) });
  }
  run('web-pages', [...byPage.values()], (p) => gz(join(webDir, 'html', p.file)));
}
