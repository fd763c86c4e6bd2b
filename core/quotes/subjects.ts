/**
 * Quotes pipeline, cue frames: the subject slot next to a cue. The speaker phrase right before a cue
 * (past adverbs, auxiliaries, asides and relative clauses) or right after an inverted one.
 *
 *   'Pickett also reports'                         → Pickett (past 'also')
 *   'Ana Ortiz, who chairs the board, said'        → Ana Ortiz (the relative clause's antecedent)
 *   '“…,” said a former police official'           → no name, role 'former police official'
 */

import { commonPhraseEndingAt } from './descriptions';
import { cleanRole, isNotName, looksLikePersonName, looksLikeRole, organizationOfRole } from './name-words';
import { nameEndingAt, nameStartingAt, type SpeakerPhrase } from './names';
import { CUES } from './types';

/** Words allowed between a subject and its cue ("Pickett also reports", "he has repeatedly said"); an -ly noun ("a rally") is none. */
export const BETWEEN_SUBJECT_AND_CUE =
  /^(?:also|now|has|have|had|was|were|is|are|would|will|did|does|do|later|previously|once|then|recently|repeatedly|reportedly|often|again|publicly|privately|further|flatly|simply|just|even|still|first|never|always|long|since|subsequently|quickly|frequently|already|has\s+since|not|never|haven[’']t|hasn[’']t|hadn[’']t|didn[’']t|doesn[’']t|don[’']t|won[’']t|wouldn[’']t|can[’']t|couldn[’']t|isn[’']t|wasn[’']t|aren[’']t|weren[’']t|(?!(?:rally|ally|family|assembly|supply|reply|tally|anomaly|monopoly|homily|folly|bully)$)\p{Ll}+ly)$/u;

/** The appositive role after a name ending at `nameEnd` (", the director general of Havforsk,"). */
export function appositiveRole(text: string, nameEnd: number, limit: number): string | null {
  const m = /^,\s+([^,.;:“”"()—–]{2,120}?)(?=,|\.\s|\.$|;|\s+(?:who|which)\b|\s+--\s|\s*[—–]|$)/u.exec(text.slice(nameEnd, limit));
  if (!m) return null;
  const phrase = m[1]!;
  if (!looksLikeRole(phrase)) return null;
  if (CUE_WORD_RE.test(phrase)) return null;
  return cleanRole(phrase);
}

const CUE_WORD_RE = new RegExp(`\\b(?:${[...CUES.keys()].filter((k) => k.length > 3).join('|')})\\b`, 'i');

/** ", citing “…,” " before a cue: a participle aside whose object is a quote (masked), not speech before the cue. */
export const QUOTING_ASIDE = /,\s*\p{Ll}+ing\s+[“"‘'«]{1,2}[~\s,.]*[”"’»']{1,2}\s*,?\s*$/u;

export function speakerPhraseAt(text: string, start: number, end: number, np: string): SpeakerPhrase {
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

/** A day or a recent period right before a cue: "on Saturday", "last week", "earlier this month", "yesterday". */
const TIME_BEFORE_CUE =
  /\s(?:(?:on|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?:morning|afternoon|evening|night)|(?:earlier\s+)?(?:last|this)\s+(?:week|month|year|weekend|spring|summer|fall|autumn|winter)|yesterday|today|at\s+the\s+time|in\s+the\s+past|in\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|\d{4}))\s*$/u;

/**
 * The person an aside between dashes names, right after an unnamed subject and before its cue ("A former candidate
 * -- Ana Ortiz, who lost in 2008 -- said"), with the subject's words as role; null when the aside names no one first.
 */
export function namedAside(masked: string, subj: SpeakerPhrase, cueStart: number): SpeakerPhrase | null {
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

/** Skips adverbs and auxiliaries back from `pos` ("Pickett also reports"): the position where the subject ends. */
export function subjectEnd(masked: string, pos: number, floor: number, contractions: 'none' | 'perfect' | 'all' = 'none'): number {
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
export function subjectBefore(text: string, masked: string, end: number, floor: number): SpeakerPhrase | null {
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
export function subjectAfter(text: string, masked: string, start: number, limit: number): { phrase: SpeakerPhrase; end: number } | null {
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

/**
 * A wire dateline opening a story ("LAKEVIEW, Dec. 8 (AP) — ", "Lakeview (AFP) – ", its agency blanked in the
 * masked text): a place, not the subject.
 */
export const DATELINE =
  /^(?:\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,3}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\d{1,2})?)*(?:\s*\([^()]{1,30}\)|\s{3,})|\p{Lu}{3,}(?:\s+\p{Lu}{2,}){0,2}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\d{1,2})?)*)\s*(?:—|–|--|-)\s*/u;

/** Finite verbs written without -ed or -s (auxiliaries and common irregular pasts). */
export const BARE_FINITE = new Set(
  'is are was were has have had will would can could did does do may might must should shall met told said took made went gave sent spent won ran led left held brought began came saw got put set wrote spoke stood sat kept became found thought lost paid sought struck'.split(' '),
);
