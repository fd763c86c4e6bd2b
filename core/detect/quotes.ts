/**
 * Quotes detector: direct quotes (every quote style, split and multi-paragraph), partial quotes and
 * reported speech, each with its cue and speaker (full name, role, organisation, dataset link).
 * Works sentence by sentence on the article's blocks; the lexicon lives in core/quotes/cues.ts and
 * the name/role/coreference logic in core/quotes/names.ts.
 */
import { labelLength } from '../credits/parse';
import type { DetectInput } from './types';
import type { Block, QuoteAnnotation, Speaker, Span } from '../report';
import { compactText } from '../text/compact';
import { splitSentences } from '../text/sentences';
import { ANONYMOUS_SOURCE_NOUNS, FINDING_SOURCES, cueForms, type CueEntry } from '../quotes/cues';
import { findQuoteSegments, type QuoteSegment } from '../quotes/marks';
import {
  Roster,
  aboutAfterName,
  cleanRole,
  knownSurnameMentions,
  isNotName,
  looksLikeOrg,
  looksLikePlace,
  looksLikePersonName,
  commonPhraseEndingAt,
  looksLikeRole,
  nameEndingAt,
  nameStartingAt,
  organizationOfRole,
  nicknameSpans,
  personMentions,
  pollOrganization,
  shiftPhrase,
  type Gender,
  type Person,
  type SpeakerPhrase,
} from '../quotes/names';

const CUES = cueForms();

/** Words allowed between a subject and its cue ("Pickett also reports", "he has repeatedly said"); an -ly noun ("a rally") is none. */
const BETWEEN_SUBJECT_AND_CUE =
  /^(?:also|now|has|have|had|was|were|is|are|would|will|did|does|do|later|previously|once|then|recently|repeatedly|reportedly|often|again|publicly|privately|further|flatly|simply|just|even|still|first|never|always|long|since|subsequently|quickly|frequently|already|has\s+since|not|never|haven[’']t|hasn[’']t|hadn[’']t|didn[’']t|doesn[’']t|don[’']t|won[’']t|wouldn[’']t|can[’']t|couldn[’']t|isn[’']t|wasn[’']t|aren[’']t|weren[’']t|(?!(?:rally|ally|family|assembly|supply|reply|tally|anomaly|monopoly|homily|folly|bully)$)\p{Ll}+ly)$/u;

/** A preposition or an -ing verb (and a title) right before a name: the name is an object ("favoring Ruiz"), not a speaker. */
const OBJECT_OF_PREPOSITION = /\b(?:to|with|for|at|from|about|against|toward|towards|\p{Ll}{2,}ing)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}]*\.?\s+){0,3})?$/u;

/** Text right before a quote that makes it a title or a name, not speech. */
const NOT_SPEECH_BEFORE =
  /(?:\bheadlines?|\bheadlined|\btitled|\bentitled|\bdubbed|\bnicknamed|\bknown as|\bso-called|\bcalled|\bnamed|\bslogan|\bhashtag|\bbook|\bfilm|\bmovie|\bsong|\balbum|\bshow|\bseries|\bdocumentary|\bop-ed|\bcolumn|\barticle|\bessay|\bbanner|\bmotto|\bphrase|\bword|\bterm|\bchant|\bsign|\bheading|\bcaption)\s*[:,]?\s*$/i;

/** Words after a cue that mean it does not introduce content ("told to", "said in 2015 that" is fine). */
const TIME_OR_PLACE = /^(?:(?:on|in|at|during|last|this|earlier|late|early|later)\s+)?(?:(?:a|an|the|his|her|their|its)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night|statement|interview|speech|release|email|e-mail|tweet|post|letter|memo|rally|debate|conference|call|appearance|video|op-ed|column|message|radio|television|briefing|hearing|press|news|town|campaign)\b[^,:;“"«„.?!—–]{0,60}?(?=\s+that\b|\s*[—–]|\s*[,:]|\s*[“"«„]|$)/i;

/** A person named in the text; `oblique` after a preposition ("the filings of Gov. Ortiz"): only for descriptions. */
type Mention = { person: Person; block: string; start: number; end: number; pos: number; oblique?: boolean; possessive?: boolean };

type Found = {
  start: number;
  end: number;
  cue: string | null;
  phrase: SpeakerPhrase | null;
  /** Set when the speaker was already resolved (continuations). */
  speaker?: Speaker;
  /** Whether the content is a quoted segment (or run of them) rather than a clause. */
  quoted: boolean;
  venue?: string | null;
  /** An unattributed quote continuing this earlier one in the same paragraph. */
  continues?: Found;
};

/** A past-tense verb ending a sentence after a name, with at most a short object ("pressed.", "asked the mayor."). */
// "Ruiz shot back with a laugh.": "back" after the verb (and "shot back", irregular), and a manner phrase "with a …".
const TAIL_VERB = /^\s+(?:(?:also|then|later|again|quickly|finally)\s+)?(\p{Ll}+ed(?:\s+back)?|shot\s+back)(?:\s+(?:him|her|them|me|us|(?:the|a|an)(?:\s+[\p{Ll}\-]+){1,3}))?(?:\s+with\s+(?:a|an)\s+[\p{Ll}\-]+)?\s*[.!?](?:\s|$)/u;

/** A preposition right before a name: the name is its object, not a subject ("with Ortiz", "against Ruiz"). */
const OBLIQUE_BEFORE = /(?:^|\s)(?:with|against|about|toward|towards|alongside|among|beside|unlike|for|of|from|at|in|on|into|near|like|(?<!according\s)to)\s+$/iu;

/** A dash after a closing quote mark ("… ” ― Name"), matched where the quote closes. */
const DASH_AFTER = /\s*[―—–]\s*/uy;

/** `re` (sticky) matched exactly at `at`, without copying the rest of the text. */
function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
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
function segmentsIn(segs: QuoteSegment[], start: number, end: number): QuoteSegment[] {
  const lo = firstSegment(segs, (s) => s.start >= start);
  const out: QuoteSegment[] = [];
  for (let i = lo; i < segs.length && segs[i]!.start <= end; i++) if (segs[i]!.end <= end) out.push(segs[i]!);
  return out;
}

