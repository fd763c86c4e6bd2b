/**
 * Quotes pipeline, cue frames: the content slot. Where the content of a cue starts and ends: a quote
 * before the cue, a quote or a reported clause after it, a partial quote inside a clause.
 *
 *   '… said Tuesday that the plan was dead.'     → 'the plan was dead' (past the day)
 *   '… told reporters the plan was dead, adding' → stops before ', adding'
 *   '… asked her to call the mayor.'             → the request, from the one asked
 */

import { type CueEntry, FINDING_SOURCES } from './cues';
import type { QuoteSegment } from './marks';
import { isNotSpeech, NOT_SPEECH_BEFORE, quotedShare, trimEnd, wordCount } from './sentences';
import { CUES, type Sent } from './types';

/** Words after a cue that mean it does not introduce content ("told to", "said in 2015 that" is fine). */
const TIME_OR_PLACE = /^(?:(?:on|in|at|during|last|this|earlier|late|early|later)\s+)?(?:(?:a|an|the|his|her|their|its)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|night|statement|interview|speech|release|email|e-mail|tweet|post|letter|memo|rally|debate|conference|call|appearance|video|op-ed|column|message|radio|television|briefing|hearing|press|news|town|campaign)\b[^,:;“"«„.?!—–]{0,60}?(?=\s+that\b|\s*[—–]|\s*[,:]|\s*[“"«„]|$)/i;

/** Where a reported clause ends: before ", citing …", ", adding …", ", according to …", or at the sentence end. */
export function clauseEnd(masked: string, start: number, end: number): number {
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

/** Content before an attribution: the quote that ends there, or the clause from the sentence start. */
export function contentBefore(text: string, masked: string, sent: Sent, attrStart: number, segs: QuoteSegment[]): { start: number; end: number; quoted: boolean } | null {
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
export function splitQuoteTail(text: string, masked: string, attrEnd: number, sent: Sent, segs: QuoteSegment[], content: { start: number; end: number; quoted: boolean }): { start: number; end: number; quoted: boolean } {
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
export function contentAfter(text: string, masked: string, sent: Sent, cueEnd: number, entry: CueEntry, segs: QuoteSegment[]): { start: number; end: number; quoted: boolean } | null {
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
