/**
 * Quotes pipeline, marks (2 of 2): what the later stages read instead of the raw text. Quote contents are
 * masked with "~" so that cues and names inside quotes are not read as attribution, and sentences are
 * joined wherever a boundary falls inside a quote or before its attribution tail.
 *
 *   maskQuotes('“We will rebuild,” she said.')   → '“~~ ~~~~ ~~~~~~~~” she said.'
 *   mergeSentences: '“No. Never.” Ortiz said.'   → one sentence, not three
 *   isNotSpeech(…'under the headline “…”')       → true (a title, not speech)
 */

import type { QuoteSegment } from './marks';
import { nicknameSpans } from './names';
import { CUES } from './types';

/** Text right before a quote that makes it a title or a name, not speech. */
export const NOT_SPEECH_BEFORE =
  /(?:\bheadlines?|\bheadlined|\btitled|\bentitled|\bdubbed|\bnicknamed|\bknown as|\bso-called|\bcalled|\bnamed|\bslogan|\bhashtag|\bbook|\bfilm|\bmovie|\bsong|\balbum|\bshow|\bseries|\bdocumentary|\bop-ed|\bcolumn|\barticle|\bessay|\bbanner|\bmotto|\bphrase|\bword|\bterm|\bchant|\bsign|\bheading|\bcaption)\s*[:,]?\s*$/i;

/** `re` (sticky) matched exactly at `at`, without copying the rest of the text. */
export function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * The index of the first segment for which `reached` holds. Segments are in order and do not overlap
 * (their marks, starts and ends all rise), so `reached` must be false up to some index and true after.
 */
