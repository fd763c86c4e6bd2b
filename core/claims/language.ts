/**
 * Which language a page's article text is in, cheaply: the claim model is English, so on a page in
 * another language claims are not scored at all (an English model applied to German text flags noise).
 * A stop-word vote over the text decides; the page's declared `<html lang>` only breaks a tie or
 * speaks for text too short to vote. Pure; no DOM.
 */

/** The most frequent function words of each language we tell apart (lower case, no accents stripped). */
const STOP_WORDS: Record<string, readonly string[]> = {
  en: 'the of and to in is that for it was on with as are by this be at from have has not but they which his her were been their an had would will said who'.split(' '),
  de: 'der die und das ist nicht den von mit sich des auf für dem ein eine auch im es zu sie werden wird nach bei aus wie noch einer oder wurde sind über'.split(' '),
  fr: 'le la les et des est une du en que qui dans pour pas sur au avec ce il sont par plus ne se elle mais ont cette aux été leur'.split(' '),
  es: 'el la los las y de que en un una es por con para del se al lo como más pero sus le ha fue este son entre también desde'.split(' '),
  pt: 'o a os as e de que em um uma do da dos das para com não por se mais ao foi como mas ele ela são seu sua também pelo pela'.split(' '),
  it: 'il di che la e è per un una non sono del della con si da gli le ha nel alla anche come più questo'.split(' '),
  nl: 'de het een en van is dat niet op te zijn met voor aan er ook als maar bij door wordt naar werd'.split(' '),
  ru: 'и в не на что с по как это он она они из за но к от для то же был была так его её'.split(' '),
};

const WEIGHTS = new Map<string, Map<string, number>>();
for (const [lang, words] of Object.entries(STOP_WORDS)) {
  for (const w of words) {
    let m = WEIGHTS.get(w);
    if (!m) WEIGHTS.set(w, (m = new Map()));
    // A word shared by several languages ("de", "la", "a") counts for each, but less.
    m.set(lang, 1);
  }
}
for (const m of WEIGHTS.values()) for (const k of m.keys()) m.set(k, 1 / m.size);

/** Fewer stop-word hits than this and the text does not vote. */
const MIN_HITS = 8;
/** Words looked at: enough to decide, bounded for huge pages. */
const MAX_WORDS = 4000;

/** The verdict: a language code ('en', 'de', ... or 'other' for unlisted scripts), whether it is English, and what decided. */
export type LanguageVerdict = { lang: string; english: boolean; by: 'text' | 'declared' | 'default' };

/** The primary subtag of a declared language ("en-GB" → "en"), or null. */
export function declaredLanguage(lang: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|\s*$)/iu.exec(lang ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * The language of `text` by stop-word vote; `declared` (an `<html lang>` value) decides when the
 * text is too short or the vote is close. Text in a non-Latin script with too few listed words is
 * 'other'. Defaults to English when nothing speaks.
 */
export function detectLanguage(text: string, declared?: string | null): LanguageVerdict {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const score = new Map<string, number>();
  let hits = 0;
  let latin = 0;
  let letters = 0;
  const n = Math.min(words.length, MAX_WORDS);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    letters++;
    if (/^[a-zà-ÿœ]/u.test(w)) latin++;
    const m = WEIGHTS.get(w);
    if (!m) continue;
    hits++;
    for (const [lang, v] of m) score.set(lang, (score.get(lang) ?? 0) + v);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const decl = declaredLanguage(declared);
  const verdict = (lang: string, by: LanguageVerdict['by']): LanguageVerdict => ({ lang, english: lang === 'en', by });
  if (hits >= MIN_HITS && ranked.length) {
    const [top, second] = [ranked[0]!, ranked[1]];
    // A clear winner: well ahead of the runner-up.
    if (!second || top[1] >= 1.5 * second[1]) return verdict(top[0], 'text');
    if (decl && (decl === top[0] || decl === second[0])) return verdict(decl, 'declared');
    return verdict(top[0], 'text');
  }
  if (letters >= 20 && latin / letters < 0.5 && !ranked.length) return verdict(decl ?? 'other', decl ? 'declared' : 'text');
  if (decl) return verdict(decl, 'declared');
  return verdict('en', 'default');
}

/**
 * The language of a page's article text as the claims detector sees it (from the blocks alone, so the
 * popup reaches the same verdict from the report): claims are found only when it is English.
 */
export function claimsLanguage(blocks: readonly { kind: string; text: string }[]): { lang: string; english: boolean } {
  const prose = blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'blockquote' || b.kind === 'other' || b.kind === 'list');
  const { lang, english } = detectLanguage(prose.map((b) => b.text).join(' '));
  return { lang, english };
}
