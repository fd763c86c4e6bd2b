/**
 * Quotes pipeline, cue frames beyond English (issue 17 item 4): a direct quote next to a cue word of
 * German, French, Spanish, Portuguese or Italian, with the speaker inverted after the cue or named
 * before it. The lexicons are data; the reader takes the capitalised run after (or before) the cue and
 * drops the role nouns in front of the name.
 *
 *   »Wir bleiben hier«, sagt Jonas Brandt.        → Jonas Brandt (after the quote, inverted)
 *   « Nous resterons », a déclaré la maire Claire Morel. → Claire Morel, role maire
 *   “No vamos a ceder”, dijo Ana Ruiz.            → Ana Ruiz
 *   “Vamos continuar”, afirmou o ministro João Prado. → João Prado, role ministro
 *   «Resteremo qui», ha detto Marco Bellini.      → Marco Bellini
 *   Jonas Brandt sagt: »Wir bleiben hier.«        → Jonas Brandt (before the quote, with a colon)
 *   Selon Claire Morel, « rien n’est joué ».      → Claire Morel (selon / laut / según / segundo / secondo)
 *   »Wir bleiben«, so Brandt.                     → Brandt (German "so X" after a quote)
 *   “No es por pesimismo”, aclara.                → the person the paragraph named last (the subject is dropped)
 *   « C’est la fin, soupire-t-elle. C’est dur. »  → the person the paragraph named last (pronoun inversion)
 *   Die Halle sei zu klein, so Brandt.            → reported clause, Brandt (cue and name after the content)
 *   Laut Jonas Brandt ist die Halle zu klein.     → reported clause, Jonas Brandt (selon / según / segundo)
 */

import type { SpeakerPhrase } from './names';

/** Cue words that introduce or follow a direct quote, by language (finite forms as written in news). */
export const FOREIGN_CUES = {
  de: ['sagt', 'sagte', 'sagten', 'sagen', 'erklärt', 'erklärte', 'betont', 'betonte', 'meint', 'meinte', 'fordert', 'forderte', 'warnt', 'warnte', 'schreibt', 'schrieb', 'kritisiert', 'kritisierte', 'ergänzt', 'ergänzte', 'berichtet', 'berichtete', 'erzählt', 'erzählte', 'sagt auch', 'so'],
  fr: ['dit', 'a dit', 'déclare', 'a déclaré', 'explique', 'a expliqué', 'affirme', 'a affirmé', 'souligne', 'a souligné', 'ajoute', 'a ajouté', 'estime', 'a estimé', 'raconte', 'confie', 'a confié', 'précise', 'a précisé', 'assure', 'a assuré', 'lance', 'a lancé', 'poursuit', 'indique', 'a indiqué', 'glisse', 'soupire', 'insiste', 'déplore', 'regrette', 'reconnaît', 'résume', 'tranche', 'note', 'martèle'],
  es: ['dijo', 'dice', 'afirmó', 'afirma', 'explicó', 'explica', 'señaló', 'señala', 'aseguró', 'asegura', 'declaró', 'sostuvo', 'agregó', 'añadió', 'indicó', 'expresó', 'manifestó', 'contó', 'cuenta', 'advirtió', 'remarcó', 'comentó', 'recordó', 'aclara', 'aclaró', 'agrega', 'remarca', 'sostiene', 'se pregunta', 'se preguntó', 'insiste', 'insistió', 'lamenta', 'lamentó', 'apunta', 'subraya'],
  pt: ['disse', 'diz', 'afirmou', 'afirma', 'explicou', 'explica', 'declarou', 'ressaltou', 'destacou', 'acrescentou', 'contou', 'conta', 'garantiu', 'avaliou', 'comentou'],
  it: ['ha detto', 'dice', 'ha dichiarato', 'dichiara', 'ha spiegato', 'spiega', 'ha affermato', 'afferma', 'ha aggiunto', 'aggiunge', 'ha sottolineato', 'sottolinea', 'racconta', 'ha raccontato', 'commenta'],
} as const;

/** Prepositions that credit what follows to a source: "selon X", "laut X", "según X". */
export const FOREIGN_ACCORDING = ['selon', "d'après", 'd’après', 'laut', 'según', 'segundo', 'secondo'] as const;

/** Role nouns written before a name in these languages ("Bundesrat Cassis", "la maire Claire Morel"). */
const ROLE_NOUNS = new Set(
  (
    'präsident präsidentin bundesrat bundesrätin minister ministerin sprecher sprecherin chef chefin leiter leiterin direktor direktorin ' +
    'organisator organisatorin professor professorin experte expertin bürgermeister bürgermeisterin gründer gründerin geschäftsführer geschäftsführerin ' +
    'vorsitzende vorsitzender kanzler kanzlerin aktivist aktivistin autor autorin forscher forscherin dr. prof. ' +
    'président présidente ministre porte-parole directeur directrice maire député députée secrétaire professeur chercheur chercheuse fondateur fondatrice ' +
    'presidente ministro ministra portavoz director directora diputado diputada secretario secretaria alcalde alcaldesa senador senadora fundador fundadora ' +
    'diretor diretora deputado deputada prefeito prefeita governador governadora porta-voz sindaco sindaca fondatore fondatrice'
  ).split(' '),
);

