/**
 * Finds quoted stretches in a block of text, in every quote style we know: “…” "…" ‘…’ '…' «…» »…« „…“ ‚…‘
 * 「…」 『…』 ‹…›. Straight marks and apostrophes are told apart by their neighbours. A mark opened and not
 * closed before the block ends runs to the end of the block (`open: true`): multi-paragraph quotes.
 */

/** One quoted stretch: `start`/`end` bound the content (marks excluded); `open`/`close` are the marks. */
export type QuoteSegment = {
  /** Offset of the opening mark, or -1 when the segment continues a quote from the previous block. */
  open: number;
  start: number;
  end: number;
  /** Offset of the closing mark, or -1 when the block ends first. */
  close: number;
  mark: string;
};

/** Opening marks and the closing marks they accept. */
export const QUOTE_PAIRS: Record<string, string> = {
  '“': '”"',
  '"': '"”',
  '‘': '’',
  "'": "'",
  '«': '»',
  // German sets its guillemets the other way round: »so«.
  '»': '«',
  '„': '“”',
  '‚': '‘’',
  '「': '」',
  '『': '』',
  '‹': '›',
};

const DOUBLE_OPENERS = new Set(['“', '"', '«', '»', '„', '「', '『']);
const LETTER = /[\p{L}\p{N}]/u;
const OPEN_CONTEXT = /[\s([{\u2014\u2013\-/:;,]|^$/u;

/** Whether `text[i]`, a straight or curly single mark, is an apostrophe inside or after a word. */
function isApostrophe(text: string, i: number): boolean {
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  return LETTER.test(prev) && LETTER.test(next);
}

function canOpen(text: string, i: number): boolean {
  const prev = text[i - 1] ?? '';
  const ch = text[i]!;
  // French sets a space inside its guillemets (« Oui »); German »…« and every other mark sits on the word.
  const next = ch === '«' ? text.slice(i + 1, i + 3).trimStart()[0] ?? '' : text[i + 1] ?? '';
  if (!next || /\s/.test(next)) return false;
  if (ch === '"' || ch === "'" || ch === '‘' || ch === '‚') return OPEN_CONTEXT.test(prev) || DOUBLE_OPENERS.has(prev);
  return true;
}

function canClose(text: string, i: number, mark: string): boolean {
  const ch = text[i]!;
  // A wrong-way closing mark (“here,“ said …): an opener glued to the word before it.
  if (mark === '“' && ch === '“') return !/\s/.test(text[i - 1] ?? ' ') && /[\s.,;:!?)]|^$/.test(text[i + 1] ?? '');
  if (!QUOTE_PAIRS[mark]!.includes(ch)) return false;
  if (ch === "'" || ch === '’') {
    if (isApostrophe(text, i)) return false;
    const prev = text[i - 1] ?? '';
    // "the candidates’ plans": a plural possessive, not a close, when a letter follows after a space.
    if (/s/i.test(prev) && / \p{Ll}/u.test(text.slice(i + 1, i + 3)) && ch === '’') return false;
  }
  // “… like, 'Oh, this matters,' " she said”: a space set between a nested quote's close and the outer close.
  if (ch === '"' && text[i - 1] === ' ' && /['’]/.test(text[i - 2] ?? '') && /[\s.,;:!?)]|^$/.test(text[i + 1] ?? '')) return true;
  if (ch === '"' || ch === "'") return !/\s/.test(text[i - 1] ?? ' ');
  return true;
}

/**
 * The quoted segments of `text`, outermost only, in order. A double mark still open when the text ends
 * gives a segment with `close: -1` (the quote runs on into the next paragraph).
 */
export function findQuoteSegments(original: string): QuoteSegment[] {
  // Two apostrophes stand for a double mark in some archives (''Like this,'' he said): same length, so
  // offsets stay valid; the second apostrophe becomes a zero-width space, skipped below. Three after a word close
  // a nested quote first (''… say, 'What now?''' he said): the single mark, then the double one.
  const text = original.includes("''") ? original.replace(/'''|''/g, (m, at: number) => (m.length === 3 && at > 0 && !/\s/u.test(original[at - 1]!) ? '\'"\u200b' : m.length === 3 ? '"\u200b\'' : '"\u200b')) : original;
  const out: QuoteSegment[] = [];
  let i = 0;
  while (i < text.length) {
    // Straight to the next opening mark (no look at every character).
    OPENERS.lastIndex = i;
    const next = OPENERS.exec(text);
    if (!next) break;
    i = next.index;
    const ch = text[i]!;
    if (ch in QUOTE_PAIRS && !(ch === "'" || ch === '’' ? isApostrophe(text, i) : false) && canOpen(text, i)) {
      const close = findClose(text, i, ch);
      if (close >= 0) {
        out.push({ open: i, start: i + 1, end: close, close, mark: ch });
        i = close + 1;
        continue;
      }
      // Single marks that never close are apostrophes or typos, not quotes.
      if (DOUBLE_OPENERS.has(ch) && text.slice(i + 1).trim().length > 0) {
        out.push({ open: i, start: i + 1, end: text.length, close: -1, mark: ch });
        break;
      }
    }
    i++;
  }
  return out.map((s) => trimSegment(s, text)).filter((s) => s.end > s.start);
}

/** Whether `ch` closes a quote in running text (for the attribution patterns around quotes). */
export function isClosingMark(ch: string): boolean {
  return /[”"’»«」』›“']/.test(ch);
}

/** Opening marks (the keys of QUOTE_PAIRS), and for each the marks findClose stops at. */
const OPENERS = /["'“‘«»„‚「『‹]/g;
const CLOSE_CANDIDATES = new Map(Object.entries(QUOTE_PAIRS).map(([open, close]) => [open, new RegExp(`[${close}${open === '“' ? '“' : ''}]`, 'g')]));

function findClose(text: string, open: number, mark: string): number {
  const candidates = CLOSE_CANDIDATES.get(mark)!;
  for (let j = open + 1; j < text.length; j++) {
    // Only a closing mark of this kind (or a “ after a “) can close or cut it: skip to the next one.
    candidates.lastIndex = j;
    const next = candidates.exec(text);
    if (!next) break;
    j = next.index;
    if (canClose(text, j, mark)) return j;
    // A new paragraph-style opener of the same kind before any close means the first never closed.
    if (mark === '“' && text[j] === '“' && /\s/.test(text[j - 1] ?? '') && j - open > 1) {
      const next = text.indexOf('”', j);
      if (next < 0) return -1;
    }
  }
  return -1;
}

/** Content without the spaces a writer left inside the marks (“… appreciate. ”). */
function trimSegment(s: QuoteSegment, text: string): QuoteSegment {
  let { start, end } = s;
  while (start < end && /[\s\u200b]/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { ...s, start, end };
}

/** Whether `ch` is any quotation mark we know (opening or closing). */
export function isQuoteMark(ch: string): boolean {
  return /["'“”‘’«»„‚「」『』‹›]/.test(ch);
}
