/**
 * Quotes pipeline, the speaker's kind (report@2 `speaker.kind`), decided last from what the stages
 * resolved, with the hint a stage left (`Who.kind`) taken first:
 *
 *   Ana Ortiz (role Mayor)                      → person 'Ana Ortiz'
 *   the Kremlin / North Korea / the US          → organization (a government named by its country speaks as one)
 *   Con Edison officials / American officials   → group 'Con Edison officials'
 *   Varga and Brandt                            → group 'Varga and Brandt'
 *   the report / a CBO analysis                 → document 'report' / 'CBO analysis'
 *   the GOP nominee (nobody named fits)         → person, name null, role 'GOP nominee'
 *   a source / officials / no speaker           → unnamed
 *   "Related", "Source", "Advertisement"        → never a person: unnamed (page furniture)
 *   "Die Hilfe", "Mais", "Mit Selbstironie"     → never a person: a sentence's first words (a function word leads)
 */

import type { DetectInput } from '../detect/types';
import { looksLikePlace } from './name-words';
import type { Who } from './types';
import type { Speaker, SpeakerKind } from '../report';

/** Words a page prints around an article (section labels, buttons, headings) that are never speakers. */
export const PAGE_WORDS = new Set(
  `source sources related advertisement advertising ad ads sponsored share shares comment comments reply photo photos
  image images video videos watch listen read more subscribe subscribers newsletter update updated updates editor
  editors opinion analysis home menu search print email follow trending latest breaking live contact login log sign
  top story stories news headlines credit credits caption gallery slideshow topics tags next previous back copyright
  disclaimer correction clarification note`.split(/\s+/),
);

/**
 * Function words that open a sentence with a capital but never a person's name, in the languages we read:
 * articles, conjunctions, prepositions, demonstratives and pronouns ("Doch der Aktivist", "Mais", "Pero el
 * juez", "Diesen Trend"). Not "De", "Le", "La", "Van", "Von", "Da", "Di", "Del": they open surnames; nor words
 * that are also names or open place names: "The" (The Washington Post), "Des" (Des Moines), "El", "Los", "Las",
 * "Ma", "Su", "Lo", "Son", "Per", "Na", "No".
 */
export const FUNCTION_WORDS = new Set(
  `der die das den dem ein eine einer eines einem doch aber und oder mit ohne diesen dieser diese dieses auch noch nur
  wie als nach bei vor für im am auf aus zum zur seine sein ihr ihre unser wir sie er es man nicht schon dann denn weil
  les une mais et ou avec pour dans sur ce cette ces sa ses il elle ils elles on nous aussi donc puis selon
  unos unas pero con para en este esta estos estas sus ese esa también según
  os um uma mas com em nos nas ao pelo pela seu sua segundo
  gli uno nel nella della questo questa anche secondo
  but and or with this these those his her their its our in on at for from if when while`.split(/\s+/),
);

/** Whether a name opens with a function word ("Die Hilfe", "Mais"): a sentence's first words, not a person. */
export function opensWithFunctionWord(name: string): boolean {
  const first = name.split(/\s+/u)[0]!.toLowerCase();
  return FUNCTION_WORDS.has(first);
}

/** Countries and blocs written as initials, which speak as governments ("the US said", "the EU warned"). */
const GOVERNMENT_INITIALS = /^(?:the\s+)?(?:US|U\.S\.|USA|U\.S\.A\.|UK|U\.K\.|EU|E\.U\.|UN|U\.N\.|UAE|PRC|DPRK|NATO)$/iu;

/** Head nouns of written sources: a document speaks through what it says. */
export const DOCUMENT_HEADS = new Set(
  `report reports study studies analysis analyses survey surveys poll polls memo memos filing filings letter letters
  statement document documents complaint lawsuit indictment ruling opinion audit review investigation assessment
  estimate estimates projections forecast data release transcript affidavit brief motion order decision email emails
  tweet post editorial article paper white-paper`.split(/\s+/),
);

/** Plural heads of groups of people ("officials", "leaders", "protesters"). */
const GROUP_HEAD = /^(?:\p{Ll}[\p{Ll}\-]*(?:s|men|women|people|police|staff|personnel|leadership))$/u;

/** The report's Speaker: a resolved speaker with its kind, page words never taken for a person. */
export function withKind(who: Who, input: DetectInput): Speaker {
  const { kind: hint, ...rest } = who;
  const speaker: Speaker = { kind: hint ?? kindOf(who), ...rest };
  if (speaker.name && (isPageWord(speaker.name) || (speaker.kind === 'person' && opensWithFunctionWord(speaker.name)))) return { kind: 'unnamed', name: null, role: null, organization: null, sourceId: null, span: null };
  if (speaker.kind === 'person' && speaker.name && (looksLikePlace(speaker.name) || GOVERNMENT_INITIALS.test(speaker.name))) {
    return { ...speaker, kind: 'organization', organization: speaker.organization ?? speaker.name, sourceId: speaker.sourceId ?? input.index.lookup(speaker.name)?.id ?? null };
  }
  return speaker;
}

/** Whether a name is only words a page prints around an article ("Related", "Source", "Read More"). */
export function isPageWord(name: string): boolean {
  const words = name.toLowerCase().split(/[\s:|]+/).filter(Boolean);
  return words.length > 0 && words.length <= 3 && words.every((w) => PAGE_WORDS.has(w));
}

function kindOf(who: Who): SpeakerKind {
  const role = who.role ?? '';
  const head = role.split(/\s+/).pop()?.toLowerCase() ?? '';
  if (!who.name) {
    if (!role || role === 'anonymous source') return 'unnamed';
    // "Con Edison officials", "E.U. leaders": a plural head with a capitalised word naming whose they are.
    if (GROUP_HEAD.test(head) && !DOCUMENT_HEADS.has(head) && /(?:^|\s)\p{Lu}/u.test(role) && !/^(?:a|an|one|some|two|three|several|many)\s/iu.test(role)) return 'group';
    if (DOCUMENT_HEADS.has(head) && !/(?:^|\s)(?:a|an|one)\s/iu.test(role)) return 'document';
    // "GOP nominee", "Florida senator": a definite description the article does not resolve is still a person.
    if (!/^(?:a|an|one|some|two|three|several|many|other)\s/iu.test(role) && !GROUP_HEAD.test(head) && /\p{Lu}/u.test(role)) return 'person';
    return 'unnamed';
  }
  if (/\s(?:and|&)\s/u.test(who.name) && who.organization !== who.name) return 'group';
  if (who.organization && who.organization === who.name) return DOCUMENT_HEADS.has(head) ? 'document' : 'organization';
  return 'person';
}
