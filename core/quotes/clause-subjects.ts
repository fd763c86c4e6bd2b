/**
 * Quotes pipeline, cue frames: subjects found beyond the words next to the cue: a sentence's or a main
 * clause's subject, an organisation, a document and who issued it, a recording's subject.
 *
 *   'On its website, the Harbor Board lists “…”'       → the Harbor Board
 *   'A report released by the Harbor Board found …'    → the Harbor Board (who issued the report)
 */

import { type CueEntry, FINDING_SOURCES } from './cues';
import { commonPhraseEndingAt } from './descriptions';
import { cleanRole, isNotName, looksLikeOrg, UNNAMED_HEADS } from './name-words';
import { nameEndingAt, nameStartingAt, pollOrganization, shiftPhrase, type SpeakerPhrase } from './names';
import { BARE_FINITE, BETWEEN_SUBJECT_AND_CUE, DATELINE, subjectBefore, subjectEnd } from './subjects';
import { CUES, type Sent } from './types';

/** The last organisation name in a stretch of text ("Harbour Authority" in "The Harbour Authority, which …"). */
export function lastOrganization(text: string): string | null {
  let found: string | null = null;
  for (const r of text.matchAll(/\p{Lu}[\p{L}’'.&\-]*(?:\s+(?:\p{Lu}[\p{L}’'.&\-]*|of|for|on|and))*/gu)) {
    const name = r[0].replace(/^(?:The|A|An)\s+/u, '').replace(/[’']s$/u, '');
    if (looksLikeOrg(name)) found = name;
  }
  return found;
}

/** The first organisation name between two offsets, as a speaker phrase ("The Harbor Board" → Harbor Board). */
export function firstOrganization(masked: string, from: number, to: number): SpeakerPhrase | null {
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

/** A finite verb right after a noun phrase: the phrase is a clause's subject ("said she was …"). */
export const CLAUSE_VERB = /^\s+(?:(?:also|still|now|never|not|already)\s+)?(?:is|was|were|are|had|has|have|will|would|could|should|can|may|might|must|did|does|do|isn[’']t|wasn[’']t|won[’']t|wouldn[’']t|didn[’']t|doesn[’']t|hasn[’']t|\p{Ll}{2,}ed|\p{Ll}{2,}[^s’'\s]s)\b/u;

/** Opening adverbials before a sentence's subject: "Essentially, ", "Once he was president, ", "On Sunday, ". */
const OPENER =
  /^(?:\p{Lu}\p{Ll}+ly|(?:Once|When|After|As|While|Since|Although|Though|Because|If|Before|Until|In|On|At|During|Last|This|Earlier|Later|Still|Yet|So|But|And|Then|Now|Therefore|Meanwhile|However|Instead|Indeed|Tuesday|Monday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+[^,;:.~“"]{1,60}?)?),\s+/u;

/** Role nouns a description can end in ("the Vermont senator", "the former governor"). */
const DESCRIPTION = /^the\s+((?:(?:\p{Lu}[\p{L}.\-]*|former|then|outgoing|presumptive|likely|[\p{Ll}\-]+(?:al|an|ic|ive))\s+){1,4}(?:senator|governor|congressman|congresswoman|mayor|nominee|candidate|front-?runner|businessman|billionaire|mogul|president|secretary|speaker|lawmaker|tycoon|senator-elect|candidate))\b/u;

/**
 * The subject that opens a sentence, for a cue that shares it ("Essentially, Ortiz’s lawyers looked … and
 * found …"): an opening adverbial is skipped; a name with a lower-case source noun after it ("Gulf sources") is a
 * common phrase, "the Vermont senator" a description to resolve, else the name there.
 */
export function sentenceSubjectPhrase(masked: string, start: number, limit: number): SpeakerPhrase | null {
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
export function organizationSubject(masked: string, start: number, limit: number): SpeakerPhrase | null {
  const dateline = DATELINE.exec(masked.slice(start, limit));
  if (dateline) start += dateline[0].length;
  const opener = OPENER.exec(masked.slice(start, limit));
  const at = opener ? start + opener[0].length : start;
  const article = /^(?:the|The)\s+(?=\p{Lu})/u.exec(masked.slice(at, limit));
  const named = nameStartingAt(masked, at + (article ? article[0].length : 0));
  return named && named.kind === 'org' && named.end <= limit ? named : null;
}

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
export function clauseSubjectBefore(masked: string, from: number, end: number): SpeakerPhrase | null {
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
export function mainClauseSubject(masked: string, from: number, end: number): SpeakerPhrase | null {
  const subj = clauseSubjectBefore(masked, from, end);
  if (!subj) return null;
  const lead = /(\S+)\s+(?:(?:the|a|an)\s+)?$/iu.exec(masked.slice(Math.max(from, (subj.npStart ?? subj.start) - 40), subj.npStart ?? subj.start))?.[1]?.toLowerCase() ?? '';
  return lead === 'that' || CUES.has(lead) ? null : subj;
}

/** A fronted adverbial clause opening a sentence: a subordinator ("Even as", "After") or a participle ("Acknowledging"). */
const FRONTED_OPENER = /^\s*(?:Even\s+(?:as|while|when|though|after|before|if)\b|(?:As|While|When|Whereas|Although|Though|Because|Since|If|Until|Unless|After|Before|Despite|Once)\b|\p{Lu}\p{Ll}+ing\b)/u;

/**
 * The person a fronted clause's pronoun or partial quote refers ahead to: the named subject (followed by a verb) that
 * opens the main clause after the fronted clause's comma, when nothing is named before `at`. Else null.
 */
export function mainSubjectAhead(masked: string, sent: Sent, at: number, from: number, participleOnly = false): SpeakerPhrase | null {
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
export function recordedSubject(masked: string, cue: string, entry: CueEntry, sEnd: number, floor: number): SpeakerPhrase | null {
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
export function withSubject(masked: string, cue: string, sEnd: number, floor: number): SpeakerPhrase | null {
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
export function namedConjunct(masked: string, sent: Sent, subj: SpeakerPhrase): SpeakerPhrase | null {
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
export function issuedSubject(text: string, masked: string, sent: Sent, sEnd: number): SpeakerPhrase | null {
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
export function statementOwner(masked: string, sent: Sent, subj: SpeakerPhrase, cueEnd: number): SpeakerPhrase | null {
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
