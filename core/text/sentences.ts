/**
 * Sentence splitting for news prose. Intl.Segmenter does the work; we repair its known misses:
 * it breaks after titles, abbreviations and initials ("Gen.", "Mrs.", "J. Smith", "No. 10"), and
 * after "?"/"!" inside a quote that the sentence goes on from ("“Why?” she asked."). It does not see
 * that an abbreviation can also end a sentence ("…based in the U.S. The company…"): we split there
 * when the next word is a typical sentence opener.
 */

/** A sentence as UTF-16 offsets into the text, end exclusive, trimmed of surrounding whitespace. */
export type SentenceSpan = { start: number; end: number };

/** Abbreviations that are always followed by more of the same sentence (titles, "No.", "vs."...). */
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'lt', 'col', 'capt', 'cmdr', 'adm', 'maj', 'sgt', 'cpl', 'pvt',
  'gov', 'sen', 'rep', 'reps', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'fr', 'msgr', 'amb', 'atty', 'mt',
  'ft', 'no', 'nos', 'vol', 'fig', 'figs', 'art', 'sec', 'ch', 'pp', 'p', 'vs', 'v', 'approx', 'est', 'ca', 'cf',
  'e.g', 'i.e', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ave', 'blvd',
  'rd', 'st', 'op', 'ed', 'eds', 'dept', 'univ', 'assn', 'bros', 'gov\'t',
]);

/** Abbreviations that may end a sentence: split after them only before a typical sentence opener. */
const MAYBE_FINAL = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'u.s.s.r', 'd.c', 'inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'jr', 'sr',
  'etc', 'a.m', 'p.m', 'bn', 'mln', 'al', 'min', 'max', 'km', 'kg', 'del',
]);

/** Words that commonly open a sentence (capitalised), so a preceding "U.S." or "Inc." ends one. */
const OPENERS = new Set([
  'the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'this',
  'that', 'these', 'those', 'there', 'but', 'and', 'so', 'yet', 'or', 'in', 'on', 'at', 'for', 'after', 'before',
  'when', 'while', 'as', 'if', 'since', 'although', 'though', 'however', 'meanwhile', 'still', 'now', 'then',
  'last', 'earlier', 'later', 'today', 'yesterday', 'officials', 'some', 'many', 'most', 'no', 'not', 'one', 'both',
  'what', 'why', 'how', 'who', 'where', 'such', 'by', 'with', 'from', 'under', 'during', 'despite', 'all', 'every',
  'each', 'several', 'few', 'more', 'according', 'about', 'even', 'only', 'instead',
]);

let segmenter: Intl.Segmenter | null = null;

/** Splits `text` into sentence spans (trimmed of surrounding whitespace). */
export function splitSentences(text: string): SentenceSpan[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const out: SentenceSpan[] = [];
  for (const [from, to] of chunks(text)) for (const s of splitChunk(text, from, to)) out.push(s);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(text, out);
  return out;
}

/** Quotes and claims both split every block: remember the last few hundred texts. */
const cache = new Map<string, SentenceSpan[]>();
const CACHE_SIZE = 512;

/**
 * Intl.Segmenter grows faster than linearly on very long texts (a 1 MB live-blog paragraph), so
 * long texts are cut into pieces of about CHUNK characters at a likely sentence end.
 */
const CHUNK = 8000;
function chunks(text: string): [number, number][] {
  if (text.length <= CHUNK * 1.5) return [[0, text.length]];
  const out: [number, number][] = [];
  let from = 0;
  while (text.length - from > CHUNK * 1.5) {
    const window = text.slice(from + CHUNK, from + CHUNK * 1.5);
    const m = /[.!?]["”’')\]]*\s+(?=["“‘'(\[]?\p{Lu})/u.exec(window) ?? /\s/u.exec(window);
    const cut = m ? from + CHUNK + m.index + m[0].length : from + CHUNK;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, text.length]);
  return out;
}

function splitChunk(text: string, from: number, to: number): SentenceSpan[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const raw: SentenceSpan[] = [];
  for (const s of segmenter.segment(text.slice(from, to))) raw.push({ start: from + s.index, end: from + s.index + s.segment.length });
  const merged: SentenceSpan[] = [];
  for (const span of raw) {
    const prev = merged[merged.length - 1];
    if (prev && shouldJoin(text, prev, span)) prev.end = span.end;
    else merged.push({ ...span });
  }
  const out: SentenceSpan[] = [];
  for (const s of merged) for (const piece of splitAfterAbbreviation(text, s)) {
    let { start, end } = piece;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

function lastToken(before: string): string {
  return /(?:^|[\s(“"'‘\[])([\p{L}.']+)\.$/u.exec(before)?.[1]?.toLowerCase() ?? '';
}

/** How far from a boundary shouldJoin looks (merged spans can grow long; the decision is local). */
const NEAR = 200;

function shouldJoin(text: string, prev: SentenceSpan, next: SentenceSpan): boolean {
  const tail = text.slice(Math.max(prev.start, prev.end - NEAR), prev.end);
  const before = tail.trimEnd();
  const after = text.slice(next.start, Math.min(next.end, next.start + NEAR));
  // A hard line break is a boundary whatever the punctuation (caption then credit line).
  if (/\n\s*$/u.test(tail)) return false;
  // A piece with no letters or digits (a stray closing quote after a space) belongs to the sentence before.
  if (!/[\p{L}\p{N}]/u.test(after)) return true;
  // News sentences do not open in lower case: "“Why?” she asked." is one sentence.
  if (/^\s*\p{Ll}/u.test(after)) return true;
  if (!before.endsWith('.')) return false;
  if (/^\s*[\d(]/u.test(after) && !/^\s*\(\s*\p{Lu}/u.test(after)) return true;
  const token = lastToken(before);
  if (NEVER_FINAL.has(token)) return true;
  if (MAYBE_FINAL.has(token) || /^(?:\p{L}\.)+\p{L}$/u.test(token)) return !opensSentence(after);
  // A single initial ("J.") before a name, or before a nickname in quote marks ("Robert C. “Bobby” Scott").
  return /^\p{L}$/u.test(token) && /\p{Lu}\.$/u.test(before) && /^\s*(?:\p{Lu}|[“"‘']\p{Lu}[\p{L}\-]*[”"’']\s+\p{Lu})/u.test(after) && !opensSentence(after);
}

function opensSentence(after: string): boolean {
  const word = /^\s*["“‘']?(\p{L}+)/u.exec(after)?.[1] ?? '';
  return /^\p{Lu}/u.test(word) && OPENERS.has(word.toLowerCase());
}

/** Splits a segment where "U.S. The…" hides a boundary the segmenter did not report. */
function splitAfterAbbreviation(text: string, span: SentenceSpan): SentenceSpan[] {
  const piece = text.slice(span.start, span.end);
  const re = /(?:^|[\s(“"'‘])((?:\p{L}\.){2,}|(?:Inc|Ltd|Corp|Co|Jr|Sr|etc|plc)\.)(?=\s+["“‘']?\p{Lu})/gu;
  const out: SentenceSpan[] = [];
  let start = span.start;
  for (let m = re.exec(piece); m; m = re.exec(piece)) {
    const cut = span.start + m.index + m[0].length;
    if (opensSentence(text.slice(cut, span.end))) {
      out.push({ start, end: cut });
      start = cut;
    }
  }
  out.push({ start, end: span.end });
  return out;
}
