/**
 * Evaluates the shipped claim model on a labelled TSV: `npm run eval:claims -- [file.tsv] [--threshold t]`
 * (default ../shared/claims/checkthat-2024-en/dev.tsv, threshold 0.5 = the balanced setting).
 * Prints precision, recall and F1 of the positive class ("Yes"), the threshold, the model file size
 * (bytes and gzip) and the average scoring time per sentence.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { claimModel, DEFAULT_CLAIM_THRESHOLD } from '../core/claims';
import { parseClaimsTsv, prf } from '../core/claims/tsv';

function main(): void {
  const args = process.argv.slice(2);
  const ti = args.indexOf('--threshold');
  const threshold = ti >= 0 ? Number(args[ti + 1]) : DEFAULT_CLAIM_THRESHOLD;
  const file = args.find((a, i) => !a.startsWith('--') && (ti < 0 || i !== ti + 1)) ?? '../shared/claims/checkthat-2024-en/dev.tsv';
  if (!existsSync(file)) {
    console.log(`skipped: ${file} not found`);
    return;
  }
  const rows = parseClaimsTsv(readFileSync(file, 'utf8'));
  const model = claimModel();
  const scores = rows.map((r) => model.score(r.text).score);
  // Timed on a second pass, once the JIT has warmed up (as in a long-lived background script).
  const t0 = performance.now();
  for (const r of rows) model.score(r.text);
  const ms = performance.now() - t0;
  const m = prf(
    scores.map((s) => s >= threshold),
    rows.map((r) => r.label),
  );
  const modelFile = readFileSync(fileURLToPath(new URL('../data/claims-model.json', import.meta.url)));
  console.log(`claims: ${file} (${rows.length} sentences, ${rows.filter((r) => r.label).length} Yes)`);
  console.log(`precision ${m.precision.toFixed(4)}  recall ${m.recall.toFixed(4)}  F1 ${m.f1.toFixed(4)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`);
  console.log(`threshold ${threshold}`);
  console.log(`model data/claims-model.json: ${modelFile.length} bytes, ${gzipSync(modelFile).length} gzip`);
  console.log(`time ${(ms / rows.length).toFixed(4)} ms/sentence (${rows.length} sentences, ${ms.toFixed(1)} ms)`);
}

main();
