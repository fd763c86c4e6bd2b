/**
 * Bounded look-behind for patterns anchored at the end of a slice. A regex such as
 * `/(\S)\s+\p{Ll}+ed\s*[:,]\s*$/` run over `text.slice(sentenceStart, quoteOpen)` tries every start position
 * of the sentence: once per quote, that is quadratic in a paragraph of quotes with no sentence end. When a
 * pattern can span at most `n` whitespace-separated tokens, every match lies inside the last `n` tokens, so
 * running it from `tailTokensStart(text, from, to, n)` instead of `from` finds the same leftmost match.
 *
 *   tailTokensStart('a b c d', 0, 7, 2) → 4   ('c d')
 *   tailTokensStart('a b', 0, 3, 5) → 0       (fewer tokens than asked: the whole slice)
 */

/** Whether a UTF-16 code unit is `\s` in a JavaScript regular expression. */
export function isRegexSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The start of the `n`th whitespace-separated token counted back from `to`, not before `from`. */
export function tailTokensStart(text: string, from: number, to: number, n: number): number {
  let i = to;
  for (let count = 0; count < n; count++) {
    while (i > from && isRegexSpace(text.charCodeAt(i - 1))) i--;
    while (i > from && !isRegexSpace(text.charCodeAt(i - 1))) i--;
    if (i <= from) return from;
  }
  return i;
}
