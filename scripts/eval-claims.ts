/**
 * Evaluates the shipped claim model on a labelled TSV: `npm run eval:claims -- [file.tsv] [--threshold t] [--news <news-pages dir> <web-pages dir>]`
 * (default ../shared/claims/checkthat-2024-en/dev.tsv, threshold 0.5 = the balanced setting).
 * Prints precision, recall and F1 of the positive class ("Yes"), the threshold, the model file size
 * (bytes and gzip) and the average scoring time per sentence; then the same on our news-page labels
 * (./claims-news.ts), by site half (default dirs ../shared/corpus/news-pages and web-pages).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { claimModel, DEFAULT_CLAIM_THRESHOLD } from '../core/claims';
import { parseClaimsTsv, prf } from '../core/claims/tsv';
import { CLAIM_THRESHOLDS } from '../core/settings';
import { listPages, newsFigures, parseLabels, scoreLabels, shareThreshold } from './claims-news';

const LABELS = fileURLToPath(new URL('../tests/labels/claims/news.tsv', import.meta.url));

/**
 * News pages: our labels, split by site into a tuning half and a held-out half. Prints F1 and the
 * flagged share against the labelled share on each half at the balanced threshold, and the threshold
 * that would match the shares on the tuning half.
 */
function evalNews(newsDir: string, webDir: string): void {
  if (!existsSync(newsDir) && !existsSync(webDir)) {
    console.log(`news: skipped (${newsDir} and ${webDir} not found)`);
    return;
  }
  const scored = scoreLabels(parseLabels(readFileSync(LABELS, 'utf8')), listPages(newsDir, webDir));
  const missing = scored.filter((r) => !r.found).length;
  const tune = scored.filter((r) => r.half === 'tune');
  const held = scored.filter((r) => r.half === 'held');
  const sites = (rows: typeof scored) => new Set(rows.map((r) => r.host)).size;
  const line = (name: string, rows: typeof scored, t: number) => {
    const f = newsFigures(rows, t);
    console.log(
      `  ${name.padEnd(8)} ${String(f.n).padStart(4)} sentences, ${String(sites(rows)).padStart(2)} sites: P ${f.precision.toFixed(3)}  R ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}  flagged ${(100 * f.flagged).toFixed(1)}% vs labelled ${(100 * f.labelled).toFixed(1)}%`,
    );
  };
  console.log(`news: tests/labels/claims/news.tsv (${scored.length} sentences found of the labelled, ${missing} no longer on their page)`);
  for (const [name, t] of Object.entries(CLAIM_THRESHOLDS)) {
    console.log(` sensitivity ${name} (${t})`);
    line('tuning', tune, t);
    line('held-out', held, t);
  }
  console.log(` threshold matching flagged to labelled share on the tuning half: ${shareThreshold(tune)}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const ti = args.indexOf('--threshold');
  const threshold = ti >= 0 ? Number(args[ti + 1]) : DEFAULT_CLAIM_THRESHOLD;
  const ni = args.indexOf('--news');
  const news = ni >= 0 ? [args[ni + 1]!, args[ni + 2]!] : ['../shared/corpus/news-pages', '../shared/corpus/web-pages'];
  const skip = new Set([ti + 1, ni + 1, ni + 2].filter((i) => i > 0));
  const file = args.find((a, i) => !a.startsWith('--') && !skip.has(i)) ?? '../shared/claims/checkthat-2024-en/dev.tsv';
  if (!existsSync(file)) {
    console.log(`skipped: ${file} not found`);
    evalNews(news[0]!, news[1]!);
    return;
  }
  const rows = parseClaimsTsv(readFileSync(file, 'utf8'));
  const model = claimModel();
  const scores = rows.map((r) => model.score(r.text).score);
  // Timed after a warm-up pass (as in a long-lived background script); median of 5 passes, since the
  // machine is shared and a single pass can catch another process's burst.
  const passes: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    for (const r of rows) model.score(r.text);
    passes.push(performance.now() - t0);
  }
  const ms = passes.sort((a, b) => a - b)[2]!;
  const m = prf(
    scores.map((s) => s >= threshold),
    rows.map((r) => r.label),
  );
  const modelFile = readFileSync(fileURLToPath(new URL('../data/claims-model.json', import.meta.url)));
  console.log(`claims: ${file} (${rows.length} sentences, ${rows.filter((r) => r.label).length} Yes)`);
  console.log(`precision ${m.precision.toFixed(4)}  recall ${m.recall.toFixed(4)}  F1 ${m.f1.toFixed(4)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`);
  console.log(`threshold ${threshold}`);
  for (const [name, t] of Object.entries(CLAIM_THRESHOLDS)) {
    const at = prf(
      scores.map((x) => x >= t),
      rows.map((r) => r.label),
    );
    console.log(`  sensitivity ${name.padEnd(8)} (${t}): P ${at.precision.toFixed(4)}  R ${at.recall.toFixed(4)}  F1 ${at.f1.toFixed(4)}`);
  }
  console.log(`model data/claims-model.json: ${modelFile.length} bytes, ${gzipSync(modelFile).length} gzip`);
  console.log(`time ${(ms / rows.length).toFixed(4)} ms/sentence (median of 5 passes over ${rows.length} sentences)`);
  evalNews(news[0]!, news[1]!);
}

main();
