/**
 * How a claim is told to a reader: its score as a word ("very likely", "likely", "possible") instead
 * of a percentage that reads as more exact than it is, and its reasons as the signals they name in
 * the sentence ("a statistic", "a comparison", "a record", "an attributed statement"). The report
 * keeps the short reason ids; the popup and the in-page card show these words.
 */
import { CLAIM_THRESHOLDS } from '../settings';

/** A claim score in words, on the same cut-offs as the sensitivities: fewer ≥ 0.7, balanced ≥ 0.5. */
export function scoreWords(score: number): 'very likely' | 'likely' | 'possible' {
  if (score >= CLAIM_THRESHOLDS.fewer) return 'very likely';
  if (score >= CLAIM_THRESHOLDS.balanced) return 'likely';
  return 'possible';
}

/** Whether a claim is drawn with the heavier mark (the "very likely" ones, what "fewer" keeps). */
export function isStrongClaim(score: number): boolean {
  return score >= CLAIM_THRESHOLDS.fewer;
}

/**
 * A second highlight name holding the "very likely" claims only (they are in sourcelight-claim too),
 * so they can be drawn heavier. Added beside the public names, none of which changes.
 */
export const STRONG_CLAIM_HIGHLIGHT = 'sourcelight-claim-strong';

/** Reason id (core/claims/cues.ts) → the signal it names in the sentence. */
const SIGNAL: Record<string, string> = {
  quantity: 'a number',
  statistic: 'a statistic',
  money: 'a sum of money',
  date: 'a date',
  ranking: 'a ranking',
  comparison: 'a comparison',
  'change over time': 'a change over time',
  'reported event': 'a reported event',
  causal: 'a cause and effect',
  attributed: 'an attributed statement',
  'law or institution': 'a law or institution',
  record: 'a record',
  'general fact': 'a statement about how things are',
  'factual statement': 'a factual statement',
};

/** Reasons that say little on their own: shown only when nothing better fired. */
const WEAK = new Set(['named entity']);

/**
 * The signals of a claim in words, strongest kinds first as the cues list them, without repeats:
 * ["statistic", "quantity", "attributed"] → ["a statistic", "a number", "an attributed statement"].
 */
export function signalWords(reasons: readonly string[]): string[] {
  const strong = reasons.filter((r) => !WEAK.has(r));
  const out: string[] = [];
  for (const r of strong.length ? strong : reasons) {
    const w = SIGNAL[r] ?? (r === 'named entity' ? 'a named person or body' : r);
    if (!out.includes(w)) out.push(w);
  }
  return out;
}
