/**
 * Measures the credits detector against our own labels of real news pages.
 * Usage: npm run eval:credits -- [corpus-dir] (default ../shared/corpus/news-pages)
 * Labels: tests/labels/credits/<page-file-name>.json = { page, credits: [{ text, chain: ["role:name"] }] }.
 * Each labelled page goes through cli/engine.ts reportFromHtml exactly as the CLI runs it; credit lines
 * are compared per page as sets (a credit repeated in a gallery counts once). Prints precision, recall,
 * chain-role accuracy (per labelled link) and every miss and false find.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { reportFromHtml } from '../cli/engine';

type LabelFile = { page: string; credits: { text: string; chain: string[] }[]; note?: string };
type Credit = { text: string; chain: string[] };

const corpus = resolve(process.argv[2] ?? '../shared/corpus/news-pages');
const labelsDir = resolve(process.argv[3] ?? 'tests/labels/credits');
const verbose = process.argv.includes('--verbose');
if (!existsSync(join(corpus, 'html'))) {
  console.log(`skipped: ${join(corpus, 'html')} not found`);
  process.exit(0);
}
const truth: Record<string, { url?: string }> = existsSync(join(corpus, 'ground-truth.json'))
  ? (JSON.parse(readFileSync(join(corpus, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>)
  : {};

const LABEL = /^(?:photo(?:graph)?s?|pictures?|images?|credits?|image credit|photo credit|foto|bild|фото|source|copyright)\b\s*(?:credit)?\s*[:.…]*\s*/i;
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

let tp = 0;
let fp = 0;
let fn = 0;
let links = 0;
let linksRight = 0;
let chains = 0;
let chainsRight = 0;
const lines: string[] = [];
const files = readdirSync(labelsDir).filter((f) => f.endsWith('.json')).sort();
let pages = 0;
for (const file of files) {
  const label = JSON.parse(readFileSync(join(labelsDir, file), 'utf8')) as LabelFile;
  const htmlFile = join(corpus, 'html', label.page);
  if (!existsSync(htmlFile)) {
    lines.push(`  missing page ${label.page}`);
    continue;
  }
  pages++;
  const html = gunzipSync(readFileSync(htmlFile)).toString('utf8');
  const url = truth[label.page.replace(/\.html\.gz$/, '')]?.url ?? null;
  const report = reportFromHtml(html, url);
  const found = uniq(
    report.annotations.flatMap((a) => (a.kind === 'credit' ? [{ text: a.text, chain: a.chain.map((l) => `${l.role}:${l.name}`) }] : [])),
  );
  const gold = uniq(label.credits);
  const used = new Set<number>();
  for (const g of gold) {
    const i = found.findIndex((f, j) => !used.has(j) && same(f.text, g.text));
    if (i < 0) {
      fn++;
      lines.push(`  MISS  ${label.page.slice(0, 12)} ${JSON.stringify(g.text)}`);
      continue;
    }
    used.add(i);
    tp++;
    const f = found[i]!;
    chains++;
    let right = 0;
    for (const link of g.chain) {
      links++;
      const [role, ...rest] = link.split(':');
      const name = key(rest.join(':'));
      const hit = f.chain.some((p) => {
        const [prole, ...prest] = p.split(':');
        const pname = key(prest.join(':'));
        return prole === role && (pname === name || (pname.length >= 2 && (pname.includes(name) || name.includes(pname))));
      });
      if (hit) right++;
    }
    linksRight += right;
    if (right === g.chain.length && f.chain.length === g.chain.length) chainsRight++;
    else lines.push(`  ROLE  ${label.page.slice(0, 12)} ${JSON.stringify(g.text)}: want [${g.chain.join(' > ')}] got [${f.chain.join(' > ')}]`);
  }
  found.forEach((f, j) => {
    if (used.has(j)) return;
    fp++;
    lines.push(`  FALSE ${label.page.slice(0, 12)} ${JSON.stringify(f.text)} [${f.chain.join(' > ')}]`);
  });
  if (verbose) lines.push(`  page  ${label.page.slice(0, 12)} gold ${gold.length} found ${found.length}`);
}

const precision = tp + fp ? tp / (tp + fp) : 1;
const recall = tp + fn ? tp / (tp + fn) : 1;
console.log(lines.join('\n'));
console.log(`pages ${pages}  labelled credit lines ${tp + fn}  found ${tp + fp}  matched ${tp}`);
console.log(`precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  roles ${(links ? linksRight / links : 1).toFixed(3)} (${linksRight}/${links} links)  exact chains ${(chains ? chainsRight / chains : 1).toFixed(3)} (${chainsRight}/${chains})`);
