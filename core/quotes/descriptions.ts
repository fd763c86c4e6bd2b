/**
 * Quotes pipeline, speaker resolution (2 of 3): common noun phrases as speakers, read back from a cue:
 * anonymous sources, groups, documents and descriptions of a person.
 *
 *   "… , a senior White House official said"  → anonymous, role 'senior White House official'
 *   "… , Con Edison officials said"           → group
 *   "… , the report found"                    → document
 *   "… , the Vermont senator said"            → a description, resolved later against the roster
 */

import { ANONYMOUS, COLLECTIVE_HEADS, DETERMINERS, isCap, NOT_NAME, PRONOUNS, ROLE_NOUNS, stripContraction, stripPossessive, type Word, wordsIn } from './name-words';
import { nameEndingAt, shiftPhrase, type SpeakerPhrase, trailingName } from './names';

/** A pronoun or anonymous/collective noun phrase ending at `end` ("he", "a senior official", "aides"). */
export function commonPhraseEndingAt(text: string, end: number): SpeakerPhrase | null {
  const words = wordsIn(text, Math.max(0, end - 100), end);
  const lastWord = words[words.length - 1];
  if (!lastWord || text.slice(lastWord.end, end).trim() !== '') return null;
  const lw = lastWord.text.toLowerCase();
  if (/^(?:and|or|but|nor|the|a|an|of|to|in|on|for|with|by|at|as|that|which|who|than|then)$/.test(lw)) return null;
  // "they’ve said", "I'm telling": a pronoun with a contracted auxiliary is still the pronoun.
  const pron = stripContraction(lw);
  if (PRONOUNS.has(pron)) return { kind: 'pronoun', name: null, start: lastWord.start, end: lastWord.end, role: null, organization: null, pronoun: pron };
  // "One says", "Another notes": an unnamed member of a group just described.
  if ((lw === 'one' || lw === 'another') && !/\S/.test(text.slice(Math.max(0, lastWord.start - 2), lastWord.start).replace(/[.!?]/g, ''))) {
    return { kind: 'anonymous', name: null, start: lastWord.start, end: lastWord.end, role: 'anonymous source', organization: null };
  }
  const head = lw.replace(/[’']s$/, '');
  const known = ANONYMOUS.has(head) || COLLECTIVE_HEADS.has(head) || ROLE_NOUNS.has(head) || ROLE_NOUNS.has(head.replace(/s$/, ''));
  if (!known) {
    // "Experts on North Korea said", "attorneys for the family said": a source noun with a post-modifier.
    for (let k = words.length - 2; k >= 1 && k >= words.length - 10; k--) {
      if (/[.;:!?]/.test(text.slice(words[k]!.end, words[k + 1]!.start))) break;
      const h = words[k - 1]!.text.toLowerCase();
      const isHead = ANONYMOUS.has(h) || ROLE_NOUNS.has(h) || ROLE_NOUNS.has(h.replace(/s$/, '')) || COLLECTIVE_HEADS.has(h);
      if (isHead && /^(?:of|for|on|at|from|with|in|to)$/.test(words[k]!.text)) {
        const inner = commonPhraseEndingAt(text, words[k - 1]!.end);
        if (!inner || inner.kind === 'pronoun') continue;
        // "a spokeswoman for Ortiz", "advisers to Mr. Brandt": someone named stands behind the speaker.
        const principal = PRINCIPAL_PREPOSITION.test(words[k]!.text) && inner.kind === 'anonymous' && isPersonHead(h) ? trailingName(words.slice(k + 1), text) : null;
        if (principal) return { ...inner, end: lastWord.end, principal, head: h, roleWords: dropDeterminer(text.slice(inner.start, words[k - 1]!.end)) };
        if (words[k]!.text !== 'to') return { ...inner, end: lastWord.end };
      }
    }
  }
  // Any other noun counts only right after a determiner ("the department", "the paper's editorial board").
  if (!known && (!/^\p{Ll}[\p{Ll}\-]+$/u.test(lastWord.text) || NOT_HEAD.has(head) || !determinerBefore(words, words.length - 1, text))) return null;
  // Walk back over modifiers to the determiner; a possessor name makes it collective ("Clinton’s campaign").
  let i = words.length - 2;
  let startWord = lastWord;
  let possessor: string | null = null;
  let possessorEnd = 0;
  for (let n = 0; i >= 0 && n < 5; i--, n++) {
    const w = words[i]!;
    // "Sanders’ campaign": the possessive mark sits between the words.
    if (!/^[’']?\s+$/.test(text.slice(w.end, startWord.start))) break;
    const l = w.text.toLowerCase();
    // "the Ortiz campaign’s website", "the Vance administration’s memo": a document of a named collective is its word.
    if (/^\p{Ll}[\p{Ll}\-]*[’']s$/u.test(w.text) && DOCUMENT_HEADS.has(head)) {
      // Read in a window that ends before the "’s" (a word running past the end is not read).
      const from = Math.max(0, w.end - 162);
      const owner = commonPhraseEndingAt(text.slice(from, w.end - 2), w.end - 2 - from);
      if (owner && owner.kind === 'org') return { ...shiftPhrase(owner, from), end: lastWord.end };
      break;
    }
    // "the ad’s narrator", "the company’s lawyer": a common possessor is a modifier; read on to its determiner.
    if (/^\p{Ll}[\p{Ll}\-]*[’']s$/u.test(w.text)) {
      startWord = w;
      continue;
    }
    if ((/[’']s$/.test(w.text) || /^[’']/.test(text.slice(w.end, w.end + 1))) && isCap(w.text)) {
      possessor = stripPossessive(w.text);
      possessorEnd = w.start + possessor.length;
      startWord = w;
      // Multi-word possessor ("Hillary Clinton’s campaign").
      for (let k = i - 1; k >= 0 && isCap(words[k]!.text) && !NOT_NAME.has(words[k]!.text) && /^\s+$/.test(text.slice(words[k]!.end, startWord.start)); k--) {
        possessor = `${words[k]!.text} ${possessor}`;
        startWord = words[k]!;
      }
      break;
    }
    if (DETERMINERS.has(l)) {
      startWord = w;
      break;
    }
    if (isCap(w.text) && !NOT_NAME.has(w.text)) {
      startWord = w;
      continue;
    }
    // "contradicting Lakeview police": a participle before a capitalised modifier is the verb whose object this is.
    if (/ing$/.test(l) && isCap(startWord.text)) break;
    if (/^[\p{Ll}\-]+$/u.test(w.text) && !/^(said|says|and|or|but|that|who|which|to|of|in|on|for|with|by|as|at|is|was|were|are|has|have|had)$/.test(l)) {
      startWord = w;
      continue;
    }
    break;
  }
  const phrase = text.slice(startWord.start, lastWord.end);
  const personal = isPersonHead(head);
  // "Clinton’s most significant remarks", "Obama’s original call": a modifier before a noun cue is no head; the
  // possessor owns the words.
  if (possessor && !known && !COLLECTIVE_HEADS.has(head) && !DOCUMENT_HEADS.has(head) && !NON_PERSON_HEADS.has(head) && ADJECTIVE_HEAD.test(head)) {
    const mark = /[’']s?(?=\s)/u.exec(text.slice(startWord.start, lastWord.start));
    const owner = mark && mark.index > 0 ? nameEndingAt(text, startWord.start + mark.index + mark[0].length) : null;
    if (owner && (owner.kind === 'person' || owner.kind === 'org') && (owner.npStart ?? owner.start) >= startWord.start) return { ...owner, npStart: owner.npStart ?? owner.start };
  }
  // "Ortiz’s fawning (comments)", "Acme’s primary (challenge)": before a singular word that is no source noun
  // (a modifier of the cue used as a noun) the possessor is the one named, not a name run on into that word.
  // Plural and group heads ("Ortiz’s associates", "Ruiz’s children") stay a group, below.
  if (possessor && !known && !/s$/.test(head) && !/^(?:children|people|men|women|staff|brass|family|circle|team|camp|allies)$/.test(head)) {
    const owner = nameEndingAt(text.slice(0, possessorEnd), possessorEnd);
    if (owner && (owner.kind === 'person' || owner.kind === 'org')) return { ...owner, end: lastWord.end };
  }
  // "Clinton’s campaign" is a named collective; "Clinton’s aides" are unnamed people speaking for Clinton.
  if (possessor && (!personal || INSTITUTIONAL_HEADS.has(head))) {
    const name = `${possessor} ${head}`;
    return { kind: 'org', name, start: startWord.start, end: lastWord.end, role: head, organization: name };
  }
  if (possessor) {
    const roleWords = text.slice(startWord.start, lastWord.end).slice(text.slice(startWord.start, lastWord.end).indexOf(possessor) + possessor.length).replace(/^[’']s?\s*/u, '');
    return { kind: 'anonymous', name: null, start: startWord.start, end: lastWord.end, role: `${possessor} ${head}`, organization: null, principal: possessor, head, roleWords };
  }
  // "a Texas-based group", "an Ortiz-backed committee": a capitalised compound adjective describes, it names no one.
  let caps = text.slice(startWord.start, lastWord.start).split(/\s+/).filter((w) => isCap(w) && !NOT_NAME.has(w) && !COMPOUND_ADJECTIVE.test(w)).map(stripPossessive);
  // "Early polls show …", "New data suggest …": a common adjective capitalised only because it opens the sentence.
  const openingAdjective = caps.length === 1 && SENTENCE_ADJECTIVE.test(caps[0]!) && text.slice(startWord.start, startWord.start + caps[0]!.length) === caps[0] && /(?:^|[.!?]["”’]?\s+|\n\s*)$/u.test(text.slice(Math.max(0, startWord.start - 4), startWord.start));
  if (openingAdjective) caps = [];
  // "The Clinton campaign", "the Obama administration": a collective named by its capitalised modifier.
  if (caps.length && COLLECTIVE_HEADS.has(head) && (!personal || INSTITUTIONAL_HEADS.has(head))) {
    // "a Lakeview College poll", "the Harbor Times editorial": a document (a head that is no person and no
    // campaign) speaks for the name it carries.
    const name = NON_PERSON_HEADS.has(head) && head !== 'campaign' ? caps.join(' ') : `${caps.join(' ')} ${head}`;
    return { kind: 'org', name, start: startWord.start, end: lastWord.end, role: head, organization: name };
  }
  // "a Twitter spokesman", "two Sanders aides": unnamed people with a named principal.
  if (caps.length && personal) {
    const org = caps.join(' ');
    return { kind: 'anonymous', name: null, start: startWord.start, end: lastWord.end, role: phrase.replace(/^(?:the|a|an)\s+/i, ''), organization: org, principal: org, head };
  }
  return {
    generic: !known,
    kind: 'anonymous',
    name: null,
    start: startWord.start,
    end: lastWord.end,
    role: (personal || ANONYMOUS.has(head)) && !caps.length ? 'anonymous source' : phrase.replace(/^(?:the|a|an)\s+/i, ''),
    organization: caps.length ? caps.join(' ').replace(/[’']s$/, '') : null,
  };
}

/** An adjective left as the last word before a noun cue ("original" call, "disparaging" remarks, "continual" attacks). */
const ADJECTIVE_HEAD = /^(?:[\p{Ll}\-]+(?:al|ing|ive|ous|ful|ic|ent|ant|ary|ible|able|less)|original|initial|latest|recent|first|last|new|early|earlier|frequent|repeated|public|private|harsh|sharp|blunt|strong|bold|clear|direct|fierce|stern)$/u;

/** Common adjectives that open a sentence before a source noun ("Early polls", "New data"), never a name there. */
const SENTENCE_ADJECTIVE = /^(?:Early|Late|New|Recent|Latest|Internal|Private|Public|Exit|Separate|Similar|Previous|Further|Additional|Multiple|Numerous|Various|Local|Statewide|Online|Preliminary|Final|Initial|Current|Unofficial|Official)$/;

/** A capitalised compound adjective ("Texas-based", "Kremlin-backed", "Saudi-led", "Qaeda-linked"). */
const COMPOUND_ADJECTIVE = /^\p{Lu}[\p{L}.]*-(?:based|backed|led|linked|allied|aligned|funded|owned|run|affiliated|style|like|born|inspired|sponsored|controlled|dominated|leaning)$/u;

function dropDeterminer(phrase: string): string {
  return phrase.replace(/^(?:the|a|an|one|two|three|several|some|many|other|another|both)\s+/i, '').trim();
}

/** Heads that are documents or shares of a sample, not people ("poll", "statement", "percent"). */
const NON_PERSON_HEADS = new Set(
  `poll polls survey surveys report reports study studies data statement memo document documents filing letter
  release percent majority half campaign analysis ruling editorial ad ads article story website`.split(/\s+/),
);

/** Heads of documents and pages that speak for whoever owns them ("the campaign’s website"). */
const DOCUMENT_HEADS = new Set(
  `website site page account feed blog statement report memo letter release ad ads video post tweet filing
  study analysis document documents plan proposal platform`.split(/\s+/),
);

/** Whether a head noun names people ("aides", "spokeswoman", "supporters"). */
function isPersonHead(head: string): boolean {
  if (NON_PERSON_HEADS.has(head)) return false;
  return ANONYMOUS.has(head) || ROLE_NOUNS.has(head) || ROLE_NOUNS.has(head.replace(/s$/, ''));
}

/** Prepositions that name who an unnamed speaker works or speaks for. */
const PRINCIPAL_PREPOSITION = /^(?:for|to|of|at|with)$/;

/** Collective heads that name an institution rather than people ("campaign", "committee"). */
const INSTITUTIONAL_HEADS = new Set(
  `campaign administration government team office camp statement website memo committee panel board council
  department agency ministry commission court party caucus group organization foundation institute center
  network paper newspaper magazine station channel show program`.split(/\s+/),
);

/** Lower-case words that end a phrase but are never its speaking head. */
const NOT_HEAD = new Set(
  `time year years day days week weeks month months way thing things lot fact point case end part number
  rest same most more less first last other others one ones kind sort something nothing everything anything`.split(/\s+/),
);

/** Whether a determiner opens the phrase ending at word `k`, within four words and no punctuation. */
function determinerBefore(words: Word[], k: number, text: string): boolean {
  for (let i = k - 1; i >= 0 && i >= k - 4; i--) {
    if (!/^\s+$/.test(text.slice(words[i]!.end, words[i + 1]!.start))) return false;
    const l = words[i]!.text.toLowerCase();
    if (/^(?:the|a|an|his|her|their|its|this|that|our)$/.test(l) || /[’']s$/.test(words[i]!.text)) return true;
    if (!/^[\p{Ll}\-]+$/u.test(words[i]!.text) && !isCap(words[i]!.text)) return false;
  }
  return false;
}
