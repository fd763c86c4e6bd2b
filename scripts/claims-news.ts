/**
 * Claims on real news pages: our own labels (tests/labels/claims/news.tsv: page id, block, sentence
 * offsets, a hash of the sentence, our judgement by the CheckThat! guideline) against the engine's
 * report for the page in ../shared/corpus/{news-pages,web-pages}. No page text is committed: a
 * sentence is found again by its hash.
 *
 * `tsx scripts/claims-news.ts --list <news-pages dir> <web-pages dir> [--pages N]` prints candidate
 * sentences of English article pages for labelling (one page per site). The evaluation itself is
 * `evaluateNews` (called by scripts/eval-claims.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { reportFromHtml } from '../cli/engine';
import { fnv1a } from '../core/claims/features';
import { detectLanguage } from '../core/claims/language';
import { splitSentences } from '../core/text/sentences';
import type { Report } from '../core/report';

export type Page = { id: string; url: string; host: string; file: string };

/** Every page of the two corpora that exist under the given directories. */
export function listPages(newsDir: string | null, webDir: string | null): Page[] {
  const out: Page[] = [];
  if (newsDir && existsSync(`${newsDir}/ground-truth.json`)) {
    const gt = JSON.parse(readFileSync(`${newsDir}/ground-truth.json`, 'utf8')) as Record<string, { url: string }>;
    for (const [id, v] of Object.entries(gt)) out.push({ id, url: v.url, host: hostOf(v.url), file: `${newsDir}/html/${id}.html.gz` });
  }
  if (webDir && existsSync(`${webDir}/evaldata.json`)) {
    const ev = JSON.parse(readFileSync(`${webDir}/evaldata.json`, 'utf8')) as Record<string, { file: string }>;
    for (const [url, v] of Object.entries(ev)) {
      const name = v.file.replace(/ /gu, '_');
      out.push({ id: name.replace(/\.gz$/u, ''), url, host: hostOf(url), file: `${webDir}/html/${name}` });
    }
  }
  return out.filter((p) => existsSync(p.file));
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\d?\./u, '');
  } catch {
    return '';
  }
}

/** Which half a site is in: fixed by a hash of its host (`tune` = calibrate on it, `held` = report it). */
export function halfOf(host: string): 'tune' | 'held' {
  return fnv1a(`claims-news|${host}`) % 2 === 0 ? 'tune' : 'held';
}

/** A short, stable hash of a sentence's text (white space collapsed). */
export function sentenceHash(text: string): string {
  return fnv1a(text.replace(/\s+/gu, ' ').trim()).toString(16).padStart(8, '0');
}

export function readPage(p: Page): string {
  return gunzipSync(readFileSync(p.file)).toString('utf8');
}

/** `<html lang>` of a page's source, cheaply. */
export function declaredLang(html: string): string | null {
  return /<html\b[^>]*\blang\s*=\s*["']?([\w-]+)/iu.exec(html)?.[1] ?? null;
}

/** The sentences of every block of a report, with the block's kind. */
export function sentencesOf(report: Report): { block: string; kind: string; start: number; end: number; text: string; hash: string }[] {
  const out = [];
  for (const b of report.blocks) {
    for (const s of splitSentences(b.text)) {
      const text = b.text.slice(s.start, s.end);
      out.push({ block: b.id, kind: b.kind, start: s.start, end: s.end, text, hash: sentenceHash(text) });
    }
  }
  return out;
}

export type Label = { page: string; block: string; start: number; end: number; hash: string; label: boolean };

export function parseLabels(tsv: string): Label[] {
  const out: Label[] = [];
  for (const line of tsv.split('\n')) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('page\t')) continue;
    const [page, block, range, hash, label] = line.split('\t');
    const [start, end] = (range ?? '').split('-').map(Number);
    if (!page || !block || !hash || (label !== 'Yes' && label !== 'No')) continue;
    out.push({ page, block, start: start!, end: end!, hash, label: label === 'Yes' });
  }
  return out;
}

/** One labelled sentence with the engine's best score for it (0 when no claim covers it). */
export type Scored = { host: string; half: 'tune' | 'held'; label: boolean; score: number; found: boolean };

