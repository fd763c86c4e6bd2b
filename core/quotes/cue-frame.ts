/**
 * Quotes pipeline, cue frames (2 of 2): one cue and its slots. Given the cue word's place in the
 * sentence, fills the subject slot (before the cue, or after it when inverted) and the content slot
 * (a quote before or after, or a reported clause), or decides the cue is not speech here.
 *
 *   '“…,” sniffed Ingrid Halvorsen, the director general'  → inverted: subject after the cue
 *   'Ortiz, who chairs the board, said that …'             → subject before, past the relative clause
 *   'Ortiz didn’t know him'                                → no frame (negated cognition states nothing)
 */

import { CLAUSE_VERB, clauseSubjectBefore, firstOrganization, issuedSubject, mainClauseSubject, mainSubjectAhead, namedConjunct, recordedSubject, sentenceSubjectPhrase, statementOwner, withSubject } from './clause-subjects';
import { contentAfter, contentBefore, splitQuoteTail } from './content';
import type { CueEntry } from './cues';
import type { QuoteSegment } from './marks';
import { cleanRole, looksLikePlace, looksLikeRole, organizationOfRole } from './name-words';
import { nameEndingAt, nameStartingAt, shiftPhrase, type SpeakerPhrase } from './names';
import { isTitleCase, quotedShare, trimEnd, wordCount } from './sentences';
import { namedAside, QUOTING_ASIDE, subjectAfter, subjectBefore, subjectEnd } from './subjects';
import { CUES, type Found, type Sent } from './types';

/** Verbs of knowing and remembering: negated ("didn't know him", "couldn't recall") they state nothing. */
const COGNITION = /^(?:know|feel|understand|recognize|realize|recall|think|believe)$/;

/** A description and a comma between a closing quote mark and a name: "” the harbor spokesman, " (group 1). */
const DESCRIBED_BEFORE_NAME = /[”"’»」』›“']\s*,?\s*((?:the|a|an|another|one|his|her|their|its|\p{Lu}[\p{L}.\-]*[’'](?:s\b)?)\s+[^,~“”"«»„;:.!?()]{1,60},\s*)$/u;

/** A sentence opening with a subordinate clause whose subject is the speaker ("As ", "While his advisers …", "So when "). */
const SUBORDINATE_OPENER = /^\s*(?:(?:So|And|But|Yet|Then|Now|Still),?\s+(?:as|while|when|whereas|although|though|even though|because|since|if|until|unless|after|before)|As|While|When|Whereas|Although|Though|Even though|Even as|Even while|Because|Since|If|Until|Unless|After|Before)\s+(?:\S+\s+){0,2}$/u;

/** Venue after a writing cue: "writes … in Americas Quarterly". */
function venueAt(text: string, from: number, limit: number): string | null {
  const m = /^,?\s*in\s+(?:the\s+)?(\p{Lu}[\p{L}’'.\-]*(?:\s+(?:\p{Lu}[\p{L}’'.\-]*|of|and|the))*)/u.exec(text.slice(from, limit));
  return m ? m[1]!.replace(/\.$/, '').replace(/\s+(?:of|and|the)$/u, '') : null;
}

export function fromCue(text: string, masked: string, sent: Sent, cueStart: number, cueEnd: number, entry: CueEntry, segs: QuoteSegment[], priorFound: Found | null): Found | null {
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
