/**
 * Measures the quotes detector on a PolNeAR split (brat standoff attributions): direct F1,
 * all-attributions F1 and speaker accuracy, with the commonest error kinds.
 *
 *   npm run eval:quotes -- [split dir, default ../shared/quotes/polnear/dev] [--show <error kind>] [--limit N] [--max N]
 *
 * --show prints examples of one error kind (e.g. --show "missed direct quote"); --max scores an even sample
 * of N articles (quick runs on train). NOMERGE=1 scores continuation quotes separately; CUEHIST=1 prints the
 * gold cues of missed reported speech; PAIRS=1 prints every scored speaker pair (to diff two versions).
 *
 * Definitions (issue 4): a prediction matches a gold Content when their overlap is at least half of the
 * shorter span, one-to-one, largest overlap first. Direct gold = Contents with at least half of their
 * characters inside quotation marks; direct predictions = `direct: true`. Speaker accuracy over matched
 * pairs whose gold Source has a capitalised word that is not a pronoun or determiner: correct when the
 * predicted name shares a capitalised word with it. Articles with several annotators: each scored,
 * then averaged.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadIndex, reportFromText } from '../cli/engine';
import { detectQuotes } from '../core/detect/quotes';
import { findQuoteSegments } from '../core/quotes/marks';
import { splitTextBlocks } from '../core/text-blocks';
import type { CreditAnnotation, QuoteAnnotation } from '../core/report';

type Frag = { start: number; end: number };
type Gold = { frags: Frag[]; source: string | null; cue: string | null; text: string; direct: boolean };
type Pred = { frags: Frag[]; start: number; end: number; direct: boolean; name: string | null; role: string | null; cue: string | null; text: string };

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--'))) ?? '../shared/quotes/polnear/dev';
const showKind = args.includes('--show') ? args[args.indexOf('--show') + 1] ?? null : null;
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
const max = args.includes('--max') ? Number(args[args.indexOf('--max') + 1]) : Infinity;

if (!existsSync(join(dir, 'text')) || !existsSync(join(dir, 'attributions'))) {
  console.log(`skipped: PolNeAR split not found at ${dir} (expects text/ and attributions/)`);
  process.exit(0);
}

const NON_NAMES = new Set(
  'he she they it i we you his her their its our my your the a an this that these those some many most several both each every all one two another other who which what there'.split(' '),
);

function parseAnn(ann: string): { id: string; type: string; frags: Frag[] }[] {
  const out: { id: string; type: string; frags: Frag[] }[] = [];
  for (const line of ann.split('\n')) {
    if (!line.startsWith('T')) continue;
    const [id, spec] = line.split('\t');
    if (!id || !spec) continue;
    const sp = spec.indexOf(' ');
    const type = spec.slice(0, sp);
    const frags = spec
      .slice(sp + 1)
      .split(';')
      .map((p) => p.trim().split(/\s+/).map(Number))
      .filter((p) => p.length === 2 && p.every((n) => Number.isFinite(n)))
      .map(([start, end]) => ({ start: start!, end: end! }));
    out.push({ id, type, frags });
  }
  return out;
}

function quotedMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  for (const b of splitTextBlocks(text)) {
    for (const s of findQuoteSegments(b.text)) {
      const from = b.offset! + (s.open >= 0 ? s.open : s.start);
      const to = b.offset! + (s.close >= 0 ? s.close + 1 : s.end);
      for (let i = from; i < to; i++) mask[i] = 1;
    }
  }
  return mask;
}

function loadGold(ann: string, text: string, mask: Uint8Array): Gold[] {
  const ts = new Map(parseAnn(ann).map((t) => [t.id, t]));
  const sourceOf = new Map<string, string>();
  const cueOf = new Map<string, string>();
  for (const line of ann.split('\n')) {
    if (!line.startsWith('E')) continue;
    const parts = (line.split('\t')[1] ?? '').split(/\s+/);
    const role = (r: string) => parts.find((p) => p.startsWith(r + ':'))?.split(':')[1];
    const content = role('Content');
    const source = role('Source');
    const cue = role('Cue');
    if (content && source) sourceOf.set(content, source);
    if (content && cue) cueOf.set(content, cue);
  }
  const slice = (id: string | undefined) => (id && ts.get(id) ? ts.get(id)!.frags.map((f) => text.slice(f.start, f.end)).join(' ') : null);
  const out: Gold[] = [];
  for (const t of ts.values()) {
    if (t.type !== 'Content' || !t.frags.length) continue;
    let len = 0;
    let inside = 0;
    for (const f of t.frags) for (let i = f.start; i < f.end; i++) (len++, (inside += mask[i] ?? 0));
    out.push({ frags: t.frags, source: slice(sourceOf.get(t.id)), cue: slice(cueOf.get(t.id)), text: slice(t.id) ?? '', direct: len > 0 && inside * 2 >= len });
  }
  return out;
}

function overlap(g: Gold, p: Pred): number {
  let o = 0;
  for (const f of g.frags) for (const q of p.frags) o += Math.max(0, Math.min(f.end, q.end) - Math.max(f.start, q.start));
  return o;
}
const plen = (p: Pred) => p.frags.reduce((n, f) => n + f.end - f.start, 0);
const glen = (g: Gold) => g.frags.reduce((n, f) => n + f.end - f.start, 0);

/** One-to-one matching, largest overlap first. */
function match(gold: Gold[], pred: Pred[]): [number, number][] {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      const o = overlap(g, p);
      if (o > 0 && o * 2 >= Math.min(glen(g), plen(p))) pairs.push([o, gi, pi]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const gu = new Set<number>();
  const pu = new Set<number>();
  const out: [number, number][] = [];
  for (const [, gi, pi] of pairs) {
    if (gu.has(gi) || pu.has(pi)) continue;
    gu.add(gi);
    pu.add(pi);
    out.push([gi, pi]);
  }
  return out;
}

const capWords = (s: string) =>
  new Set(
    (s.match(/[\p{L}][\p{L}’'.\-]*/gu) ?? [])
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w.replace(/[’']s$/u, '').replace(/\.$/, '').toLowerCase())
      .filter((w) => !NON_NAMES.has(w)),
  );

type Counts = { dTp: number; dFp: number; dFn: number; aTp: number; aFp: number; aFn: number; sOk: number; sN: number };
const zero = (): Counts => ({ dTp: 0, dFp: 0, dFn: 0, aTp: 0, aFp: 0, aFn: 0, sOk: 0, sN: 0 });
const total = zero();
const errors = new Map<string, number>();
const shown: string[] = [];
function error(kind: string, weight: number, detail: string): void {
  errors.set(kind, (errors.get(kind) ?? 0) + weight);
  if (showKind && kind === showKind && shown.length < limit) shown.push(detail);
}

const cueHist = new Map<string, number>();
const files = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort().filter((_, i, all) => i % Math.max(1, Math.floor(all.length / Math.min(max, all.length))) === 0).slice(0, max);
const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann'));
const started = Date.now();
let detectorMs = 0;
const months = new Map<string, Counts>();
for (const file of files) {
  const base = file.replace(/\.txt$/, '');
  const mine = anns.filter((a) => a.startsWith(base + '_'));
  if (!mine.length) continue;
  const text = readFileSync(join(dir, 'text', file), 'utf8');
  const report = reportFromText(text);
  // Diagnostics: the quotes detector alone, timed on the same blocks (issue 7: it dominates CLI time).
  const credits = report.annotations.filter((a): a is CreditAnnotation => a.kind === 'credit');
  const t0 = performance.now();
  detectQuotes({ blocks: report.blocks, index: loadIndex(), options: {}, credits });
  detectorMs += performance.now() - t0;
  const offsets = new Map(report.blocks.map((b) => [b.id, b.offset ?? 0]));
  // A multi-part utterance (report@2 `spans`) is scored once, as its parts (PolNeAR annotates a quote and the
  // sentences continuing it as one discontinuous Content). NOMERGE=1 scores every part on its own.
  const quotes = report.annotations.filter((a): a is QuoteAnnotation => a.kind === 'quote');
  const pred: Pred[] = quotes.flatMap((q) => {
    const frags = q.spans.map((s) => ({ start: offsets.get(s.block)! + s.start, end: offsets.get(s.block)! + s.end }));
    const one = (fs: Frag[]): Pred => ({ frags: fs, start: fs[0]!.start, end: fs[fs.length - 1]!.end, direct: q.direct, name: q.speaker.name, role: q.speaker.role, cue: q.cue, text: q.text });
    return process.env.NOMERGE ? frags.map((f) => one([f])) : [one(frags)];
  });
  const mask = quotedMask(text);
  const w = 1 / mine.length;
  for (const annFile of mine) {
    const gold = loadGold(readFileSync(join(dir, 'attributions', annFile), 'utf8'), text, mask);
    const c = zero();
    const dg = gold.filter((g) => g.direct);
    const dp = pred.filter((p) => p.direct);
    const dm = match(dg, dp);
    c.dTp = dm.length;
    c.dFp = dp.length - dm.length;
    c.dFn = dg.length - dm.length;
    const am = match(gold, pred);
    c.aTp = am.length;
    c.aFp = pred.length - am.length;
    c.aFn = gold.length - am.length;
    const gm = new Set(am.map(([g]) => g));
    const pm = new Set(am.map(([, p]) => p));
    const where = (s: number) => `${base}@${s}`;
    for (const [gi, pi] of am) {
      const g = gold[gi]!;
      const p = pred[pi]!;
      if (g.direct !== p.direct) error(g.direct ? 'direct gold predicted as reported' : 'reported gold predicted as direct', w, `${where(p.start)} ${p.text.slice(0, 120)}`);
      const gw = capWords(g.source ?? '');
      if (!gw.size) continue;
      c.sN++;
      const pw = capWords(p.name ?? '');
      const ok = [...pw].some((x) => gw.has(x));
      if (process.env.PAIRS) console.log(`PAIR ${ok ? 'ok ' : 'BAD'} ${where(p.start)} gold=${g.source} pred=${p.name} [${p.role}] cue=${p.cue}`);
      if (ok) c.sOk++;
      else
        error(
          p.name ? 'speaker: wrong name' : 'speaker: no name predicted',
          w,
          `${where(p.start)} gold=${g.source} pred=${p.name} [${p.role}] cue=${p.cue} | ${p.text.slice(0, 100)}`,
        );
    }
    gold.forEach((g, gi) => {
      if (gm.has(gi)) return;
      const cue = (g.cue ?? '').toLowerCase().replace(/[^a-z ]/g, '').trim().split(/\s+/).slice(-1)[0] || '∅';
      const near = pred.filter((p) => overlap(g, p) > 0).map((p) => `[${p.start}-${p.end} ${p.cue}: ${p.text.slice(0, 60)}]`).join(' ');
      const detail = `${base}@${g.frags[0]!.start}-${g.frags[g.frags.length - 1]!.end} src=${g.source} cue=${g.cue} | ${g.text.slice(0, 160)} || pred: ${near}`;
      error(g.direct ? 'missed direct quote' : `missed reported (cue "${cue}")`, w, detail);
      if (!g.direct) error('missed reported (all)', 0, detail);
      if (process.env.CUEHIST && !g.direct) cueHist.set((g.cue ?? '∅').toLowerCase(), (cueHist.get((g.cue ?? '∅').toLowerCase()) ?? 0) + w);
    });
    pred.forEach((p, pi) => {
      if (pm.has(pi)) return;
      error(p.direct ? 'spurious direct quote' : `spurious reported (cue "${p.cue}")`, w, `${where(p.start)} ${p.name} ${p.cue} | ${p.text.slice(0, 160)}`);
    });
    // The splits are by time: totals by the month in the file name (publisher_YYYY-MM-DD_…) show the spread.
    const month = /_(\d{4}-\d{2})-\d{2}_/.exec(base)?.[1] ?? 'undated';
    const byMonth = months.get(month) ?? months.set(month, zero()).get(month)!;
    for (const k of Object.keys(c) as (keyof Counts)[]) {
      total[k] += c[k] * w;
      byMonth[k] += c[k] * w;
    }
  }
}

const f1 = (tp: number, fp: number, fn: number) => {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};
const d = f1(total.dTp, total.dFp, total.dFn);
const a = f1(total.aTp, total.aFp, total.aFn);
const fmt = (x: number) => x.toFixed(3);
console.log(`PolNeAR ${dir}: ${files.length} articles, ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`quotes detector     ${detectorMs.toFixed(0)} ms in all (${(detectorMs / (files.length || 1)).toFixed(2)} ms per article)`);
console.log(`direct F1           ${fmt(d.f)}  (P ${fmt(d.p)}  R ${fmt(d.r)}; tp ${total.dTp.toFixed(1)} fp ${total.dFp.toFixed(1)} fn ${total.dFn.toFixed(1)})`);
console.log(`all-attributions F1 ${fmt(a.f)}  (P ${fmt(a.p)}  R ${fmt(a.r)}; tp ${total.aTp.toFixed(1)} fp ${total.aFp.toFixed(1)} fn ${total.aFn.toFixed(1)})`);
console.log(`speaker accuracy    ${fmt(total.sOk / (total.sN || 1))}  (${total.sOk.toFixed(1)} / ${total.sN.toFixed(1)} matched pairs with a named gold source)`);
if (months.size > 1) {
  console.log('by month (direct F1 / all F1 / speaker accuracy):');
  for (const [m, c] of [...months.entries()].sort()) console.log(`  ${m}  ${fmt(f1(c.dTp, c.dFp, c.dFn).f)}  ${fmt(f1(c.aTp, c.aFp, c.aFn).f)}  ${fmt(c.sOk / (c.sN || 1))}  (${c.sN.toFixed(0)} pairs)`);
}
console.log('commonest error kinds:');
const sorted = [...errors.entries()].filter(([k]) => k !== 'missed reported (all)').sort((x, y) => y[1] - x[1]);
for (const [k, n] of sorted.slice(0, 10)) console.log(`  ${n.toFixed(1).padStart(7)}  ${k}`);
if (process.env.CUEHIST) console.log([...cueHist.entries()].sort((x, y) => y[1] - x[1]).slice(0, 120).map(([k, n]) => `${n.toFixed(0)} ${k}`).join(' | '));
if (showKind) {
  console.log(`\nexamples of "${showKind}":`);
  for (const s of shown) console.log('  ' + s);
}
