/**
 * Quotes pipeline, utterances (1 of 2): whole-block forms that need no cue verb: transcript lines,
 * headline attributions, dashed interview lines and signature lines.
 *
 *   'WALLACE: Let’s start with the budget.'        → Wallace's words
 *   'Mayor Ortiz: ‘We will rebuild the bridge’'    → Ortiz's words (a headline with quote marks)
 *   'Ortiz Says Ferry Will Return' (a heading)     → a title-case headline attribution
 *   '“…” \n— Ana Ortiz, Harbor Policy Institute.' → signed by Ana Ortiz
 */

import type { DetectInput } from '../detect/types';
import type { QuoteSegment } from './marks';
import { isNotName, looksLikePersonName } from './name-words';
import { nameEndingAt, nameStartingAt, personMentions, type SpeakerPhrase } from './names';
import { Roster } from './roster';
import { firstNonSpace, trimEnd, wordCount } from './sentences';
import { personSpeaker } from './speakers';
import type { Found, Sent } from './types';
import type { Block } from '../report';
import type { Who } from './types';

/** A pull quote signed on its own last line ("… we need stimulus.\nAna Ortiz, Harbor Policy Institute."): the name. */
const SIGNATURE_LINE = /\n[ \t]*((?:\p{Lu}[\p{L}.’'\-]*\s+){1,3}\p{Lu}[\p{L}’'\-]*)(?:,[^\n,]{2,80})?\.?[ \t]*$/u;

export function signedQuote(text: string, f: Found, block: Block, roster: Roster, input: DetectInput): Who | null {
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
export function dashedLines(text: string): Found[] {
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
export function transcriptQuote(block: Block, roster: Roster, input: DetectInput): Found | null {
  const text = block.text;
  // "“Ben Ruiz: Seriously, …”": a quoted transcript line may name its speaker in title case.
  const label = /^([“"]?\s*)(\p{Lu}[\p{Lu}.'’\- ]{1,40}\p{Lu})\s*:\s+(?=\S)/u.exec(text) ?? TITLE_CASE_LABEL.exec(text);
  if (!label) return null;
  const start = label[0].length;
  let end = text.length;
  while (end > start && /[\s”"]/.test(text[end - 1]!)) end--;
  if (end <= start) return null;
  // "MILENA ZÁRATE: MUY TRABAJADORA": a heading in capitals after its label too is a headline, not a transcript line.
  if (block.kind === 'heading' && !/\p{Ll}/u.test(text.slice(start, end))) return null;
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
export function headlineQuote(block: Block, bi: number, masked: string, segs: QuoteSegment[], input: DetectInput): Found | null {
  // A list of "Ana Ortiz: “…”" lines is a list of links to other stories (teasers), not this article's quotes.
  if (block.kind === 'list') return null;
  const text = block.text;
  const colon = /^[^:“"‘'«]{2,80}?:\s+(?=\S)/u.exec(masked);
  // "Julian Assange: Harbor Board drops its case": a headline's words after a name are a quote only in quotation marks.
  if (!colon || text.length >= 250 || !/[“"‘'«„]/.test(text.slice(colon[0].length))) return null;
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
export function titleCaseClause(name: string): boolean {
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
export function headlineSays(block: Block, bi: number, masked: string, input: DetectInput): Found | null {
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
  const speaker: Who = { name: full, role: null, organization: null, sourceId: null, span: { block: block.id, start: nameStart, end: nameStart + written.length } };
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
  const titled = new RegExp(`(?:\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\\.|\\b(?:President|Senator|Governor|Mayor|Secretary|Who|Judge))\\s+${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u');
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
export function headlineSpeaker(block: Block, bi: number, masked: string, segs: QuoteSegment[], input: DetectInput): Found | null {
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
    // Only quoted words are speech ("Ortiz to Harbor Board: the ferry returns" is a headline, not a quote).
    if (!whole) continue;
    if (whole) {
      start = whole.start;
      end = whole.end;
    }
    if (wordCount(block.text.slice(start, end)) < 3) return null;
    const full = articleName(written, input);
    if (!full) continue;
    const speaker: Who = { name: full, role: null, organization: null, sourceId: null, span: { block: block.id, start: lead, end: nameEnd } };
    return { start, end, cue: ':', phrase: null, quoted: !!whole, speaker };
  }
  return null;
}

/**
 * The name a headline gives a quote it does not attribute: the nearest name before the quote with only lower-case
 * words or a colon between ("DNC issues ‘…’", "A lesson from Ana Ortiz: ‘…’"), else a name right after it with a
 * verb ("‘…’ his secret weapon, Ortiz hints").
 */
export function headlineName(masked: string, sent: Sent, s: QuoteSegment): SpeakerPhrase | null {
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