function firstSegment(segs: QuoteSegment[], reached: (s: QuoteSegment) => boolean): number {
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(segs[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The segments inside a sentence. */
export function segmentsIn(segs: QuoteSegment[], start: number, end: number): QuoteSegment[] {
  const lo = firstSegment(segs, (s) => s.start >= start);
  const out: QuoteSegment[] = [];
  for (let i = lo; i < segs.length && segs[i]!.start <= end; i++) if (segs[i]!.end <= end) out.push(segs[i]!);
  return out;
}

export function firstNonSpace(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}

export function wordCount(s: string): number {
  // The whitespace-separated words with a letter or digit, counted without splitting: each match starts at such
  // a character and runs to the end of its word.
  WORD_WITH_LETTER.lastIndex = 0;
  let n = 0;
  while (WORD_WITH_LETTER.test(s)) n++;
  return n;
}

const WORD_WITH_LETTER = /[\p{L}\p{N}]\S*/gu;

/** The text with quote contents replaced by "~" so cues and names inside quotes are not read as attribution. */
export function maskQuotes(text: string, segs: QuoteSegment[]): string {
  // Built from slices joined once (no array of characters, and a flat string for the many searches that
  // follow). Segments are in order and do not overlap; the stretches blanked below go in order of their start.
  const parts: string[] = [];
  let at = 0;
  const blanks: number[] = [];
  for (const s of segs) {
    parts.push(text.slice(at, s.start), text.slice(s.start, s.end).replace(/\S/g, '~'));
    at = s.end;
    // A doubled apostrophe standing for a double mark (''Like this,'' he said): its second half is not text.
    if (s.close >= 0 && text[s.close] === "'" && text[s.close + 1] === "'") blanks.push(s.close + 1, s.close + 2);
  }
  parts.push(text.slice(at));
  // Datelines are not speakers: "WASHINGTON (AP) — ".
  const dateline = /^\p{Lu}[\p{Lu} .'’,\-]{2,40}(?:\s*\([^)]{1,20}\))?\s*[—–\-]+\s/u.exec(text);
  if (dateline) blanks.push(0, dateline[0].length);
  // Party and state tags are not part of names: "Rep. Hank Johnson (D-Ga.) said".
  const tag = /\((?:[RDI]-)?[A-Z][A-Za-z.\- ]{0,14}\)/g;
  for (let m = tag.exec(text); m; m = tag.exec(text)) blanks.push(m.index, m.index + m[0].length);
  let masked = segs.length ? parts.join('') : text;
  // Nor are nicknames, quoted or not: "Rep. Robert C. “Bobby” Scott said".
  const nicknames = nicknameSpans(text);
  if (nicknames.length) {
    const pieces: string[] = [];
    let from = 0;
    for (const [a, b] of nicknames) pieces.push(masked.slice(from, a), ' '.repeat(b - a)), (from = b);
    masked = pieces.join('') + masked.slice(from);
  }
  if (!blanks.length) return masked;
  const order: number[] = [];
  for (let k = 0; k < blanks.length; k += 2) order.push(k);
  order.sort((a, b) => blanks[a]! - blanks[b]! || a - b);
  const out: string[] = [];
  at = 0;
  for (const k of order) {
    const from = Math.max(at, blanks[k]!);
    const to = blanks[k + 1]!;
    if (to <= from) continue;
    out.push(masked.slice(at, from), masked.slice(from, to).replace(/[^~]/g, ' '));
    at = to;
  }
  out.push(masked.slice(at));
  return out.join('');
}

/**
 * Whether a quote opened before `prevEnd` runs on past it (ending after `prevEnd - 1`) and starts before
 * `nextStart`: the sentence break falls inside a quote. Segments are in order and do not overlap, so
 * their ends rise and the first that ends late enough is found by binary search.
 */
function quoteSpansBoundary(segs: QuoteSegment[], prevEnd: number, nextStart: number): boolean {
  const lo = firstSegment(segs, (s) => s.end > prevEnd - 1);
  for (let i = lo; i < segs.length && segs[i]!.start < nextStart; i++) if (segs[i]!.open < prevEnd) return true;
  return false;
}

/** Sentence spans, joined wherever a boundary falls inside a quote. */
export function mergeSentences(sents: { start: number; end: number }[], segs: QuoteSegment[], masked: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of sents) {
    const prev = out[out.length - 1];
    const cut = prev && quoteSpansBoundary(segs, prev.end, s.start);
    if (prev && (cut || attributionTail(masked, prev, s))) prev.end = s.end;
    else out.push({ ...s });
  }
  // A closing mark that the sentence splitter left at the start of the next sentence belongs to the previous.
  return out;
}

/**
 * “…?” Rubio said. — a short attribution the splitter cut off after a quote ending in ? ! or .: the next
 * sentence is only a subject and a cue (or a cue and a name), with at most a short adjunct and no quote of its own.
 */
function attributionTail(masked: string, prev: { start: number; end: number }, next: { start: number; end: number }): boolean {
  // Quote contents are masked ("~"), so a quote closing the previous sentence shows as "~”".
  if (!/[.!?,~]\s*[”"’»']\s*$/u.test(masked.slice(prev.start, prev.end))) return false;
  let tail = masked.slice(next.start, next.end);
  // A long tail, or one with a quote of its own, counts up to its first comma when a participle follows: "Ruiz asked,
  // repeating a charge — … — that he made in March.", "Ortiz remarked, alluding to the film “The Long Tide.”"
  // ("She also said, without evidence, that …" brings its own content).
  if (tail.length >= 160 || /[~“”"«»„]/u.test(tail)) tail = /^[^,~“”"«»„]*,(?=\s*\p{Ll}+ing\s)/u.exec(tail)?.[0] ?? '';
  if (!tail || tail.length >= 160) return false;
  const m = ATTRIBUTION_TAIL.exec(tail);
  // A named listener after the cue only for a verb that takes one ("told Lakeview Radio", not "challenged Ruiz").
  const named = !!m?.[1] && /^\s+(?:(?:the|a|an)\s+)?\p{Lu}/u.test(m[0].slice(m[0].lastIndexOf(m[1]) + m[1].length));
  if (m && CUES.has((m[1] ?? m[2])!) && (!named || CUES.get(m[1]!)!.object)) return true;
  const a = APPOSITIVE_TAIL.exec(tail);
  return !!a && CUES.has(a[1]!);
}

/**
 * A bare attribution sentence whose subject has an appositive: "Ortiz, the head of Harbor Forward, said on
 * Friday." / "The harbor spokesman, Ben Ruiz, told Harbor Radio." (the cue in group 1).
 */
const APPOSITIVE_TAIL =
  /^\s*(?:(?:\p{Lu}[\p{L}.’'\-]*\s+){0,3}\p{Lu}[\p{L}’'\-]*,\s+[^,~“”"«»„!?;:]{2,80}?,|(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|\p{Lu}[\p{L}.\-]*[’'](?:s\b)?)\s+[^,~“”"«»„!?;:]{2,60}?,\s+(?:\p{Ll}[\p{L}\-]*\s+){0,2}(?:\p{Lu}[\p{L}.’'\-]*\s+){0,4}\p{Lu}[\p{L}’'\-]*(?:\s*,)?)\s+(?:(?:also|then|later|again)\s+)?(\p{Ll}+)(?:\s+\p{Ll}+ly)?(?=\s*(?:[,.!?]|$)|\s+(?:(?:of|to|in|into|on|at|during|after|before|about|when|while|with|as|from|later|again|last|this)\b|(?:\p{Lu}[\p{L}.’'\-]*\s*)+(?:[,.!?]|$)))/u;

/**
 * A bare attribution sentence: "Rubio said of Apple in March." / "Brandt went on, …" / "asked Maddow." /
 * "Ortiz told Lakeview’s KLV radio station in an interview." (a named listener after the cue).
 */
const ATTRIBUTION_TAIL =
  /^\s*(?:(?:(?:\p{Lu}[\p{L}.’'\-]*|he|she|they|we|I)\s+){1,4}(?:(?:also|then|later|again|quickly|finally)\s+)?(\p{Ll}+)(?:\s+on|\s+(?:reporters|journalists|listeners|viewers|supporters|him|her|them|me|us)|\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.’'\-]*\s+){0,3}\p{Lu}[\p{L}’'\-]*(?:\s+\p{Ll}+){0,2}?)?(?:\s+\p{Ll}+ly)?(?=\s*(?:[,.!?]|$)|\s+(?:of|to|in|into|on|at|during|after|before|about|when|while|with|as|from|later|again|last|this|on)\b)|(\p{Ll}+)(?=\s+\p{Lu}))/u;

export function quotedShare(start: number, end: number, segs: QuoteSegment[]): number {
  // Segments are in order and each one's marks lie after the one before: skip to the first that
  // reaches past `start` (binary search), stop at the first that begins after `end`.
  const toOf = (s: QuoteSegment) => (s.close >= 0 ? s.close + 1 : s.end);
  const lo = firstSegment(segs, (s) => toOf(s) > start);
  let inside = 0;
  for (let i = lo; i < segs.length; i++) {
    const s = segs[i]!;
    const from = s.open >= 0 ? s.open : s.start;
    if (from >= end) break;
    inside += Math.max(0, Math.min(end, toOf(s)) - Math.max(start, from));
  }
  return end > start ? inside / (end - start) : 0;
}

export function isNotSpeech(masked: string, s: QuoteSegment, text: string = masked): boolean {
  const before = masked.slice(Math.max(0, s.open - 60), Math.max(0, s.open));
  if (NOT_SPEECH_BEFORE.test(before)) return true;
  // Scare quotes and quoted names: one or two words.
  if (wordCount(masked.slice(s.start, s.end).replace(/~/g, 'x')) <= 2 && s.end - s.start < 30) return true;
  return isTitleCase(text.slice(s.start, s.end));
}

/** “The Quiet Empire of the Southern Seas”: a title, not speech (most words capitalised, no inner sentence). */
export function isTitleCase(content: string): boolean {
  const words = content.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 12 || /[.!?]\s+\S/.test(content)) return false;
  const minor = /^(?:a|an|the|of|and|or|for|to|in|on|at|by|with|from|as|is|vs\.?)$/;
  const major = words.filter((w) => !minor.test(w));
  return major.length > 0 && major.every((w) => /^[\p{Lu}\d(‘'"“]/u.test(w)) && words.slice(1).some((w) => /^\p{Lu}/u.test(w));
}

export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.!?;:,]/.test(text[e - 1]!)) e--;
  return e;
}
