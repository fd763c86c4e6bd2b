/**
 * Quotes pipeline, speaker resolution (3 of 3): turns a frame's speaker phrase into the report's
 * Who: a name through the roster, a pronoun to the latest matching person, a description to the
 * person it describes, a spokesperson to their principal, an organisation to its dataset entry.
 *
 *   'she said' after 'Ana Ortiz …'                 → Ana Ortiz
 *   'the Vermont senator said' after 'Sen. Ruiz (I-Vt.)' → Ruiz
 *   'a spokesman for Ortiz said'                   → Ortiz, role 'spokesman' (the principal speaks)
 */

import type { DetectInput } from '../detect/types';
import { CLAUSE_VERB, organizationSubject } from './clause-subjects';
import { looksLikeOrg, looksLikePersonName, UNNAMED_HEADS } from './name-words';
import type { SpeakerPhrase } from './names';
import { insertMention, type Mention, mentionBefore, type Person, recentPeople, Roster } from './roster';
import { wordCount } from './sentences';
import { CUES, type Found, type Sent } from './types';
import type { Block, Span } from '../report';
import type { Part, Who } from './types';

/**
 * The person a sentence is, when it is only a named subject and a speech cue with at most a short adjunct: "Ana
 * Ortiz agreed.", "Lakeview College's Ben Ruiz said in a statement.", "Ortiz, the board's lawyer, added." (not "Ortiz
 * declined to comment.").
 */
export function bareAttribution(masked: string, sent: Sent, seen: Mention[]): Mention | null {
  const m = seen[seen.length - 1];
  if (!m) return null;
  if (!/^[\s\p{L}.’'\-]*$/u.test(masked.slice(sent.start, m.start)) || wordCount(masked.slice(sent.start, m.start)) > 4) return null;
  const rest = /^(?:,\s+[^,;:~“”"«»„()]{2,80}?,?)?\s+(?:(?:also|then|later|quickly|again)\s+)?(\p{Ll}+)(?:\s+(?:in|on|at|during|with|after|before|over|via)\s+[^,;:!?~“”"«»„()]{1,50})?\s*[.:]?\s*$/u.exec(masked.slice(m.end, sent.end));
  return rest && CUES.has(rest[1]!) ? m : null;
}

/** The latest quote in a block with a named speaker (scanning back from the end, no copies). */
export function latestNamedSpeaker(out: Part[], block: string): Who | null {
  for (let i = out.length - 1; i >= 0 && out[i]!.span.block === block; i--) if (out[i]!.speaker.name) return out[i]!.speaker;
  return null;
}

/**
 * The person a sentence is about: the named person followed by a verb ("President Reyes released this
 * statement:"), else the first person it names; with no person, an organisation opening it with a verb of its own.
 */
export function sentenceSubject(block: Block, masked: string, sent: { start: number; end: number }, mentions: Mention[], input: DetectInput): Who | null {
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

/** The report's Who for a person on the roster, the organisation linked to the dataset. */
export function personSpeaker(person: Person, span: Span | null, venue: string | null, input: DetectInput): Who {
  const organization = person.organization ?? venue;
  return { name: person.name, role: person.role, organization, sourceId: organization ? input.index.lookup(organization)?.id ?? null : null, span };
}

/**
 * An unnamed person speaking for someone named. An organisation's spokesperson gives the organisation's
 * statement ("a spokeswoman for the Harbour Authority said" → the Harbour Authority, role spokeswoman); a
 * person's staff stay unnamed, with the principal in the role ("a spokesman for Ortiz" → spokesman for Ana Ortiz).
 */
function principalSpeaker(p: SpeakerPhrase, principal: string, roster: Roster, venue: string | null, link: (org: string | null) => string | null): Who {
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

/** Turns a found phrase into the report's Who, resolving surnames and pronouns through the roster. */
export function toSpeaker(f: Found, block: Block, roster: Roster, mentions: Mention[], pos: number, input: DetectInput, out: Part[]): Who {
  const p = f.phrase;
  const none: Who = { name: null, role: null, organization: null, sourceId: null, span: null };
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
