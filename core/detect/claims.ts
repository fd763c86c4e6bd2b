/**
 * Claims detector: only sentences of the article's running prose can be claims (../claims/eligible.ts:
 * never headings, captions, credit lines, bylines, timestamps, menus or teasers; credit text inside
 * prose is cut out). Each is scored by the bundled check-worthiness model; the sentences scoring at
 * least the threshold become claims, with the cues that fired as human-readable reasons. The score is
 * the model's, adjusted for news prose (../claims/news.ts).
 */
import type { DetectInput } from './types';
import type { ClaimAnnotation, CreditAnnotation } from '../report';
import { splitSentences } from '../text/sentences';
import { DEFAULT_CLAIM_THRESHOLD, scoreSentence } from '../claims';
import { isProse, newsScore } from '../claims/news';
import { claimsLanguage } from '../claims/language';
export { claimsLanguage };
import { datelineEnd, isClaimBlock, isSentenceShaped } from '../claims/eligible';

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
  // The model is English: on a page in another language no sentence is scored (claimsLanguage says why).
  if (!claimsLanguage(input.blocks).english) return out;
  for (const block of input.blocks) {
    if (block.kind === 'credit' || block.kind === 'heading' || block.kind === 'caption') continue;
    const sentences = splitSentences(block.text);
    if (!isClaimBlock(block.kind, block.text, sentences)) continue;
    const credits = creditsByBlock.get(block.id) ?? [];
    for (const sentence of sentences) {
      const piece = withoutCredits(block.text, sentence, credits);
      if (!piece) continue;
      let { start } = piece;
      const { end } = piece;
      if (start === 0) start = datelineEnd(block.text);
      const text = block.text.slice(start, end);
      // The sentence's shape is judged with credit text left out: "… on Tuesday (AP Photo/…)." still ends as a sentence.
      if (CREDIT_LIKE.test(text) || !isSentenceShaped(withoutText(block.text, sentence, credits))) continue;
      if ((text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_WORDS) continue;
      if (!isProse(text)) continue;
      const scored = scoreSentence(text);
      const score = newsScore(scored);
      if (score < threshold) continue;
      const reasons = scored.reasons;
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

/**
 * The part of a sentence outside credit spans: a caption sentence that ends in "(AP Photo/…)" keeps
 * its words before the credit. The longest credit-free piece, trimmed; null if nothing is left.
 */
function withoutCredits(
  text: string,
  sentence: { start: number; end: number },
  credits: readonly CreditAnnotation[],
): { start: number; end: number } | null {
  let pieces = [sentence];
  for (const c of credits) {
    const next: { start: number; end: number }[] = [];
    for (const p of pieces) {
      if (c.span.end <= p.start || c.span.start >= p.end) next.push(p);
      else {
        if (c.span.start > p.start) next.push({ start: p.start, end: c.span.start });
        if (c.span.end < p.end) next.push({ start: c.span.end, end: p.end });
      }
    }
    pieces = next;
  }
  let best: { start: number; end: number } | null = null;
  for (const p of pieces) {
    let { start, end } = p;
    while (start < end && /[\s(\[|–—-]/u.test(text[start]!)) start++;
    while (end > start && /[\s(\[|–—-]/u.test(text[end - 1]!)) end--;
    if (end > start && (!best || end - start > best.end - best.start)) best = { start, end };
  }
  return best;
}

/** The sentence's text with every credit span inside it left out. */
function withoutText(text: string, sentence: { start: number; end: number }, credits: readonly CreditAnnotation[]): string {
  let out = '';
  let at = sentence.start;
  for (const c of [...credits].sort((a, b) => a.span.start - b.span.start)) {
    if (c.span.end <= at || c.span.start >= sentence.end) continue;
    if (c.span.start > at) out += text.slice(at, c.span.start);
    at = Math.max(at, c.span.end);
  }
  return at < sentence.end ? out + text.slice(at, sentence.end) : out;
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
