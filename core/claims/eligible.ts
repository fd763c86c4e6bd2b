/**
 * Which text can hold a claim at all, decided from the block's kind and the text's shape rather than
 * from its words: only sentences of the article's running prose. Headings, captions and credit lines
 * never; list items and loose text (`other`: bylines, timestamps, navigation, teasers, share
 * buttons) only when the block reads as running prose; and within prose, only a piece shaped like a
 * sentence (it ends as a sentence ends and is not cut short, it is not in headline case, it is not a
 * sign-off).
 */
import type { BlockKind } from '../report';
import type { SentenceSpan } from '../text/sentences';

/** Blocks of these kinds are article prose; `list` and `other` must show it (isRunningProse). */
const PROSE_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'blockquote']);
const MAYBE_PROSE_KINDS: ReadonlySet<BlockKind> = new Set(['list', 'other']);

/** A list item or loose block is prose only with at least this many words, in two sentences or more. */
const PROSE_MIN_WORDS = 40;

/** Ends as a sentence ends: . ! ? … maybe followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

/** Ends in an ellipsis: a teaser cut short ("While the team still trailed 23-20 at that point,..."). */
const TRUNCATED = /(?:\.\.\.|…)["'”’»)\]]*$/u;

/**
 * Sign-offs and furniture that are shaped like sentences: contributor lines, republication notes,
 * newsletter and cookie notices, copyright. A closed list of publishing boilerplate, not of topics.
 */
const BOILERPLATE =
  /\b(?:contributed (?:to )?(?:this|the) (?:report|story|article)|(?:was|were) (?:originally|first) published|all rights reserved|sign up (?:for|to)|subscribe (?:to|for|now)|this (?:site|website) uses cookies|click here|read (?:more|the full)|follow (?:us|him|her|them) (?:on|@))\b|^(?:copyright|©)/iu;

/** Whether a block of this kind may hold claims at all (given its text and sentences). */
export function isClaimBlock(kind: BlockKind, text: string, sentences: readonly SentenceSpan[]): boolean {
  if (PROSE_KINDS.has(kind)) return true;
  if (!MAYBE_PROSE_KINDS.has(kind)) return false;
  return isRunningProse(text, sentences);
}

/**
 * Running prose: two sentences or more that end as sentences do, and enough words. A byline, a
 * timestamp, a menu, a teaser headline or a share bar is none of these.
 */
export function isRunningProse(text: string, sentences: readonly SentenceSpan[]): boolean {
  const words = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words < PROSE_MIN_WORDS) return false;
  const ended = sentences.filter((s) => SENTENCE_END.test(text.slice(s.start, s.end))).length;
  return ended >= 2;
}

/**
 * Whether a piece of prose is shaped like a sentence: it ends with sentence punctuation, most of its
 * words are not capitalised (headline case, link text), and it is not publishing boilerplate.
 */
export function isSentenceShaped(text: string): boolean {
  const t = text.trim();
  if (!SENTENCE_END.test(t) || TRUNCATED.test(t)) return false;
  if (BOILERPLATE.test(t)) return false;
  const words = t.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length >= 4) {
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (capitalised / words.length > 0.6) return false;
  }
  return true;
}

/**
 * Where a dateline that opens a story ends ("BUFFALO, N.Y. — ", "WASHINGTON (Reuters) - ",
 * "Indianapolis – "): the claim starts after it. 0 when there is none.
 */
export function datelineEnd(text: string): number {
  const m = /^(?:\p{Lu}[\p{L}.'’-]*(?:[ ,]+\p{Lu}[\p{L}.'’-]*){0,4})(?:\s*\([^()]{2,40}\))?\s*[–—-]{1,2}\s+(?=\p{Lu}|["“‘])/u.exec(text);
  return m && m[0].length <= 60 ? m[0].length : 0;
}
