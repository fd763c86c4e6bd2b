/**
 * Claims detector: every sentence of every block (captions and headings included, credit lines and
 * credit text excluded) is scored by the bundled check-worthiness model; the sentences scoring at
 * least the threshold become claims, with the cues that fired as human-readable reasons. The score is
 * the model's, adjusted for news prose (../claims/news.ts).
 */
import type { DetectInput } from './types';
import type { ClaimAnnotation, CreditAnnotation } from '../report';
import { splitSentences } from '../text/sentences';
import { DEFAULT_CLAIM_THRESHOLD, scoreSentence } from '../claims';
import { newsScore } from '../claims/news';
import { SUBSTANTIVE_REASONS } from '../claims/cues';

/** A sentence that is only a photo credit or byline-like line is never a claim. */
const CREDIT_LIKE =
  /^(?:\(?\s*(?:AP|AFP|Reuters|Getty)\s*Photo\b|(?:Photo|Photograph|Image|Picture|Credit)s?\s*(?:by\b|:))|\|\s*[^|]*(?:Images|Photos?|Agency|Reuters|AFP|AP|TASS|Xinhua)\s*$|\bGetty Images\s*$|\/\s*(?:Reuters|AFP|AP|Getty Images|EPA)\)?\s*$/iu;

/** Fewer than this many words: too short to state a checkable fact. */
const MIN_WORDS = 4;

/** Finds the check-worthy sentences in the article blocks. */
export function detectClaims(input: DetectInput): ClaimAnnotation[] {
  const threshold = input.options.claimThreshold ?? DEFAULT_CLAIM_THRESHOLD;
  const creditsByBlock = groupCredits(input.credits);
  const out: ClaimAnnotation[] = [];
  for (const block of input.blocks) {
    if (block.kind === 'credit') continue;
    const credits = creditsByBlock.get(block.id) ?? [];
    for (const { start, end } of splitSentences(block.text)) {
      if (credits.some((c) => c.span.start < end && start < c.span.end)) continue;
      const text = block.text.slice(start, end);
      if (CREDIT_LIKE.test(text)) continue;
      if ((text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_WORDS) continue;
      const scored = scoreSentence(text);
      const score = newsScore(scored);
      if (score < threshold) continue;
      const reasons = scored.reasons;
      // A headline is a claim only if it names something checkable, never on wording alone.
      if (block.kind === 'heading' && !reasons.some((r) => SUBSTANTIVE_REASONS.has(r))) continue;
      out.push({
        kind: 'claim',
        span: { block: block.id, start, end },
        text,
        score: Math.round(score * 1000) / 1000,
        reasons: reasons.length ? reasons : ['factual statement'],
      });
    }
  }
  return out;
}

function groupCredits(credits: readonly CreditAnnotation[]): Map<string, CreditAnnotation[]> {
  const map = new Map<string, CreditAnnotation[]>();
  for (const c of credits) {
    const list = map.get(c.span.block);
    if (list) list.push(c);
    else map.set(c.span.block, [c]);
  }
  return map;
}