/**
 * Scores every labelled sentence: the highest claim score among the claims that cover most of it
 * (0 if none, or if the sentence is no longer found on the page).
 */
export function scoreLabels(labels: Label[], pages: Page[]): Scored[] {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const byPage = new Map<string, Label[]>();
  for (const l of labels) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  const out: Scored[] = [];
  for (const [id, ls] of byPage) {
    const page = byId.get(id);
    if (!page) continue;
    const report = reportFromHtml(readPage(page), page.url, { claimThreshold: 0 });
    const sentences = sentencesOf(report);
    for (const l of ls) {
      const s = sentences.find((x) => x.hash === l.hash && x.block === l.block) ?? sentences.find((x) => x.hash === l.hash);
      let score = 0;
      if (s) {
        for (const a of report.annotations) {
          if (a.kind !== 'claim' || a.span.block !== s.block) continue;
          const overlap = Math.min(a.span.end, s.end) - Math.max(a.span.start, s.start);
          if (overlap > 0.5 * (s.end - s.start)) score = Math.max(score, a.score);
        }
      }
      out.push({ host: page.host, half: halfOf(page.host), label: l.label, score, found: !!s });
    }
  }
  return out;
}

function listMain(args: string[]): void {
  const dirs = args.filter((a) => !a.startsWith('--'));
  const pi = args.indexOf('--pages');
  const limit = pi >= 0 ? Number(args[pi + 1]) : 60;
  const per = 14;
  const pages = listPages(dirs[0] ?? null, dirs[1] ?? null).sort((a, b) => sentenceHash(a.id).localeCompare(sentenceHash(b.id)));
  const seen = new Set<string>();
  let n = 0;
  for (const p of pages) {
    if (n >= limit || seen.has(p.host)) continue;
    const html = readPage(p);
    const report = reportFromHtml(html, p.url, { claimThreshold: 0 });
    if (!report.article.isArticle) continue;
    const text = report.blocks.map((b) => b.text).join(' ');
    if (!detectLanguage(text, declaredLang(html)).english) continue;
    const all = sentencesOf(report).filter((s) => s.kind !== 'heading' && s.kind !== 'caption' && s.kind !== 'credit' && /\p{L}{2}/u.test(s.text));
    if (all.length < 8) continue;
    seen.add(p.host);
    n++;
    // Evenly spread over the page, so leads, bodies and endings are all there.
    const step = Math.max(1, all.length / per);
    for (let k = 0; k < per && Math.floor(k * step) < all.length; k++) {
      const s = all[Math.floor(k * step)]!;
      console.log([p.id, s.block, `${s.start}-${s.end}`, s.hash, p.host, s.kind, s.text.replace(/\s+/gu, ' ').slice(0, 400)].join('\t'));
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1] && process.argv.includes('--list')) listMain(process.argv.slice(2));

/** F1 and flagged share of scored sentences at a threshold. */
export function newsFigures(rows: readonly Scored[], threshold: number): { f1: number; precision: number; recall: number; flagged: number; labelled: number; n: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let pos = 0;
  for (const r of rows) {
    const p = r.score >= threshold;
    if (r.label) pos++;
    if (p && r.label) tp++;
    else if (p) fp++;
    else if (r.label) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    precision,
    recall,
    flagged: rows.length ? (tp + fp) / rows.length : 0,
    labelled: rows.length ? pos / rows.length : 0,
    n: rows.length,
  };
}

/**
 * The threshold at which the flagged share of `rows` comes closest to their labelled share (the
 * "balanced" calibration for news), searched on a fine grid.
 */
export function shareThreshold(rows: readonly Scored[]): number {
  const want = rows.filter((r) => r.label).length;
  let best = { t: 0.5, d: Infinity };
  for (let t = 0.05; t <= 0.95 + 1e-9; t += 0.005) {
    const d = Math.abs(rows.filter((r) => r.score >= t).length - want);
    if (d < best.d - 1e-9) best = { t: Math.round(t * 1000) / 1000, d };
  }
  return best.t;
}