/** Articles and determiners that may open the phrase after a cue ("a déclaré la maire …", "afirmou o ministro …"). */
const ARTICLES = new Set('der die das den dem des ein eine le la les l’ l\' un une el los las o a os as il lo gli i uno una'.split(' '));
/** Lower-case words that join a name ("Ursula von der Leyen", "Charles de Gaulle", "Luiz da Silva"). */
const JOINERS = new Set('von van der de du des da do dos das del della di le la y e'.split(' '));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const CUE_SET = new Set<string>(Object.values(FOREIGN_CUES).flat());
const ALL_CUES = [...new Set(Object.values(FOREIGN_CUES).flat())].sort((a, b) => b.length - a.length).map(escape).join('|');
/** After a quote's closing mark: optional comma or dash, then the cue, then where the name begins. */
const AFTER_QUOTE = new RegExp(`^[ \\t\\u00a0\\u202f]*[,.]?[ \\t\\u00a0\\u202f]*(?:[—–-][ \\t\\u00a0\\u202f]*)?(${ALL_CUES})(?:[ \\t\\u00a0\\u202f]+(?:auch|encore|aussi|también|também|anche))?[ \\t\\u00a0\\u202f]+(?=\\S)`, 'iu');
/** Before a quote's opening mark: a cue then a colon (or a comma in Spanish and Portuguese). */
const BEFORE_QUOTE = new RegExp(`(?:^|[\\s(])(${ALL_CUES})(?:\\s+(?:auch|encore|aussi|también|também|anche|dabei|jetzt|heute))?\\s*[:,]\\s*$`, 'iu');
const ACCORDING_BEFORE = new RegExp(`(?:^|[\\s(])(${FOREIGN_ACCORDING.map(escape).join('|')})\\s+$`, 'iu');
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}’'.\-]*$/u;

type Word = { text: string; start: number; end: number };

