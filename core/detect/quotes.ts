/**
 * Quotes detector: direct quotes (every quote style, split and multi-paragraph), partial quotes and
 * reported speech, each with its cue and speaker (full name, role, organisation, dataset link).
 * A pipeline under core/quotes/, block by block and sentence by sentence:
 *
 *   marks (marks.ts, sentences.ts) → utterances (headlines.ts, and the continuations below)
 *   → cue frames (frames.ts, cue-frame.ts, subjects.ts, clause-subjects.ts, content.ts; lexicon in cues.ts)
 *   → speaker resolution (names.ts, descriptions.ts, speakers.ts) → roster (roster.ts)
 */

import { labelLength } from '../credits/parse';
import type { DetectInput } from './types';
import { CLAUSE_VERB, mainSubjectAhead, organizationSubject } from '../quotes/clause-subjects';
import { attributionsIn } from '../quotes/frames';
import { dashedLines, headlineName, headlineQuote, headlineSays, headlineSpeaker, signedQuote, titleCaseClause, transcriptQuote } from '../quotes/headlines';
import { foreignReported, foreignSpeakerAfter, foreignSpeakerBefore, inlineInversion } from '../quotes/foreign';
import { withKind } from '../quotes/kinds';
import { findQuoteSegments, type QuoteSegment } from '../quotes/marks';
import { organizationOfRole } from '../quotes/name-words';
import { nameEndingAt, nameStartingAt, personMentions } from '../quotes/names';
import { aboutAfterName, knownSurnameMentions, type Mention, Roster } from '../quotes/roster';
import { firstNonSpace, isNotSpeech, maskQuotes, matchAt, mergeSentences, quotedShare, segmentsIn, trimEnd, wordCount } from '../quotes/sentences';
import { bareAttribution, latestNamedSpeaker, personSpeaker, sentenceSubject, toSpeaker } from '../quotes/speakers';
import { appositiveRole, BARE_FINITE } from '../quotes/subjects';
import type { Found, Part, Who } from '../quotes/types';
import { joinUtterances } from '../quotes/utterances';
import type { QuoteAnnotation, Span } from '../report';
import { compactText } from '../text/compact';
import { tailTokensStart } from '../text/tail';
import { splitSentences } from '../text/sentences';

/** A preposition or an -ing verb (and a title) right before a name: the name is an object ("favoring Ruiz"), not a speaker. */
const OBJECT_OF_PREPOSITION = /\b(?:to|with|for|at|from|about|against|toward|towards|\p{Ll}{2,}ing)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}]*\.?\s+){0,3})?$/u;

/** A past-tense verb ending a sentence after a name, with at most a short object ("pressed.", "asked the mayor."). */
// "Ruiz shot back with a laugh.": "back" after the verb (and "shot back", irregular), and a manner phrase "with a …".
const TAIL_VERB = /^\s+(?:(?:also|then|later|again|quickly|finally)\s+)?(\p{Ll}+ed(?:\s+back)?|shot\s+back)(?:\s+(?:him|her|them|me|us|(?:the|a|an)(?:\s+[\p{Ll}\-]+){1,3}))?(?:\s+with\s+(?:a|an)\s+[\p{Ll}\-]+)?\s*[.!?](?:\s|$)/u;

/** A preposition right before a name: the name is its object, not a subject ("with Ortiz", "against Ruiz"). */
const OBLIQUE_BEFORE = /(?:^|\s)(?:with|against|about|toward|towards|alongside|among|beside|unlike|for|of|from|at|in|on|into|near|like|(?<!according\s)to)\s+$/iu;

