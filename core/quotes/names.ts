/**
 * Quotes pipeline, speaker resolution (1 of 3): reads the name or noun phrase that ends or starts at a
 * position, as a SpeakerPhrase (person, organisation, pronoun, anonymous source, group), and finds the
 * people a sentence names.
 *
 *   nameEndingAt('… said Mayor Ana Ortiz', 24)        → person 'Ana Ortiz', role 'Mayor'
 *   nameStartingAt('sniffed Ingrid Halvorsen, the director general of Havforsk', 8)
 *                                                     → person 'Ingrid Halvorsen' (the role after the comma
 *                                                       is read by appositiveRole, core/quotes/subjects.ts)
 *   personMentions('Ortiz met Ben Ruiz on Monday.')   → [Ben Ruiz]
 */

import { ADJECTIVE_WORDS, ANONYMOUS, COLLECTIVE_HEADS, CONNECTORS, DETERMINERS, FEMALE_NAMES, isCap, isInitial, isNotName, isRoleNoun, isRoleWord, looksLikeOrg, looksLikePersonName, looksLikePlace, MALE_NAMES, NOT_NAME, ONE_WORD_PLACES, ORG_WORDS, organizationOfRole, orgBeforeConnector, PARTICLES, PREPOSITIONS, ROLE_MODIFIERS, ROLE_NOUNS, splitTitles, stripContraction, stripPossessive, TITLES, type Word, wordsIn } from './name-words';

/** A speaker noun phrase as found in the text (offsets into the block text). */
export type SpeakerPhrase = {
  kind: 'person' | 'org' | 'pronoun' | 'anonymous';
  /** The name as written ("Echeverria", "Chilean President Gabriela Soto" → "Gabriela Soto"). */
  name: string | null;
  start: number;
  end: number;
  role: string | null;
  /** The organisation named in the role ("the director general of Havforsk" → "Havforsk"). */
  organization: string | null;
  /** The pronoun itself, lower-cased, for pronoun phrases. */
  pronoun?: string;
  /** Where the whole noun phrase starts, titles and role words included (default `start`). */
  npStart?: number;
  /** A noun phrase with a head we do not know as a source ("the department"): only trusted as a subject. */
  generic?: boolean;
  /**
   * For an unnamed person speaking for someone named ("a spokeswoman for Ortiz", "Ortiz’s aides"): the named
   * principal as written. The detector decides whether it is an organisation speaking or a person's staff.
   */
  principal?: string;
  /** The head noun of an unnamed speaker phrase ("spokeswoman", "aides"), lower case. */
  head?: string;
  /** The description without the principal or determiner ("campaign manager", "top advisers"). */
  roleWords?: string;
  /** Lower-case party or nationality words written before a person's name ("Republican Ana Ortiz"). */
  about?: string[];
  /** A mention after a preposition ("the filings of Gov. Ana Ortiz"): tells who someone is, but not a subject. */
  oblique?: boolean;
};

/**
 * The capitalised name run that ends exactly at `end` (text before it), extended back over titles and
 * role modifiers. Returns null when the words right before `end` are not a name.
 */
/** A phrase read in a window of the text, moved to the text's offsets (`by` is where the window starts). */
export function shiftPhrase(p: SpeakerPhrase, by: number): SpeakerPhrase {
  return { ...p, start: p.start + by, end: p.end + by, ...(p.npStart !== undefined ? { npStart: p.npStart + by } : {}) };
}

