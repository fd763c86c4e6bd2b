/**
 * Sentence splitting for news prose. Intl.Segmenter does the work; we repair its known misses:
 * it breaks after abbreviations and initials ("Gen.", "U.S.", "J. Smith") and before a closing quote.
 */

export type SentenceSpan = { start: number; end: number };

const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'capt', 'sgt', 'gov', 'sen', 'rep',
    'rev', 'hon', 'pres', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'no', 'nos', 'vol', 'fig', 'approx', 'est',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave',
    'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m',
  ],
);

let segmenter: Intl.Segmenter | null = null;

/** Splits `text` into sentence spans (trimmed of surrounding whitespace). */
export function splitSentences(text: string): SentenceSpan[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const raw: SentenceSpan[] = [];
  for (const s of segmenter.segment(text)) raw.push({ start: s.index, end: s.index + s.segment.length });
  const merged: SentenceSpan[] = [];
  for (const span of raw) {
    const prev = merged[merged.length - 1];
    if (prev && shouldJoin(text, prev, span)) prev.end = span.end;
    else merged.push({ ...span });
  }
  const out: SentenceSpan[] = [];
  for (const s of merged) {
    let { start, end } = s;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

function shouldJoin(text: string, prev: SentenceSpan, next: SentenceSpan): boolean {
  const before = text.slice(prev.start, prev.end).trimEnd();
  const after = text.slice(next.start, next.end);
  if (!before.endsWith('.')) return false;
  const lastWord = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  if (ABBREVIATIONS.has(lastWord)) return true;
  // A single initial ("J.") or a dotted acronym ("U.S.") followed by a capitalised name.
  if (/^\p{Lu}$/u.test(lastWord.toUpperCase()) && lastWord.length === 1) return true;
  // The next piece starts in lower case or with a digit: the period was not a sentence end.
  return /^\s*[\p{Ll}\d]/u.test(after);
}