function wordsFrom(text: string, start: number, limit: number): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{M}][\p{L}\p{M}’'.\-]*/gu;
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < limit; m = re.exec(text)) {
    // Stop at punctuation between words (the name ends at a comma or full stop).
    const gap = text.slice(out.length ? out[out.length - 1]!.end : start, m.index);
    if (out.length && /[^\s]/u.test(gap)) break;
    // A full stop ends the name ("sagt Berning. Sonst …") unless it closes an initial or a title ("J.", "Dr.").
    const stop = /[.’']$/u.test(m[0]) && !/^(?:\p{Lu}|Dr|Prof|St)\.$/u.test(m[0]);
    const word = stop ? m[0].replace(/[.’']+$/u, '') : m[0];
    out.push({ text: word, start: m.index, end: m.index + word.length });
    if (stop || out.length >= 8) break;
  }
  return out;
}

/** A person's name read from a run of words: role nouns in front become the role; 1–4 name words stay. */
function phraseFrom(words: Word[], text: string): SpeakerPhrase | null {
  let i = 0;
  if (words[i] && ARTICLES.has(words[i]!.text.toLowerCase())) i++;
  const role: Word[] = [];
  for (; i < words.length; i++) {
    const lw = words[i]!.text.toLowerCase();
    if (ROLE_NOUNS.has(lw) || ROLE_NOUNS.has(lw.split('-').pop()!)) role.push(words[i]!);
    else break;
  }
  const name: Word[] = [];
  for (; i < words.length && name.length < 5; i++) {
    const w = words[i]!;
    if (NAME_WORD.test(w.text)) name.push(w);
    // "der" joins only after "von"/"van" ("Ursula von der Leyen"); alone it is a genitive ("Statistik der Stadt").
    else if (name.length && JOINERS.has(w.text) && (w.text !== 'der' || /^(?:von|van)$/.test(words[i - 1]!.text)) && words[i + 1] && (NAME_WORD.test(words[i + 1]!.text) || words[i + 1]!.text === 'der')) name.push(w);
    else break;
  }
  // "sagt der Sprecher.": a role with no name is an unnamed speaker of that role.
  if (!name.length && role.length && (i >= words.length || !NAME_WORD.test(words[i]!.text))) {
    const r = text.slice(role[0]!.start, role[role.length - 1]!.end);
    return { kind: 'anonymous', name: null, start: role[0]!.start, end: role[role.length - 1]!.end, role: r, organization: null, head: r.toLowerCase() };
  }
  if (!name.length || name.length > 4) return null;
  const first = name[0]!;
  const last = name[name.length - 1]!;
  return {
    kind: 'person',
    name: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    role: role.length ? text.slice(role[0]!.start, role[role.length - 1]!.end) : null,
    organization: null,
    ...(role.length ? { npStart: role[0]!.start } : {}),
  };
}

/** French inversion with a pronoun ("soupire-t-elle", "dit-il"): a speech cue whatever the verb. */
const PRONOUN_INVERSION = /^[ \t\u00a0\u202f]*,?[ \t\u00a0\u202f]*(\p{Ll}+(?:-t)?-(?:il|elle|ils|elles))(?![\p{L}\-])/u;
/** A cue with its subject dropped or a pronoun after it ("», aclara.", "», agrega y …", "», sagt sie."). */
const NO_NAME_AFTER_CUE = /^(?:(?:er|sie|il|elle|ella|él|ele|ela|lui|lei)\b\s*)?(?:[.,;:!?)]|(?:y|e|et|und)\s|$)/u;

/**
 * The speaker named right after a quote's closing mark at `close` ("», sagt Jonas Brandt."), with its cue. The
 * phrase is null when the cue has no name after it ("», aclara.", "», soupire-t-elle."): the caller takes the
 * person the paragraph named last.
 */
export function foreignSpeakerAfter(masked: string, close: number): { cue: string; phrase: SpeakerPhrase | null } | null {
  const tail = masked.slice(close + 1, close + 60);
  const inverted = PRONOUN_INVERSION.exec(tail);
  if (inverted) return { cue: inverted[1]!.toLowerCase(), phrase: null };
  const m = AFTER_QUOTE.exec(tail) ?? /^[ \t\u00a0\u202f]*,[ \t\u00a0\u202f]*(\p{Ll}+(?: \p{Ll}+)?)(?=[ \t]*[.,;]|[ \t]+(?:y|e|et|und)\s)/u.exec(tail);
  if (!m) return null;
  // An aside between the cue and the name: "», lamenta, por su parte, Iris Avellaneda".
  const afterCue = close + 1 + m[0].length;
  const aside = /^[ \t]*,[ \t]*(?:\p{Ll}+[ \t]+){0,3}\p{Ll}+,[ \t]*(?=\p{Lu})/u.exec(masked.slice(afterCue, afterCue + 60));
  const at = afterCue + (aside ? aside[0].length : 0);
  const cueWord = m[1]!.toLowerCase();
  if (!CUE_SET.has(cueWord)) return null;
  if (NO_NAME_AFTER_CUE.test(masked.slice(at, at + 12))) return cueWord === 'so' ? null : { cue: cueWord, phrase: null };
  const phrase = phraseFrom(wordsFrom(masked, at, at + 120), masked);
  if (!phrase || phrase.start > at + 60) return null;
  const cue = m[1]!.toLowerCase();
  // German "so X" only as a whole attribution ("»…«, so Brandt."): English "…” so Ortiz left" is no cue.
  if (cue === 'so' && !/^\s*(?:[.,;]|$)/u.test(masked.slice(phrase.end, phrase.end + 3))) return null;
  return { cue, phrase };
}

/** How far before a quote mark its speaker and cue are looked for (characters). */
const BEFORE_WINDOW = 300;

/**
 * The speaker named before a quote opening at `open`, from `from` (the sentence start): "Jonas Brandt sagt: »",
 * "Claire Morel a déclaré : «", or "Selon Claire Morel, «" / "Laut Brandt »".
 */
export function foreignSpeakerBefore(masked: string, sentenceStart: number, open: number): { cue: string; phrase: SpeakerPhrase } | null {
  // Bounded look-back: a paragraph of many quotes and no sentence end must not be read from its start
  // for each of them (quadratic, tests/unit/hostile-linear.test.ts). Past the window the sentence's
  // start is out of sight, so a name there cannot be shown to open it.
  const cut = open - sentenceStart > BEFORE_WINDOW;
  const from = cut ? open - BEFORE_WINDOW : sentenceStart;
  const before = masked.slice(from, open);
  const cue = BEFORE_QUOTE.exec(before);
  if (cue && cue[1]!.toLowerCase() !== 'so') {
    // The name ends right before the cue: the last capitalised run of the clause in front of it.
    const head = before.slice(0, cue.index + (cue[0].length - cue[0].trimStart().length));
    const run = /((?:\p{Lu}[\p{L}\p{M}’'.\-]*\s+(?:(?:von|van|de|da|do|dos|del|di)\s+)?){0,3}\p{Lu}[\p{L}\p{M}’'.\-]*)\s*$/u.exec(head);
    if (!run) return null;
    // Only the sentence's subject: the run opens the sentence or follows a role noun or an article.
    const lead = head.slice(0, run.index).trim();
    const leadWords = lead ? lead.split(/\s+/u) : [];
    if (cut || leadWords.length > 3 || !leadWords.every((w) => ARTICLES.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase()))) return null;
    const start = from + run.index;
    const phrase = phraseFrom(wordsFrom(masked, start, start + run[1]!.length), masked);
    return phrase ? { cue: cue[1]!.toLowerCase(), phrase } : null;
  }
  // "Selon Claire Morel, « … »": the preposition, the name, then a comma (or nothing in German: "Laut Brandt »…«").
  const comma = /,?\s*$/u.exec(before)!;
  const body = before.slice(0, comma.index);
  const run = /((?:\p{Lu}[\p{L}\p{M}’'.\-]*\s+){0,3}\p{Lu}[\p{L}\p{M}’'.\-]*)$/u.exec(body);
  if (!run) return null;
  // At a sentence start the preposition has a capital too ("Selon Claire Morel"): it opens the run then.
  const lead = new RegExp(`^(?:${FOREIGN_ACCORDING.map(escape).join('|')})\\s+`, 'iu').exec(run[1]!)?.[0].length ?? 0;
  const runAt = run.index + lead;
  if (!ACCORDING_BEFORE.test(body.slice(0, runAt))) return null;
  const according = ACCORDING_BEFORE.exec(body.slice(0, runAt))!;
  const start = from + runAt;
  const phrase = phraseFrom(wordsFrom(masked, start, start + run[1]!.length - lead), masked);
  return phrase ? { cue: according[1]!.toLowerCase(), phrase } : null;
}

/**
 * A cue set inside the quote after its first clause, French style: « C’est la fin, soupire-t-elle. C’est dur. »
 * Returns the cue; the speaker is the person the paragraph named last.
 */
export function inlineInversion(text: string, start: number, end: number): string | null {
  const m = /,[ \t\u00a0\u202f]+(\p{Ll}+(?:-t)?-(?:il|elle|ils|elles))(?![\p{L}\-])/u.exec(text.slice(start, Math.min(end, start + 400)));
  return m ? m[1]!.toLowerCase() : null;
}

/** Content words: a reported clause needs at least this many. */
const MIN_CLAUSE_WORDS = 4;
const CUE_AFTER_CLAUSE = new RegExp(`,[ \\t\\u00a0\\u202f]+(${ALL_CUES})[ \\t\\u00a0\\u202f]+(?=\\p{Lu})`, 'giu');
const ACCORDING_OPENING = new RegExp(`^(${FOREIGN_ACCORDING.map(escape).join('|')})[ \\t]+(?=\\p{Lu})`, 'iu');

/**
 * Reported speech in a sentence with no quote marks: the clause before ", so Brandt." / ", erklärt Kessmann in …" /
 * ", dijo Ana Ruiz.", or the clause after an opening "Laut Brandt" / "Selon Claire Morel," / "Según Ana Ruiz,".
 * Offsets are into the block text; `sentStart`/`sentEnd` bound the sentence.
 */
export function foreignReported(masked: string, sentStart: number, sentEnd: number): { start: number; end: number; cue: string; phrase: SpeakerPhrase } | null {
  const sent = masked.slice(sentStart, sentEnd);
  if (/[~“”"«»„]/u.test(sent)) return null;
  const lead = /^\s*/u.exec(sent)![0].length;
  const opening = ACCORDING_OPENING.exec(sent.slice(lead));
  if (opening) {
    const at = sentStart + lead + opening[0].length;
    const phrase = phraseFrom(wordsFrom(masked, at, at + 80), masked);
    if (!phrase || phrase.kind !== 'person') return null;
    const start = phrase.end + (/^,?\s*/u.exec(masked.slice(phrase.end))![0].length);
    const end = sentStart + sent.replace(/[\s.!?]+$/u, '').length;
    return wordCountOf(masked.slice(start, end)) >= MIN_CLAUSE_WORDS ? { start, end, cue: opening[1]!.toLowerCase(), phrase } : null;
  }
  CUE_AFTER_CLAUSE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = CUE_AFTER_CLAUSE.exec(sent); m; m = CUE_AFTER_CLAUSE.exec(sent)) last = m;
  if (!last) return null;
  const at = sentStart + last.index + last[0].length;
  const phrase = phraseFrom(wordsFrom(masked, at, at + 80), masked);
  // The name, then at most a short adjunct, ends the sentence (", erklärt Kessmann in einer Mitteilung.").
  if (!phrase || phrase.kind !== 'person' || wordCountOf(masked.slice(phrase.end, sentEnd)) > 6) return null;
  const start = sentStart + lead;
  const end = sentStart + last.index;
  return wordCountOf(masked.slice(start, end)) >= MIN_CLAUSE_WORDS ? { start, end, cue: last[1]!.toLowerCase(), phrase } : null;
}

function wordCountOf(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
