/**
 * Reading CheckThat!-style TSV (`Sentence_id`, `Text`, `class_label`), where a text field may be
 * wrapped in double quotes with "" escapes, and the scores used to judge a claim model.
 */

/** One labelled sentence. */
export type LabelledSentence = { id: string; text: string; label: boolean };

/** Parses the TSV body (header row first). Rows that do not end in Yes/No are ignored. */
export function parseClaimsTsv(tsv: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  const lines = tsv.split(/\r?\n/u);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const first = line.indexOf('\t');
    const last = line.lastIndexOf('\t');
    if (first < 0 || last <= first) continue;
    const label = line.slice(last + 1).trim();
    if (label !== 'Yes' && label !== 'No') continue;
    let text = line.slice(first + 1, last);
    if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/gu, '"');
    out.push({ id: line.slice(0, first), text, label: label === 'Yes' });
  }
  return out;
}

/** Precision, recall and F1 of the positive class. */
export type PRF = { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number };

/** Scores predictions against gold labels (positive class = true). */
export function prf(pred: readonly boolean[], gold: readonly boolean[]): PRF {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (pred[i] && gold[i]) tp++;
    else if (pred[i]) fp++;
    else if (gold[i]) fn++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, tp, fp, fn };
}

/** The threshold on `scores` that maximises F1 (midpoint between neighbouring scores) and that F1. */
export function bestThreshold(scores: readonly number[], gold: readonly boolean[]): { threshold: number; f1: number } {
  const order = scores.map((s, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const positives = gold.filter(Boolean).length;
  let tp = 0;
  let best = { threshold: Infinity, f1: 0 };
  for (let k = 0; k < order.length; k++) {
    if (gold[order[k]!]) tp++;
    const next = k + 1 < order.length ? scores[order[k + 1]!]! : -Infinity;
    if (next === scores[order[k]!]) continue;
    const predicted = k + 1;
    const f1 = (2 * tp) / (predicted + positives);
    if (f1 > best.f1) {
      const here = scores[order[k]!]!;
      best = { threshold: Number.isFinite(next) ? (here + next) / 2 : here - 1, f1 };
    }
  }
  return best;
}
