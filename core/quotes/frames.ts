/**
 * Quotes pipeline, cue frames (1 of 2): every attribution in one sentence. Finds each cue from the
 * lexicon (core/quotes/cues.ts: "said", "told", "according to", "claim that" …), skips cues used as
 * nouns or inside another attribution, and hands each to fromCue (core/quotes/cue-frame.ts).
 *
 *   'Ortiz said the bridge would reopen.'            → cue 'said', subject Ortiz, content 'the bridge would reopen'
 *   'According to the Harbor Board, fares will rise.'→ cue 'according to', subject the Harbor Board
 *   'Ortiz’s claim that the ferry is safe'           → a possessor's statement
 *   'the reality TV show'                            → no cue ('show' is a noun)
 */

import { lastOrganization } from './clause-subjects';
import { clauseEnd } from './content';
import { fromCue } from './cue-frame';
import type { CueEntry } from './cues';
import { commonPhraseEndingAt } from './descriptions';
import type { QuoteSegment } from './marks';
import { looksLikeRole, UNNAMED_HEADS } from './name-words';
import { nameEndingAt, pollOrganization, shiftPhrase } from './names';
import { firstNonSpace, quotedShare, trimEnd, wordCount } from './sentences';
import { speakerPhraseAt } from './subjects';
import { CUES, type Found, type Sent } from './types';

/** ", Ana Ortiz " or "” Mr. Ruiz " right before a cue: a trailing attribution's subject. */
const TRAILING_NAME = /[,”"»]\s+(?:(?!(?:and|but|or|so|then|while|as|because|when|if|that|who)\s)\p{Ll}+\s+){0,2}(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?\p{Lu}[\p{L}’'\-]+(?:\s+\p{Lu}[\p{L}’'\-]+){0,2}\s+$/u;

/** What may follow a trailing "…, Ruiz said": the sentence end, or an adjunct first ("in posing the question to Ortiz"). */
const TRAILING_ADJUNCT = /^(?:\s+(?:in|on|at|during|after|before|while|when|as)\s+[^,;:~“”"«»„]{1,80}?)?\s*[.!?]?\s*$/u;

/** What may follow a trailing "…, Ruiz said": the sentence's end, after a day or time at most ("said Monday."). */
const TRAILING_REST = /^\s*(?:(?:on\s+)?(?:(?:last|this|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|week|month|year|earlier|later)(?:\s+(?:morning|afternoon|evening|night))?\s*)?[.!?]?\s*$/u;

/** Words before "states" that make it the noun ("give states", "swing states", "in states"). */
const STATES_NOUN_BEFORE =
  /^(?:give|gives|giving|gave|let|lets|allow|allows|allowing|help|helps|force|forces|require|requires|urge|urges|encourage|many|all|other|several|some|most|both|few|individual|southern|northern|western|eastern|border|battleground|swing|red|blue|member|key|early|primary|those|these|which|whose|and|or|in|for|from|by|with|across|among|between|fifty|\d+)$/iu;

/** Every attribution in one sentence: each cue with a speaker and content. */
export function attributionsIn(text: string, masked: string, sent: Sent, segs: QuoteSegment[]): Found[] {
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
