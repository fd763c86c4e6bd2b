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
import { CLAIM_THRESHOLDS } from '../core/settings';

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
}

main();