export function nameEndingAt(text: string, end: number, mention = false): SpeakerPhrase | null {
  const words = wordsIn(text, Math.max(0, end - 160), end, true);
  // Keep only words in the same clause: stop at punctuation between words.
  let i = words.length - 1;
  if (i < 0 || text.slice(words[i]!.end, end).trim() !== '') return null;
  const run: Word[] = [];
  let possessor = -1;
  for (; i >= 0; i--) {
    const w = words[i]!;
    const gap = run.length ? text.slice(w.end, run[0]!.start) : '';
    if (run.length && !/^\s+$/.test(gap)) break;
    const t = stripPossessive(w.text);
    // "NBC’s Chuck Todd", "Harbor Forum’s Tom Brandt": the possessor is where the person works, not their name.
    if (run.length && t !== w.text && isCap(w.text) && possessor < 0) {
      const own = phraseFromRun(text, run, [], mention);
      if (own?.kind === 'person' && own.name && own.name.split(/\s+/).length >= 2) {
        possessor = i;
        break;
      }
      // "the Coroner’s Office", "Women’s Media Center": the possessive is part of an organisation's name.
      possessor = -2;
    }
    // Words in capitals ("KILLED IN DEADLY EXPLOSION") are headline text, not names; acronyms are short.
    if (/^\p{Lu}{5,}$/u.test(t) && run.length) break;
    // "That’s", "It’s", "We’ve", "I'm": a contraction of a sentence word is not a name either. "Former" opening a sentence is a role
    // word ("Former Mexico leader Calderon"), read with the role words below.
    const capOk = isCap(w.text) && !(NOT_NAME.has(stripContraction(w.text)) && !TITLES.has(w.text)) && w.text !== 'Former';
    if (capOk || isInitial(w.text) || (run.length && (PARTICLES.has(t.toLowerCase()) || t === 'of' || CONNECTORS.has(t)))) run.unshift(w);
    else break;
  }
  while (run.length && (run[0]!.text === 'of' || PARTICLES.has(run[0]!.text) || CONNECTORS.has(run[0]!.text))) run.shift();
  // "Center for Justice", "Council on Foreign Relations": a connector stays only after an organisation word.
  for (let k = run.length - 1; k > 0; k--) {
    if (CONNECTORS.has(run[k]!.text) && !orgBeforeConnector(run.slice(0, k))) {
      run.splice(0, k + 1);
      break;
    }
  }
  if (!run.length) return null;
  if (possessor >= 0) {
    const phrase = phraseFromRun(text, run, [], mention)!;
    // The possessor's own capitalised words ("American Action Forum’s"), as the person's organisation if it is one.
    let k = possessor;
    while (k > 0 && isCap(words[k - 1]!.text) && /^\s+$/.test(text.slice(words[k - 1]!.end, words[k]!.start)) && !NOT_NAME.has(words[k - 1]!.text)) k--;
    const org = stripPossessive(text.slice(words[k]!.start, words[possessor]!.end));
    return { ...phrase, npStart: words[k]!.start, ...(looksLikeOrg(org) ? { organization: org } : {}) };
  }
  // Lower-case role modifiers before the run ("presidential candidate Martin O’Malley").
  const pre: Word[] = [];
  for (; i >= 0; i--) {
    const w = words[i]!;
    const gap = text.slice(w.end, (pre[0] ?? run[0])!.start);
    if (!/^\s+$/.test(gap)) break;
    const lw = w.text.toLowerCase();
    if (ROLE_NOUNS.has(lw) || ROLE_MODIFIERS.has(lw) || ROLE_NOUNS.has(lw.replace(/s$/, ''))) pre.unshift(w);
    // "Clinton campaign spokesman Brian Fallon": capitalised words before role words belong to the role.
    else if (pre.length && isCap(w.text) && !NOT_NAME.has(w.text) && !/[’']s$/.test(w.text)) pre.unshift(w);
    else break;
  }
  return phraseFromRun(text, run, pre, mention);
}

/** The capitalised name run that starts at `start` (after an inverted cue or "according to"). */
export function nameStartingAt(text: string, start: number): SpeakerPhrase | null {
  const words = wordsIn(text, start, Math.min(text.length, start + 160));
  if (!words.length || text.slice(start, words[0]!.start).trim() !== '') return null;
  const pre: Word[] = [];
  let i = 0;
  // Optional article and lower-case role words: "the Kremlin's spokesman Dmitry …", "campaign manager Robby Mook".
  // "said one district party leader", "said another board member": "one" and "another" are articles here too.
  if (/^(?:the|a|an|one|another)$/i.test(words[0]!.text) && words.length > 1) i = 1;
  for (; i < words.length; i++) {
    const w = words[i]!;
    const lw = w.text.toLowerCase();
    if (!isCap(w.text) && (ROLE_NOUNS.has(lw) || ROLE_MODIFIERS.has(lw) || ROLE_NOUNS.has(lw.replace(/s$/, '')))) pre.push(w);
    // "Democratic strategist Hank Sheinkopf", "Republican voter Stephanie Hooton": a party or nationality adjective
    // with role words after it belongs to the role.
    else if (ADJECTIVE_WORDS.has(w.text) && words[i + 1] && !isCap(words[i + 1]!.text) && isRoleWord(words[i + 1]!.text)) pre.push(w);
    else break;
  }
  const run: Word[] = [];
  for (; i < words.length; i++) {
    const w = words[i]!;
    const prev = run[run.length - 1] ?? pre[pre.length - 1];
    if (prev && !/^\s+$/.test(text.slice(prev.end, w.start))) break;
    // "That’s", "It’s": a contraction of a sentence word is not a name either.
    const capOk = isCap(w.text) && !(NOT_NAME.has(stripContraction(w.text)) && !TITLES.has(w.text));
    // "of" joins a title or an organisation ("Secretary of State …", "Bank of …"), not a person and a place
    // ("Stephanie Hooton of Derry").
    const ofOk = w.text === 'of' && run.some((r) => TITLES.has(r.text) || ORG_WORDS.has(r.text));
    if (capOk || isInitial(w.text) || (run.length && (PARTICLES.has(w.text.toLowerCase()) || ofOk || CONNECTORS.has(w.text)))) run.push(w);
    else break;
    if (/[’']s$/.test(w.text)) break;
  }
  while (run.length && (run[run.length - 1]!.text === 'of' || PARTICLES.has(run[run.length - 1]!.text) || CONNECTORS.has(run[run.length - 1]!.text))) run.pop();
  for (let k = 1; k < run.length; k++) {
    if (CONNECTORS.has(run[k]!.text) && !orgBeforeConnector(run.slice(0, k))) {
      run.splice(k);
      break;
    }
  }
  // "the EB-5 program": after an article, a capitalised run followed by a lower-case noun is a modifier.
  if (run.length && i > 0 && /^(?:the|a|an|one|another)$/i.test(words[0]!.text)) {
    const next = words.find((w) => w.start >= run[run.length - 1]!.end);
    if (next && /^\p{Ll}/u.test(next.text) && /^\s+$/.test(text.slice(run[run.length - 1]!.end, next.start)) && !PARTICLES.has(next.text)) {
      // "said a GOP leader", "said one district Harbor Party member": when the lower-case words end in a role
      // noun the indefinite phrase introduces someone unnamed, and it is still the speaker (as "a senior official"
      // is). "the Florida senator" is left alone: a definite description points back to someone already named.
      const head = roleHeadAfter(text, words, words.indexOf(next), run[run.length - 1]!.end);
      if (head && !/^the$/i.test(words[0]!.text)) {
        const first = pre[0] ?? run[0]!;
        const role = text.slice(first.start, head.end);
        return { kind: 'anonymous', name: null, start: first.start, end: head.end, role, organization: null };
      }
      return null;
    }
  }
  if (!run.length) {
    if (pre.length) {
      // "a former police official": modifiers, then lower-case words up to the role noun.
      const last = pre[pre.length - 1]!;
      const head = isRoleNoun(last.text) ? null : roleHeadAfter(text, words, words.indexOf(last) + 1, last.end);
      const end = head ? head.end : last.end;
      const role = text.slice(pre[0]!.start, end);
      return { kind: 'anonymous', name: null, start: pre[0]!.start, end, role, organization: null };
    }
    return null;
  }
  return phraseFromRun(text, run, pre);
}

/**
 * The role noun ending a description within three lower-case words from `words[from]` ("law enforcement
 * official"), or null when a function word or a capital comes first.
 */
function roleHeadAfter(text: string, words: Word[], from: number, prevEnd: number): Word | null {
  for (let k = from; k >= 0 && k < words.length && k < from + 3; k++) {
    const w = words[k]!;
    if (!/^\s+$/.test(text.slice(prevEnd, w.start)) || !/^\p{Ll}/u.test(w.text)) return null;
    if (/^(?:of|for|to|in|on|at|by|with|who|that|which|and|or|but|the|a|an|is|was|has|had|said|says)$/.test(w.text)) return null;
    if (isRoleNoun(w.text)) return w;
    prevEnd = w.end;
  }
  return null;
}

/**
 * The speaker phrase a capitalised run and the role words before it make. `mention`: reading the article's
 * mentions of people rather than a speaker, so "of Republican nominee Ana Ortiz" counts (a titled person after a
 * preposition is still a person, though not the speaker).
 */
function phraseFromRun(text: string, run: Word[], pre: Word[], mention = false): SpeakerPhrase | null {
  const split = splitTitles(run);
  const { titles } = split;
  let written = split.name;
  // "Republican Ana Ortiz", "Democrat Ben Ruiz": a party or nationality word before a full name describes them.
  const adjectives: string[] = [];
  if (written.length > 2 && ADJECTIVE_WORDS.has(written[0]!.text) && !looksLikeOrg(written.map((w) => w.text).join(' '))) {
    while (written.length > 2 && ADJECTIVE_WORDS.has(written[0]!.text)) adjectives.push(written.shift()!.text.toLowerCase());
  }
  // "Ana Ortiz of West Virginia": the person's name stops before "of" (a place or an organisation after it).
  const of = written.findIndex((w) => w.text === 'of');
  let name = of >= 2 && !looksLikeOrg(written.slice(0, of).map((w) => w.text).join(' ')) ? written.slice(0, of) : written;
  // "the Ted Cruz South Carolina victory party": a place after a full name is not part of it.
  for (const n of [3, 2]) {
    if (name.length >= n + 2 && name[name.length - n - 1]!.text !== 'of' && looksLikePlace(name.slice(-n).map((w) => w.text).join(' ')) && !looksLikeOrg(name.map((w) => w.text).join(' '))) name = name.slice(0, -n);
  }
  if (!name.length) return null;
  // "JUST TOO EARLY", "NOT NECESSARILY WRONG": several words in capitals are a headline, not a name.
  // Two capitalised words stay a name or an outlet ("USA TODAY") unless one is a function word.
  if (name.length >= 2 && name.every((w) => /^\p{Lu}[\p{Lu}’'\-.&]*$/u.test(w.text)) && (name.length >= 3 || name.some((w) => /^(?:THE|OF|IS|IN|ON|AT|TO|FOR|AND|NOT|TOO|JUST|ARE|WAS)$/.test(w.text)))) return null;
  // "in Miami", "at Mar-a-Lago": a capitalised run after a preposition is a place or an object, not a speaker.
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, (pre[0] ?? run[0])!.start - 20), (pre[0] ?? run[0])!.start))?.[1];
  const lead = text.slice(Math.max(0, (pre[0] ?? run[0])!.start - 20), (pre[0] ?? run[0])!.start);
  const titled = [...pre, ...titles].some((w) => (TITLES.has(w.text) && !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?$/.test(w.text)) || ROLE_NOUNS.has(w.text.toLowerCase()));
  const oblique = !!before && PREPOSITIONS.has(before.toLowerCase()) && !/\baccording\s+to\s+(?:the\s+)?$/i.test(lead);
  if (oblique && !(mention && (titled || (name.length >= 2 && (FEMALE_NAMES.has(name[0]!.text) || MALE_NAMES.has(name[0]!.text)))))) return null;
  // "Sources said", "Officials say": a capitalised common noun at the sentence start is not a name.
  const single = name.length === 1 && !titles.length ? name[0]!.text : '';
  if (single && !ORG_WORDS.has(single) && !/^(?:Americans|Conservatives|Liberals|Progressives|Libertarians|Evangelicals|Latinos|Hispanics|Europeans|Democrats|Republicans)$/.test(single) && (ANONYMOUS.has(single.toLowerCase()) || COLLECTIVE_HEADS.has(single.toLowerCase()) || /^(?:video|videos|footage|photo|photos|tweet|tweets|post|transcript|records)$/i.test(single) || ROLE_NOUNS.has(single.toLowerCase().replace(/s$/, '')))) return null;
  // Sentence-initial participles are not names ("Having …", "Looking back …"); after a title the word is a
  // surname ("Mr. Sperling", "Sen. Manning").
  // A surname that ends in -ing right after a quote, or before "said" ("” Ebeling explained", "Manning said").
  const ingSurname = /[”"’»]\s*,?\s*$/u.test(text.slice(Math.max(0, name[0]!.start - 4), name[0]!.start)) || /^\s+(?:said|says|told|tells)\b/u.test(text.slice(name[0]!.end, name[0]!.end + 8));
  if (name.length === 1 && !titles.length && /^\p{Lu}\p{Ll}+ing$/u.test(name[0]!.text) && !ONE_WORD_PLACES.has(name[0]!.text) && !ingSurname) return null;
  // A lone capitalised adverb before a comma opens a sentence ("Frankly, …"); a name would not end in -ly there.
  if (single && /^\p{Lu}\p{Ll}{3,}ly$/u.test(single) && /^,/.test(text.slice(name[0]!.end, name[0]!.end + 1))) return null;
  // A lone demonym or party adjective is a description, not a name ("Democratic", "Russian", "Trumpian").
  if (single && (ADJECTIVE_WORDS.has(single) || /^\p{Lu}\p{Ll}+-(?:style|like|based|backed|led)$/u.test(single)) && !TITLES.has(single)) {
    return { kind: 'anonymous', name: null, start: name[0]!.start, end: name[0]!.end, role: single, organization: null, npStart: (pre[0] ?? name[0])!.start };
  }
  const first = name[0]!;
  const last = name[name.length - 1]!;
  // A nickname blanked out of the name ("Robert C.       Scott") leaves a wider space.
  const asWritten = stripPossessive(text.slice(first.start, last.end));
  const nameText = asWritten.replace(/\s{2,}/gu, ' ');
  const roleWords = [...pre, ...titles];
  const role = roleWords.length ? text.slice(roleWords[0]!.start, roleWords[roleWords.length - 1]!.end) : null;
  const npStart = (roleWords[0] ?? first).start;
  // "North Korea said", "the United States accused …": a place speaks as a collective, never as a person.
  if (looksLikeOrg(nameText) || looksLikePlace(nameText)) {
    return { kind: 'org', name: nameText, start: first.start, end: first.start + asWritten.length, role, organization: nameText, npStart };
  }
  const honorific = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?$/;
  const roleOk = role && !roleWords.every((w) => honorific.test(w.text)) && roleWords.some((w) => TITLES.has(w.text) || ROLE_NOUNS.has(w.text.toLowerCase().replace(/s$/, ''))) ? role.replace(/\s*\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?$/, '') : null;
  return {
    kind: 'person',
    name: nameText,
    start: first.start,
    end: first.start + asWritten.length,
    role: roleOk,
    organization: roleOk ? organizationOfRole(roleOk) : null,
    npStart,
    ...(adjectives.length ? { about: adjectives } : {}),
    ...(oblique ? { oblique: true } : {}),
  };
}

/**
 * The name that ends a post-modifier ("for Democratic presidential candidate Ana Ortiz" → "Ana Ortiz", "for the
 * Harbour Authority" → "Harbour Authority"), titles dropped; null when the phrase does not end in a name.
 */
export function trailingName(words: Word[], text: string): string | null {
  let i = words.length;
  while (i > 0) {
    const w = words[i - 1]!;
    const t = stripPossessive(w.text);
    const inside = i < words.length && /^\s+$/.test(text.slice(w.end, words[i]!.start));
    if (i < words.length && !inside) break;
    if ((isCap(t) && !NOT_NAME.has(t)) || isInitial(t) || (i < words.length && (t === 'of' || PARTICLES.has(t) || CONNECTORS.has(t)))) i--;
    else break;
  }
  const run = words.slice(i);
  while (run.length && !isCap(run[0]!.text)) run.shift();
  const { titles, name } = splitTitles(run);
  if (!name.length || name.every((w) => /^(?:Mr|Mrs|Ms|Dr)\.?$/.test(w.text))) return null;
  // A title marks a person ("Mr. Brandt", "Sen. Kovacs"): keep it so the name is not read as an organisation.
  const title = titles.length && !looksLikeOrg(titles.map((w) => w.text).join(' ')) ? `${titles[titles.length - 1]!.text} ` : '';
  const lead = words.slice(0, i).map((w) => w.text.toLowerCase());
  // Only determiners and role words may come before the name ("for the", "to presidential candidate").
  if (lead.some((w) => !DETERMINERS.has(w) && !ROLE_NOUNS.has(w) && !ROLE_MODIFIERS.has(w))) return null;
  return title + stripPossessive(text.slice(name[0]!.start, name[name.length - 1]!.end));
}

/**
 * Nicknames in quote marks inside a name ("Robert C. “Bobby” Scott", "Del. Marcia “Cia” Price"): [start, end)
 * of the mark-to-mark stretch and the space after it, for masking. Only after an initial, a known first name or
 * a title and its first name, and before a capitalised word ("a ‘Unity’ Meeting" in a headline is no nickname).
 */
export function nicknameSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[“"‘']\p{Lu}[\p{L}\-]{0,12}[”"’']\s+(?=\p{Lu}\p{Ll})/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The two words before the nickname, read in a short window.
    const words = /(\S+)\s+(\S+)\s+$/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (!words) continue;
    const [before, prev] = [words[1]!, words[2]!];
    const first = isInitial(prev) || ((FEMALE_NAMES.has(prev) || MALE_NAMES.has(prev)) && !NOT_NAME.has(before.replace(/^\p{P}+/u, ''))) || (TITLES.has(before) && isCap(prev) && !NOT_NAME.has(prev));
    if (first) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** A character a word can run through (a surrogate: maybe half of a letter), before a capitalised run. */
const WORD_CHAR_BEFORE = /[\p{L}\p{N}\p{M}’'.\-\ud800-\udfff]/u;

/** Every person-like capitalised run in `text` with its title role, in order (for the roster). */
export function personMentions(text: string): SpeakerPhrase[] {
  const out: SpeakerPhrase[] = [];
  // Particles are whole words: "Vance declined" and "Ortiz often" are not "Vance de…" and "Ortiz of…".
  const re = /(?:\p{Lu}[\p{L}\p{M}’'.\-]*)(?:\s+(?:\p{Lu}[\p{L}\p{M}’'.\-]*|(?:de|van|von|bin|al|el|of)(?![\p{L}\p{M}’'\-])))*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // A lone sentence word that starts a word ("The", "But", "Monday") cannot end a name: nameEndingAt would read
    // back only to find no name there.
    if (/^[A-Za-z]+$/.test(m[0]) && isNotName(m[0]) && !WORD_CHAR_BEFORE.test(text[m.index - 1] ?? ' ')) continue;
    // "… met Ana C. Ortiz.": the full stop ending the sentence is not part of the name (an initial's is).
    // (Only the run's last characters are tested: the pattern unanchored on a long run takes quadratic time.)
    const stop = /[^.\s]{2}\.$/u.test(m[0].slice(-5)) && !/(?:^|\s)(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Adm|Prof|Rev|Jr|Sr|St|Sgt|Capt|Sens|Reps|Inc|Corp)\.$/.test(m[0]);
    const end = m.index + m[0].length - (stop ? 1 : 0);
    let phrase = nameEndingAt(text, end, true);
    // "Gov. Ana Ortiz of West Virginia": the person before "of" (a place or an organisation after it).
    // The run may end with the "of" ("Daniel J. Ortiz of the law firm": "the" is not capitalised).
    const of = m[0].search(/\sof(?:\s|$)/u);
    if (of > 0 && !(phrase && phrase.kind === 'person' && phrase.name && looksLikePersonName(phrase.name))) phrase = nameEndingAt(text, m.index + of, true);
    if (phrase && phrase.kind === 'person' && phrase.name && looksLikePersonName(phrase.name)) out.push(phrase);
  }
  return out;
}

/** Lower-case words allowed between a pollster's name and "poll" ("a CNN exit poll", "a Harbor tracking poll"). */
const POLL_KIND = new Set(['exit', 'entrance', 'tracking', 'online', 'national', 'statewide', 'telephone', 'opinion']);

/** Lower-case words inside a pollster's name ("Rock the Vote", "Bank of America"). */
const NAME_JOINERS = new Set(['of', 'the', 'and', 'for', '&']);

/**
 * The organisation a stretch of text names as running a poll or survey: "a Harbor University poll", "the latest
 * Harbor Times/Delta News survey", "a CNN exit poll", "a poll conducted by the Harbor Times and Delta News".
 * Null when no poll in it names one ("a June poll", "a Republican poll", "recent polls").
 */
export function pollOrganization(text: string): string | null {
  const re = /\b(?:polls?|Polls?|surveys?|Surveys?|polling)\b/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "a poll conducted by the Harbor Times and Delta News", "a survey by Lakeview College".
    const by = /^\s+(?:(?:conducted|released|published|commissioned|sponsored|taken|carried\s+out)\s+(?:\S+\s+){0,2}?)?(?:by|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}’'.&/\-]*)(?:\s+(?:(?:and|of|for|the|&)\s+)?\p{Lu}[\p{L}\p{N}’'.&/\-]*){0,7})/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 160));
    const after = by ? pollsterName(by[1]!.split(/\s+/)) : null;
    if (after) return after;
    // The capitalised run right before the poll word, read back over a few words.
    const words = text.slice(Math.max(0, m.index - 120), m.index).split(/\s+/).filter(Boolean);
    if (/[,;:.!?)]$/.test(words[words.length - 1] ?? '')) continue;
    let i = words.length;
    while (i > 0 && POLL_KIND.has(words[i - 1]!)) i--;
    const run: string[] = [];
    for (; i > 0; i--) {
      const w = words[i - 1]!;
      if (/[,;:!?)]$/.test(w)) break;
      if (isCap(w) || (run.length && NAME_JOINERS.has(w) && isCap(words[i - 2] ?? ''))) run.unshift(w);
      else break;
    }
    const before = pollsterName(run);
    if (before) return before;
  }
  return null;
}

/** A pollster's name from a capitalised run: sentence words and determiners dropped; months and adjectives are not names. */
function pollsterName(run: string[]): string | null {
  const words = run.map((w) => w.replace(/[’']s$/u, '').replace(/[.,]$/u, ''));
  // "Opinion polls", "Exit polls" at a sentence start: a kind of poll, not a name.
  while (words.length && (NOT_NAME.has(words[0]!) || NAME_JOINERS.has(words[0]!) || POLL_KIND.has(words[0]!.toLowerCase()))) words.shift();
  while (words.length && NAME_JOINERS.has(words[words.length - 1]!)) words.pop();
  if (!words.length) return null;
  if (words.every((w) => NOT_NAME.has(w) || ADJECTIVE_WORDS.has(w) || NAME_JOINERS.has(w) || /^(?:Poll|Survey|National|State|New|Latest|Recent)$/.test(w))) return null;
  return words.join(' ');
}