/** A dash after a closing quote mark ("… ” ― Name"), matched where the quote closes. */
/** A lower-case preposition or article right before a name, in the languages we read (it is not a subject there). */
const AFTER_FUNCTION_WORD = /(?:^|[\s(])(?:de|del|des|du|da|do|dos|das|della|di|por|pour|para|per|von|vom|für|aus|bei|à|a|au|aux|en|in|im|los|las|la|le|les|el|lo|il|der|die|das|den|dem|of|for|at|the|to|with|con|avec|mit)\s+$/u;
const DASH_AFTER = /\s*[―—–]\s*/uy;

/** Finds every quotation and reported statement in the article, one per utterance, with its speaker. */
export function detectQuotes(input: DetectInput): QuoteAnnotation[] {
  return joinUtterances(detectParts(input), input.blocks).map((q) => ({ ...q, speaker: withKind(q.speaker, input) }));
}

/** Every utterance part (a quote sentence, a continuation, a reported clause) with its speaker, in order. */
export function detectParts(input: DetectInput): Part[] {
  const roster = new Roster();
  const mentions: Mention[] = [];
  const out: Part[] = [];
  let pos = 0;
  /** The latest quote's speaker, and whether that quote ended its paragraph (for continuations). */
  let last: { speaker: Who; block: number; atEnd: boolean } | null = null;
  /** "Name said:" ending a paragraph; `alone` when it is the whole paragraph ("Ortiz added:"). */
  let pendingColon: { speaker: Who; cue: string | null; alone: boolean } | null = null;
  /**
   * What the previous paragraph leaves for a quote paragraph with no attribution of its own: its latest named
   * speaker, the person its last sentence is about, and whether it ends with a colon ("… released this statement:").
   */
  let prevPara: { bi: number; speaker: Who | null; subject: Who | null; colon: boolean } | null = null;
  let openQuote: { annotation: Part } | null = null;
  /** The previous paragraph when it is only quoted text with no speaker: its quotes (indices in `out`). */
  let unsigned: { bi: number; quotes: number[] } | null = null;
  const creditsByBlock = new Map<string, Span[]>();
  for (const c of input.credits) {
    const list = creditsByBlock.get(c.span.block) ?? [];
    list.push(c.span);
    creditsByBlock.set(c.span.block, list);
  }

  /** The speaker of a paragraph that is a quote with no attribution, from the paragraph before it. */
  const inheritedSpeaker = (bi: number): Who | null => {
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
    // `found` again, sorted by start (mostly an append), for the spans starting between two offsets.
    const byStart: Found[] = [];
    const addFound = (f: Found) => {
      found.push(f);
      if (f.end > foundEnd) foundEnd = f.end;
      let i = byStart.length;
      while (i > 0 && byStart[i - 1]!.start > f.start) i--;
      byStart.splice(i, 0, f);
    };
    /** Whether a span found starts strictly between `lo` and `hi` and passes `test` (no pass over all of them). */
    const foundStartingIn = (lo: number, hi: number, test: (f: Found) => boolean) => {
      let a = 0;
      for (let b = byStart.length; a < b; ) {
        const mid = (a + b) >> 1;
        if (byStart[mid]!.start <= lo) a = mid + 1;
        else b = mid;
      }
      for (let i = a; i < byStart.length && byStart[i]!.start < hi; i++) if (test(byStart[i]!)) return true;
      return false;
    };
    const overlapsFound = (start: number, end: number) => start < foundEnd && found.some((g) => start < g.end && end > g.start);
    let inherited: Who | null = null;
    // A list item "Ana Ortiz: “…”" links to another story: a teaser, whose quote no cue here attributes.
    const teaser = block.kind === 'list' && /^[^:~“”"«»„]{2,80}:\s*[“"«»„‘']\s*~/u.test(masked.trimStart());
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
      // Reported speech with a cue word of another language: "…, so Brandt.", "Laut Brandt …", "Selon Claire Morel, …".
      const reported = !sentSegs.length && !overlapsFound(sent.start, sent.end) ? foreignReported(masked, sent.start, sent.end) : null;
      if (reported) addFound({ start: reported.start, end: reported.end, cue: reported.cue, phrase: reported.phrase, quoted: false });
      // Quotes with no attribution: a continuation of the quote before it in the paragraph (one quote), or of
      // the previous paragraph's speaker when the paragraph opens with it; otherwise not attributed.
      for (const s of sentSegs) {
        if (used.has(s) || isNotSpeech(masked, s, text) || teaser) continue;
        if (wordCount(text.slice(s.start, s.end)) < 3) continue;
        // A cue word of another language next to the quote: "», sagt Jonas Brandt", "Selon Claire Morel, « … »".
        const inline = inlineInversion(text, s.start, s.end);
        const foreign = (s.close >= 0 ? foreignSpeakerAfter(masked, s.close) : null) ?? (s.open >= 0 ? foreignSpeakerBefore(masked, sent.start, s.open) : null) ?? (inline ? { cue: inline, phrase: null } : null);
        if (foreign && !overlapsFound(s.start, s.end)) {
          // No name at the cue ("», aclara.", "soupire-t-elle"): the person this paragraph named last, else no one.
          let lastNamed: Mention | null = null;
          // Mentions are in text order: walk back through this block's only (bounded work on a huge paragraph).
          for (let k = mentions.length - 1; !foreign.phrase && k >= 0 && mentions[k]!.block === block.id; k--) {
            const m = mentions[k]!;
            // Not after a preposition or an article ("de Familiares … por Razones Políticas", "die Einheit der Christen"):
            // that names a thing the subject belongs to, not the subject.
            if (m.end <= s.open && !m.oblique && !AFTER_FUNCTION_WORD.test(text.slice(Math.max(0, m.start - 8), m.start))) {
              lastNamed = m;
              break;
            }
          }
          const speaker = foreign.phrase ? undefined : lastNamed ? personSpeaker(lastNamed.person, { block: block.id, start: lastNamed.start, end: lastNamed.end }, null, input) : { name: null, role: null, organization: null, sourceId: null, span: null };
          addFound({ start: s.start, end: s.end, cue: foreign.cue, phrase: foreign.phrase, quoted: true, ...(speaker ? { speaker } : {}) });
          used.add(s);
          continue;
        }
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
        // The match spans at most 6 tokens ("x fired back back forcefully :"): read from the last 8, not the
        // sentence start (once per quote, that was quadratic in a paragraph of quotes with no sentence end).
        const colonFrom = s.open >= 0 ? tailTokensStart(masked, sent.start, s.open, 8) : sent.start;
        const colonVerb = s.open >= 0 ? /(\S)\s+(\p{Ll}+ed|\p{Ll}+\s+back)(?:\s+(?:back|up|out|off|on|in))?(?:\s+\p{Ll}+ly)?\s*[:,]\s*$/u.exec(masked.slice(colonFrom, s.open)) : null;
        const colonName = colonVerb ? nameEndingAt(masked, colonFrom + colonVerb.index + 1) : null;
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
        let prevFound = lastFound(found, (f) => f.end <= s.start);
        // “…,” said Ann Pell, a lawyer who has been fighting the mills for years. “…”: a reported clause inside an
        // attributed quote's own attribution sentence does not end its continuation, when the new quote's sentence
        // names no one before it.
        const named = seen.some((m) => m.end <= s.open);
        const skips = (q: Found, f: Found) => q.quoted && !!(q.phrase || q.speaker) && !named && !f.quoted && f.start > q.end && !/[.!?]\s/.test(masked.slice(q.end + 1, f.start));
        if (prevFound && !prevFound.quoted) {
          const quoted = lastFound(found, (f) => f.end <= s.start && f.quoted);
          if (quoted && !foundStartingIn(quoted.end, s.start, (f) => !skips(quoted, f))) prevFound = quoted;
        }
        const from = prevFound;
        const sentenceLike = /^[\p{Lu}\d]/u.test(text.slice(s.start, s.start + 1)) && wordCount(text.slice(s.start, s.end)) >= 4;
        const personal = prevFound?.phrase && (prevFound.phrase.kind === 'person' || prevFound.phrase.kind === 'pronoun');
        // "Vance told supporters to respond. One supporter, Rep. Ana Ortiz, gave it a whirl: “…”": a person named in
        // the quote's own later sentence, as its subject, speaks instead.
        const verbAfter = (m: Mention) => /^\s*(?:,[^,~“”"]{1,80},)?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(masked.slice(m.end, s.open))?.[1] ?? '';
        const newSubject = !!from && !from.quoted && from.end < sent.start && seen.some((m) => m.end <= s.open && !OBJECT_OF_PREPOSITION.test(masked.slice(Math.max(sent.start, m.start - 40), m.start)) && (/[^s]s$|ed$/.test(verbAfter(m)) || BARE_FINITE.has(verbAfter(m))));
        if (from && !newSubject && (from.quoted || /[“"«„‘']/.test(text.slice(from.start - 1, from.end + 1)) || (personal && sentenceLike)) && !foundStartingIn(from.end, s.start, (f) => !skips(from, f))) {
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
          const written: Who | undefined = headline
            ? { name: headline.name, role: headline.role, organization: org, sourceId: org ? input.index.lookup(org)?.id ?? null : null, span: { block: block.id, start: headline.start, end: headline.end } }
            : speaker;
          addFound({ start: s.start, end: s.end, cue: null, phrase: null, quoted: true, speaker: written });
          used.add(s);
        }
      }
    }

    found.sort((a, b) => a.start - b.start);
    const speakers = new Map<Found, Who>();
    const partOf = new Map<Found, number>();
    const openEnds = new Set(segs.filter((s) => s.close < 0).map((s) => s.end));
    for (const f of found) {
      const speaker = (f.quoted && !f.cue ? signedQuote(text, f, block, roster, input) : null) ?? f.speaker ?? (f.continues && speakers.get(f.continues)) ?? toSpeaker(f, block, roster, mentions, pos, input, out);
      speakers.set(f, speaker);
      // A reported clause's words in quotation marks ("said the plan was “dead on arrival”"), for `quoted`.
      const marked = f.quoted ? [] : segmentsIn(segs, f.start, f.end).filter((s) => s.start >= f.start && s.end - s.start < f.end - f.start - 2);
      const continues = f.continues ? partOf.get(f.continues) : undefined;
      partOf.set(f, out.length);
      out.push({
        kind: 'quote',
        span: { block: block.id, start: f.start, end: f.end },
        text: text.slice(f.start, f.end),
        direct: f.quoted || quotedShare(f.start, f.end, segs) >= 0.5,
        cue: f.cue,
        speaker,
        ...(marked.length ? { quoted: marked.map((s) => ({ block: block.id, start: s.start, end: s.end })) } : {}),
        ...(continues !== undefined ? { continues } : {}),
        ...(f.quoted && openEnds.has(f.end) && /^\s*$/.test(text.slice(f.end)) ? { open: true } : {}),
      });
      if (f.quoted && (speaker.name || speaker.role)) last = { speaker, block: bi, atEnd: text.length - f.end < 60 };
      // A quote left open at the end of the previous paragraph is the start of this one.
      if (openQuote && f === found[0] && f.quoted && f.start <= firstNonSpace(text) + 1 && (speaker.name || speaker.role)) {
        out.push({ ...openQuote.annotation, cue: f.cue, speaker, continues: out.length - 1 });
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

/** The last of `found` (in the order found) that passes `test`: `found.filter(test).pop()` without the pass over all. */
function lastFound(found: Found[], test: (f: Found) => boolean): Found | undefined {
  for (let i = found.length - 1; i >= 0; i--) if (test(found[i]!)) return found[i];
  return undefined;
}

/** A possessive and a noun of speech before a quote: "’s claim that there have been ", "’s earlier remark: ". */
const POSSESSED_SPEECH =
  /[’']s?\s+(?:[\p{Ll}\-]+\s+){0,2}(?:claims?|statements?|assertions?|remarks?|comments?|promises?|pledges?|vows?|warnings?|charges?|accusations?|arguments?|contention|insistence|words|tweets?|boasts?|predictions?|calls?|description|characterization|question|answer|response|reply)(?:\s+that\b[^.,;:!?~“”"«»„]{0,80}?)?\s*[,:]?\s*$/u;
