/**
 * Benchmark of claim scoring: the average time to score one sentence with the shipped model in Node.
 * `benchClaims()` is used by `npm run bench`; `npx tsx scripts/bench/claims.ts` runs it alone.
 * Sentences are our own examples repeated (no third-party text needed), after a warm-up; splitting
 * is included in the time.
 */
import { fileURLToPath } from 'node:url';
import { claimModel } from '../../core/claims';
import { splitSentences } from '../../core/text/sentences';
import { CLAIM_NEGATIVES, CLAIM_POSITIVES } from '../../core/detect/claims.examples';

/** Scores a few thousand sentences (splitting included) and returns the average ms per sentence. */
export async function benchClaims(): Promise<{ msPerSentence: number; sentences: number }> {
  const model = claimModel();
  const paragraph = [...CLAIM_POSITIVES, ...CLAIM_NEGATIVES].join(' ');
  const rounds = 50;
  for (let i = 0; i < 20; i++) for (const s of splitSentences(paragraph)) model.score(paragraph.slice(s.start, s.end));
  // Median of 5 timed passes: the machine is shared, and one pass can catch another process's burst.
  const perPass: number[] = [];
  let sentences = 0;
  for (let pass = 0; pass < 5; pass++) {
    let n = 0;
    const t0 = performance.now();
    for (let i = 0; i < rounds; i++) {
      for (const s of splitSentences(paragraph)) {
        model.score(paragraph.slice(s.start, s.end));
        n++;
      }
    }
    perPass.push((performance.now() - t0) / n);
    sentences += n;
  }
  return { msPerSentence: perPass.sort((a, b) => a - b)[2]!, sentences };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchClaims();
  console.log(`claims: ${r.msPerSentence.toFixed(4)} ms/sentence over ${r.sentences} sentences`);
}