/** Finds every quotation and reported statement in the article, with its speaker. */
export function detectQuotes(input: DetectInput): QuoteAnnotation[] {
  const roster = new Roster();
  const mentions: Mention[] = [];
  const out: QuoteAnnotation[] = [];
  let pos = 0;
  /** The latest quote's speaker, and whether that quote ended its paragraph (for continuations). */
  let last: { speaker: Speaker; block: number; atEnd: boolean } | null = null;
  /** "Name said:" ending a paragraph; `alone` when it is the whole paragraph ("Ortiz added:"). */
  let pendingColon: { speaker: Speaker; cue: string | null; alone: boolean } | null = null;
  /**
   * What the previous paragraph leaves for a quote paragraph with no attribution of its own: its latest named
   * speaker, the person its last sentence is about, and whether it ends with a colon ("… released this statement:").
   */
  let prevPara: { bi: number; speaker: Speaker | null; subject: Speaker | null; colon: boolean } | null = null;
  let openQuote: { annotation: QuoteAnnotation } | null = null;
  /** The previous paragraph when it is only quoted text with no speaker: its quotes (indices in `out`). */
  let unsigned: { bi: number; quotes: number[] } | null = null;
  const creditsByBlock = new Map<string, Span[]>();
  for (const c of input.credits) {
    const list = creditsByBlock.get(c.span.block) ?? [];
    list.push(c.span);
    creditsByBlock.set(c.span.block, list);
  }

  /** The speaker of a paragraph that is a quote with no attribution, from the paragraph before it. */
  const inheritedSpeaker = (bi: number): Speaker | null => {
    if (prevPara?.bi !== bi - 1) return null;
    if (prevPara.colon && prevPara.subject) return prevPara.subject;
    if (last && last.atEnd && last.block === bi - 1) return last.speaker;
    return prevPara.speaker ?? prevPara.subject;
  };

  input.blocks.forEach((block, bi) => {
    if (block.kind === 'credit') return;
    const text = compactText(block.text);
    const credits = creditsByBlock.get(block.id) ?? [];
    const inCredit = (s: number, e: number) => credits.some((c) => s < c.end && e > c.start);
    const segs = findQuoteSegments(text).filter((s) => !inCredit(s.start, s.end));
    const masked = maskQuotes(text, segs);
    const used = new Set<QuoteSegment>();
    // Headings only carry headline attributions; their quotes are titles more often than speech.
    const sentences = block.kind === 'heading' ? [] : mergeSentences(splitSentences(text), segs, masked);
    const found: Found[] = [];
    // Spans are mostly found left to right: one that starts after every span found so far overlaps
    // none, with no search (a 1 MB live-blog paragraph has thousands).
    let foundEnd = -Infinity;
    const addFound = (f: Found) => {
      found.push(f);
      if (f.end > foundEnd) foundEnd = f.end;
    };
    const overlapsFound = (start: number, end: number) => start < foundEnd && found.some((g) => start < g.end && end > g.start);
    let inherited: Speaker | null = null;
    // A paragraph opening with a quote after "Name said:" at the end of the previous paragraph.
    if (pendingColon && segs[0] && segs[0].open <= firstNonSpace(text)) {
      let end = segs[0].end;
      for (const s of segs.slice(1)) if (/^\s*$/.test(text.slice(end + 1, s.open))) end = s.end;
      addFound({ start: segs[0].start, end, cue: pendingColon.cue, phrase: null, quoted: true, speaker: pendingColon.speaker });
      for (const s of segs) if (s.end <= end) used.add(s);
    } else if (pendingColon?.alone && !segs.length && block.kind !== 'heading' && wordCount(text) >= 4) {
      // "Ortiz added:" alone, then a paragraph with no marks: a block quote that lost its indentation.
      const start = firstNonSpace(text);
      addFound({ start, end: trimEnd(text, start, text.length), cue: pendingColon.cue, phrase: null, quoted: false, speaker: pendingColon.speaker });
    }
    pendingColon = null;
    // "“…”" alone in a paragraph, then "- Ana Ortiz." or "— Ana Ortiz, Lakeview." in the next: a signature line.
    if (unsigned?.bi === bi - 1 && !segs.length && text.length < 120) {
      const dash = /^\s*[-—–―]\s*/u.exec(text);
      const signer = dash ? nameStartingAt(text, dash[0].length) : null;
      if (signer && (signer.kind === 'person' || signer.kind === 'org') && /^[\s.]*$|^,/.test(text.slice(signer.end))) {
        const speaker = toSpeaker({ start: 0, end: 0, cue: null, phrase: signer, quoted: true }, block, roster, mentions, pos, input, out);
        for (const i of unsigned.quotes) out[i] = { ...out[i]!, cue: '―', speaker };
      }
    }
    unsigned = null;
    // Transcript paragraphs ("WALLACE: Let's start …") and headline colons ("Mayor Ortiz: ‘…’").
    // A credit label ("Photo:", "Image:", "Foto:") is not a speaker, and credit text is never a quote.
    const labelled =
      found.length || labelLength(text) > 0 ? null : transcriptQuote(block, roster, input) ?? headlineQuote(block, bi, masked, segs, input) ?? headlineSays(block, bi, masked, input) ?? headlineSpeaker(block, bi, masked, segs, input);
    for (const d of found.length || labelled ? [] : dashedLines(text)) {
      if (inCredit(d.start, d.end)) continue;
      addFound(d);
      for (const s of segs) if (s.start < d.end && s.end > d.start) used.add(s);
    }
    if (labelled && !inCredit(labelled.start, labelled.end)) {
      addFound(labelled);
      for (const s of segs) if (s.end > labelled.start) used.add(s);
    }
    /** The person of the previous sentence when it was only an attribution with no content ("Ana Ortiz agreed."). */
    let bareSpeaker: Mention | null = null;
    for (const sent of sentences) {
      if (inCredit(sent.start, sent.end)) continue;
      // People named in this sentence (outside quotes) join the roster, in order; known surnames count as
      // mentions too, for pronouns.
      const sentText = masked.slice(sent.start, sent.end);
      const seen: Mention[] = [];
      const unseen: Mention[] = [];
      // Role words of a mention ("Former Obama spokesman Robert Gibbs") name no one else speaking.
      const roleSpans: [number, number][] = [];
      for (const m of personMentions(sentText)) {
        // "Veto Power Impedes Peace Efforts", "U.S. Nominates Ana Ortiz": a title-case heading clause is nobody.
        if (titleCaseClause(m.name!)) continue;
        if (m.npStart !== undefined && m.npStart < m.start) roleSpans.push([sent.start + m.npStart, sent.start + m.start]);
        const start = sent.start + m.start;
        const role = m.role ?? appositiveRole(text, sent.start + m.end, sent.end);
        // "the filings of Gov. Ana Ortiz": the roster learns who she is, but she is not the sentence's subject.
        const isNew = m.oblique && !roster.resolve(m.name!);
        const person = roster.add(m.name!, role, role ? organizationOfRole(role) : null, [...(m.about ?? []), ...aboutAfterName(text.slice(sent.start + m.end, Math.min(sent.end, sent.start + m.end + 40)))]);
        if (isNew) unseen.push({ person, block: block.id, start, end: sent.start + m.end, pos: pos + start, oblique: true });
        if (m.oblique) continue;
        seen.push({ person, block: block.id, start, end: sent.start + m.end, pos: pos + start, ...(/^[’']/u.test(text.slice(sent.start + m.end, sent.start + m.end + 1)) ? { possessive: true } : {}) });
      }
      for (const m of knownSurnameMentions(sentText, roster)) {
        const start = sent.start + m.start;
        if ([...seen, ...unseen].some((s) => start >= s.start && start < s.end) || roleSpans.some(([a, b]) => start >= a && start < b)) continue;
        // "the exchange with Ortiz": a known surname after a preposition is oblique, like a full name there.
        // ("To Sharp, …" is her view, and "the pull of Obama’s promise" is his.)
        if (OBLIQUE_BEFORE.test(sentText.slice(Math.max(0, m.start - 20), m.start)) && !/^\s*To\s+$/u.test(sentText.slice(0, m.start)) && !(/^[’']/u.test(sentText.slice(m.end, m.end + 1)) && /\bof\s+$/u.test(sentText.slice(Math.max(0, m.start - 4), m.start)))) continue;
        seen.push({ person: m.person, block: block.id, start, end: sent.start + m.end, pos: pos + start, ...(/^[’']/u.test(text.slice(sent.start + m.end, sent.start + m.end + 1)) ? { possessive: true } : {}) });
      }
      seen.sort((a, b) => a.pos - b.pos);
      const afterBare = bareSpeaker;
      bareSpeaker = bareAttribution(masked, sent, seen);
      mentions.push(...[...seen, ...unseen].sort((a, b) => a.pos - b.pos));
      const sentSegs = segmentsIn(segs, sent.start, sent.end + 1);
      for (const f of attributionsIn(text, masked, sent, sentSegs)) {
        if (f.start < 0) {
          const alone = sentences.length === 1 && wordCount(text) <= 8;
          pendingColon = { speaker: toSpeaker(f, block, roster, mentions, pos, input, out), cue: f.cue, alone };
          continue;
        }
        if (overlapsFound(f.start, f.end)) continue;
        addFound(f);
        for (const s of sentSegs) if (s.start >= f.start && s.end <= f.end) used.add(s);
      }
      // Quotes with no attribution: a continuation of the quote before it in the paragraph (one quote), or of
      // the previous paragraph's speaker when the paragraph opens with it; otherwise not attributed.
      for (const s of sentSegs) {
        if (used.has(s) || isNotSpeech(masked, s, text)) continue;
        if (wordCount(text.slice(s.start, s.end)) < 3) continue;
        // “…” ― Pamela Padilla: a dash and a name after the quote.
        const dash = s.close >= 0 ? matchAt(DASH_AFTER, text, s.close + 1) : null;
        const dashed = dash ? nameStartingAt(text, s.close + 1 + dash[0].length) : null;
        if (dashed && (dashed.kind === 'person' || dashed.kind === 'org')) {
          addFound({ start: s.start, end: s.end, cue: '―', phrase: dashed, quoted: true });
          used.add(s);
          continue;
        }
        // “…?” Brandt pressed. / “…,” Stone asked the mayor.: a person named right after the quote, then a past-tense
        // verb (listed or not) that ends the sentence, with at most its object.
        // The quote does not end on a full stop (after one, "Name verbed." is a sentence of its own).
        const tailAt = s.close >= 0 && /[^.]\s*$/u.test(text.slice(s.start, s.close)) ? s.close + 1 + (/^[ \t]*,?[ \t]*/u.exec(masked.slice(s.close + 1))?.[0].length ?? 0) : -1;
        let tailName = tailAt > s.close + 1 ? nameStartingAt(masked, tailAt) : null;
        if (tailName && (tailName.npStart ?? tailName.start) !== tailAt) tailName = null;
        // "” the Herald’s senior politics editor Dana Ruiz responded.": a possessor and role words before the name.
        const tailVerb = tailAt > s.close + 1 && !tailName ? /\s(?:also\s+|then\s+|later\s+|again\s+)?\p{Ll}+ed(?:\s+(?:him|her|them|me|us|(?:the|a|an)(?:\s+[\p{Ll}\-]+){1,3}))?\s*[.!?](?:\s|$)/u.exec(masked.slice(tailAt, Math.min(sent.end + 1, tailAt + 120))) : null;
        if (tailVerb) {
          const named = nameEndingAt(masked, tailAt + tailVerb.index);
          if (named && /^(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.\-]*\s+){0,3}\p{Lu}[\p{L}.\-]*[’']s(?:\s+[\p{Ll}\-]+){0,3}\s+$/u.test(masked.slice(tailAt, named.npStart ?? named.start))) tailName = named;
        }
        if (tailName && tailName.kind === 'person' && tailName.name && TAIL_VERB.test(masked.slice(tailName.end, tailName.end + 60)) && !overlapsFound(s.start, s.end)) {
          addFound({ start: s.start, end: s.end, cue: TAIL_VERB.exec(masked.slice(tailName.end, tailName.end + 60))![1]!, phrase: tailName, quoted: true });
          used.add(s);
          continue;
        }
        // “Name gloated: ‘…’”: a name and a verb we do not list, then a colon and the quote.
        // "Ortiz fired back forcefully: ‘…’", "Ortiz shot back, “…”": a particle and an adverb may follow the verb.
        const colonVerb = s.open >= 0 ? /(\S)\s+(\p{Ll}+ed|\p{Ll}+\s+back)(?:\s+(?:back|up|out|off|on|in))?(?:\s+\p{Ll}+ly)?\s*[:,]\s*$/u.exec(masked.slice(sent.start, s.open)) : null;
        const colonName = colonVerb ? nameEndingAt(masked, sent.start + colonVerb.index + 1) : null;
        if (colonName && colonName.kind === 'person' && !overlapsFound(s.start, s.end)) {
          addFound({ start: s.start, end: s.end, cue: colonVerb![2]!, phrase: colonName, quoted: true });
          used.add(s);
          continue;
        }
        // “Ortiz’s response was: ‘…’” in a paragraph that quoted someone else: the possessor's words, not a continuation.
        const ownSpeech = s.open > sent.start ? /[’']s?\s+(?:[\p{Ll}\-]+\s+){0,2}(?:response|reply|answer|message|retort|verdict)\s+(?:was|is)\s*:\s*$/u.exec(masked.slice(Math.max(sent.start, s.open - 80), s.open)) : null;
        const ownerAt = ownSpeech ? s.open - ownSpeech[0].length : -1;
        const ownerName = ownSpeech ? nameEndingAt(masked, ownerAt + /^[’']s?/u.exec(ownSpeech[0])![0].length) : null;
        if (ownerName && ownerName.kind === 'person' && !overlapsFound(s.start, s.end)) {
          addFound({ start: s.start, end: s.end, cue: /(response|reply|answer|message|retort|verdict)\s+(?:was|is)\s*:\s*$/u.exec(ownSpeech![0])![1]!, phrase: ownerName, quoted: true });
          used.add(s);
          continue;
        }
        let prevFound = found.filter((f) => f.end <= s.start).pop();
        // “…,” said Ann Pell, a lawyer who has been fighting the mills for years. “…”: a reported clause inside an
        // attributed quote's own attribution sentence does not end its continuation, when the new quote's sentence
        // names no one before it.
        const named = seen.some((m) => m.end <= s.open);
        const skips = (q: Found, f: Found) => q.quoted && !!(q.phrase || q.speaker) && !named && !f.quoted && f.start > q.end && !/[.!?]\s/.test(masked.slice(q.end + 1, f.start));
        if (prevFound && !prevFound.quoted) {
          const quoted = found.filter((f) => f.end <= s.start && f.quoted).pop();
          if (quoted && found.every((f) => f.start <= quoted.end || f.start >= s.start || skips(quoted, f))) prevFound = quoted;
        }
        const from = prevFound;
        const sentenceLike = /^[\p{Lu}\d]/u.test(text.slice(s.start, s.start + 1)) && wordCount(text.slice(s.start, s.end)) >= 4;
        const personal = prevFound?.phrase && (prevFound.phrase.kind === 'person' || prevFound.phrase.kind === 'pronoun');
        // "Vance told supporters to respond. One supporter, Rep. Ana Ortiz, gave it a whirl: “…”": a person named in
        // the quote's own later sentence, as its subject, speaks instead.
        const verbAfter = (m: Mention) => /^\s*(?:,[^,~“”"]{1,80},)?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(masked.slice(m.end, s.open))?.[1] ?? '';
        const newSubject = !!from && !from.quoted && from.end < sent.start && seen.some((m) => m.end <= s.open && !OBJECT_OF_PREPOSITION.test(masked.slice(Math.max(sent.start, m.start - 40), m.start)) && (/[^s]s$|ed$/.test(verbAfter(m)) || BARE_FINITE.has(verbAfter(m))));
        if (from && !newSubject && (from.quoted || /[“"«„‘']/.test(text.slice(from.start - 1, from.end + 1)) || (personal && sentenceLike)) && !found.some((f) => f.start > from.end && f.start < s.start && !skips(from, f))) {
          addFound({ start: s.start, end: s.end, cue: null, phrase: null, quoted: true, continues: prevFound });
          used.add(s);
        } else if (!prevFound && s.open <= firstNonSpace(text) && quotedShare(0, text.length, segs) >= 0.6 && (inherited = inheritedSpeaker(bi))) {
          addFound({ start: s.start, end: s.end, cue: null, phrase: null, quoted: true, speaker: inherited });
          used.add(s);
        } else if (s.close >= 0 && wordCount(text.slice(s.start, s.end)) >= 3 && !overlapsFound(s.start, s.end)) {
          // A quoted phrase with no cue in reach: speech of the person the sentence names first, else unknown.
          // The name right before an unlisted verb next to the quote ("… and Vance laughs, “…”"), else the first.
          // After the quote, "“…,” the nominee riffed on Hassan’s answer": a name past a description that opens the
          // tail is not the speaker.
          const describedTail = s.close >= 0 && /^[\s,]*(?:the|a|an|one|another)\s/iu.test(masked.slice(s.close + 1, s.close + 12));
          // Not a name after a preposition: "offering “an apology” to Sen. Ortiz", "had “one conversation” with Ruiz"
          // name the addressee, not the speaker.
          const first = seen.find((m) => !(describedTail && m.start > s.close) && !m.oblique && !OBJECT_OF_PREPOSITION.test(masked.slice(Math.max(sent.start, m.start - 40), m.start)));
          // Not a copula: "the Lakeview Air Force is “the best”" describes, it does not speak.
          const nextToQuote = seen.find((m) => m.end < s.open && /^\s+(?!(?:is|was|has|does|seems|looks|remains|becomes)\b)\p{Ll}+(?:s|ed|ing)\s*[:,]?\s*$/u.test(masked.slice(m.end, s.open)));
          // “Ortiz’s claim that there were “thousands of them””: the quote is the possessor's words.
          const possessed = POSSESSED_SPEECH.exec(masked.slice(Math.max(sent.start, s.open - 160), s.open));
          // A name the article already knows ("on Ortiz’s claim" is after a preposition, still the claim's owner).
          const ownerEnd = possessed ? s.open - possessed[0].length : -1;
          const owner = possessed ? /(?:\p{Lu}[\p{L}.’'\-]*\s+){0,3}\p{Lu}[\p{L}’'\-]*$/u.exec(masked.slice(Math.max(sent.start, ownerEnd - 60), ownerEnd)) : null;
          const ownerPerson = owner ? roster.resolve(owner[0]) ?? roster.resolve(owner[0].split(/\s+/).pop()!) : null;
          const possessor = ownerPerson ? { person: ownerPerson, start: ownerEnd - owner![0].length, end: ownerEnd } : null;
          // "Acknowledging that Ortiz “says silly things,” Lind did suggest …": a partial quote in a fronted participle
          // clause is the words of the main clause's subject (who does the acknowledging).
          const fronted = !possessor && !nextToQuote ? mainSubjectAhead(masked, sent, s.open, s.close + 1, true) : null;
          const frontedPerson = fronted ? roster.resolve(fronted.name!) : null;
          // "Ana Ortiz agreed. “…”": a quote opening a sentence that names no one, after a bare attribution.
          const bare = !first && !possessor && afterBare && /^\s*$/u.test(masked.slice(sent.start, s.open)) ? afterBare : null;
          const named = possessor ?? nextToQuote ?? (frontedPerson ? { person: frontedPerson, start: fronted!.start, end: fronted!.end } : first) ?? bare;
          const speaker = named ? personSpeaker(named.person, { block: block.id, start: named.start, end: named.end }, null, input) : undefined;
          // A headline ("Cruz ‘glad to finish’ fight", "A lesson from Ana Ortiz: ‘…’"): its names are not known yet,
          // and the name as written does not join the roster (the article names the person in full later).
          const headline = !named && bi === 0 && text.length < 200 ? headlineName(masked, sent, s) : null;
          // "In a bid to make its point, the Harbor Times focuses on the toll: “…”": a sentence naming no person whose
          // subject is an organisation with a verb of its own; the quote is the organisation's (not after a copula:
          // "the Harbor Board is “the best”" describes it).
          const orgSubject = !named && !headline ? organizationSubject(masked, sent.start, s.open) : null;
          const orgPhrase = orgSubject?.kind === 'org' && CLAUSE_VERB.test(masked.slice(orgSubject.end, s.open)) && !/^\s+(?:is|was|are|were|remains|seems|becomes)\s*[:,]?\s*$/u.test(masked.slice(orgSubject.end, s.open)) ? orgSubject : null;
          if (orgPhrase) {
            addFound({ start: s.start, end: s.end, cue: null, phrase: orgPhrase, quoted: true });
            used.add(s);
            continue;
          }
          const org = headline ? (headline.kind === 'org' ? headline.name : headline.organization) : null;
          const written: Speaker | undefined = headline
            ? { name: headline.name, role: headline.role, organization: org, sourceId: org ? input.index.lookup(org)?.id ?? null : null, span: { block: block.id, start: headline.start, end: headline.end } }
            : speaker;
          addFound({ start: s.start, end: s.end, cue: null, phrase: null, quoted: true, speaker: written });
          used.add(s);
        }
      }
    }

    found.sort((a, b) => a.start - b.start);
    const speakers = new Map<Found, Speaker>();
    for (const f of found) {
      const speaker = (f.quoted && !f.cue ? signedQuote(text, f, block, roster, input) : null) ?? f.speaker ?? (f.continues && speakers.get(f.continues)) ?? toSpeaker(f, block, roster, mentions, pos, input, out);
      speakers.set(f, speaker);
      out.push({
        kind: 'quote',
        span: { block: block.id, start: f.start, end: f.end },
        text: text.slice(f.start, f.end),
        direct: f.quoted || quotedShare(f.start, f.end, segs) >= 0.5,
        cue: f.cue,
        speaker,
      });
      if (f.quoted && (speaker.name || speaker.role)) last = { speaker, block: bi, atEnd: text.length - f.end < 60 };
      // A quote left open at the end of the previous paragraph is the start of this one.
      if (openQuote && f === found[0] && f.quoted && f.start <= firstNonSpace(text) + 1 && (speaker.name || speaker.role)) {
        out.push({ ...openQuote.annotation, cue: f.cue, speaker });
      }
    }
    openQuote = null;
    // This paragraph's quotes are the last ones out (scanning back, no pass over the whole article).
    const mine: number[] = [];
    for (let i = out.length - 1; i >= 0 && out[i]!.span.block === block.id; i--) mine.unshift(i);
    // A quote credited only by carrying on the previous paragraph's speaker (no cue of its own) is unsigned too:
    // a signature line under it names the speaker better than the paragraph before.
    if (mine.length && mine.every((i) => out[i]!.direct && (!out[i]!.cue || (!out[i]!.speaker.name && !out[i]!.speaker.role))) && quotedShare(0, text.length, segs) >= 0.8) unsigned = { bi, quotes: mine };
    const lastSent = sentences[sentences.length - 1];
    prevPara = lastSent
      ? {
          bi,
          speaker: latestNamedSpeaker(out, block.id),
          subject: sentenceSubject(block, masked, lastSent, mentions, input),
          colon: /:\s*$/.test(text),
        }
      : null;
    const tail = segs[segs.length - 1];
    if (tail && tail.close < 0 && !used.has(tail) && !isNotSpeech(masked, tail, text)) {
      openQuote = { annotation: { kind: 'quote', span: { block: block.id, start: tail.start, end: tail.end }, text: text.slice(tail.start, tail.end), direct: true, cue: null, speaker: { name: null, role: null, organization: null, sourceId: null, span: null } } };
    }
    pos += text.length + 2;
  });
  return out;
}

/**
 * The person a sentence is, when it is only a named subject and a speech cue with at most a short adjunct: "Ana
 * Ortiz agreed.", "Lakeview College's Ben Ruiz said in a statement.", "Ortiz, the board's lawyer, added." (not "Ortiz
 * declined to comment.").
 */
function bareAttribution(masked: string, sent: Sent, seen: Mention[]): Mention | null {
  const m = seen[seen.length - 1];
  if (!m) return null;
  if (!/^[\s\p{L}.’'\-]*$/u.test(masked.slice(sent.start, m.start)) || wordCount(masked.slice(sent.start, m.start)) > 4) return null;
  const rest = /^(?:,\s+[^,;:~“”"«»„()]{2,80}?,?)?\s+(?:(?:also|then|later|quickly|again)\s+)?(\p{Ll}+)(?:\s+(?:in|on|at|during|with|after|before|over|via)\s+[^,;:!?~“”"«»„()]{1,50})?\s*[.:]?\s*$/u.exec(masked.slice(m.end, sent.end));
  return rest && CUES.has(rest[1]!) ? m : null;
}

/** The latest quote in a block with a named speaker (scanning back from the end, no copies). */
function latestNamedSpeaker(out: QuoteAnnotation[], block: string): Speaker | null {
  for (let i = out.length - 1; i >= 0 && out[i]!.span.block === block; i--) if (out[i]!.speaker.name) return out[i]!.speaker;
  return null;
}

/**
 * The person a sentence is about: the named person followed by a verb ("President Reyes released this
 * statement:"), else the first person it names; with no person, an organisation opening it with a verb of its own.
 */
function sentenceSubject(block: Block, masked: string, sent: { start: number; end: number }, mentions: Mention[], input: DetectInput): Speaker | null {
  const inSent = mentions.filter((m) => !m.oblique && m.block === block.id && m.start >= sent.start && m.end <= sent.end);
  if (!inSent.length) {
    // "At Ruiz’s direction, the Harbor Board issued a statement …": no person, an organisation with its own verb.
    const org = organizationSubject(masked, sent.start, sent.end);
    if (!org || !org.name || !CLAUSE_VERB.test(masked.slice(org.end, sent.end))) return null;
    return { name: org.name, role: null, organization: org.name, sourceId: input.index.lookup(org.name)?.id ?? null, span: { block: block.id, start: org.start, end: org.end } };
  }
  const verbAfter = inSent.find((m) => /^\s+(?!(?:and|or|of|in|at|to|for|with|on|from|by|as|the|a|an)\b)\p{Ll}/u.test(block.text.slice(m.end, m.end + 20)));
  const m = verbAfter ?? inSent[0]!;
  return personSpeaker(m.person, { block: m.block, start: m.start, end: m.end }, null, input);
}

/** The report's Speaker for a person on the roster, the organisation linked to the dataset. */
function personSpeaker(person: Person, span: Span | null, venue: string | null, input: DetectInput): Speaker {
  const organization = person.organization ?? venue;
  return { name: person.name, role: person.role, organization, sourceId: organization ? input.index.lookup(organization)?.id ?? null : null, span };
}

/** A pull quote signed on its own last line ("… we need stimulus.\nAna Ortiz, Harbor Policy Institute."): the name. */
const SIGNATURE_LINE = /\n[ \t]*((?:\p{Lu}[\p{L}.’'\-]*\s+){1,3}\p{Lu}[\p{L}’'\-]*)(?:,[^\n,]{2,80})?\.?[ \t]*$/u;

function signedQuote(text: string, f: Found, block: Block, roster: Roster, input: DetectInput): Speaker | null {
  const m = SIGNATURE_LINE.exec(text.slice(f.start, f.end));
  if (!m) return null;
  // "S.C. Rep. Jim Clyburn.": titles before the name are its role.
  const p = nameStartingAt(text, f.start + m.index + m[0].indexOf(m[1]!));
  if (!p || p.kind !== 'person' || !looksLikePersonName(p.name!)) return null;
  const person = roster.resolve(p.name!) ?? roster.add(p.name!, null, null);
  return personSpeaker(person, { block: block.id, start: p.start, end: p.end }, null, input);
}

/**
 * Lines that are each one quote signed after a dash: “… he said it over and over …” ― Vera Cruz. The signature
 * names the speaker of everything inside, whatever cues or inner quote marks the quote itself holds.
 */
function dashedLines(text: string): Found[] {
  const out: Found[] = [];
  if (!/[―—–]/u.test(text)) return out;
  const line = /^[ \t]*([“”"‘])[^\n]*?[”"’]([ \t]*[―—–][ \t]*)[^―—–\n]{2,60}$/gmu;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const dash = m.index + m[0].length - m[0].slice(m[0].lastIndexOf(m[2]!)).length;
    const phrase = nameStartingAt(text, dash + m[2]!.length);
    const lineEnd = m.index + m[0].length;
    // After the name, only an age or a place may follow (", 34, of Tucson").
    if (!phrase || (phrase.kind !== 'person' && phrase.kind !== 'org') || !/^[\s.]*$|^,/.test(text.slice(phrase.end, lineEnd))) continue;
    const start = m.index + m[0].indexOf(m[1]!) + 1;
    const end = dash - 1;
    if (wordCount(text.slice(start, end)) >= 3) out.push({ start, end, cue: '―', phrase, quoted: true });
  }
  return out;
}

/** A person's name in title case labelling a quoted transcript line ("“Ben Ruiz: …"). */
const TITLE_CASE_LABEL = /^([“"]\s*)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{Ll}’'\-]+(?:\s+\p{Lu}[\p{Ll}’'\-]+)?)\s*:\s+(?=\S)/u;

/** A transcript paragraph: "WALLACE: Let's start …", optionally inside an opening quote mark. */
function transcriptQuote(block: Block, roster: Roster, input: DetectInput): Found | null {
  const text = block.text;
  // "“Ben Ruiz: Seriously, …”": a quoted transcript line may name its speaker in title case.
  const label = /^([“"]?\s*)(\p{Lu}[\p{Lu}.'’\- ]{1,40}\p{Lu})\s*:\s+(?=\S)/u.exec(text) ?? TITLE_CASE_LABEL.exec(text);
  if (!label) return null;
  const start = label[0].length;
  let end = text.length;
  while (end > start && /[\s”"]/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  const written = label[2]!;
  const name = written.toLowerCase().replace(/(^|[\s\-'’.])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  // "UPDATE: …", "FIX IS IN: …": a kicker or a clause in capitals labels a story, not a speaker.
  if (HEADLINE_KICKER.test(name) || titleCaseClause(name)) return null;
  if (label[2] !== label[2]!.toUpperCase() && !looksLikePersonName(name)) return null;
  const person = roster.resolve(name.split(/\s+/).pop()!) ?? roster.add(name, null, null);
  const nameStart = label[1]!.length;
  const speaker = personSpeaker(person, { block: block.id, start: nameStart, end: nameStart + written.length }, null, input);
  return { start, end, cue: ':', phrase: null, quoted: true, speaker };
}

/** A headline attribution in a short block: "Mayor Ortiz: ‘We will rebuild the bridge’". */
function headlineQuote(block: Block, bi: number, masked: string, segs: QuoteSegment[], input: DetectInput): Found | null {
  const text = block.text;
  const colon = /^[^:“"‘'«]{2,80}?:\s+(?=\S)/u.exec(masked);
  if (!colon || text.length >= 250 || !(bi === 0 || block.kind === 'heading' || /[“"‘'«„]/.test(text.slice(colon[0].length)))) return null;
  let phrase = nameEndingAt(masked, colon[0].replace(/\s*:\s+$/, '').length);
  if (!phrase || (phrase.npStart ?? phrase.start) > firstNonSpace(text)) return null;
  // "Ana Ortiz Praises Harbor’s Editor Ben Ruiz: ‘…’": the name before the headline's verb speaks, not its object.
  const lead = HEADLINE_VERB_LEAD.exec(masked.slice(firstNonSpace(text), phrase.start));
  const leadEnd = lead ? firstNonSpace(text) + lead[1]!.length : 0;
  const subject = lead && !/^(?:Says|Is|Was|Has|Does)$/.test(lead[2]!) ? nameEndingAt(masked.slice(0, leadEnd), leadEnd) : null;
  if (subject && subject.kind === 'person' && looksLikePersonName(subject.name!) && (subject.npStart ?? subject.start) <= firstNonSpace(text)) phrase = subject;
  const single = !phrase.name!.includes(' ');
  if (HEADLINE_KICKER.test(phrase.name!)) return null;
  const plausible =
    (phrase.kind === 'person' && (single || (looksLikePersonName(phrase.name!) && !titleCaseClause(phrase.name!)))) || (phrase.kind === 'org' && (single || input.index.lookup(phrase.name!) !== null));
  if (!plausible) return null;
  let start = colon[0].length;
  let end = trimEnd(text, start, text.length);
  const whole = segs.find((s) => s.open === start && s.close >= end - 1);
  if (whole) {
    start = whole.start;
    end = whole.end;
  }
  return wordCount(text.slice(start, end)) >= 2 ? { start, end, cue: ':', phrase, quoted: false } : null;
}

/** A title-case headline that opens with a name and a verb in -s ("Ana Ortiz Praises …"): the name, the verb. */
const HEADLINE_VERB_LEAD = /^((?:\p{Lu}[\p{L}.’'\-]*\s+){0,3}\p{Lu}[\p{L}’'\-]*)\s+(\p{Lu}\p{Ll}+s)\s+\S/u;

/** A headline's kicker label before its colon ("Exclusive: …", "Update: …", "Bombshell: …"), never a speaker. */
const HEADLINE_KICKER = /^(?:Update|Updated|Updates|Exclusive|Breaking|Busted|Bombshell|Watch|Photos|Opinion|Editorial|Commentary|Review|Live|Revealed|Confirmed|Shock|Shocking|Boom|Flashback|Correction|Clarification|Listen|Latest|Exposed|Wow|Developing|Alert|Factcheck|Explainer|Perspective|Column|Letters)$/i;

/**
 * A title-case heading that is a clause, not a name ("Harbor Aid Faces Cuts", "Fix Is In"): an auxiliary or
 * preposition among its words, or four or more words with a verb in -s between them.
 */
function titleCaseClause(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.some((w) => /^(?:Is|Are|Was|Were|Has|Have|Had|Could|Would|Should|Does|Did|In|On|For|To|With|At|From|Into|Over|The|And|Or|But)$/.test(w))) return true;
  // Not a surname before a suffix or after an initial ("Harry B. Harris Jr.").
  return words.length >= 4 && words.slice(1, -1).some((w, i) => /^\p{Lu}\p{Ll}+[^s’'\s]s$/u.test(w) && !/^\p{Lu}\.$/u.test(words[i]!) && !/^(?:Jr|Sr|II|III|IV)\.?$/u.test(words[i + 2]!));
}

/** A title-case headline's attribution, leading ("Ortiz Says Ferry Will Return") or trailing ("…, Ana Ortiz Says."). */
const HEADLINE_SAYS_LEAD = /^(\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,3})\s+(Says|Said|Warns|Insists|Claims)\s+(?=\S)/u;
const HEADLINE_SAYS_TRAIL = /,\s+(\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,3})\s+(Says|Said)[\s.!?]*$/u;

/**
 * "Obama Says Museum Will Tell …", "Trump Could Address Clean Energy, Lindsey Graham Says.": the opening headline's
 * title-case attribution, when the article names that person (Obama: "President Barack Obama"; not "Former White
 * House Doctor" nor "Black Lawmakers"). The speaker is the article's own full name for them.
 */
function headlineSays(block: Block, bi: number, masked: string, input: DetectInput): Found | null {
  if (bi !== 0 || masked.length >= 200) return null;
  const lead = HEADLINE_SAYS_LEAD.exec(masked);
  const trail = lead ? null : HEADLINE_SAYS_TRAIL.exec(masked);
  const m = lead ?? trail;
  if (!m) return null;
  const written = m[1]!;
  const nameStart = m.index + m[0].indexOf(written);
  const start = lead ? m[0].length : firstNonSpace(block.text);
  const end = trimEnd(block.text, start, lead ? block.text.length : m.index);
  if (wordCount(block.text.slice(start, end)) < 3) return null;
  const full = articleName(written, input);
  if (!full) return null;
  const speaker: Speaker = { name: full, role: null, organization: null, sourceId: null, span: { block: block.id, start: nameStart, end: nameStart + written.length } };
  return { start, end, cue: m[2]!.toLowerCase(), phrase: null, quoted: false, speaker };
}

/**
 * The article's own name for a person its headline names ("Obama" → "Barack Obama", or "Obama" when the article
 * gives only "President Obama"), read from the first blocks; null when the article names no such person.
 */
function articleName(written: string, input: DetectInput): string | null {
  const last = written.split(/\s+/).pop()!;
  let full: string | null = null;
  let chars = 0;
  for (const b of input.blocks.slice(1, 12)) {
    if ((chars += b.text.length) > 8000) break;
    full = personMentions(b.text).map((p) => p.name!).find((n) => n.split(/\s+/).pop() === last && (!written.includes(' ') || n.endsWith(written))) ?? null;
    if (full) break;
  }
  // A surname the article gives only with a title ("President Obama", "Mr. Obama").
  const titled = new RegExp(`(?:\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\\.|\\b(?:President|Senator|Governor|Mayor|Secretary|Speaker|Judge))\\s+${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u');
  if (!full && !written.includes(' ') && input.blocks.slice(1, 12).some((b) => titled.test(b.text))) full = written;
  return full && (looksLikePersonName(full) || full === written) ? full : null;
}

/** What may come between a headline's speaker and its colon: a preposition's phrase, or a verb and its object. */
const HEADLINE_MIDDLE = /^(?:\s+(?:on|to|about|at|On|To|About|At)\s+[^:~]{1,60}?|\s+(\p{Lu}\p{Ll}+s\s+[^:~]{1,60}?))?:\s+(?=\S)/u;

/**
 * "Clinton to Planned Parenthood: Trump will …", "Mukasey at RNC: …", "Ortiz Hammers Harbor Board: ‘…’": the
 * opening headline names its speaker first and gives the words after a colon (quoted when a verb comes between),
 * when the article names that person.
 */
function headlineSpeaker(block: Block, bi: number, masked: string, segs: QuoteSegment[], input: DetectInput): Found | null {
  if (bi !== 0 || masked.length >= 200 || !masked.includes(':')) return null;
  // "EXCLUSIVE – ", then up to four capitalised words; the shortest run the article names as a person is the speaker.
  const lead = /^(?:\p{Lu}+\s+[–—-]\s+)?(?:(?:Former|Ex-|AG|Sen\.|Rep\.|Gov\.|Gen\.|Dr\.|President|Senator|Governor|Mayor)\s+)*/u.exec(masked)![0].length;
  const words = [...masked.slice(lead).matchAll(/[^\s:]+/gu)].slice(0, 4);
  if (!words.length || isNotName(words[0]![0])) return null;
  for (let k = 1; k <= words.length; k++) {
    const w = words[k - 1]!;
    if (!/^\p{Lu}[\p{L}.’'\-]*$/u.test(w[0]) || /[’']s$/u.test(w[0])) return null;
    const nameEnd = lead + w.index! + w[0].length;
    const m = HEADLINE_MIDDLE.exec(masked.slice(nameEnd));
    if (!m) continue;
    const written = masked.slice(lead, nameEnd);
    let start = nameEnd + m[0].length;
    let end = trimEnd(block.text, start, block.text.length);
    const whole = segs.find((s) => s.open === start && s.close >= end - 1);
    // A verb between the name and the colon ("Hammers Harbor Board:") makes only quoted words speech.
    if (m[1] && !whole) continue;
    if (whole) {
      start = whole.start;
      end = whole.end;
    }
    if (wordCount(block.text.slice(start, end)) < 3) return null;
    const full = articleName(written, input);
    if (!full) continue;
    const speaker: Speaker = { name: full, role: null, organization: null, sourceId: null, span: { block: block.id, start: lead, end: nameEnd } };
    return { start, end, cue: ':', phrase: null, quoted: !!whole, speaker };
  }
  return null;
}

/**
 * The name a headline gives a quote it does not attribute: the nearest name before the quote with only lower-case
 * words or a colon between ("DNC issues ‘…’", "A lesson from Ana Ortiz: ‘…’"), else a name right after it with a
 * verb ("‘…’ his secret weapon, Ortiz hints").
 */
function headlineName(masked: string, sent: Sent, s: QuoteSegment): SpeakerPhrase | null {
  if (s.open < 0) return null;
  const before = /(\S)((?:\s+\p{Ll}[\p{Ll}’'\-]*){0,5})\s*:?\s*$/u.exec(masked.slice(sent.start, s.open));
  const pick = (p: SpeakerPhrase | null) => (p && (p.kind === 'person' || p.kind === 'org') && p.name && !isNotName(p.name) && !(p.kind === 'person' && titleCaseClause(p.name)) ? p : null);
  if (before) {
    // The capitalised run read on its own: after "from" or "by" a headline's name is still its subject.
    const end = sent.start + before.index + 1;
    const run = /(?:\p{Lu}[\p{L}’'.\-]*\s+){0,3}\p{Lu}[\p{L}’'.\-]*$/u.exec(masked.slice(Math.max(sent.start, end - 80), end));
    const at = run ? end - run[0].length : -1;
    const phrase = run ? pick(nameEndingAt(masked.slice(at, end), end - at)) : null;
    if (phrase) return { ...phrase, start: at + phrase.start, end: at + phrase.end, npStart: at + (phrase.npStart ?? phrase.start) };
  }
  const after = s.close >= 0 ? /,\s+(?=\p{Lu})/u.exec(masked.slice(s.close + 1, sent.end)) : null;
  if (after) {
    const at = s.close + 1 + after.index + after[0].length;
    const phrase = pick(nameStartingAt(masked, at));
    if (phrase && /^\s+\p{Ll}+s\s*[.;!]?\s*$/u.test(masked.slice(phrase.end, sent.end))) return phrase;
  }
  return null;
}

function firstNonSpace(text: string): number {
  const m = /\S/.exec(text);
  return m ? m.index : 0;
}

function wordCount(s: string): number {
  // The whitespace-separated words with a letter or digit, counted without splitting: each match starts at such
  // a character and runs to the end of its word.
  WORD_WITH_LETTER.lastIndex = 0;
  let n = 0;
  while (WORD_WITH_LETTER.test(s)) n++;
  return n;
}

const WORD_WITH_LETTER = /[\p{L}\p{N}]\S*/gu;

/** The text with quote contents replaced by "~" so cues and names inside quotes are not read as attribution. */
function maskQuotes(text: string, segs: QuoteSegment[]): string {
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
function mergeSentences(sents: { start: number; end: number }[], segs: QuoteSegment[], masked: string): { start: number; end: number }[] {
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

function quotedShare(start: number, end: number, segs: QuoteSegment[]): number {
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

function isNotSpeech(masked: string, s: QuoteSegment, text: string = masked): boolean {
  const before = masked.slice(Math.max(0, s.open - 60), Math.max(0, s.open));
  if (NOT_SPEECH_BEFORE.test(before)) return true;
  // Scare quotes and quoted names: one or two words.
  if (wordCount(masked.slice(s.start, s.end).replace(/~/g, 'x')) <= 2 && s.end - s.start < 30) return true;
  return isTitleCase(text.slice(s.start, s.end));
}

/** “The Quiet Empire of the Southern Seas”: a title, not speech (most words capitalised, no inner sentence). */
function isTitleCase(content: string): boolean {
  const words = content.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 2 || words.length > 12 || /[.!?]\s+\S/.test(content)) return false;
  const minor = /^(?:a|an|the|of|and|or|for|to|in|on|at|by|with|from|as|is|vs\.?)$/;
  const major = words.filter((w) => !minor.test(w));
  return major.length > 0 && major.every((w) => /^[\p{Lu}\d(‘'"“]/u.test(w)) && words.slice(1).some((w) => /^\p{Lu}/u.test(w));
}

/** The appositive role after a name ending at `nameEnd` (", the director general of Havforsk,"). */
function appositiveRole(text: string, nameEnd: number, limit: number): string | null {
  const m = /^,\s+([^,.;:“”"()—–]{2,120}?)(?=,|\.\s|\.$|;|\s+(?:who|which)\b|\s+--\s|\s*[—–]|$)/u.exec(text.slice(nameEnd, limit));
  if (!m) return null;
  const phrase = m[1]!;
  if (!looksLikeRole(phrase)) return null;
  if (CUE_WORD_RE.test(phrase)) return null;
  return cleanRole(phrase);
}

const CUE_WORD_RE = new RegExp(`\\b(?:${[...CUES.keys()].filter((k) => k.length > 3).join('|')})\\b`, 'i');

type Sent = { start: number; end: number };

/** ", Ana Ortiz " or "” Mr. Ruiz " right before a cue: a trailing attribution's subject. */
const TRAILING_NAME = /[,”"»]\s+(?:(?!(?:and|but|or|so|then|while|as|because|when|if|that|who)\s)\p{Ll}+\s+){0,2}(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}[\p{L}’'\-]+){0,2}\s+$/u;

/** What may follow a trailing "…, Ruiz said": the sentence end, or an adjunct first ("in posing the question to Ortiz"). */
const TRAILING_ADJUNCT = /^(?:\s+(?:in|on|at|during|after|before|while|when|as)\s+[^,;:~“”"«»„]{1,80}?)?\s*[.!?]?\s*$/u;

/** ", citing “…,” " before a cue: a participle aside whose object is a quote (masked), not speech before the cue. */
const QUOTING_ASIDE = /,\s*\p{Ll}+ing\s+[“"‘'«]{1,2}[~\s,.]*[”"’»']{1,2}\s*,?\s*$/u;

/** What may follow a trailing "…, Ruiz said": the sentence's end, after a day or time at most ("said Monday."). */
const TRAILING_REST = /^\s*(?:(?:on\s+)?(?:(?:last|this|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|week|month|year|earlier|later)(?:\s+(?:morning|afternoon|evening|night))?\s*)?[.!?]?\s*$/u;

/** Words before "states" that make it the noun ("give states", "swing states", "in states"). */
const STATES_NOUN_BEFORE =
  /^(?:give|gives|giving|gave|let|lets|allow|allows|allowing|help|helps|force|forces|require|requires|urge|urges|encourage|many|all|other|several|some|most|both|few|individual|southern|northern|western|eastern|border|battleground|swing|red|blue|member|key|early|primary|those|these|which|whose|and|or|in|for|from|by|with|across|among|between|fifty|\d+)$/iu;

/** Every attribution in one sentence: each cue with a speaker and content. */
function attributionsIn(text: string, masked: string, sent: Sent, segs: QuoteSegment[]): Found[] {
  const out: Found[] = [];
  const wordRe = /[\p{L}]+(?:[’'][\p{L}]+)?/gu;
  wordRe.lastIndex = sent.start;
  const taken = (s: number, e: number) => out.some((f) => s < f.end && e > f.start);
  for (let m = wordRe.exec(masked); m && m.index < sent.end; m = wordRe.exec(masked)) {
    const word = m[0].toLowerCase();
    const cueStart = m.index;
    let cueEnd = m.index + m[0].length;
    let entry: CueEntry | undefined = CUES.get(word);
    let according = false;
    if (word === 'according' && /^\s+to\b/.test(masked.slice(cueEnd))) {
      according = true;
      cueEnd += /^\s+to/.exec(masked.slice(cueEnd))![0].length;
    }
    // "As reported by the Harbor Times, …", "…, as first reported by Delta News.": like "according to".
    const asReported = word === 'as' ? AS_REPORTED.exec(masked.slice(cueEnd, cueEnd + 40)) : null;
    if (asReported) {
      according = true;
      cueEnd += asReported[0].length;
    }
    // "the harbor police’s earlier claim that …", "Ortiz’s assertion that …": a possessor's speech noun and its clause.
    if (!according && SPEECH_NOUN.test(word)) {
      const claim = possessedClaim(text, masked, sent, cueStart, cueEnd, segs);
      if (claim) {
        if (!taken(claim.start, claim.end)) out.push(claim);
        continue;
      }
    }
    if (!entry && !according) continue;
    // Noun and infinitive uses are not cues: "Russia’s decline", "the report", "hard to believe", "think tanks".
    const prevWord = /(\S+)\s+$/u.exec(masked.slice(Math.max(sent.start, cueStart - 40), cueStart))?.[1] ?? '';
    if (!according && (/^[\p{L}.\-]+(?:[’']s|s[’'])$/u.test(prevWord) || /^(?:the|a|an|his|her|its|their|our|my|your|this|that|to|of|these|those|new|recent|latest)$/i.test(prevWord))) continue;
    if (!according && /^\s+tanks?\b/.test(masked.slice(cueEnd, cueEnd + 8))) continue;
    // "in many states", "several reports": an -s form after a plural quantifier is a noun ("many say" is a verb).
    if (!according && /s$/u.test(word) && word !== entry!.lemma && /^(?:many|several|few|both|various|numerous|multiple|all|most|some|other|more|fewer|same|\d(?:[\d,]*\d)?)$/iu.test(prevWord)) continue;
    // "hours before reports that …", "amid claims", "despite warnings": an -s form right after a preposition is a noun.
    if (!according && /s$/u.test(word) && word !== entry!.lemma && /^(?:about|after|before|amid|amidst|despite|with|without|from|of|on|in|into|for|by|against|among|following|including|regarding|under|to)$/u.test(prevWord)) continue;
    // "that 2013 report, Ben Ruiz, said", "decided by 5-to-4 votes": a dated or counted noun, not a verb
    // ("Ortiz in 2015 said" keeps its verb: no determiner before the year).
    if (!according && (/^\d+-(?:to-)?\d+$/u.test(prevWord) || (/^(?:1[89]|20)\d\d$/u.test(prevWord) && /(?:^|\s)(?:the|a|an|that|this|its|his|her|their|our|\p{L}+[’']s)\s+\S+\s+$/iu.test(masked.slice(Math.max(sent.start, cueStart - 40), cueStart))))) continue;
    // "a divisive brand of politics": the bare lemma before "of" is a noun for some cues.
    if (!according && entry!.ofNoun && word === entry!.lemma && /^\s+of\b/u.test(masked.slice(cueEnd, cueEnd + 6))) continue;
    // "her decision against labeling the group …", "left without saying …": a gerund after these states nothing.
    if (!according && /ing$/.test(word) && /^(?:against|without)$/i.test(prevWord)) continue;
    // "state Sen. Ana Ortiz", "state Del. Ben Ruiz": the noun before a title is part of the speaker's role.
    if (word === 'state' && STATE_TITLE.test(masked.slice(cueEnd, cueEnd + 20))) continue;
    // "give states broad freedom", "in swing states", "many states": the noun, after a verb, quantifier or preposition.
    if ((word === 'states' || word === 'state') && STATES_NOUN_BEFORE.test(prevWord)) continue;
    if (!according && nounUse(masked, sent.start, cueStart, word, entry!)) continue;
    // "Ortiz, shown as a hero", "Ortiz is not known as a speaker": a participle apart from the simple past
    // ("shown", "known", "spoken", "written") states something only after "have"; else it is passive.
    if (!according && entry!.past && entry!.past.length > 1 && word === entry!.past[entry!.past.length - 1] && !/ed$/.test(word) && !entry!.past.slice(0, -1).includes(word) && !PERFECT_BEFORE.test(masked.slice(Math.max(sent.start, cueStart - 40), cueStart))) continue;
    // Cue verbs are lower case in running text ("the United States" is not a cue).
    if (!according && m[0] !== word && cueStart !== sent.start) continue;
    // A cue inside an earlier attribution's content is read only as a trailing "…, said Name" that may hold it.
    // So is "…, Ruiz said." ending the sentence: a name after the comma, then the cue.
    if (taken(cueStart, cueEnd) && !/,\s*$/u.test(masked.slice(Math.max(sent.start, cueStart - 4), cueStart)) && !(TRAILING_NAME.test(masked.slice(Math.max(sent.start, cueStart - 50), cueStart)) && (TRAILING_REST.test(masked.slice(cueEnd, sent.end)) || TRAILING_ADJUNCT.test(masked.slice(cueEnd, sent.end))))) continue;
    const found = according ? accordingTo(text, masked, sent, cueStart, cueEnd, segs, asReported ? text.slice(cueStart, cueEnd).replace(/\s+/g, ' ') : 'according to') : fromCue(text, masked, sent, cueStart, cueEnd, entry!, segs, out[out.length - 1] ?? null);
    const f = found && pollRespondents(found, masked, sent);
    if (f && !taken(f.start, f.end)) out.push(f);
    else if (f && outerAttribution(f, out, cueStart, masked, sent, according)) {
      // "Officials felt comfortable with the plan because …, said Ana Ortiz, the state's lawyer.": the named
      // source at the end reports the whole clause, the belief inside it included.
      for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start < f.end && out[k]!.end > f.start) out.splice(k, 1);
      out.push(f);
    } else if (f && swallowedSubject(f, out, cueStart)) {
      // "Dan Reyes, author of a book calling for more spending, said the plan …": a participle inside the subject's
      // appositive took the main cue as content; the main clause's attribution replaces it.
      for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start < f.end && out[k]!.end > f.start) out.splice(k, 1);
      out.push(f);
    } else if (f && quoteTakenBack(f, out, cueStart)) {
      // "… they are asked to rank them, and the panel is “overrun with hard-liners,” Ruiz said.": the named person
      // right after the quote speaks it, not the unnamed subject of an earlier cue whose content ran into it.
      out.splice(out.findIndex((g) => g.start < f.end && g.end > f.start), 1, f);
    }
  }
  for (let k = 0; k < out.length; k++) {
    const split = dashedQuoteIn(text, masked, out[k]!, segs);
    if (split) out.splice(k, 1, ...split);
  }
  return out;
}

/** A dash on either side of a quote set off inside a clause. */
const DASH_BEFORE = /\s*(?:--|—|–)\s*$/u;
const DASH_AFTER_QUOTE = /^\s*(?:--|—|–)/u;

/**
 * "… have said the same, including the former mayor Ana Ortiz -- “It is a disgrace” -- and Ben Ruiz": a quote set off
 * by dashes right after a person's name inside a reported clause is that person's. Returns the clause cut before the
 * name and the quote, or null.
 */
function dashedQuoteIn(text: string, masked: string, f: Found, segs: QuoteSegment[]): Found[] | null {
  if (f.quoted || f.end - f.start < 20) return null;
  for (const s of segs) {
    if (s.open <= f.start || s.close < 0 || s.close >= f.end) continue;
    const dash = DASH_BEFORE.exec(masked.slice(Math.max(f.start, s.open - 8), s.open));
    if (!dash || !DASH_AFTER_QUOTE.test(masked.slice(s.close + 1, s.close + 6))) continue;
    const name = nameEndingAt(masked, s.open - dash[0].length);
    if (!name || name.kind !== 'person' || !name.name) continue;
    const at = name.npStart ?? name.start;
    const comma = masked.lastIndexOf(',', at);
    const end = trimEnd(text, f.start, comma > f.start ? comma : at);
    const quote: Found = { start: s.start, end: s.end, quoted: true, cue: null, phrase: name };
    return wordCount(text.slice(f.start, end)) >= 2 ? [{ ...f, end }, quote] : [quote];
  }
  return null;
}

/** Nouns of speech that a possessor owns ("Ortiz’s claim that …"). */
const SPEECH_NOUN = /^(?:claims?|assertions?|statements?|arguments?|allegations?|contention|insistence|warnings?|charges?|accusations?|predictions?|promises?|pledges?|vows?|boasts?|suggestion|admission|denial)$/;

/**
 * "the harbor police’s earlier claim that Ortiz had refused …", "Ruiz’s assertion that the dam is safe": the clause
 * after "that" is the possessor's statement (and what the clause itself reports is inside it, not anyone's own).
 */
function possessedClaim(text: string, masked: string, sent: Sent, cueStart: number, cueEnd: number, segs: QuoteSegment[]): Found | null {
  const that = /^\s+that\s+/u.exec(masked.slice(cueEnd, cueEnd + 8));
  if (!that) return null;
  const own = /[’'](?:s)?\s+(?:[\p{Ll}\-]+\s+){0,2}$/u.exec(masked.slice(Math.max(sent.start, cueStart - 40), cueStart));
  if (!own) return null;
  const possEnd = cueStart - own[0].length;
  if (possEnd <= sent.start || !/\S/u.test(masked[possEnd - 1]!)) return null;
  // Read in a window that ends at the possessive mark (a word running on past the end is not read).
  const from = Math.max(sent.start, possEnd - 160);
  const window = masked.slice(from, possEnd);
  const read = nameEndingAt(window, window.length) ?? commonPhraseEndingAt(window, window.length);
  if (!read || read.kind === 'pronoun') return null;
  const phrase = shiftPhrase(read, from);
  const start = cueEnd + that[0].length;
  const end = trimEnd(text, start, clauseEnd(masked, start, sent.end));
  if (wordCount(text.slice(start, end)) < 3) return null;
  return { start, end, quoted: quotedShare(start, end, segs) >= 0.5, cue: text.slice(cueStart, cueEnd), phrase };
}

/** A perfect auxiliary before a participle, with up to two adverbs between ("has long known", "they’ve written"). */
const PERFECT_BEFORE = /(?:\b(?:has|have|had|having)|[’']ve|[’']d|[’']s)(?:n[’']t|\s+not)?(?:\s+\p{Ll}+ly|\s+(?:also|never|always|already|just|not|long|since|now|often|ever|still))*\s+$/u;

/**
 * Whether `f`, an attribution with a named person before its cue, replaces what it overlaps: one unnamed participle
 * attribution ("a book calling for …") inside the subject's appositive, after the name, whose content ran on over the cue.
 */
function swallowedSubject(f: Found, out: Found[], cueStart: number): boolean {
  if (f.phrase?.kind !== 'person' || !f.phrase.name || f.start < cueStart) return false;
  const inner = out.filter((g) => g.start < f.end && g.end > f.start);
  return inner.length === 1 && !!inner[0]!.cue && /ing$/.test(inner[0]!.cue) && !inner[0]!.speaker && inner[0]!.phrase?.kind === 'anonymous' && !inner[0]!.phrase.principal && (f.phrase.npStart ?? f.phrase.start) < inner[0]!.start && inner[0]!.end > cueStart;
}

/**
 * Whether `f`, a quote attributed right after it to a named person ("“…,” Ruiz said"), takes the same quote back
 * from an earlier cue whose subject is unnamed people or "they"/"it".
 */
function quoteTakenBack(f: Found, out: Found[], cueStart: number): boolean {
  if (!f.quoted || f.end > cueStart || f.phrase?.kind !== 'person' || !f.phrase.name) return false;
  const inner = out.filter((g) => g.start < f.end && g.end > f.start);
  // The same quote, or an earlier cue's content that ran on over this attribution ("They want to “…,” Ruiz said").
  const same = inner.length === 1 && ((inner[0]!.start === f.start && inner[0]!.end === f.end) || inner[0]!.end > cueStart);
  return same && !inner[0]!.speaker && !!inner[0]!.cue && ((inner[0]!.phrase?.kind === 'anonymous' && !inner[0]!.phrase.principal) || (inner[0]!.phrase?.kind === 'pronoun' && /^(?:they|it)$/u.test(inner[0]!.phrase.pronoun ?? '')));
}

/** A possessive and a noun of speech before a quote: "’s claim that there have been ", "’s earlier remark: ". */
const POSSESSED_SPEECH =
  /[’']s?\s+(?:[\p{Ll}\-]+\s+){0,2}(?:claims?|statements?|assertions?|remarks?|comments?|promises?|pledges?|vows?|warnings?|charges?|accusations?|arguments?|contention|insistence|words|tweets?|boasts?|predictions?|calls?|description|characterization|question|answer|response|reply)(?:\s+that\b[^.,;:!?~“”"«»„]{0,80}?)?\s*[,:]?\s*$/u;

/**
 * A title, office or role after "state" ("state Sen.", "state Attorney General", "state director", "state party
 * chairman"): "state" is a noun modifier there, not a cue.
 */
const STATE_TITLE = /^\s+(?:Sens?\.?|Reps?\.?|Del\.?|Senator|Representative|Delegate|Assemblyman|Assemblywoman|Treasurer|Auditor|Attorney|Comptroller|Superintendent|Party|Senate|House|Assembly|Legislature|Department|Board|Police|Troopers?|(?:senators?|representatives?|lawmakers?|legislators?|legislature|officials?|director|chairman|chairwoman|chair|party|attorney|treasurer|auditor|comptroller|superintendent|police|troopers?|department|agency|board|senate|house|assembly|coordinator|spokes(?:man|woman|person)|regulators?|prosecutors?|election|elections|health|education|campaign|capitol)\b)(?![\p{L}\-])/u;

/**
 * Whether `f`, a clause attributed by a named source after it ("…, said Ana Ortiz."), holds every attribution it
 * overlaps: they start inside its content (and may have run on over its attribution), none of them quoted or
 * spoken by a person.
 */
function outerAttribution(f: Found, out: Found[], cueStart: number, masked: string, sent: Sent, according: boolean): boolean {
  if (f.quoted || f.end > cueStart || !f.phrase || (f.phrase.kind !== 'person' && f.phrase.kind !== 'org')) return false;
  if (!/,\s*$/u.test(masked.slice(f.end, cueStart)) && !TRAILING_NAME.test(masked.slice(f.end, cueStart))) return false;
  if (f.start !== firstNonSpace(masked.slice(sent.start)) + sent.start) return false;
  // "…, claims that the report could not confirm": a cue opening its own clause, not a source after the content.
  if (/^\S+\s+that\b/u.test(masked.slice(cueStart, cueStart + 40))) return false;
  // "the former secretary of state" is one person described, as good as named before "according to"; before
  // "…, Ruiz said" the named person at the end is the one speaking ("The mayor also plans to …, Ruiz said").
  const described = (g: Found) => according && !!g.phrase && g.phrase.kind === 'anonymous' && /^the\s/iu.test(masked.slice(g.phrase.npStart ?? g.phrase.start, g.phrase.end)) && !/s\s*$/u.test(masked.slice(g.phrase.start, g.phrase.end));
  const inner = out.filter((g) => g.start < f.end && g.end > f.start);
  // A named person inside keeps their words ("Jeff Weaver says …, according to Delta News" is Weaver speaking); a
  // named organisation and a poll's sample keep theirs before "according to" ("The Ortiz campaign announced …,
  // according to Delta News", "Most voters said …, according to a Lakeview College poll").
  const sample = (g: Found) => !!g.phrase && (g.phrase.role === 'poll' || SAMPLE_HEAD.test(masked.slice(g.phrase.npStart ?? g.phrase.start, g.phrase.end).trim()));
  // A plan or a wish inside ("Ortiz plans to …, Brandt said") is what the named source at the end reports.
  const intent = (g: Found) => !according && !!g.cue && !!CUES.get(g.cue.toLowerCase())?.intent;
  return inner.length > 0 && inner.every((g) => g.start >= f.start && g.start < f.end && !g.quoted && (intent(g) || (g.phrase?.kind !== 'person' && !(g.phrase?.kind === 'pronoun' && /^(?:he|she|i|we)$/u.test(g.phrase.pronoun ?? '')))) && !g.speaker && !described(g) && !(according && (sample(g) || g.phrase?.kind === 'org')));
}

/** Subjects that are a poll's sample ("58 percent", "most voters", "one in four adults"). */
const SAMPLE_HEAD = /^(?:[\p{L}\d\-]+\s+){0,4}?(?:percent|majority|majorities|plurality|half|third|quarter|respondents|voters|adults|americans|residents|participants|independents|those)(?:\s+(?:of|in|who|polled|surveyed)\b|$)/iu;

/**
 * A poll's sample as the subject ("58 percent said …", "most voters say …") in a sentence that names the poll's
 * organisation ("in a Harbor University poll", "according to a Delta News survey"): the poll is the source.
 */
function pollRespondents(f: Found, masked: string, sent: Sent): Found {
  const p = f.phrase;
  if (!p || p.kind !== 'anonymous' || p.principal) return f;
  if (!SAMPLE_HEAD.test(masked.slice(p.npStart ?? p.start, p.end).trim())) return f;
  const sentText = masked.slice(sent.start, sent.end);
  const org = pollOrganization(sentText);
  if (!org) return f;
  const at = sent.start + Math.max(0, sentText.indexOf(org));
  return { ...f, phrase: { kind: 'org', name: org, start: at, end: at + org.length, role: 'poll', organization: org } };
}

/**
 * Noun uses the words around a cue show: "the Daily Harbor report, …" (a base form right after a name that
 * follows an article, with punctuation or a preposition after it) and "Ortiz's persistent coughing" (an -ing form after a
 * possessive or determiner and one lower-case modifier that is not a source noun).
 */
function nounUse(masked: string, floor: number, cueStart: number, word: string, entry: CueEntry): boolean {
  const before = masked.slice(Math.max(floor, cueStart - 80), cueStart);
  const named = word === entry.lemma ? /\b(?:the|a|an)\s+(?:\p{Lu}[\p{L}.\-]*\s+)*\p{Lu}[\p{L}.\-]*?(s?)\s+$/u.exec(before) : null;
  if (named) {
    // "The Greens report that …", "the Greens state in …" are verbs; "the Harbor Times report, …" and "the Daily
    // Harbor report on …" nouns (a name that may be plural needs punctuation after it).
    const after = masked.slice(cueStart + word.length, cueStart + word.length + 30);
    if (/^\s*[,.;:)]/u.test(after) || (!named[1] && /^\s*(?:of|on|about|by|from|in|into|for|which|released|published|found|showed|shows|says|said)\b/u.test(after))) return true;
  }
  // "the Paris attacks would …", "used the Lakeview attack as a cudgel": an event named by its place, not a verb.
  if (entry.lemma === 'attack' && /\b(?:the|a|an|this|that|these|those|last\s+\p{Ll}+[’']s)\s+(?:\p{Lu}[\p{L}.\-]*\s+){0,2}\p{Lu}[\p{L}.\-]*\s+$/u.test(before)) {
    const after = masked.slice(cueStart + word.length, cueStart + word.length + 30);
    if (/^\s*(?:[,.;:)]|(?:would|will|was|were|is|are|has|have|had|should|could|can|may|might|as|and|in|on|last|this)\b)/u.test(after)) return true;
  }
  // "the TV show", "a talk show", "Ortiz’s conference call", "America’s best hope": nouns, not cues.
  if (word === entry.lemma && NOUN_COMPOUND.test(before) && NOUN_COMPOUND_HEAD[word]?.test(/(\S+)\s+$/u.exec(before)?.[1] ?? '')) return true;
  // "Harbor advocates have been …", "such calls are": a plural noun before a plural verb.
  const after = masked.slice(cueStart + word.length, cueStart + word.length + 12);
  if ((word === `${entry.lemma}s` || word === `${entry.lemma}es`) && /^\s+(?:have|are|were|haven[’']t|aren[’']t|weren[’']t)\b/u.test(after)) return true;
  if (!word.endsWith('ing')) return false;
  const two = /(?:^|\s)(\S+)\s+(\p{Ll}+)\s+$/u.exec(before);
  if (!two || /s$/.test(two[2]!) || UNNAMED_HEADS.has(two[2]!) || looksLikeRole(two[2]!)) return false;
  return /^[\p{L}.\-]+[’']s$/u.test(two[1]!) || /^(?:the|his|her|its|their|our|my|your|this|that)$/i.test(two[1]!);
}

/** An article or a possessor, then one or two modifiers, right before a bare cue ("the reality TV ", "Ortiz’s conference "). */
const NOUN_COMPOUND = /(?:^|\s)(?:the|a|an|his|her|its|their|our|this|that|[\p{L}.\-]+[’']s)\s+(?:[\p{L}\-]+\s+)?[\p{L}\-]+\s+$/iu;
/** The modifiers that make a bare cue a noun: "TV show", "conference call", "best hope". */
const NOUN_COMPOUND_HEAD: Record<string, RegExp> = {
  show: /^(?:TV|television|talk|reality|radio|game|cooking|morning|news|late-night|variety|quiz|comedy|award|awards|trade|road|horse|fashion|dog|car|air|light|slide|side)$/u,
  call: /^(?:conference|phone|telephone|roll|close|wake-up|curtain|judgment|judgement|tough|toll-free|video|sales|house|last|bugle|casting|cattle)$/iu,
  hope: /^(?:best|only|last|great|greatest|big|biggest|faint|false|white|new|real)$/iu,
};

/** A passive "as" attribution after "as": "as (first) reported by", "as stated in". */
const AS_REPORTED = /^\s+(?:first\s+|originally\s+)?(?:reported|stated|noted|described|written|explained)\s+(?:by|in)\b/iu;

function accordingTo(text: string, masked: string, sent: Sent, cueStart: number, cueEnd: number, segs: QuoteSegment[], cue = 'according to'): Found | null {
  const rest = masked.slice(cueEnd, sent.end);
  // "According to X: “…”": a colon ends the name like a comma.
  const np = /^\s+((?:[^,;:.]|\.(?!\s|$)){2,200}?)(?=,|;|:|\.\s|\.?$)/u.exec(rest);
  if (!np) return null;
  const npStart = cueEnd + np.index + np[0].length - np[1]!.length;
  let phrase = speakerPhraseAt(text, npStart, npStart + np[1]!.length, np[1]!);
  // "according to its annual report": the pronoun points back to an organisation the sentence names, if any.
  const owner = phrase.kind === 'anonymous' && phrase.role ? /^(its|their|his|her)\s+(.+)$/i.exec(phrase.role) : null;
  if (owner) {
    const org = /^(?:its|their)$/i.test(owner[1]!) ? lastOrganization(masked.slice(sent.start, cueStart)) : null;
    phrase = { ...phrase, role: owner[2]!, organization: phrase.organization ?? org };
  }
  // "According to X, CLAUSE." or "CLAUSE, according to X."
  const before = masked.slice(sent.start, cueStart);
  let start: number;
  let end: number;
  if (/^\s*$/.test(before)) {
    start = npStart + np[1]!.length;
    while (start < sent.end && /[\s,:]/.test(text[start]!)) start++;
    end = trimEnd(text, start, clauseEnd(masked, start, sent.end));
  } else {
    start = sent.start;
    end = cueStart;
    while (end > start && /[\s,—–\-]/.test(text[end - 1]!)) end--;
  }
  if (wordCount(text.slice(start, end)) < 3) return null;
  return { start, end, cue, phrase, quoted: false };
}

/** The last organisation name in a stretch of text ("Harbour Authority" in "The Harbour Authority, which …"). */
function lastOrganization(text: string): string | null {
  let found: string | null = null;
  for (const r of text.matchAll(/\p{Lu}[\p{L}’'.&\-]*(?:\s+(?:\p{Lu}[\p{L}’'.&\-]*|of|for|on|and))*/gu)) {
    const name = r[0].replace(/^(?:The|A|An)\s+/u, '').replace(/[’']s$/u, '');
    if (looksLikeOrg(name)) found = name;
  }
  return found;
}

/** The first organisation name between two offsets, as a speaker phrase ("The Harbor Board" → Harbor Board). */
function firstOrganization(masked: string, from: number, to: number): SpeakerPhrase | null {
  const re = /\p{Lu}[\p{L}’'.&\-]*(?:\s+(?:\p{Lu}[\p{L}’'.&\-]*|of|for|on|and))*/gu;
  re.lastIndex = from;
  for (let r = re.exec(masked); r && r.index < to; r = re.exec(masked)) {
    const lead = /^(?:The|A|An)\s+/u.exec(r[0])?.[0].length ?? 0;
    // "The Harbor Board on Friday": a date after "on" is not part of the name.
    const date = /\s+(?:of|for|on|and)\s+(\S+)/u.exec(r[0].slice(lead));
    const cut = date && isNotName(date[1]!.replace(/[’'.]+$/u, '')) ? date.index : r[0].length - lead;
    const name = r[0].slice(lead, lead + cut).replace(/\s+(?:of|for|on|and)$/u, '').replace(/[’']s$/u, '');
    const start = r.index + lead;
    if (start + name.length <= to && looksLikeOrg(name)) return { kind: 'org', name, start, end: start + name.length, role: null, organization: name };
  }
  return null;
}

function speakerPhraseAt(text: string, start: number, end: number, np: string): SpeakerPhrase {
  const named = nameStartingAt(text, start);
  if (named && named.end <= end) {
    if (named.kind === 'person' || named.kind === 'org') {
      const role = named.role ?? appositiveRole(text, named.end, end + 1);
      return { ...named, role, organization: named.organization ?? (role ? organizationOfRole(role) : null) };
    }
  }
  // "an analysis by Lily Batchelder", "conservative talk radio host Rush Limbaugh": a person inside the phrase.
  // Capitalised runs that could name someone ("filed in May" has none).
  const runs = [...np.matchAll(/\p{Lu}[\p{L}’'.\-]*(?:\s+(?:\p{Lu}[\p{L}’'.\-]*|(?:de|van|von|bin|al)(?![\p{L}’'\-])))*/gu)].filter((r) => !r[0].split(/\s+/).every((w) => isNotName(w.replace(/[.’']+$/u, ''))));
  for (const r of runs) {
    const at = start + r.index!;
    const phrase = nameStartingAt(text, at);
    if (phrase && phrase.kind === 'person' && phrase.name && looksLikePersonName(phrase.name) && phrase.end <= end) {
      const lead = cleanRole(np.slice(0, r.index!).replace(/\b(?:by|from|of)\s*$/i, '').trim());
      const role = phrase.role ?? (lead && looksLikeRole(lead) ? lead : null) ?? appositiveRole(text, phrase.end, end + 1);
      return { ...phrase, role, organization: phrase.organization ?? (role ? organizationOfRole(role) : null) };
    }
  }
  // "according to an ICE spokeswoman", "… a State Department spokesman": the organisation's (or person's) voice,
  // read as a subject would be.
  const spokes = /^(?:an?|the)\s+((?:\p{Lu}[\p{L}.&’'\-]*\s+){1,5})(spokes(?:man|woman|person)|press\s+secretary)$/u.exec(np.trim());
  if (spokes) {
    const principal = spokes[1]!.trim().replace(/[’']s$/u, '');
    return { kind: 'anonymous', name: null, start, end, role: `${principal} ${spokes[2]}`, organization: principal, principal, head: spokes[2]!.split(/\s+/).pop()!, roleWords: spokes[2]! };
  }
  const common = commonPhraseEndingAt(text, end);
  if (common && !(common.kind === 'anonymous' && runs.length && !/\b(?:officials?|sources?|aides?|people|person|spokes(?:man|woman|person))\b/i.test(np))) return common;
  // "a new Washington Post-ABC News poll", "a recent Reuters survey": the organisation behind a document.
  if (runs.length && !/\b(?:officials?|sources?|aides?|people|person|spokes(?:man|woman|person))\b/i.test(np)) {
    const org = runs.map((r) => r[0]).sort((a, b) => b.length - a.length)[0]!.replace(/[’']s?$/u, '');
    const head = /([\p{L}\-]+)\s*$/u.exec(np)?.[1] ?? null;
    const at = start + np.indexOf(org);
    return { kind: 'org', name: org, start: at, end: at + org.length, role: head && head !== org.split(' ').pop() ? head : null, organization: org };
  }
  if (common) return common;
  return { kind: 'anonymous', name: null, start, end, role: cleanRole(np) || 'anonymous source', organization: organizationOfRole(np) };
}

/** Where a reported clause ends: before ", citing …", ", adding …", ", according to …", or at the sentence end. */
function clauseEnd(masked: string, start: number, end: number): number {
  // Only the stretch from `start` to a little past `end` is searched (a match must start before `end`):
  // searching on to the end of the block made a 1 MB paragraph take seconds per cue.
  const window = masked.slice(start, Math.min(masked.length, end + CLAUSE_MARGIN));
  let limit = end - start;
  // "… estimates that the plan would raise $1 billion; the Harbor Board puts the figure at …": a semicolon ends
  // the reported clause.
  const semi = window.indexOf(';');
  if (semi >= 0 && semi < limit) {
    end = start + semi;
    limit = semi;
  }
  // The comma may sit inside a quote that ends there (masked): "… has “expanded the party,” claiming …".
  const re = /(?:,|(?<=~[”"’»]))\s+(\p{Ll}+ing|according)\b/gu;
  for (let m = re.exec(window); m && m.index < limit; m = re.exec(window)) {
    if (m[1] === 'according' || CUES.has(m[1]!) || /^(?:citing|referring|noting|adding|arguing|insisting|claiming|calling|describing|suggesting)$/.test(m[1]!)) return start + m.index;
  }
  // "… and said she would …": a second cue starts a second statement. Not returned yet: an earlier
  // "…, and Republicans want …" below cuts first ("Democrats want X, and Republicans want Y (they want Z and suggest …)").
  let cut = end;
  const second = /\s+(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(\p{Ll}+)\b/gu;
  for (let m = second.exec(window); m && m.index < limit; m = second.exec(window)) {
    const entry = CUES.get(m[1]!);
    if (entry && !entry.weak && !entry.position) {
      cut = start + m.index;
      break;
    }
  }
  // "Democrats want X, and Republicans want Y": another subject with its own cue starts another statement.
  // Not a list of names sharing one verb ("Ohio and Virginia want …"): the word before the conjunction is not a name.
  const conj = /,?\s+(?:and|but)\s+/g;
  const clause = masked.slice(start, cut);
  for (let c = conj.exec(clause); c; c = conj.exec(clause)) {
    const prev = /(\S+)$/u.exec(clause.slice(Math.max(0, c.index - 30), c.index))?.[1] ?? '';
    if (!prev || /^(?:\p{Lu}|(?:he|she|they|we|you|both|either|neither)$)/u.test(prev)) continue;
    const next = OTHER_SUBJECT.exec(clause.slice(c.index + c[0].length, c.index + c[0].length + 80));
    if (next && CUES.has(next[1]!) && !CUES.get(next[1]!)!.weak) return start + c.index;
  }
  return cut;
}

/** How far past a clause's end clauseEnd reads, so that a match starting inside it is seen whole. */
const CLAUSE_MARGIN = 200;

/** A capitalised subject (or he/she/they) and the verb after it, at the start of a coordinated clause. */
const OTHER_SUBJECT = /^(?:(?:the\s+)?\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,3}|he|she|they)\s+(?:also\s+|still\s+)?(?:(?:will|would|could|can|may|might|should|must)\s+)?(\p{Ll}+)\b/u;

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s.!?;:,]/.test(text[e - 1]!)) e--;
  return e;
}

/**
 * A prepositional or time adjunct between a cue and its "that" clause ("said in the CNN interview that",
 * "said after a lunch on Tuesday that", "said — on Twitter, as it happens — that"). Not a relative "that"
 * ("said at an event that was …") nor a determiner ("said at the meeting that day").
 */
const ADJUNCT_THEN_THAT =
  /^\s*(?:(?:in|on|at|of|about|during|after|before|from|over|since|late|early|earlier|later|last|this|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?:[^,;:~“”"«»„.!?—–]|\.(?=\S)){0,80}?|[—–]\s+[^—–~“”"]{1,60}?\s+[—–])\s+that\s+(?!(?:was|is|were|are|has|had|have|will|would|could|should|can|may|might|did|does|do|day|time|night|week|month|year|morning|afternoon|evening|point|moment)\b)/iu;

/** The one asked (a pronoun, a name or a short noun phrase), then the question word that opens the question. */
const ASKED_QUESTION =
  /^\s+(?:(?:him|her|them|us|me|\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,3}|(?:the|a|an|his|her|their|its)\s+(?:[\p{L}\d’'\-]+\s+){0,5}?[\p{L}\d’'\-]+)\s+)?(?:(?:several\s+times|again|repeatedly|later|then)\s+)?((?:whether|if|why|how|what|which|when|where|who)\s+)/u;
/** The one asked, then the infinitive of the request: "asked her to call …" (the content starts at the one asked). */
const ASKED_REQUEST = /^\s+(?=(?:him|her|them|us|me|\p{Lu}[\p{L}.’'\-]*(?:\s+\p{Lu}[\p{L}.’'\-]*){0,3}|(?:the|a|an|his|her|their|its)\s+(?:[\p{L}\d’'\-]+\s+){0,4}?[\p{L}\d’'\-]+)\s+to\s+\p{Ll}+\s)/u;

/** A day or time with no preposition right after a cue ("said Tuesday night the …", "said yesterday the …"). */
const BARE_DAY = /^(?:(?:last|this|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening|night))?\s+(?=\p{Ll})/u;

/** An adjunct after a cue, then a reported clause that opens with a subject pronoun and a finite verb. */
const ADJUNCT_THEN_CLAUSE =
  /^\s*(?:in|on|at|during|after|before|from|since|last|this|earlier|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^,;:~“”"«»„.!?—–]{0,60}?\s+(?=(?:he|she|they|it|we|I)\s+(?:would|will|was|were|is|are|had|has|have|could|should|did|does|do|can|may|might|must|\p{Ll}+ed|\p{Ll}+n[’']t)\b)/u;

/** A day or a recent period right before a cue: "on Saturday", "last week", "earlier this month", "yesterday". */
const TIME_BEFORE_CUE =
  /\s(?:(?:on|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:morning|afternoon|evening|night)|(?:earlier\s+)?(?:last|this)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)|yesterday|today|at\s+the\s+time|in\s+the\s+past|in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|\d{4}))\s*$/u;

/**
 * The person an aside between dashes names, right after an unnamed subject and before its cue ("A former candidate
 * -- Ana Ortiz, who lost in 2008 -- said"), with the subject's words as role; null when the aside names no one first.
 */
function namedAside(masked: string, subj: SpeakerPhrase, cueStart: number): SpeakerPhrase | null {
  const aside = /^\s+(?:—|–|--)\s*/u.exec(masked.slice(subj.end, cueStart));
  if (!aside || !DASH_ASIDE.test(masked.slice(subj.end, cueStart).replace(/\s+\p{Ll}+\s*$/u, ''))) return null;
  const at = subj.end + aside[0].length;
  const person = nameStartingAt(masked, at);
  if (!person || person.kind !== 'person' || !person.name || !looksLikePersonName(person.name) || person.start !== at) return null;
  if (!/^\s*(?:,|—|–|--)/u.test(masked.slice(person.end, person.end + 4))) return null;
  const described = subj.role && subj.role !== 'anonymous source' ? subj.role : cleanRole(masked.slice(subj.npStart ?? subj.start, subj.end)) || null;
  return { ...person, role: person.role ?? described, organization: person.organization ?? subj.organization };
}

/** An aside between dashes right before a cue (no quote inside). */
const DASH_ASIDE = /\s+(?:—|–|--)\s*[^—–~“”"]{1,120}?\s*(?:—|–|--)\s*$/u;

/** Verbs of knowing and remembering: negated ("didn't know him", "couldn't recall") they state nothing. */
const COGNITION = /^(?:know|feel|understand|recognize|realize|recall|think|believe)$/;

/** Skips adverbs and auxiliaries back from `pos` ("Pickett also reports"): the position where the subject ends. */
function subjectEnd(masked: string, pos: number, floor: number, contractions: 'none' | 'perfect' | 'all' = 'none'): number {
  let p = pos;
  for (let n = 0; n < 3; n++) {
    // "The Harbor Times on Saturday wrote", "Ortiz last week said": a time adjunct between subject and cue.
    const time = TIME_BEFORE_CUE.exec(masked.slice(Math.max(floor, p - 30), p));
    if (time) {
      p -= time[0].length;
      continue;
    }
    // "Murphy — after a knock on wood — told me …": an aside between dashes.
    const aside = DASH_ASIDE.exec(masked.slice(Math.max(floor, p - 130), p));
    if (aside) {
      p -= aside[0].length;
      continue;
    }
    // A perfect, "do" or "be" contraction before a speech cue is read whole ("hasn't said", "isn't saying").
    const m = (contractions === 'all' ? /((?:has|have|had|did|does|is|was|are|were)n[’']t|[\p{L}]+)\s*$/u : contractions === 'perfect' ? /((?:has|have|had|did|does)n[’']t|[\p{L}]+)\s*$/u : /([\p{L}]+)\s*$/u).exec(masked.slice(Math.max(floor, p - 30), p));
    if (!m || !BETWEEN_SUBJECT_AND_CUE.test(m[1]!)) break;
    p = p - m[0].length;
    while (p > floor && /\s/.test(masked[p - 1]!)) p--;
  }
  while (p > floor && /\s/.test(masked[p - 1]!)) p--;
  return p;
}

/** The speaker noun phrase ending at `end`, with an appositive role between it and the cue if any. */
function subjectBefore(text: string, masked: string, end: number, floor: number): SpeakerPhrase | null {
  const found = nearestSubject(text, masked, end, floor);
  return found && (found.kind === 'org' || found.kind === 'person') ? relativeAntecedent(masked, found, end, floor) ?? found : found;
}

/**
 * A relative clause that opens before the phrase and holds it ("officials who spoke with The Harbor Star",
 * "Ortiz, whose hometown, Lakeview, …", "Ruiz, who is a pastor at the Elm Church, Colorado,"): the phrase is
 * an object or an aside inside the clause, and the clause's antecedent is the subject.
 */
const RELATIVE_HOLDING = /(?:,\s+(?:who|whose)|\swho)\s+([^.;:!?~“”"()]{1,150})$/u;
const ENDS_IN_PREPOSITION = /\s(?:at|with|to|for|of|from|in|on|by|about|against)\s+(?:(?:the|The|a|an)\s+)?$/u;

function relativeAntecedent(masked: string, found: SpeakerPhrase, end: number, floor: number): SpeakerPhrase | null {
  const at = found.npStart ?? found.start;
  const from = Math.max(floor, at - 200);
  const rel = RELATIVE_HOLDING.exec(masked.slice(from, at));
  if (!rel) return null;
  const inner = rel[1]!;
  // An aside set off by commas ("whose hometown, Lakeview, is …") only when the clause goes on after it: a name
  // right before the cue ends the clause ("Like owners who invest, Ortiz said").
  const aside = /,\s*$/u.test(inner) && /[^\s,]/u.test(masked.slice(found.end, end));
  if (!ENDS_IN_PREPOSITION.test(' ' + inner) && !aside) return null;
  const relStart = from + rel.index;
  // "Ben Ruiz, a former aide who is now at the Lakeview Institute, said": the antecedent's own appositive name.
  const antecedent = nearestSubject(masked, masked, relStart, floor);
  if (!antecedent || antecedent.kind === 'pronoun') return null;
  if (antecedent.kind === 'anonymous') {
    const np = antecedent.npStart ?? antecedent.start;
    const comma = /,\s+(?:(?:an?|the)\s+)?$/iu.exec(masked.slice(Math.max(floor, np - 8), np));
    const named = comma ? nameEndingAt(masked, np - comma[0].length) : null;
    if (named && named.kind === 'person') {
      const role = cleanRole(masked.slice(np - comma![0].length + 1, relStart));
      return { ...named, role: named.role ?? (looksLikeRole(role) ? role : antecedent.role), organization: named.organization ?? antecedent.organization };
    }
  }
  return antecedent;
}

function nearestSubject(text: string, masked: string, end: number, floor: number): SpeakerPhrase | null {
  // A party tag or age in brackets between name and cue: "Rep. Hank Johnson (D-Ga.) said".
  const tag = /\s*\([^()]{1,14}\)$/.exec(masked.slice(Math.max(floor, end - 20), end));
  if (tag) end -= tag[0].length;
  // "Trump, who said …": the relative pronoun's antecedent.
  const rel = /,\s+(?:who|which)$/u.exec(masked.slice(Math.max(floor, end - 12), end));
  if (rel) {
    const antecedent = nameEndingAt(masked, end - rel[0].length) ?? commonPhraseEndingAt(masked, end - rel[0].length);
    if (antecedent && antecedent.kind !== 'pronoun') return antecedent;
  }
  const direct = nameEndingAt(masked, end) ?? commonPhraseEndingAt(masked, end);
  // "Ortiz offered some pointed advice …", "Ortiz struck many …": a quantifier read back across a name and its verb
  // is that verb's object; the name is the subject.
  if (direct && direct.kind === 'anonymous') {
    const verb = /^((?:\p{Lu}[\p{L}.’'\-]*\s+){0,3}\p{Lu}[\p{L}’'\-]*)\s+(\p{Ll}+)\s+(?:some|many|few|several|much|more|most|all|both)\s*$/u.exec(masked.slice(direct.start, end));
    const subject = verb && (BARE_FINITE.has(verb[2]!) || /[^e]ed$/.test(verb[2]!)) ? nameEndingAt(masked, direct.start + verb[1]!.length) : null;
    if (subject && subject.kind === 'person') return subject;
  }
  // "Mr. Morgan of the Sierra Club said": the person, with the organisation.
  if (direct && direct.kind === 'org') {
    const of = /\s+(?:of|at|from|with)\s+(?:the\s+)?$/i.exec(masked.slice(Math.max(floor, (direct.npStart ?? direct.start) - 20), direct.npStart ?? direct.start));
    const person = of ? nameEndingAt(masked, (direct.npStart ?? direct.start) - of[0].length) : null;
    if (person && person.kind === 'person') return { ...person, organization: person.organization ?? direct.name };
  }
  // "Ortiz, a supporter of the plan told reporters …": an appositive left without its closing comma. Only for the
  // sentence's subject ("When asked about Ortiz, a spokesman said …" is the spokesman speaking).
  // A participle there belongs to the appositive ("Levin, a superdelegate supporting Clinton, said"). The opener may
  // name a show ("Friday on Delta’s “Harbor Talk,” Ortiz, a supporter of … told …").
  // The appositive may end in a phrase of its own ("Ruiz, a former bodyguard for Mayor Ana Ortiz has written …").
  if (direct && direct.kind === 'anonymous' && !/^\s+\p{Ll}+ing\b/u.test(masked.slice(end, end + 30))) {
    let whole = direct.principal || !/,\s+$/u.test(masked.slice(Math.max(floor, (direct.npStart ?? direct.start) - 4), direct.npStart ?? direct.start)) ? /,\s+((?:an?|the)\s[^,;~“”"«»—–]{2,100})$/iu.exec(masked.slice(Math.max(floor, end - 110), end)) : null;
    // Not a relative clause or an aside: "Sanders, the senator who has mounted a populist challenge" is no subject.
    if (whole && /\b(?:who|whom|whose|which|that)\b|--/iu.test(whole[1]!)) whole = null;
    const at = whole ? end - whole[1]!.length : direct.npStart ?? direct.start;
    const app = (whole || !direct.principal) && /,\s+$/u.exec(masked.slice(Math.max(floor, at - 4), at)) && /^(?:an?|the)\s/iu.test(masked.slice(at, end)) ? nameEndingAt(masked, masked.lastIndexOf(',', at - 1)) : null;
    const opener = app ? masked.slice(floor, app.npStart ?? app.start) : '';
    if (app && app.kind === 'person' && looksLikePersonName(app.name!) && !/^\p{Lu}\p{Ll}+ing\s/u.test(app.name!) && (/^\s*$/u.test(opener) || /^[^,~“”"]{1,60},\s*$/u.test(opener) || /^[^,.!?;:~“”"]{1,40}[“"][~\s]{1,40},?[”"]\s*$/u.test(opener)) && !/[,;~“”"]/u.test(masked.slice(at, end))) {
      const role = cleanRole(masked.slice(at, end));
      return { ...app, role: app.role ?? (looksLikeRole(role) ? role : null), organization: app.organization ?? organizationOfRole(role) };
    }
  }
  if (direct) return direct;
  // "Ruiz, citing “the magic of Ortiz,” said …": a participle aside that quotes something, between subject and cue.
  const aside = QUOTING_ASIDE.exec(masked.slice(Math.max(floor, end - 200), end));
  if (aside) {
    const phrase = nameEndingAt(masked, end - aside[0].length);
    if (phrase && (phrase.kind === 'person' || phrase.kind === 'org')) return phrase;
  }
  if (masked[end - 1] !== ',') return null;
  // "Name, role, said": look back over one or two commas for the name.
  // "The state's campaign chairman, Phil Lovas, said": the name is the last appositive.
  const last = nameEndingAt(masked, end - 1);
  if (last && last.kind === 'person' && looksLikePersonName(last.name!) && /,\s*$/.test(masked.slice(floor, last.npStart ?? last.start))) {
    const before = masked.slice(floor, last.npStart ?? last.start).replace(/,\s*$/, '');
    // "Ana Ortiz, the editor of the city’s paper, The Harbor Star, said": the last appositive names the paper; the
    // person named first, whose description it ends, speaks.
    const described = /^\s*((?:\p{Lu}[\p{L}.’'\-]*\s+){1,3}\p{Lu}[\p{L}’'\-]*),\s+(?:the|an?)\s+[^,;~“”"«»„]{2,80}$/u.exec(before);
    const head = described ? nameEndingAt(masked, floor + described.index + described[0].indexOf(described[1]!) + described[1]!.length) : null;
    if (head && head.kind === 'person' && looksLikePersonName(head.name!) && head.name !== last.name) {
      const role = cleanRole(before.slice(before.indexOf(',') + 1).trim());
      return { ...head, role: head.role ?? (looksLikeRole(role) ? role : null), organization: head.organization ?? last.name };
    }
    // Not into a quote: "“…?” the harbor spokesman, Ben Ruiz, told …" has its description after the closing mark.
    const lead = /(?:^|[.;:]\s+|[”"’»'](?:\s*,)?\s+)((?:the|a|an)?\s*[^,;~“”"«»„]{2,80})$/iu.exec(before);
    const role = lead && looksLikeRole(lead[1]!) ? cleanRole(lead[1]!) : null;
    return { ...last, role: last.role ?? role, organization: last.organization ?? (role ? organizationOfRole(role) : null), npStart: lead ? floor + lead.index + lead[0].length - lead[1]!.length : last.npStart };
  }
  let p = end - 1;
  for (let n = 0; n < 3; n++) {
    p = masked.lastIndexOf(',', p - 1);
    if (p < floor || end - p > 250) return null;
    const phrase = nameEndingAt(masked, p);
    // "A harbor official, speaking on condition of anonymity, said": an unnamed subject before an aside.
    if (!phrase && n === 0 && UNNAMED_ASIDE.test(masked.slice(p + 1, end - 1))) {
      const unnamed = commonPhraseEndingAt(masked, p);
      if (unnamed && unnamed.kind === 'anonymous' && !unnamed.generic) return unnamed;
    }
    if (phrase && (phrase.kind === 'person' || phrase.kind === 'org')) {
      // "LAKEVIEW, Dec. 8 (AP) — …": the place of a dateline has no appositive.
      if (phrase.start < floor + (DATELINE.exec(masked.slice(floor, end))?.[0].length ?? 0)) return null;
      // "Ana Ortiz, who lost her boat in Lakeview, Ohio, in July, said": a name inside the relative clause is not the
      // subject; the clause's antecedent is.
      const rel = /,\s+who\s[^;:~“”"]*$/u.exec(masked.slice(Math.max(floor, end - 250), phrase.npStart ?? phrase.start));
      const relAt = rel ? Math.max(floor, end - 250) + rel.index : -1;
      const antecedent = rel ? nameEndingAt(masked, relAt) : null;
      if (antecedent && antecedent.kind === 'person' && looksLikePersonName(antecedent.name!)) return antecedent;
      const app = masked.slice(p + 1, end - 1).trim();
      if (/[~“”"]/.test(app)) return null;
      // "… entering the United States, Ortiz’s aide rallied supporters, saying": a clause with its own verb and object
      // between the comma and the cue, so the name before the comma ends an opening phrase.
      // ("Grant, defended his father, saying": a verb right after the comma is the name's own.)
      // The clause's own subject speaks then ("Ortiz’s right-hand woman": unnamed, for Ortiz).
      const clause = /\b(?:who|whom|which|that|whose)\b/u.test(app) ? null : /^((?:\p{Lu}\S*|the|a|an|his|her|their|its)\s(?:\S+\s+){0,4}?)\p{Ll}{3,}ed\s+(?:the|a|an|his|her|their|its|\p{Ll}+s)\b/u.exec(app);
      if (clause) {
        const appStart = masked.indexOf(app, p + 1);
        const own = commonPhraseEndingAt(masked, appStart + clause[1]!.trimEnd().length);
        return own && own.kind === 'anonymous' ? own : null;
      }
      const role = looksLikeRole(app) ? cleanRole(app) : null;
      return { ...phrase, role: role ?? phrase.role, organization: role ? organizationOfRole(role) ?? phrase.organization : phrase.organization };
    }
  }
  return null;
}

/** An aside between an unnamed subject and its cue: "speaking on condition of anonymity", "who asked not to be named". */
const UNNAMED_ASIDE = /^\s*(?:speaking|who\s+(?:spoke|asked|requested|declined|insisted|was|were|is|are|did|does|do)|requesting|declining|insisting|asking)\b[^,;:~“”"]*$/u;

/** The speaker after an inverted cue ("sniffed Ingrid Halvorsen, the director general of Havforsk"). */
function subjectAfter(text: string, masked: string, start: number, limit: number): { phrase: SpeakerPhrase; end: number } | null {
  let p = start;
  while (p < limit && /\s/.test(masked[p]!)) p++;
  const pron = /^(he|she|they|we|I)\b/u.exec(masked.slice(p, limit));
  if (pron) return { phrase: { kind: 'pronoun', name: null, start: p, end: p + pron[0].length, role: null, organization: null, pronoun: pron[1]!.toLowerCase() }, end: p + pron[0].length };
  let named = nameStartingAt(masked, p);
  // "said 9/11 widow Terry Strada", "said retired neurosurgeon Ana Ortiz": a few role words we do not all list
  // before the name (a listed modifier alone reads as a role with no name).
  if (!named || (named.kind === 'anonymous' && !named.name)) {
    const lead = /^(?:[\p{Ll}\d][\p{L}\d/’'\-.]*\s+){1,4}(?=\p{Lu})/u.exec(masked.slice(p, limit));
    const behind = lead ? nameStartingAt(masked, p + lead[0].length) : null;
    if (behind && behind.kind === 'person' && looksLikePersonName(behind.name!)) {
      const words = lead![0].trim().replace(/^(?:the|a|an)\b\s*/i, '');
      named = { ...behind, role: behind.role ? `${words} ${behind.role}`.trim() : words, npStart: p };
    }
  }
  // "tweeted Ortiz spokesman Ben Ruiz", "said Harbor campaign manager Ana Vance": the first name is the principal
  // in the role, the second the speaker.
  if (named && (named.kind === 'person' || named.kind === 'org') && named.end < limit) {
    const roleWords = /^(?:[’']s?)?\s+((?:[\p{Ll}\-]+\s+){1,3})(?=\p{Lu})/u.exec(masked.slice(named.end, limit));
    const behind = roleWords && looksLikeRole(roleWords[1]!) ? nameStartingAt(masked, named.end + roleWords[0].length) : null;
    if (behind && behind.kind === 'person' && looksLikePersonName(behind.name!) && behind.end <= limit) {
      const role = `${masked.slice(named.npStart ?? named.start, named.end + roleWords![0].length).trim()}${behind.role ? ` ${behind.role}` : ''}`;
      named = { ...behind, role, organization: behind.organization ?? (named.kind === 'org' ? named.name : null), npStart: named.npStart ?? named.start };
    }
  }
  // "said another leading harbor advocate, Ana Ortiz of …", "said a longtime aide, Ben Ruiz": the description, then
  // the person's name as its appositive.
  if (!named || named.kind !== 'person') {
    const desc = /^(?:an?|the|another|one|his|her|their)\s+([^,.;:~“”"()]{2,80}?),\s+(?=\p{Lu})/u.exec(masked.slice(p, limit));
    const person = desc ? nameStartingAt(masked, p + desc[0].length) : null;
    if (person && person.kind === 'person' && looksLikePersonName(person.name!) && person.end <= limit && /^\s*(?:[,.;:(]|of\b|$)/u.test(masked.slice(person.end, limit))) {
      const role = person.role ?? cleanRole(desc![1]!);
      return { phrase: { ...person, role, organization: person.organization ?? organizationOfRole(role), npStart: p }, end: person.end };
    }
  }
  if (!named || named.end > limit) {
    const anon = /^(?:an?|the|one|two|several|other)\s+((?:[\p{L}\-]+\s+){0,3}?(?:official|officials|source|sources|aide|aides|adviser|spokesman|spokeswoman|spokesperson|person|people|statement|report|memo|analyst|analysts|expert|experts)\b)/u.exec(masked.slice(p, limit));
    if (anon) {
      const e = p + anon[0].length;
      return { phrase: { kind: 'anonymous', name: null, start: p, end: e, role: 'anonymous source', organization: null }, end: e };
    }
    return null;
  }
  const role = named.role ?? appositiveRole(text, named.end, limit);
  let end = named.end;
  if (role && !named.role) {
    const m = /^,\s+[^,.;]*/.exec(text.slice(end, limit));
    if (m) end += m[0].length;
  }
  return { phrase: { ...named, role, organization: named.organization ?? (role ? organizationOfRole(role) : null) }, end };
}

/** A description and a comma between a closing quote mark and a name: "” the harbor spokesman, " (group 1). */
const DESCRIBED_BEFORE_NAME = /[”"’»」』›“']\s*,?\s*((?:the|a|an|another|one|his|her|their|its|\p{Lu}[\p{L}.\-]*[’'](?:s\b)?)\s+[^,~“”"«»„;:.!?()]{1,60},\s*)$/u;
/** A finite verb right after a noun phrase: the phrase is a clause's subject ("said she was …"). */
const CLAUSE_VERB = /^\s+(?:(?:also|still|now|never|not|already)\s+)?(?:is|was|were|are|had|has|have|will|would|could|should|can|may|might|must|did|does|do|isn[’']t|wasn[’']t|won[’']t|wouldn[’']t|didn[’']t|doesn[’']t|hasn[’']t|\p{Ll}{2,}ed|\p{Ll}{2,}[^s’'\s]s)\b/u;

/** Opening adverbials before a sentence's subject: "Essentially, ", "Once he was president, ", "On Sunday, ". */
const OPENER =
  /^(?:\p{Lu}\p{Ll}+ly|(?:Once|When|After|As|While|Since|Although|Though|Because|If|Before|Until|In|On|At|During|Last|This|Earlier|Later|Still|Yet|So|But|And|Then|Now|Therefore|Meanwhile|However|Instead|Indeed|Tuesday|Monday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+[^,;:.~“"]{1,60}?)?),\s+/u;

/**
 * A wire dateline opening a story ("LAKEVIEW, Dec. 8 (AP) — ", "Lakeview (AFP) – ", its agency blanked in the
 * masked text): a place, not the subject.
 */
const DATELINE =
  /^(?:\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,3}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\d{1,2})?)*(?:\s*\([^()]{1,30}\)|\s{3,})|\p{Lu}{3,}(?:\s+\p{Lu}{2,}){0,2}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\d{1,2})?)*)\s*(?:—|–|--|-)\s*/u;

/** Role nouns a description can end in ("the Vermont senator", "the former governor"). */
const DESCRIPTION = /^the\s+((?:(?:\p{Lu}[\p{L}.\-]*|former|then|outgoing|presumptive|likely|[\p{Ll}\-]+(?:al|an|ic|ive))\s+){1,4}(?:senator|governor|congressman|congresswoman|mayor|nominee|candidate|front-?runner|businessman|billionaire|mogul|president|secretary|speaker|lawmaker|tycoon|senator-elect|candidate))\b/u;

/**
 * The subject that opens a sentence, for a cue that shares it ("Essentially, Ortiz’s lawyers looked … and
 * found …"): an opening adverbial is skipped; a name with a lower-case source noun after it ("Gulf sources") is a
 * common phrase, "the Vermont senator" a description to resolve, else the name there.
 */
function sentenceSubjectPhrase(masked: string, start: number, limit: number): SpeakerPhrase | null {
  const dateline = DATELINE.exec(masked.slice(start, limit));
  if (dateline) start += dateline[0].length;
  const opener = OPENER.exec(masked.slice(start, limit));
  const at = opener ? start + opener[0].length : start;
  const description = DESCRIPTION.exec(masked.slice(at, limit));
  if (description) {
    const head = /(\S+)$/.exec(description[1]!)![1]!;
    return { kind: 'anonymous', name: null, start: at, end: at + description[0].length, role: description[1]!, organization: null, head };
  }
  // "Small groups of protesters": a capitalised first word before a plural noun and "of" is not a name.
  const group = /^\p{Lu}\p{Ll}+\s+\p{Ll}+s\s+of\s+(?:the\s+)?[\p{Ll}\-]+/u.exec(masked.slice(at, limit));
  if (group) return { kind: 'anonymous', name: null, start: at, end: at + group[0].length, role: cleanRole(group[0]), organization: null, head: /(\S+)$/.exec(group[0])![1]! };
  const named = nameStartingAt(masked, at);
  if (!named || named.kind !== 'person') return named;
  // "Gulf sources", "Ortiz’s lawyers": the noun after the name heads the phrase.
  const noun = /^(?:[’']s?)?\s+(\p{Ll}[\p{Ll}\-]+)\b/u.exec(masked.slice(named.end, limit));
  if (noun) {
    const common = commonPhraseEndingAt(masked, named.end + noun[0].length);
    if (common && common.kind === 'anonymous' && common.start <= named.start) return common;
  }
  return named;
}

/**
 * The organisation that opens a sentence as its subject, after an opening adverbial and an optional "the" ("On its
 * website, the Harbor Board lists …"); null when the subject is anything else.
 */
function organizationSubject(masked: string, start: number, limit: number): SpeakerPhrase | null {
  const dateline = DATELINE.exec(masked.slice(start, limit));
  if (dateline) start += dateline[0].length;
  const opener = OPENER.exec(masked.slice(start, limit));
  const at = opener ? start + opener[0].length : start;
  const article = /^(?:the|The)\s+(?=\p{Lu})/u.exec(masked.slice(at, limit));
  const named = nameStartingAt(masked, at + (article ? article[0].length : 0));
  return named && named.kind === 'org' && named.end <= limit ? named : null;
}

/** Finite verbs written without -ed or -s (auxiliaries and common irregular pasts). */
const BARE_FINITE = new Set(
  'is are was were has have had will would can could did does do may might must should shall met told said took made went gave sent spent won ran led left held brought began came saw got put set wrote spoke stood sat kept became found thought lost paid sought struck'.split(' '),
);

/** How far back from a participle clauseSubjectBefore looks for its clause's subject. */
const CLAUSE_LOOKBACK = 400;

/** A subordinating word right before a clause's subject ("after they left", "because he"). */
const SUBORDINATOR_BEFORE = /(?:^|\s)(?:after|before|when|because|since|while|until|once|if|although|though|as|whereas|unless)\s+$/i;

/** Words that cannot follow a clause's subject as its verb. */
const NOT_VERB = /^(?:and|or|but|nor|of|in|at|to|for|with|on|from|by|as|into|over|under|about|after|before|during|against|through|than|the|a|an|who|whom|whose|which|that|this|these|those|his|her|its|their)$/;

/**
 * The subject of the last finite clause before `end`: the last name (or he/she/they) directly followed by a
 * finite verb, adverbs allowed between ("Ortiz later thanked Brandt" → Ortiz). An -s form counts as a verb only
 * before an object-like word ("Ortiz rallies the crowd", not "Ortiz supporters gathered"). Null when none.
 */
function clauseSubjectBefore(masked: string, from: number, end: number): SpeakerPhrase | null {
  // Only the last few hundred characters: a run-on paragraph must not make each participle scan all of it.
  const start = Math.max(from, end - CLAUSE_LOOKBACK);
  const words = [...masked.slice(start, end).matchAll(/\p{Ll}+/gu)];
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k]!;
    const at = start + w.index!;
    const verb = w[0];
    if (NOT_VERB.test(verb) || BETWEEN_SUBJECT_AND_CUE.test(verb)) continue;
    // Only a whole lower-case word ("Clinton’s" has a lower-case "s" that is not a word).
    if (/[\p{L}’'.\-]/u.test(masked[at - 1] ?? ' ') || /[\p{L}’'\-]/u.test(masked[at + verb.length] ?? ' ')) continue;
    const finite = BARE_FINITE.has(verb) || /ed$/.test(verb) || (/[^s]s$/.test(verb) && /^\s+(?:the|a|an|his|her|their|its|that|to|on|in|at|with|for|about|up|out|back|him|them|it|us|me|\p{Lu})/u.test(masked.slice(at + verb.length, end + 1)));
    if (!finite) continue;
    const sEnd = subjectEnd(masked, at, start);
    // "Ortiz apologized after they surfaced, saying …": a pronoun opening a clause after a subordinator is not
    // the subject the participle hangs on; keep looking further back (a named one is: "… when Ortiz ended, remarking").
    const pron = /(?:^|\s)([Hh]e|[Ss]he|[Tt]hey)$/u.exec(masked.slice(Math.max(start, sEnd - 5), sEnd));
    if (pron && SUBORDINATOR_BEFORE.test(masked.slice(Math.max(start, sEnd - pron[1]!.length - 12), sEnd - pron[1]!.length))) continue;
    if (pron) return { kind: 'pronoun', name: null, start: sEnd - pron[1]!.length, end: sEnd, role: null, organization: null, pronoun: pron[1]!.toLowerCase() };
    const named = nameEndingAt(masked, sEnd);
    // "blocked Ohio’s attempts to …": a possessor before a plural noun is no subject of that noun read as a verb.
    if (named && (named.kind === 'person' || named.kind === 'org') && (named.npStart ?? named.start) >= start && !/[’']s$/u.test(masked.slice(named.start, named.end)) && !/^[’']/u.test(masked.slice(named.end, named.end + 1))) return named;
  }
  return null;
}

/**
 * The subject of the last finite clause before `end` (clauseSubjectBefore), unless that clause is reported
 * content itself ("concluded that the board qualified … but said": the board is not the one who said).
 */
function mainClauseSubject(masked: string, from: number, end: number): SpeakerPhrase | null {
  const subj = clauseSubjectBefore(masked, from, end);
  if (!subj) return null;
  const lead = /(\S+)\s+(?:(?:the|a|an)\s+)?$/iu.exec(masked.slice(Math.max(from, (subj.npStart ?? subj.start) - 40), subj.npStart ?? subj.start))?.[1]?.toLowerCase() ?? '';
  return lead === 'that' || CUES.has(lead) ? null : subj;
}

/** A sentence opening with a subordinate clause whose subject is the speaker ("As ", "While his advisers …", "So when "). */
const SUBORDINATE_OPENER = /^\s*(?:(?:So|And|But|Yet|Then|Now|Still),?\s+(?:as|while|when|whereas|although|though|even though|because|since|if|until|unless|after|before)|As|While|When|Whereas|Although|Though|Even though|Even as|Even while|Because|Since|If|Until|Unless|After|Before)\s+(?:\S+\s+){0,2}$/u;

/** Venue after a writing cue: "writes … in Americas Quarterly". */
function venueAt(text: string, from: number, limit: number): string | null {
  const m = /^,?\s*in\s+(?:the\s+)?(\p{Lu}[\p{L}’'.\-]*(?:\s+(?:\p{Lu}[\p{L}’'.\-]*|of|and|the))*)/u.exec(text.slice(from, limit));
  return m ? m[1]!.replace(/\.$/, '').replace(/\s+(?:of|and|the)$/u, '') : null;
}

function fromCue(text: string, masked: string, sent: Sent, cueStart: number, cueEnd: number, entry: CueEntry, segs: QuoteSegment[], priorFound: Found | null): Found | null {
  const prior = priorFound?.phrase ?? null;
  const cue = text.slice(cueStart, cueEnd);
  const before = masked.slice(sent.start, cueStart);
  // 1. Inversion: the cue comes right after a quote or a comma-ended clause: “…,” scoffed Name / …, said Name.
  const afterQuote = /[”"’»」』›“']\s*,?\s*$|,\s*$/u.test(before);
  // "Ruiz, citing “the magic of Ortiz,” said the …": a quote that a participle aside takes as object is no speech
  // before an inverted cue.
  const asideQuote = QUOTING_ASIDE.test(masked.slice(Math.max(sent.start, cueStart - 200), cueStart));
  const quoteBefore = /[”"’»」』›“']\s*,?\s*$/u.test(before);
  // After a bare comma, a name right before it is the subject ("Feinstein, Democrat of California, said the …").
  const nameBeforeComma = !quoteBefore && subjectBefore(text, masked, subjectEnd(masked, cueStart, sent.start), sent.start);
  // A participle never inverts: "…, telling Brien that …" is not Brien speaking.
  if (afterQuote && !asideQuote && cue === cue.toLowerCase() && !cue.endsWith('ing') && (quoteBefore || (!entry.weak && !entry.position && !nameBeforeComma))) {
    const subj = subjectAfter(text, masked, cueEnd, sent.end);
    // "Yin Ortiz, 60, a doctor, said she was elated": a subject with a verb after it opens the reported clause, so
    // this is no inversion; the subject before the cue is read below.
    const opensClause = !!subj && !quoteBefore && CLAUSE_VERB.test(masked.slice(subj.end, sent.end));
    if (subj && !opensClause) {
      const content = contentBefore(text, masked, sent, cueStart, segs);
      if (content) {
        const venue = venueAt(text, subj.end, sent.end);
        const extended = splitQuoteTail(text, masked, subj.end, sent, segs, content);
        return { ...extended, cue, phrase: subj.phrase, venue };
      }
    }
  }
  // 2. Subject before the cue.
  // A passive with its agent or its object's complement ("Ortiz was declared the winner", "was not opposed by Ruiz"):
  // the subject is the one spoken of, not the speaker. A state before a clause ("are worried that …") is read as before.
  // (An accusation or a telling by someone keeps its agent as the speaker, below.)
  if (!/ing$/.test(cue) && !entry.object && entry.lemma !== 'accuse' && PASSIVE_BE.test(masked.slice(Math.max(sent.start, cueStart - 40), cueStart)) && /^\s+(?:by|the|a|an)\s/u.test(masked.slice(cueEnd, cueEnd + 5))) return null;
  // "isn't saying" is speech withheld; "isn't seeking re-election" is no statement.
  const sEnd = subjectEnd(masked, cueStart, sent.start, COGNITION.test(entry.lemma) ? 'none' : entry.position ? 'perfect' : 'all');
  // "Ortiz was accused by Ruiz of …", "Ortiz was told that …": in the passive the subject is the one spoken to or
  // about; the cue states nothing of theirs.
  // ("was worried", "is expected" are states of the subject and stay).
  const passive = cue !== entry.lemma && !/ing$/.test(cue) && /(?:^|\s)(?:was|were|is|are|been|being|be)\s+(?:\p{Ll}+ly\s+)?$/u.test(masked.slice(Math.max(sent.start, cueStart - 30), cueStart));
  const spokenTo = passive && (entry.object || entry.lemma === 'accuse' || /^\s+by\s/u.test(masked.slice(cueEnd, cueEnd + 5)));
  // "Hours later, Ortiz thanked Brandt, telling reporters …": a participle after a comma shares the subject of
  // the clause it hangs on, not the name that ends that clause's object.
  // An earlier attribution in the sentence ("Ortiz said Brandt was wrong, adding …") keeps its subject when the
  // clause found is inside its content.
  const afterComma = /ing$/.test(cue) && sEnd > sent.start && masked[sEnd - 1] === ',';
  const clauseSubj = afterComma ? clauseSubjectBefore(masked, sent.start, sEnd - 1) : null;
  const inPrior = clauseSubj && priorFound && clauseSubj.start >= priorFound.start && clauseSubj.start < priorFound.end;
  const participle = afterComma ? (inPrior || !clauseSubj ? prior : null) ?? clauseSubj : null;
  let subj = participle ?? withSubject(masked, cue, sEnd, sent.start) ?? subjectBefore(text, masked, sEnd, sent.start) ?? recordedSubject(masked, cue, entry, sEnd, sent.start);
  if (!participle && (!subj || subj.kind === 'anonymous')) subj = issuedSubject(text, masked, sent, sEnd) ?? subj;
  let borrowed = !!participle && participle === prior;
  let viaConj = false;
  // "Reid caucused on Saturday and says …", "…, telling reporters …": the sentence's subject.
  // "… looping the streets while chanting, “…”": a participle after "while"/"as" shares the subject too.
  // "Ortiz offered him a job, then said …": ", then" joins like "and" (subjectEnd skipped "then").
  const conj = /,?\s*\b(?:and|but)$/.exec(masked.slice(Math.max(sent.start, sEnd - 6), sEnd)) ?? (masked[sEnd - 1] === ',' && /^\s*then\s+$/u.test(masked.slice(sEnd, cueStart)) ? /,$/.exec(masked.slice(sEnd - 1, sEnd)) : null);
  if (!subj && (conj || (/ing$/.test(cue) && /(?:,|\s(?:while|as|before|after|when|by))$/.test(masked.slice(sent.start, sEnd))))) {
    // "Comey called the practice “careless” but said …", "when Rubio thanked Miami and said …": else the subject
    // of the clause the conjunction joins.
    const shared = (s: SpeakerPhrase | null) => (s && (s.kind !== 'anonymous' || s.principal || s.head) ? s : null);
    // "Ortiz said the plan failed and warned …": a statement ending at the conjunction shares its speaker.
    const joined = conj && priorFound?.phrase && priorFound.cue && (!CUES.get(priorFound.cue.toLowerCase())?.position || priorFound.phrase.kind === 'person') && !/\S/.test(masked.slice(priorFound.end, sEnd - conj[0].length).replace(/[.,;:”"’]/g, '')) ? prior : null;
    const first =
      (/ing$/.test(cue) ? prior : null) ??
      joined ??
      shared(sentenceSubjectPhrase(masked, sent.start, cueStart)) ??
      (conj && !entry.weak && cue !== entry.lemma ? mainClauseSubject(masked, sent.start, sEnd - conj[0].length) : null);
    if (first && (first.kind !== 'anonymous' || first.principal || first.head)) {
      subj = first;
      borrowed = true;
      viaConj = !!conj;
    }
  }
  if (!subj) return null;
  // The speaker of a passive cue is its agent ("by Ana Ortiz"), else unnamed.
  if (spokenTo) {
    const by = /^\s+by\s+/u.exec(masked.slice(cueEnd, cueEnd + 5));
    // Read with the text before it blanked: after "by" a name would count as an object.
    // (A window of the text, not a copy of the whole paragraph: a live blog's paragraph can be a megabyte.)
    const at = cueEnd + (by ? by[0].length : 0);
    const read = by ? nameStartingAt(` ${masked.slice(at, at + 200)}`, 1) : null;
    const agent = read ? shiftPhrase(read, at - 1) : null;
    subj = agent && (agent.kind === 'person' || agent.kind === 'org') ? agent : { kind: 'anonymous', name: null, start: subj.start, end: subj.end, role: 'anonymous source', organization: null };
  }
  // "A former candidate -- Ana Ortiz, who lost in 2008 -- said …": the aside between dashes names the speaker.
  if (!borrowed && subj.kind === 'anonymous') subj = namedAside(masked, subj, cueStart) ?? subj;
  // "Ortiz and his advisers said", "Mr. Brandt and other leaders said": the named person leads the speakers.
  if (subj.kind === 'anonymous' && !subj.principal) subj = namedConjunct(masked, sent, subj) ?? subj;
  // "the Harbor Board released a statement saying …", "In a statement announcing …, the Harbor Board called …":
  // the statement speaks for whoever issued it.
  if (subj.kind === 'anonymous' && !subj.principal) subj = statementOwner(masked, sent, subj, cueEnd) ?? subj;
  // "… and pledged sanctions against what it called …": "it" is the organisation the sentence names first.
  if (subj.kind === 'pronoun' && subj.pronoun === 'it') subj = firstOrganization(masked, sent.start, subj.start) ?? subj;
  // A participle adjunct of a position verb ("…, referring to the cyberattack") is context, not a statement.
  // A conjoined position verb with a "that" clause states it ("… seemed taken aback and mentioned that …").
  // (Not a belief: "… who are drawn to his message and feel that …" may be someone else's.)
  if (borrowed && entry.position && !(viaConj && !COGNITION.test(entry.lemma) && /^\s+that\s/u.test(masked.slice(cueEnd, cueEnd + 8)))) return null;
  // A place's plans and wishes ("Moscow now plans its future …") are the writer's reading, not a statement
  // (what a place accuses, supports or rejects is its government's stated position, and stays).
  if (entry.intent && subj.kind === 'org' && subj.name && looksLikePlace(subj.name)) return null;
  // "Ortiz had shown bad judgment in calling it “…”": a person shows no finding.
  // A person who "showed that …" argued it; only that clause counts.
  if (entry.findingsOnly && (subj.kind === 'person' || (subj.kind === 'pronoun' && subj.pronoun !== 'it')) && !/^\s*that\b/u.test(masked.slice(cueEnd, sent.end))) return null;
  // A stated position needs a named or clearly human subject ("the tax plan would …" is not one).
  if (entry.position && subj.kind === 'anonymous' && subj.role !== 'anonymous source' && !subj.principal && !subj.head) return null;
  // "” the Harbor Times wrote": the article belongs to an organisation's name.
  const article = subj.kind === 'org' ? /\b[Tt]he\s+$/.exec(masked.slice(Math.max(sent.start, (subj.npStart ?? subj.start) - 5), subj.npStart ?? subj.start)) : null;
  if (article) subj = { ...subj, npStart: (subj.npStart ?? subj.start) - article[0].length };
  let subjPrefix = masked.slice(sent.start, subj.npStart ?? subj.start);
  // An unknown noun ("the department") speaks only as the sentence's subject or right after a quote.
  if (subj.generic && !/^\s*$|[”"’»」』›“']\s*,?\s*$/u.test(subjPrefix)) return null;
  // "Even as he accused the board …, Ruiz would not …", "After struggling to persuade voters that he understands …,
  // Lind said …": a pronoun in a fronted clause that names no one before it refers ahead, to the main clause's subject.
  const ahead = !borrowed && subj.kind === 'pronoun' && /^(?:he|she)$/u.test(subj.pronoun ?? '') ? mainSubjectAhead(masked, sent, subj.start, cueEnd) : null;
  const pronounAt = subj.start;
  if (ahead) {
    subj = ahead;
    borrowed = true;
  }
  // 2a. Trailing attribution: “…,” Name said. / CLAUSE, Name said.
  // Right after a quote, allowing a few unlisted role words ("”9/11 widow Terry Strada said").
  // A titled name may have capitalised words too ("” Dunmore police Chief Carl Benton said").
  // Not a subordinator or conjunction: "“…,” when Clinton blasted him" opens a new clause, it attributes nothing.
  const extraWords = subj.kind === 'person' && subj.role ? /[”"’»」』›“'](?:\s*,\s*|\s+)(?!(?:when|while|as|after|before|because|since|if|until|and|but|or|so|then|though|although|where|whereas)\s)((?:[\p{L}\d][\p{L}\d/’'\-.]*\s+){1,3})$/iu : /[”"’»」』›“']\s*,?\s*(?!(?:when|while|as|after|before|because|since|if|until|and|but|or|so|then|though|although|where|whereas)\s)((?:[\p{Ll}\d][\p{L}\d/’'\-.]*\s+){1,3})$/u;
  // “…,” the harbor spokesman, Ben Ruiz, told …; “…,” another friend, Ana Ortiz told …: a description before the name.
  const described = subj.kind === 'person' ? DESCRIBED_BEFORE_NAME.exec(subjPrefix) : null;
  if (described && !subj.role) {
    const role = cleanRole(described[1]!.replace(/,\s*$/, '').replace(/^(?:another|one|his|her|their|its)\s+/u, ''));
    if (looksLikeRole(role)) subj = { ...subj, role, organization: subj.organization ?? organizationOfRole(role) };
  }
  // “…,” Sen. Ana Ortiz and House Speaker Ben Ruiz said …: two people after the quote; the first named leads.
  const conjunct = subj.kind === 'person' && !described ? /[”"’»」』›“']\s*,?\s*((?:[\p{L}\d][\p{L}\d/’'\-.]*\s+){1,6}?)and\s+$/u.exec(subjPrefix) : null;
  const firstStart = conjunct ? sent.start + conjunct.index + conjunct[0].length - conjunct[1]!.length - /and\s+$/u.exec(conjunct[0])![0].length : -1;
  const first = conjunct ? nameEndingAt(masked, trimEnd(masked, firstStart, firstStart + conjunct[1]!.length)) : null;
  if (first && first.kind === 'person' && (first.npStart ?? first.start) === firstStart) {
    subj = first;
    subjPrefix = masked.slice(sent.start, subj.npStart ?? subj.start);
  }
  const quotedPrefix = /[”"’»」』›“']\s*,?\s*$/u.test(subjPrefix) || (subj.kind === 'person' && (extraWords.test(subjPrefix) || !!described));
  const after = masked.slice(cueEnd, sent.end);
  // After a quote the attribution is trailing unless it opens new content ("…,” he said: “…” / he said that …).
  const trailing = quotedPrefix
    ? !/^\s*(?:,\s*)?(?:that\b|:)/u.test(after)
    : /^\s*(?:(?:reporters|journalists|listeners|viewers|supporters|him|her|them|me|us)\b\s*)?(?:(?:on|in|at|during|last|this|after|before|to|from|of|about|when|while|with|earlier|later|recently|too|also|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\b[^,;:~“"«„]{0,40}?)?[.!?]?\s*$/iu.test(after);
  if (!borrowed && !participle && (quotedPrefix || (/,\s*$|—\s*$/u.test(subjPrefix) && !entry.weak && !entry.position)) && trailing) {
    const extra = extraWords.exec(subjPrefix);
    const attrStart = (subj.npStart ?? subj.start) - (described ? described[1]!.length : extra && subj.kind === 'person' ? extra[1]!.length : 0);
    const content = contentBefore(text, masked, sent, attrStart, segs);
    // “Harbor News Sunday,” Republican nominee Gov. Ortiz said …: a title before capitalised words is not the quote.
    // “In an interview on CBS’s “Harbor Week,” Mayor Ortiz said …”: a title inside a phrase is not the quote either.
    const titleCase = !!content && content.quoted && isTitleCase(text.slice(content.start, content.end).replace(/[,.]$/, ''));
    const titled = (extra && /\p{Lu}/u.test(extra[1]!) && titleCase) || (titleCase && /\p{L}/u.test(masked.slice(sent.start, content!.start - 1)));
    if (content && !titled) {
      const venue = venueAt(text, cueEnd, sent.end);
      const extended = splitQuoteTail(text, masked, cueEnd, sent, segs, content);
      return { ...extended, cue, phrase: subj, venue };
    }
  }
  // 2c. Parenthetical attribution: "Acts of protest, Mr. Obama said, are acts of patriotism."
  if (!borrowed && !participle && !entry.position && /,\s*$/.test(subjPrefix) && /^\s*,\s*[^\s“"'‘«„~]/.test(masked.slice(cueEnd, sent.end)) && wordCount(subjPrefix) >= 2) {
    const end = trimEnd(text, cueEnd, sent.end);
    if (wordCount(text.slice(cueEnd, end)) >= 2) return { start: sent.start, end, quoted: quotedShare(sent.start, end, segs) >= 0.5, cue, phrase: subj };
  }
  // 2b. Leading attribution: Name said: “…” / Name said that … / Name told reporters …
  const content = contentAfter(text, masked, sent, cueEnd, entry, segs);
  if (!content) return null;
  // "… and pledged fines against what it called “…”": a quote inside the object that a cue of its own introduces
  // is that cue's, not the joined verb's.
  if (viaConj && !content.quoted && segs.some((s) => s.open >= content.start && s.open < content.end && [...masked.slice(content.start, s.open).matchAll(/\p{Ll}+/gu)].some((w) => CUES.has(w[0])))) return null;
  // "As Ortiz talked about X, Brandt said …": an attribution inside an opening subordinate clause ends at its comma.
  if (SUBORDINATE_OPENER.test(masked.slice(sent.start, ahead ? pronounAt : subj.npStart ?? subj.start))) {
    const comma = masked.indexOf(',', content.start);
    if (comma > content.start && comma < content.end) {
      // "When Ortiz noted that …, Brandt boasted, “…”": the main clause's own attribution is not content.
      const tail = /\s+(\p{Ll}+)$/u.exec(masked.slice(content.start, comma));
      const main = tail && CUES.has(tail[1]!) ? nameEndingAt(masked, comma - tail[0].length) : null;
      const cut = main && main.kind === 'person' && (main.npStart ?? main.start) > content.start ? main.npStart ?? main.start : comma;
      const end = trimEnd(text, content.start, cut);
      if (wordCount(text.slice(content.start, end)) < 2) return null;
      return { start: content.start, end, quoted: quotedShare(content.start, end, segs) >= 0.5, cue, phrase: subj, venue: venueAt(text, cueEnd, sent.end) };
    }
  }
  const venue = venueAt(text, cueEnd, sent.end);
  // The fronted clause whose pronoun refers ahead ends at its comma, before the main clause's subject.
  if (ahead) {
    const comma = masked.lastIndexOf(',', ahead.npStart ?? ahead.start);
    if (comma > content.start && comma < content.end) {
      const end = trimEnd(text, content.start, comma);
      return { ...content, end, quoted: quotedShare(content.start, end, segs) >= 0.5, cue, phrase: subj, venue };
    }
  }
  return { ...content, cue, phrase: subj, venue };
}

/** A form of "be" right before a participle, with "not" or an adverb between ("was not opposed", "be widely seen"). */
const PASSIVE_BE = /(?:^|[^\p{L}])(?:is|are|was|were|be|been|being|(?:is|are|was|were)n[’']t)(?:\s+(?:not|also|never|later|then|\p{Ll}+ly))*\s+$/iu;

/** A fronted adverbial clause opening a sentence: a subordinator ("Even as", "After") or a participle ("Acknowledging"). */
const FRONTED_OPENER = /^\s*(?:Even\s+(?:as|while|when|though|after|before|if)\b|(?:As|While|When|Whereas|Although|Though|Because|Since|If|Until|Unless|After|Before|Despite|Once)\b|\p{Lu}\p{Ll}+ing\b)/u;

/**
 * The person a fronted clause's pronoun or partial quote refers ahead to: the named subject (followed by a verb) that
 * opens the main clause after the fronted clause's comma, when nothing is named before `at`. Else null.
 */
function mainSubjectAhead(masked: string, sent: Sent, at: number, from: number, participleOnly = false): SpeakerPhrase | null {
  const lead = masked.slice(sent.start, at);
  if (participleOnly ? !/^\s*\p{Lu}\p{Ll}+ing\s[^,;:]*$/u.test(lead) : !FRONTED_OPENER.test(lead) || /\s\p{Lu}/u.test(lead) || /[;:]/u.test(lead)) return null;
  const comma = masked.indexOf(',', from);
  if (comma < 0 || comma >= sent.end) return null;
  // "…, though, Lind did suggest": a connective set off after the clause.
  const gap = /^,\s*(?:(?:though|however|too|still|then|also),\s*)?/u.exec(masked.slice(comma))!;
  const main = nameStartingAt(masked, comma + gap[0].length);
  if (!main || main.kind !== 'person' || !main.name || (main.npStart ?? main.start) !== comma + gap[0].length) return null;
  return /^\s+(?:also\s+|still\s+|then\s+)?\p{Ll}+/u.test(masked.slice(main.end, main.end + 30)) ? main : null;
}

/** A recording's noun and "of" before a participle cue: "footage of Ortiz saying …", "a clip of the mayor telling …". */
const RECORDING_OF = /\b(?:videos?|footage|clips?|recordings?|audio|tapes?|images?|photos?|pictures?)\s+of\s+$/iu;

/** The person a recording shows speaking ("footage of Ortiz saying during the debate, “…”"), or null. */
function recordedSubject(masked: string, cue: string, entry: CueEntry, sEnd: number, floor: number): SpeakerPhrase | null {
  if (!/ing$/.test(cue) || entry.position || entry.weak) return null;
  // The name is read with "of" blanked out, so that it is no object of a preposition.
  const from = Math.max(floor, sEnd - 200);
  const window = masked.slice(from, sEnd);
  const at = /(\S+\s+)(of)(\s+(?:(?:the|a|an)\s+)?(?:\p{Lu}[\p{L}.’'\-]*\s+){0,4}\p{Lu}[\p{L}’'\-]*)$/u.exec(window);
  if (!at || !RECORDING_OF.test(`${window.slice(0, at.index + at[1]!.length)}of `)) return null;
  const p = nameEndingAt(`${window.slice(0, at.index + at[1]!.length)}  ${at[3]}`, window.length);
  if (!p || (p.kind !== 'person' && p.kind !== 'org')) return null;
  return shiftPhrase(p, from);
}

/**
 * The subject of an absolute "with" clause before a participle cue ("…, with Ortiz repeatedly calling Brandt a
 * friend", "…, with Ana Ortiz — who backs the levy — lambasting the plan"): the named person after a comma (or
 * dash, or the sentence's start) and "with", or null. "stuck with Ortiz talking" has no comma and is left alone.
 */
function withSubject(masked: string, cue: string, sEnd: number, floor: number): SpeakerPhrase | null {
  if (!/ing$/.test(cue)) return null;
  const lead = Math.max(floor, sEnd - 80);
  const m = /(?:^|[,;—–]\s*)([Ww]ith)\s+(?:\p{Lu}[\p{L}.’'\-]*\s+){0,4}\p{Lu}[\p{L}.’'\-]*$/u.exec(masked.slice(lead, sEnd));
  // "^" is the sentence's start only when the slice starts there.
  if (!m || (m.index === 0 && lead > floor && !/^[,;—–]/u.test(m[0]))) return null;
  // The name is read as a subject, "with" blanked out (after a preposition it would be an oblique mention).
  const w = lead + m.index + m[0].search(/[Ww]ith/u);
  const named = nameEndingAt(masked.slice(0, w) + '    ' + masked.slice(w + 4, sEnd), sEnd);
  return named && named.kind === 'person' && named.name && (named.npStart ?? named.start) > w ? named : null;
}

/**
 * The named first conjunct of a coordinated subject whose last conjunct is unnamed people ("Ortiz and his
 * advisers", "Mr. Brandt and other leaders", "Varga and others"), or null.
 */
function namedConjunct(masked: string, sent: Sent, subj: SpeakerPhrase): SpeakerPhrase | null {
  const at = subj.npStart ?? subj.start;
  const head = /([\p{L}]+)\s*$/u.exec(masked.slice(subj.start, subj.end))?.[1]?.toLowerCase() ?? '';
  if (!UNNAMED_HEADS.has(head) || FINDING_SOURCES.test(head)) return null;
  // The unnamed conjunct opens with a determiner ("his advisers", "other leaders", "others"): "Current and former
  // officials" coordinates adjectives, not people.
  if (!/^(?:his|her|their|its|other|others|some|several|many|a|an|the|two|three|both)\b/iu.test(masked.slice(at, subj.end))) return null;
  const and = /\s+and\s+$/u.exec(masked.slice(Math.max(sent.start, at - 8), at));
  if (!and) return null;
  const named = nameEndingAt(masked, at - and[0].length);
  return named && (named.kind === 'person' || named.kind === 'org') && (named.npStart ?? named.start) >= sent.start ? named : null;
}

/** A participle of issuing opening a reduced relative clause, with up to eight words after it, at the end of a stretch. */
const ISSUED_RELATIVE = /(?:^|\s)(released|published|issued|conducted|commissioned|prepared|written|compiled|produced|circulated|distributed|unveiled|posted|sent|filed|obtained)((?:\s+[^\s,;:~“”"()]+){0,8})$/u;
/** Heads of documents that an organisation or a person issues ("report", "memo", "analysis"). */
const DOCUMENT_HEAD = /^(?:reports?|analys[ie]s|study|studies|memos?|polls?|surveys?|reviews?|audits?|papers?|letters?|statements?|documents?|rulings?|filings?|assessments?|investigations?|ads?|videos?|releases?|data|results|figures|records|emails|excerpts|transcripts?|estimates?|projections?|briefs?|guidelines|findings)$/i;

/**
 * The subject before a reduced relative clause of issuing: "A report released by the Harbor Board last month says …"
 * (the issuer of a document speaks), "A Lakeview College poll released in May found …" (the document itself when it
 * names no issuer). Null when the participle is a main verb ("the board has released …", "Ortiz released …").
 */
function issuedSubject(text: string, masked: string, sent: Sent, sEnd: number): SpeakerPhrase | null {
  const from = Math.max(sent.start, sEnd - 160);
  const m = ISSUED_RELATIVE.exec(masked.slice(from, sEnd));
  if (!m) return null;
  const tail = m[2]!;
  if (/\b(?:that|which|who|whom|and|but|or|as|if|when|while|because)\b/i.test(tail) || [...tail.matchAll(/\p{Ll}+/gu)].some((w) => CUES.has(w[0]))) return null;
  const partStart = from + m.index + m[0].length - m[1]!.length - tail.length;
  const head = subjectBefore(text, masked, subjectEnd(masked, partStart, sent.start), sent.start);
  if (!head || head.kind === 'pronoun' || head.kind === 'person') return null;
  const headWord = /([\p{L}]+)\s*$/u.exec(masked.slice(head.start, head.end))?.[1] ?? '';
  if (!DOCUMENT_HEAD.test(headWord)) return null;
  // Only an article, a possessor or modifiers before the document: "the board has released …" is a main verb.
  if (/\b(?:has|have|had|was|were|is|are|be|been|being)\s*$/i.test(masked.slice(sent.start, partStart))) return null;
  const by = /^(.*?\s)by\s+(?:the\s+)?/u.exec(tail);
  if (by) {
    const at = partStart + m[1]!.length + by[0].length;
    // Read on its own: after "by" the name is an agent, not an oblique mention.
    const agent = nameStartingAt(masked.slice(at, sEnd), 0);
    if (agent && (agent.kind === 'org' || agent.kind === 'person')) return { ...agent, start: at + agent.start, end: at + agent.end, npStart: at + (agent.npStart ?? agent.start) };
  }
  // "A Harbor Times/Delta News poll released Sunday": the pollster, read whole.
  const lead = Math.max(sent.start, head.start - 80);
  const pollster = /^(?:polls?|surveys?)$/i.test(headWord) ? pollOrganization(masked.slice(lead, partStart)) : null;
  if (pollster) {
    const at = lead + Math.max(0, masked.slice(lead, partStart).indexOf(pollster));
    return { kind: 'org', name: pollster, start: at, end: at + pollster.length, role: 'poll', organization: pollster, npStart: Math.min(at, head.npStart ?? head.start) };
  }
  return head;
}

/** A statement, release or letter that is named as a speaker. */
const ISSUED_DOCUMENT = /^(?:an?|the|its|his|her|their)\s+(?:[\p{Ll}\d$.,\-]+\s+){0,3}(?:statement|release|letter|memo|video|ad|post|tweet|email|e-mail|lawsuit|suit|complaint|petition|motion|brief|op-ed)$/iu;

/** A verb of issuing right before a document ("released a statement", "filed a lawsuit"). */
const ISSUED_BEFORE = /\s+(?:issued|released|put\s+out|published|sent|posted|distributed|filed|wrote|submitted|brought)\s+$/u;

/**
 * Who issued the document a cue's subject is: "X released a statement saying …" (X before the verb of issuing)
 * or "In a statement announcing …, X called …" (the main clause's subject). Null when neither shape fits.
 */
function statementOwner(masked: string, sent: Sent, subj: SpeakerPhrase, cueEnd: number): SpeakerPhrase | null {
  let npStart = subj.npStart ?? subj.start;
  // "filed a $40 million lawsuit": the article and amount before the words the phrase kept, after a verb of issuing.
  const lead = /(?:^|\s)((?:an?|the|its|his|her|their)\s+(?:[\p{Ll}\d$.,\-]+\s+){0,2})$/iu.exec(masked.slice(Math.max(sent.start, npStart - 80), npStart));
  if (!ISSUED_DOCUMENT.test(masked.slice(npStart, subj.end)) && lead && ISSUED_DOCUMENT.test(masked.slice(npStart - lead[1]!.length, subj.end)) && ISSUED_BEFORE.test(masked.slice(Math.max(sent.start, npStart - lead[1]!.length - 40), npStart - lead[1]!.length))) npStart -= lead[1]!.length;
  if (!ISSUED_DOCUMENT.test(masked.slice(npStart, subj.end))) return null;
  const before = masked.slice(sent.start, npStart);
  const issued = ISSUED_BEFORE.exec(before);
  if (issued) {
    const owner = subjectBefore(masked, masked, subjectEnd(masked, npStart - issued[0].length, sent.start), sent.start);
    return owner && (owner.kind === 'person' || owner.kind === 'org') ? owner : null;
  }
  if (/^\s*In\s+$/u.test(before)) {
    const comma = masked.indexOf(',', cueEnd);
    if (comma < 0 || comma >= sent.end) return null;
    // The capitalised run after the comma ("the Harbor Board called"), read back from its end.
    const run = /^\s*(?:the\s+)?\p{Lu}[\p{L}.’'\-]*(?:\s+(?:\p{Lu}[\p{L}.’'\-]*|of|for|on))*/u.exec(masked.slice(comma + 1, sent.end));
    const owner = run ? nameEndingAt(masked, comma + 1 + run[0].length) : null;
    return owner && (owner.kind === 'person' || owner.kind === 'org') ? owner : null;
  }
  return null;
}

/** Content before an attribution: the quote that ends there, or the clause from the sentence start. */
function contentBefore(text: string, masked: string, sent: Sent, attrStart: number, segs: QuoteSegment[]): { start: number; end: number; quoted: boolean } | null {
  const prior = segs.filter((s) => s.close >= 0 && s.close < attrStart && /^[\s,—–\-]*$/.test(masked.slice(s.close + 1, attrStart)));
  if (prior.length) {
    const q = prior[prior.length - 1]!;
    // Consecutive quote segments before it in the same sentence are one quote.
    let start = q.start;
    if (isNotSpeech(masked, q, text) && !/[,.!?]$/.test(text.slice(q.start, q.end))) return null;
    for (const s of [...segs].reverse()) if (s.end < start && /^\s*$/.test(masked.slice(s.close + 1, s.open)) && s.start >= sent.start) start = s.start;
    return { start, end: q.end, quoted: true };
  }
  // Reported: the clause from the sentence start to the comma.
  let end = attrStart;
  while (end > sent.start && /[\s,—–\-]/.test(text[end - 1]!)) end--;
  const start = sent.start;
  if (wordCount(text.slice(start, end)) < 4) return null;
  if (/[~]/.test(masked.slice(start, end)) && quotedShare(start, end, segs) > 0.9) return { start: start + 1, end, quoted: true };
  return { start, end, quoted: false };
}

/** A split quote: “The plan,” she said, “is dead.” → one quote from the first part to the last. */
function splitQuoteTail(text: string, masked: string, attrEnd: number, sent: Sent, segs: QuoteSegment[], content: { start: number; end: number; quoted: boolean }): { start: number; end: number; quoted: boolean } {
  if (!content.quoted) return content;
  const m = /^[^.!?~“”"«»„]{0,160}?,\s*(?=[“"«„‘'])/u.exec(masked.slice(attrEnd, sent.end + 1));
  if (!m || /\b(?:that|\p{Ll}+ing)\b/u.test(m[0]) || m[0].length > 80) return content;
  const next = segs.find((s) => s.open === attrEnd + m[0].length);
  if (!next) return content;
  const firstPart = text.slice(content.start, content.end);
  if (/[.!?]$/.test(firstPart)) return content;
  return { start: content.start, end: next.end, quoted: true };
}

/** Content after a leading attribution. */
function contentAfter(text: string, masked: string, sent: Sent, cueEnd: number, entry: CueEntry, segs: QuoteSegment[]): { start: number; end: number; quoted: boolean } | null {
  let p = cueEnd;
  const rest = () => masked.slice(p, sent.end);
  // Particles of phrasal cues: "pointed out", "went on to say", "added that".
  const particle = /^\s+(?:out|back)\b/.exec(rest());
  if (particle) p += particle[0].length;
  // Object of tell/warn/urge: up to "that", a colon, a comma or a quote.
  if (entry.object) {
    // The object ends before "that", punctuation, a quote, a clause's subject or an adjunct ("told reporters after
    // the meeting that …").
    const obj = /^\s+(?:the\s+|a\s+)?[^,:;~“"«„.]{1,50}?(?=\s+that\b|\s*[,:]|\s*[“"«„]|\s+(?:the|a|it|he|she|they|we|i|there)\b|\s+(?:after|before|during|at|in|on|since|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^,;:~“”"]{0,60}?\s+that\b)/iu.exec(rest());
    if (obj) p += obj[0].length;
  }
  const time = TIME_OR_PLACE.exec(rest().replace(/^\s+/, ''));
  if (time && time[0].length) p += rest().length - rest().replace(/^\s+/, '').length + time[0].length;
  // "… the lobby — which Ortiz denounced Thursday — and is building …": a dash that closes an aside, then the main
  // clause going on; the cue's object was the aside's relative pronoun, and nothing after it is content. (A dash
  // that opens an aside of its own closes it again: "would argue — and Ruiz believes — that …".)
  if (/^\s*(?:[—–]|--)\s*(?:and|but|or)\s(?:(?![—–]|--).)*$/su.test(rest())) return null;
  // Quote after a colon or comma (Name said: “…”), or straight away.
  const q = /^(?:\s*(?:to|in|on|at|during|with|for|before|after)\s[^,:;~“"«„.]{0,60}[,:]\s*|\s*[,:]?\s*)(?:that\s+)?(?=[“"«„‘'「『‹‚])/iu.exec(rest());
  // "concludes with footage of Ortiz saying, “…”": a speech verb inside the adjunct introduces the quote, not this cue.
  if (q && /^\s*with\s/iu.test(q[0]) && [...q[0].matchAll(/\p{Ll}+/gu)].some((w) => { const e = CUES.get(w[0]); return !!e && !e.weak && !e.position; })) return null;
  if (q) {
    const seg = segs.find((s) => s.open === p + q[0].length);
    if (seg) {
      // The quote alone, or with the clause that continues after it ("said that “X” “do Y”" is one content).
      const tail = masked.slice(seg.close + 1, sent.end).trim();
      // "“That makes me smart,” when Ruiz blasted her": a subordinate clause after the quote is the writer's.
      if (seg.close < 0 || /^[.!?,;]?$/.test(tail) || /^[.!?]/.test(tail) || /^,?\s*(?:when|while|as|after|before|because|since|until|though|although|whereas)\s/iu.test(tail)) return { start: seg.start, end: seg.end, quoted: true };
      const end = trimEnd(text, seg.start, sent.end);
      return { start: seg.open, end, quoted: quotedShare(seg.open, end, segs) >= 0.5 };
    }
  }
  // "Name said:" ending the paragraph: the quote is the next paragraph.
  if (/^\s*:\s*$/.test(rest())) return { start: -1, end: -1, quoted: true };
  // Reported clause: "that …" or a bare clause after say-type verbs.
  // "said at a rally in Texas that …", "said — on Twitter, as it happens — that …": an adjunct before the clause.
  const that = /^\s*,?\s*that\s+/i.exec(rest()) ?? ADJUNCT_THEN_THAT.exec(rest());
  // "said after the convention he would …", "said in a statement Thursday they pulled …": an adjunct, then a clause
  // that opens with a subject pronoun and its verb.
  const adjunct = that || entry.weak || entry.position ? null : ADJUNCT_THEN_CLAUSE.exec(rest());
  let start: number;
  if (that) start = p + that[0].length;
  else if (adjunct) start = p + adjunct[0].length;
  else {
    // A poll that "shows" or a study that "found" reports its finding as a clause.
    const finding = entry.findings && FINDING_SOURCES.test(text.slice(Math.max(0, cueEnd - 200), cueEnd).replace(/\s+(?:also|has|have|had|now|already|\p{Ll}+ly)?\s*\S+$/u, ''));
    if (finding) {
      const start = p + (/^\s*/.exec(rest())?.[0].length ?? 0);
      const end = trimEnd(text, start, clauseEnd(masked, start, sent.end));
      if (wordCount(text.slice(start, end)) >= 3) return { start, end, quoted: false };
    }
    // "asked whether …": the question is the content.
    if (entry.lemma === 'ask') {
      const q = /^\s+(?:(?:him|her|them|us|me|[\p{Lu}][\p{L}.’'\-]*(?:\s+[\p{Lu}][\p{L}.’'\-]*)*)\s+)?(?:about\s+|whether\s+|if\s+|why\s+|how\s+|what\s+|when\s+|who\s+)/u.exec(rest());
      if (q) {
        const start = p + q[0].length - (/(?:whether|if|why|how|what|when|who)\s+$/.test(q[0]) ? /(?:whether|if|why|how|what|when|who)\s+$/.exec(q[0])![0].length : 0);
        const end = trimEnd(text, start, clauseEnd(masked, start, sent.end));
        if (wordCount(text.slice(start, end)) >= 2) return { start, end, quoted: false };
      }
      // "asked the students if …", "asked Trump which states …": the question after a longer object; "asked her
      // to call …", "asked the board to stand …": the request, with the one asked.
      const asked = ASKED_QUESTION.exec(masked.slice(cueEnd, sent.end));
      const request = asked ? null : ASKED_REQUEST.exec(masked.slice(cueEnd, sent.end));
      if (asked || request) {
        const start = asked ? cueEnd + asked[0].length - asked[1]!.length : cueEnd + request![0].length;
        const end = trimEnd(text, start, clauseEnd(masked, start, sent.end));
        if (wordCount(text.slice(start, end)) >= 3) return { start, end, quoted: false };
      }
    }
    if (entry.position) {
      // The object is the content: "called for a recount", "wants to build …", "accused him of lying".
      const obj = /^\s+(?:(?:for|on|about|of|to|at|against|with)\s+)?(?=[\p{L}\d~“"'‘])/u.exec(rest());
      if (!obj) return partialQuote(masked, p, sent, segs, text);
      // "spoke to reporters after …", "talked with Ortiz": the one spoken to is no content; "spoke to reporters
      // about the dam" has its content after "about".
      if (/^(?:speak|talk)$/.test(entry.lemma) && /^\s+(?:to|with)\s+$/u.test(obj[0])) {
        const topic = /^\s+(?:to|with)\s+(?:[^\s,;:~“”"]+\s+){0,3}?[^\s,;:~“”"]+(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|(?:last|this|on)\s+\p{Ll}+)(?:\s+(?:morning|afternoon|evening|night))?)?\s+(?:about|regarding)\s+(?=[\p{L}\d~“"'‘])/u.exec(rest());
        if (!topic) return partialQuote(masked, p, sent, segs, text);
        const start = p + topic[0].length;
        const end = trimEnd(text, start, clauseEnd(masked, start, sent.end));
        if (wordCount(text.slice(start, end)) < 2) return partialQuote(masked, p, sent, segs, text);
        return { start, end, quoted: false };
      }
      const start = p + obj[0].length;
      const end = trimEnd(text, start, clauseEnd(masked, start, sent.end));
      if (wordCount(text.slice(start, end)) < 2) return partialQuote(masked, p, sent, segs, text);
      return { start, end, quoted: false };
    }
    if (entry.weak) return partialQuote(masked, p, sent, segs, text);
    const bare = /^\s*[,:]?\s+(?=[\p{L}\d~“"])/u.exec(rest());
    if (!bare) return null;
    // A hyphenated word is read whole ("said down-ballot races …" does not start with "down").
    const first = /^[\p{L}\d’'\-]+/u.exec(rest().slice(bare[0].length))?.[0]?.toLowerCase() ?? '';
    // "joked about …", "commented on …", "said of …": the object of the preposition is the content.
    if (/^(?:about|on|of|for)$/.test(first) || (first === 'to' && /^(?:respond|reply|react|refer|object|testify|speak|talk|appeal|answer)$/.test(entry.lemma))) {
      const objStart = p + bare[0].length + first.length + 1;
      const objEnd = trimEnd(text, objStart, clauseEnd(masked, objStart, sent.end));
      // A quote inside the object is a partial quote: "reports on a “blizzard of permits” issued …".
      if (segs.some((s) => s.open >= objStart && s.open < objEnd)) return partialQuote(masked, p, sent, segs, text);
      if (wordCount(text.slice(objStart, objEnd)) >= 2) return { start: objStart, end: objEnd, quoted: false };
    }
    if (!CLAUSE_OPENING.test(rest().slice(bare[0].length)) && /^(to|in|on|at|for|of|with|by|from|about|after|before|during|as|so|than|and|or|but|if|when|while|because|was|is|were|are|had|has|have|be|been|this|said|says|told|yesterday|today|against|over|into|up|out|down|off|through|across|around|toward|towards|under|without|via|per|not|no|nothing|otherwise|more|less|much|little|goodbye|hello|thanks|yes|sorry)$/.test(first)) {
      return partialQuote(masked, p, sent, segs, text);
    }
    start = p + bare[0].length;
    // "said Tuesday the ferry …": a bare day before the clause is not part of it.
    const day = BARE_DAY.exec(masked.slice(start, sent.end));
    if (day) start += day[0].length;
  }
  const end = trimEnd(text, start, clauseEnd(masked, start, sent.end));
  if (wordCount(text.slice(start, end)) < 2) return null;
  return { start, end, quoted: false };
}

/**
 * Openings of a reported clause that start with a word which, alone, does not open one: "said much of the
 * talk was …", "said more than 300 people …", "said no decision had been made", "said if elected she would …".
 */
const CLAUSE_OPENING = /^(?:much\s+of\s|more\s+than\s+[\d$]|no\s+(?!(?:to|comment|comments|more|longer|such|matter|way)\b)\p{Ll}+\s+\p{Ll}|if\s+(?:elected|he|she|they|we|I|it|the|his|her|their|\p{Lu}\p{Ll}))/u;

/** A weak cue with a quote later in its clause: "Pickett also reports on a “blizzard of permits”". */
function partialQuote(masked: string, p: number, sent: Sent, segs: QuoteSegment[], text: string = masked): { start: number; end: number; quoted: boolean } | null {
  const seg = segs.find((s) => s.open >= p && s.start < sent.end && !/[.!?;]/.test(masked.slice(p, s.open)));
  if (!seg || masked.slice(p, seg.open).length > 80) return null;
  // "a woman asked for a photo and Brandt said, “…”": a later speech verb introduces the quote, not this cue.
  for (const w of masked.slice(p, seg.open).matchAll(/\p{Ll}+/gu)) {
    const entry = CUES.get(w[0]);
    if (entry && !entry.weak && !entry.position) return null;
  }
  const before = masked.slice(Math.max(0, seg.open - 60), seg.open);
  // The quote's own words decide whether it is a title ("began his “Keepin' It Real” program").
  if (NOT_SPEECH_BEFORE.test(before) || isNotSpeech(masked, seg, text)) return null;
  return { start: seg.start, end: seg.end, quoted: true };
}

/**
 * An unnamed person speaking for someone named. An organisation's spokesperson gives the organisation's
 * statement ("a spokeswoman for the Harbour Authority said" → the Harbour Authority, role spokeswoman); a
 * person's staff stay unnamed, with the principal in the role ("a spokesman for Ortiz" → spokesman for Ana Ortiz).
 */
function principalSpeaker(p: SpeakerPhrase, principal: string, roster: Roster, venue: string | null, link: (org: string | null) => string | null): Speaker {
  const head = p.head ?? 'representative';
  // "Mr. Brandt": a title before the name makes it a person.
  const titled = /^(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Senator|Governor|Mayor|President|Rev)\.?\s+/.exec(principal);
  if (titled) principal = principal.slice(titled[0].length);
  const person = looksLikeOrg(principal) ? null : roster.resolve(principal);
  const adjective = !principal.includes(' ') && (ROLE_ADJECTIVE.test(principal) || /(?:an|ic|ese|ish)$/.test(principal));
  const orgLike = !person && !titled && !adjective && (looksLikeOrg(principal) || !looksLikePersonName(principal));
  if (orgLike && SPOKES_HEADS.test(head)) {
    return { name: principal, role: head, organization: principal, sourceId: link(principal), span: null };
  }
  const who = person?.name ?? principal;
  const prep = /^(?:aides?|advis[eo]rs?|all(?:y|ies))$/.test(head) ? 'to' : /^(?:supporters|opponents|backers|fans|friends|critics|founders|members)$/.test(head) ? 'of' : 'for';
  // A written-out description ("campaign manager for Ana Ortiz"); "a Ortiz aide" keeps its own words.
  const role = adjective || !p.roleWords ? p.role : `${p.roleWords.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())} ${prep} ${who}`;
  // A person's official voice ("a spokesman for Ortiz", "Ortiz’s press secretary") speaks for them, like an
  // organisation's spokesperson does: the statement is the principal's, the spokesperson is the role.
  if (!adjective && isSpokesperson(head, p.roleWords)) {
    return { name: who, role: `${spokesRole(head, p.roleWords)} for ${who}`, organization: person?.organization ?? venue, sourceId: link(person?.organization ?? venue), span: null };
  }
  const org = (orgLike && !adjective ? principal : null) ?? venue;
  return { name: null, role: role ?? 'anonymous source', organization: org, sourceId: link(org), span: null };
}

/** Whether an unnamed speaker is someone's official voice (spokesperson, press secretary), not an insider. */
function isSpokesperson(head: string, roleWords: string | undefined): boolean {
  return SPOKES_HEADS.test(head) || (head === 'secretary' && /\bpress\s+secretary$/i.test(roleWords ?? ''));
}

/** The spokesperson's title without determiners or the principal ("spokeswoman", "press secretary"). */
function spokesRole(head: string, roleWords: string | undefined): string {
  const words = (roleWords ?? head).toLowerCase().replace(/^(?:a|an|the|one|two)\s+/, '');
  return /^[\p{Ll}\- ]+$/u.test(words) ? words : head;
}

/** Heads of phrases for people who speak on an organisation's behalf. */
const SPOKES_HEADS = /^(?:spokes(?:man|woman|person|people|men|women)|representatives?|press secretary)$/;
/** Capitalised adjectives that describe rather than name a principal ("a Republican aide"). */
const ROLE_ADJECTIVE = /^(?:Republican|Democratic|Democrat|GOP|Conservative|Liberal|Progressive|Independent|Federal|State|National|Senate|House|Congressional|Presidential|Former|Top|Senior)$/;

/**
 * Adds a mention keeping the list in text order: speakers are resolved after their paragraph's sentences were
 * read, so a speaker's own mention can come before mentions already listed.
 */
function insertMention(mentions: Mention[], m: Mention): void {
  let i = mentions.length;
  while (i > 0 && mentions[i - 1]!.pos > m.pos) i--;
  mentions.splice(i, 0, m);
}

/**
 * The mention closest before a position (the list is in text order), skipping people the article or their
 * name shows to be of the other gender ("he" is not Hillary Clinton); unknown gender is compatible.
 */
function mentionBefore(mentions: Mention[], at: number, gender: Gender): Mention | undefined {
  // "Trump’s Indiana chairman, Rex Early, … said … He said": a possessor ("Trump’s") is a weaker antecedent than a
  // person named as such in the same paragraph just before it.
  let possessor: Mention | undefined;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (possessor && (m.block !== possessor.block || possessor.pos - m.pos > 400)) return possessor;
    if (m.pos < at && !m.oblique && (!m.person.gender || m.person.gender === gender)) {
      if (!m.possessive || m.person === possessor?.person) return possessor && m.person === possessor.person ? possessor : m;
      possessor ??= m;
    }
  }
  return possessor;
}

/** People in order of their latest mention, most recent first (for descriptions: "the Florida senator"). */
function* recentPeople(mentions: Mention[]): Generator<Person> {
  const seen = new Set<Person>();
  for (let i = mentions.length - 1; i >= 0; i--) {
    const p = mentions[i]!.person;
    if (!seen.has(p)) {
      seen.add(p);
      yield p;
    }
  }
}

/** Heads of unnamed sources: "the official" after "a senior official" is that unnamed official, not a named one. */
const UNNAMED_HEADS = new Set(ANONYMOUS_SOURCE_NOUNS);

/**
 * The definite description a speaker phrase is ("The GOP nominee", "the former first lady and U.S. senator"),
 * or null for indefinite ones ("a New York judge", "one official") and bare unnamed-source heads ("the official").
 */
function definiteDescription(text: string, p: SpeakerPhrase): string | null {
  let phrase = text.slice(p.start, p.end);
  // "the former secretary of state and current … nominee": the phrase found starts after "and".
  const conj = /\b[Tt]he\s+(?:[\p{L}.’'\-]+\s+){1,6}?and\s+$/u.exec(text.slice(Math.max(0, p.start - 80), p.start));
  if (!/^the\s/i.test(phrase) && conj && !/[,;:.!?]\s/.test(conj[0])) phrase = conj[0] + phrase;
  if (!/^the\s+\S/i.test(phrase)) return null;
  const rest = phrase.replace(/^the\s+/i, '');
  if (!/\p{Lu}/u.test(rest) && UNNAMED_HEADS.has(rest.split(/\s+/).pop()!.toLowerCase())) return null;
  return phrase;
}

/**
 * The two people named together ("Varga and Brandt", "Ana Ortiz and Tom Brandt") that are the latest mentions before
 * `at`, in its sentence or the one before it, or null.
 */
function coordinatedPair(block: Block, mentions: Mention[], pos: number, at: number): [Mention, Mention] | null {
  let i = mentions.length - 1;
  while (i >= 0 && mentions[i]!.pos >= pos + at) i--;
  const b = mentions[i];
  const a = mentions[i - 1];
  if (!a || !b || a.block !== block.id || b.block !== block.id || a.oblique || b.oblique || a.person === b.person) return null;
  // In the pronoun's sentence or the one before it.
  if (!/^\s+and\s+$/.test(block.text.slice(a.end, b.start)) || (block.text.slice(b.end, at).match(/[.!?]\s/g) ?? []).length > 1) return null;
  return [a, b];
}

/** Turns a found phrase into the report's Speaker, resolving surnames and pronouns through the roster. */
function toSpeaker(f: Found, block: Block, roster: Roster, mentions: Mention[], pos: number, input: DetectInput, out: QuoteAnnotation[]): Speaker {
  const p = f.phrase;
  const none: Speaker = { name: null, role: null, organization: null, sourceId: null, span: null };
  if (!p) return none;
  const link = (org: string | null) => (org ? input.index.lookup(org)?.id ?? null : null);
  if (p.kind === 'pronoun') {
    if (p.pronoun === 'he' || p.pronoun === 'she') {
      const before = mentionBefore(mentions, pos + p.start, p.pronoun === 'he' ? 'm' : 'f');
      const prevSpeaker = [...out].reverse().find((q) => q.speaker.name && q.speaker.role !== 'anonymous source');
      const person = before?.person ?? null;
      if (person) {
        const span = before!.block === block.id || true ? { block: before!.block, start: before!.start, end: before!.end } : null;
        const org = person.organization ?? f.venue ?? null;
        return { name: person.name, role: person.role, organization: org, sourceId: link(org), span };
      }
      if (prevSpeaker) return { ...prevSpeaker.speaker };
    }
    if (p.pronoun === 'they') {
      // "Varga and Brandt ignore the people they refuse to name": two people named together earlier in the sentence.
      const pair = coordinatedPair(block, mentions, pos, p.start);
      if (pair) return { name: `${pair[0].person.name} and ${pair[1].person.name}`, role: null, organization: null, sourceId: null, span: { block: block.id, start: pair[0].start, end: pair[1].end } };
      const prev = [...out].reverse().find((q) => q.span.block === block.id || true);
      if (prev && !prev.speaker.name && prev.speaker.role) return { ...prev.speaker };
      return { name: null, role: 'anonymous source', organization: null, sourceId: null, span: null };
    }
    return none;
  }
  const span: Span = { block: block.id, start: p.start, end: p.end };
  const description = p.kind === 'anonymous' ? definiteDescription(block.text, p) : null;
  if (description) {
    // "the Ohio governor", "The GOP nominee": a description of someone the article named, with that role.
    const person = roster.describe(description, recentPeople(mentions));
    if (person) {
      const org = person.organization ?? f.venue ?? null;
      insertMention(mentions, { person, block: block.id, start: p.start, end: p.end, pos: pos + p.start });
      return { name: person.name, role: description.replace(/^the\s+/i, ''), organization: org, sourceId: link(org), span };
    }
  }
  if (p.kind === 'anonymous' && p.principal) return principalSpeaker(p, p.principal, roster, f.venue ?? null, link);
  if (p.kind === 'anonymous') {
    const org = p.organization ?? f.venue ?? null;
    return { name: null, role: p.role ?? 'anonymous source', organization: org, sourceId: link(org), span: null };
  }
  if (p.kind === 'org') {
    // "The Ortiz campaign", "Ortiz’s campaign": the person's own campaign speaks for them.
    const campaign = p.name && /^(?:campaign|camp)$/.test(p.role ?? '') ? /^(.+?)\s+(?:campaign|camp)$/u.exec(p.name) : null;
    const candidate = campaign && !looksLikeOrg(campaign[1]!) && !ROLE_ADJECTIVE.test(campaign[1]!) ? roster.resolve(campaign[1]!) ?? (looksLikePersonName(campaign[1]!) ? roster.add(campaign[1]!, null, null) : null) : null;
    if (candidate) {
      const org = candidate.organization ?? f.venue ?? null;
      return { name: candidate.name, role: `campaign of ${candidate.name}`, organization: org, sourceId: link(org), span };
    }
    const org = p.organization ?? p.name;
    return { name: p.name, role: p.role, organization: org, sourceId: link(org) ?? link(p.name), span };
  }
  const person = roster.add(p.name!, p.role, p.organization ?? f.venue ?? null);
  const org = person.organization ?? f.venue ?? null;
  insertMention(mentions, { person, block: block.id, start: p.start, end: p.end, pos: pos + p.start });
  return { name: person.name, role: person.role, organization: org, sourceId: link(org), span };
}
