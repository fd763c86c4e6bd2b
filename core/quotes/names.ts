/**
 * Who is speaking: reads the noun phrase next to a cue (a name with its titles and appositive role, a
 * pronoun, or an anonymous/collective phrase) and keeps the article's roster of people so that a later
 * "Echeverria" resolves to "Tomas Echeverria, former trade minister …" and "he" to the most recent person.
 */
import { ANONYMOUS_SOURCE_NOUNS } from './cues';

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

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);
/** Capitalised words that start sentences or phrases but never names. */
const NOT_NAME = new Set(
  `The A An This That These Those But And Or So Yet For In On At By As If When While Then Now Still Also However
  Meanwhile Instead Though Although Because Since After Before During Under Over With Without From Into To Of
  It He She They We I You His Her Their Our My Its Your There Here What Which Who Whom Whose Why How Where Some
  Many Most Several Few Both Each Every All No Not Even Just Only Such Mr Mrs Ms Yes Asked Like Last Next First
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December Today Tonight Yesterday Tomorrow Later Earlier Asked Speaking Anyone
  Everyone Nobody Someone Somebody Top Let Let’s Let's Neither Either None Nothing Hastily Besides Having Looking Given Despite Amid Among Following According Unlike Like Instead Indeed Meanwhile Afterward Afterwards Alongside About Amongst Beside Via
  Wow Oh Ah Hey Okay Please Thanks Sorry Update Exclusive Breaking
  Essentially Basically Actually Therefore Thus Hence Moreover Furthermore Nevertheless Nonetheless Otherwise
  Overall Ultimately Eventually Finally Initially Originally Previously Recently Currently Apparently Clearly
  Obviously Fortunately Unfortunately Ironically Interestingly Notably Specifically Generally Typically Usually
  Perhaps Maybe Sometimes Often Already Again Once Twice Soon Together Separately Privately Publicly Officially
  Reportedly Allegedly Similarly Likewise Additionally Consequently Regardless Whether Whatever Whoever Until
  Unless Except Upon Within Beyond Behind Outside Inside Throughout Across Around Through Toward Towards Against Versus
  Other Others Another One Two Three Four Five Six Seven Eight Nine Ten Dozens Hundreds Thousands Millions`.split(/\s+/),
);
/** Whether a capitalised word is a sentence or date word, never a name on its own ("May", "The"). */
export function isNotName(word: string): boolean {
  return NOT_NAME.has(word) && !TITLES.has(word);
}

/** Titles written before a name; the run up to the last of them is the role. */
const TITLES = new Set(
  `President Vice Sen Sen. Senator Rep Rep. Representative Gov Gov. Governor Secretary Mayor Dr Dr. Mr Mr. Mrs Mrs.
  Ms Ms. Miss Judge Justice General Gen Gen. Lt Lt. Col Col. Adm Adm. Admiral Chairman Chairwoman Chair CEO
  Spokeswoman Spokesman Spokesperson Prime Minister Ambassador Director Professor Prof Prof. Rev Rev. Pope King
  Queen Prince Princess Speaker Leader Attorney Commissioner Chancellor Premier Sheriff Chief Deputy Candidate
  Nominee Pastor Father Sister Officer Detective Agent Sgt Sgt. Capt Capt. Captain Colonel Lieutenant Sergeant
  Congressman Congresswoman Councilman Councilwoman Delegate Chairperson Treasurer Founder Anchor Host Coach
  Executive Manager Strategist Pollster Adviser Advisor Aide Analyst Economist Correspondent Editor Columnist
  Reporter Writer Author Historian Scientist Lawyer Activist Businessman Businesswoman Billionaire Chef Rabbi
  Imam Bishop Cardinal Archbishop Superintendent Mogul Mayor-elect President-elect Sens. Reps. Del. AG Assemblyman Assemblywoman`.split(/\s+/),
);
/** Lower-case words that make a phrase a role ("presidential candidate", "campaign manager"). */
const ROLE_NOUNS = new Set(
  `president vice senator governor secretary mayor judge justice general chairman chairwoman chair ceo spokeswoman
  spokesman spokesperson minister ambassador director professor leader attorney commissioner chancellor sheriff
  chief deputy candidate nominee hopeful officer agent captain congressman congresswoman strategist pollster
  adviser advisor aide analyst economist correspondent editor columnist reporter writer author historian
  scientist lawyer activist businessman businesswoman billionaire head founder manager executive member
  representative rep spokesperson official staffer organizer chairperson expert fellow researcher consultant
  operative donor surrogate partner owner boss anchor host commentator pundit critic supporter voter resident
  mogul president-elect lawmaker legislator whip speaker director-general envoy diplomat negotiator
  secretary-general governor-elect nominee-elect commander administrator coordinator counsel prosecutor
  investigator student teacher worker veteran clerk farmer nurse doctor physician engineer pilot driver
  soldier priest minister pastor banker trader broker lobbyist consultant designer architect artist actor
  actress singer musician novelist poet journalist photographer filmmaker producer director-general mechanic
  fisherman captain sailor officer entrepreneur investor founder co-founder chairman ceo cfo coo president-elect
  governor-elect economist sociologist psychologist professor lecturer scholar specialist speechwriter co-anchor
  co-host moderator`.split(/\s+/),
);
const ROLE_MODIFIERS = new Set(
  `former senior top chief deputy assistant associate acting then-president interim longtime veteran campaign
  presidential republican democratic gop national state federal foreign press communications political
  general executive managing senior-level vice outgoing incoming current retired independent conservative
  liberal progressive libertarian u.s. us american russian chinese british french german former-president
  white house senate house defense state's district county city local party communications digital policy
  economic security intelligence military legal chief-of-staff then panel committee subcommittee caucus
  council board city-council school-board union trade`.split(/\s+/),
);
/** Words that make a capitalised run an organisation rather than a person. */
const ORG_WORDS = new Set(
  `University College Party Committee Department Ministry House Senate Congress Court News Times Post Journal
  Council Agency Association Campaign Institute Foundation Center Centre Office Bank Group Company Corp Corp.
  Inc Inc. Ltd Network Press Daily Tribune Herald Gazette Review Magazine Affairs Reuters Bureau Service Services
  Administration Commission Board Fund Society Union Organization Organisation Federation Coalition Alliance
  Times Report Club Church Army Navy Police FBI CIA NASA GOP DNC RNC PAC Fox CNN MSNBC NBC ABC CBS NPR AP Pentagon
  Kremlin Government Republicans Democrats Administration Clinic Hospital School Project Initiative Watch Program
  Caucus Assembly Parliament Cabinet Council Chamber Trust Institution Lab Laboratory Labs Holdings Partners
  League Panthers Club Team Airlines Motors University's Authority`.split(/\s+/),
);
/** Lower-case words inside organisation names after an organisation word ("Center for Justice"). */
const CONNECTORS = new Set(['for', 'on']);
const PARTICLES = new Set(['de', 'da', 'di', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'la', 'le', 'du', 'del', 'dos', 'ibn', 'st.']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'another', 'both']);
const COLLECTIVE_HEADS = new Set(
  `campaign administration government team office spokesman spokeswoman spokesperson aides aide lawyers lawyer
  allies advisers supporters camp statement website memo poll polls survey report study analysis document
  filing lawsuit complaint ruling editorial ad article story letter release committee panel board council
  department agency ministry commission court party caucus group organization foundation institute
  center network paper newspaper magazine station channel show program`.split(/\s+/),
);


const ANONYMOUS = new Set(ANONYMOUS_SOURCE_NOUNS);

type Word = { text: string; start: number; end: number };

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}’'.\-]*/gu;

/**
 * The words from `from` to `to`. A word running past `to` is not read; with `upToStop`, a word whose full stop
 * is what runs past ("Ortiz." read up to "Ortiz") is read as the name it ends with.
 */
function wordsIn(text: string, from: number, to: number, upToStop = false): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = from;
  for (let m = WORD_RE.exec(text); m && m.index < to; m = WORD_RE.exec(text)) {
    let w = m[0];
    let end = m.index + w.length;
    if (end > to && !upToStop) break;
    // "Halvorsen." at a sentence end and "Soto’s" keep their name only.
    while (w.endsWith('.') && !/^(\p{Lu}\.)+$/u.test(w) && !/^(Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Adm|Prof|Rev|Jr|Sr|St|Sgt|Capt|Sens|Reps|Del|U\.S|Inc|Corp)\.$/.test(w)) {
      w = w.slice(0, -1);
      end--;
    }
    if (end > to) break;
    while (/[’'\-]$/.test(w)) {
      w = w.slice(0, -1);
      end--;
    }
    if (w) out.push({ text: w, start: m.index, end });
  }
  return out;
}

const isCap = (w: string) => /^\p{Lu}/u.test(w);
const stripPossessive = (w: string) => w.replace(/[’']s$/u, '');
/** A word without a contraction's tail ("We’ve", "I'm", "They’re" → the pronoun), to test it against NOT_NAME. */
const stripContraction = (w: string) => w.replace(/[’'](?:s|ve|re|m|d|ll)$/u, '');
/** "J." or "J" inside a name; a bare "A" or "I" is an article or a pronoun ("A Twitter spokesman said"). */
const isInitial = (w: string) => (/^\p{Lu}\.?$/u.test(w) && !/^[AI]$/.test(w)) || /^(\p{Lu}\.){1,3}$/u.test(w);

/**
 * Whether the words before "for"/"on" in a capitalised run start an organisation's name: an organisation word
 * ("Center for …") or a lone plural noun that is not a role ("Citizens for Fair Rents", "Mothers for Clean Air").
 */
function orgBeforeConnector(words: Word[]): boolean {
  if (words.some((w) => ORG_WORDS.has(w.text))) return true;
  // "Attorneys for Ortiz", "Executives for Acme" are unnamed people speaking for someone, not a name.
  const w = words.length === 1 ? words[0]!.text : '';
  return /^\p{Lu}\p{Ll}{3,}[^s’'u]s$/u.test(w) && !TITLES.has(w) && !isRoleWord(w) && !ANONYMOUS.has(w.toLowerCase());
}

/** Whether a capitalised run names an organisation rather than a person. */
export function looksLikeOrg(name: string): boolean {
  const ws = name.split(/\s+/);
  if (ws.some((w) => ORG_WORDS.has(w))) return true;
  // "Citizens for Fair Rents": a lower-case connector inside a name.
  if (name.includes(' for ') || name.includes(' on ')) return true;
  if (ws.length === 1 && /^\p{Lu}{2,}s?$/u.test(ws[0]!)) return true;
  return false;
}

/** Splits a capitalised run into leading titles (the role) and the name that follows them. */
function splitTitles(run: Word[]): { titles: Word[]; name: Word[] } {
  let last = -1;
  // "of" joins a title only right after one ("Secretary of State"), not a name and a place ("Ana Ortiz of Ohio").
  for (let i = 0; i < run.length - 1; i++) if (TITLES.has(run[i]!.text) || (run[i]!.text === 'of' && i > 0 && TITLES.has(run[i - 1]!.text))) last = i;
  // "of" only counts inside a title ("Secretary of State John Kerry").
  while (last >= 0 && run[last]!.text === 'of') last = run.slice(0, last).some((w) => TITLES.has(w.text)) ? last + 1 : -1;
  if (last >= 0 && last < run.length - 1) return { titles: run.slice(0, last + 1), name: run.slice(last + 1) };
  return { titles: [], name: run };
}

/** The organisation a role names: its last "of/at/for/with (the) Capitalised Name". */
export function organizationOfRole(role: string): string | null {
  const re = /\b(?:of|at|for|with)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}&.’'\-]*|of|and|&|for)(?:\s+(?:\p{Lu}[\p{L}\p{M}&.’'\-]*|of|and|&|for|the))*)/gu;
  let found: string | null = null;
  for (let m = re.exec(role); m; m = re.exec(role)) {
    let org = m[1]!.replace(/\s+(?:of|and|&|for|the)$/u, '').replace(/[’']s$/u, '');
    const words = org.split(/\s+/);
    if (words.some((w) => TITLES.has(w)) && !looksLikeOrg(org)) continue;
    if (!org || NOT_NAME.has(words[0]!)) continue;
    found = org;
  }
  return found;
}

/** Cleans an appositive into a role: no leading article, no trailing "who …" clause. */
export function cleanRole(role: string): string {
  return role
    .trim()
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/\s+(?:who|which|whose)\b.*$/u, '')
    .replace(/[,;:.]+$/u, '')
    .trim();
}

/** Whether an appositive phrase reads like a role (contains a role noun or an "of Org"). */
export function looksLikeRole(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/[\s,]+/).map((w) => w.replace(/[’']s$/, ''));
  if (words.length === 0 || words.length > 14) return false;
  if (/^(?:and|or|but|who|which|that|when|where|if|as|because|although|in|on|at|to|for)\b/i.test(phrase.trim())) return false;
  return words.some((w) => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, '')));
}

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

/** Whether a lower-case word is a role noun ("leader", "officials"), not only a modifier ("former"). */
function isRoleNoun(word: string): boolean {
  const lw = word.toLowerCase();
  return ROLE_NOUNS.has(lw) || ROLE_NOUNS.has(lw.replace(/s$/, ''));
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

function isRoleWord(word: string): boolean {
  const lw = word.toLowerCase();
  return ROLE_NOUNS.has(lw) || ROLE_MODIFIERS.has(lw) || ROLE_NOUNS.has(lw.replace(/s$/, ''));
}

/** Capitalised adjectives that describe rather than name (a lone one is never a speaker's name). */
const ADJECTIVE_WORDS = new Set(
  `Democratic Republican Democrat Conservative Liberal Progressive Libertarian Independent American Russian Chinese
  British French German Mexican Israeli Iranian Syrian Muslim Jewish Catholic Evangelical Latino Hispanic Canadian
  African-American Asian European Ukrainian Western Eastern Federal Congressional Presidential Trumpian`.split(/\s+/),
);

const PREPOSITIONS = new Set(['in', 'at', 'from', 'of', 'to', 'for', 'on', 'near', 'outside', 'inside', 'into', 'across', 'throughout', 'around', 'about', 'against', 'with', 'by', 'like', 'alongside', 'amid', 'among', 'amongst', 'despite', 'unlike', 'beside', 'via']);

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

/**
 * The name that ends a post-modifier ("for Democratic presidential candidate Ana Ortiz" → "Ana Ortiz", "for the
 * Harbour Authority" → "Harbour Authority"), titles dropped; null when the phrase does not end in a name.
 */
function trailingName(words: Word[], text: string): string | null {
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

/** A person the article has named, with what we learned about them. */
export type Person = {
  name: string;
  role: string | null;
  organization: string | null;
  /** Lower-case words the article used about them besides the role (state and party from "(R-Fla.)", "of Ohio"). */
  about?: string[];
  /** Grammatical gender when the article or the name shows it (for he/she). */
  gender?: Gender;
  /** Every role the article gave them, in order ("Indiana Gov.", "Republican vice presidential nominee"). */
  roles?: string[];
};

/** The gender a pronoun or a name points to. */
export type Gender = 'm' | 'f';

/** Common first names, for he/she (names of people in the news; an unknown name stays unknown). */
const FEMALE_NAMES = new Set(
  `Hillary Melania Ivanka Chelsea Michelle Nancy Elizabeth Sarah Kellyanne Huma Donna Debbie Loretta Carly Jill Nikki
  Susan Maria Mary Anne Ann Anna Jennifer Jessica Karen Lisa Linda Barbara Patricia Margaret Katherine Catherine Kate
  Kathleen Laura Julie Emily Emma Hannah Rachel Rebecca Amy Amanda Heather Stephanie Nicole Christine Christina
  Angela Andrea Diane Dianne Janet Joan Judith Judy Julia Kelly Kim Kimberly Lauren Marie Martha Megyn Meghan Melissa
  Nina Olivia Pamela Paula Rosa Ruth Samantha Sandra Sharon Sonia Sophia Theresa Teresa Tina Valerie Victoria Virginia
  Wendy Zoe Angela Hope Marine Theresa Condoleezza Madeleine Dianne Kirsten Tammy Tulsi Amy Claire Maxine Ileana
  Marsha Lisa Joni Shelley Mia Kamala Barbara Jeanne Jane Janice Joyce Carol Carolyn Betty Dorothy Helen Alice Grace`.split(/\s+/),
);
const MALE_NAMES = new Set(
  `Donald Bernie Barack Mike Michael Tim Ted Marco John Jeb Paul Chris Christopher Ben Bill William Joe Joseph Mitt
  Rudy Newt Jim James Robert Bob David Dave Richard Rick Thomas Tom Charles Charlie Steven Steve Stephen Mark Brian
  Kevin Jason Jeff Jeffrey Scott Eric Eddie Andrew Andy Gary Rand Lindsey Reince Sean Corey Kellen Roger Rush Harry
  Mitch Chuck Lester George Ronald Jimmy Gerald Richard Lyndon Franklin Abraham Vladimir Xi Justin Francois Matteo
  Angelo Jorge Juan Carlos Luis Jose Pedro Miguel Henry Frank Peter Patrick Dennis Larry Jerry Gregory Greg Matthew
  Matt Anthony Tony Daniel Dan Ryan Kenneth Ken Edward Ed Ronald Timothy Jonathan Jon Nicholas Nick Adam Aaron Brad
  Bradley Jack Jackson Tyler Zach Zachary Nathan Sam Samuel Benjamin Alexander Alex Louis Lou Walter Wayne Roy
  Ralph Eugene Russell Bobby Howard Phil Philip Raymond Ray Keith Kyle Gordon Martin Ted Elijah Trey Jared Eric Jason
  Doug Douglas Howard Hank Harold Willie Lee Leon Leonard Al Albert Allen Alan Arthur Bruce Craig Curt Curtis Earl
  Francis Fred Frederick Glenn Herman Hugh Ian Ivan Jake Jesse Karl Kurt Lance Lloyd Marcus Max Neil Norman Oliver
  Oscar Owen Ross Seth Stanley Terry Todd Travis Victor Vincent Warren Wesley Will Xavier`.split(/\s+/),
);
const FEMALE_WORDS = /\b(?:Mrs|Ms|Miss|Madam|Madame|spokeswoman|congresswoman|chairwoman|businesswoman|councilwoman|first lady|wife|mother|daughter|sister|queen|princess|actress|grandmother|widow)\b/i;
const MALE_WORDS = /\b(?:Mr|spokesman|congressman|chairman|businessman|councilman|husband|father|son|brother|king|prince|grandfather|widower)\b/i;

/** The gender a name and its titles or role show: "Mrs.", "spokeswoman", a common first name; null when unknown. */
export function genderOf(name: string, role: string | null): Gender | null {
  const words = `${role ?? ''} ${name}`;
  if (FEMALE_WORDS.test(words)) return 'f';
  if (MALE_WORDS.test(words)) return 'm';
  const first = name.split(/\s+/)[0] ?? '';
  if (name.includes(' ') && FEMALE_NAMES.has(first)) return 'f';
  if (name.includes(' ') && MALE_NAMES.has(first)) return 'm';
  return null;
}

/** State abbreviations in party tags ("R-Fla.") and the names descriptions use ("the Florida senator"). */
const STATES: Record<string, string> = {
  'Ala.': 'alabama', 'Ariz.': 'arizona', 'Ark.': 'arkansas', 'Calif.': 'california', 'Colo.': 'colorado', 'Conn.': 'connecticut',
  'Del.': 'delaware', 'Fla.': 'florida', 'Ga.': 'georgia', 'Ill.': 'illinois', 'Ind.': 'indiana', 'Kan.': 'kansas', 'Ky.': 'kentucky',
  'La.': 'louisiana', 'Md.': 'maryland', 'Mass.': 'massachusetts', 'Mich.': 'michigan', 'Minn.': 'minnesota', 'Miss.': 'mississippi',
  'Mo.': 'missouri', 'Mont.': 'montana', 'Neb.': 'nebraska', 'Nev.': 'nevada', 'N.H.': 'new hampshire', 'N.J.': 'new jersey',
  'N.M.': 'new mexico', 'N.Y.': 'new york', 'N.C.': 'north carolina', 'N.D.': 'north dakota', 'Okla.': 'oklahoma', 'Ore.': 'oregon',
  'Pa.': 'pennsylvania', 'R.I.': 'rhode island', 'S.C.': 'south carolina', 'S.D.': 'south dakota', 'Tenn.': 'tennessee',
  'Va.': 'virginia', 'Vt.': 'vermont', 'Wash.': 'washington', 'W.Va.': 'west virginia', 'Wis.': 'wisconsin', 'Wyo.': 'wyoming',
};
const PARTY_LETTERS: Record<string, string> = { R: 'republican gop', D: 'democratic democrat', I: 'independent' };

/**
 * What the words right after a person's name say about them: a party-state tag ("(R-Fla.)", ", R-Texas,") or
 * "of Ohio" / ", a Republican from Texas". Lower-case words for matching descriptions ("the Florida senator").
 */
export function aboutAfterName(after: string): string[] {
  const tag = /^\s*[(,]\s*([RDI])-([A-Z][A-Za-z.]*(?:\s?[A-Z][a-z.]*)?)\s*[),]/.exec(after);
  if (tag) return `${PARTY_LETTERS[tag[1]!]} ${STATES[tag[2]!] ?? tag[2]!.replace(/\.$/, '').toLowerCase()}`.split(/\s+/);
  const of = /^,?\s+(?:(?:an?|the)\s+)?(?:(Republican|Democrat|Democratic|independent)\s+)?(?:of|from)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)/u.exec(after);
  if (of && (of[1] || !looksLikeOrg(of[2]!))) return `${of[1] ?? ''} ${of[2]!}`.trim().toLowerCase().split(/\s+/);
  return [];
}

/** The article's people: full names by surname and first name, in order of first mention. */
export class Roster {
  private byFull = new Map<string, Person>();
  private byPart = new Map<string, Person>();
  /** Roles already split into head-and-modifier parts (descriptions compare against every role). */
  private partsCache = new Map<string, RolePart[]>();

  /** Registers a (full) name, filling role and organisation when they are first learned. */
  add(name: string, role: string | null, organization: string | null, about: string[] = []): Person {
    const known = this.resolve(name);
    if (known && (name.split(' ').length === 1 || known.name === name)) {
      for (const w of about) if (!(known.about ??= []).includes(w)) known.about.push(w);
      // A fuller role learned later ("undecided Republican voter" after "Republican voter") replaces the shorter.
      if (role && (!known.role || (role.length > known.role.length && role.endsWith(known.role)))) known.role = role;
      if (role && !(known.roles ??= []).includes(role)) known.roles.push(role);
      if (!known.organization && organization) known.organization = organization;
      known.gender ??= genderOf(name, role) ?? undefined;
      return known;
    }
    const person: Person = { name, role, organization, about: [...about], roles: role ? [role] : [] };
    const gender = genderOf(name, role);
    if (gender) person.gender = gender;
    this.byFull.set(name, person);
    const parts = name.split(/\s+/).filter((p) => !isInitial(p) && !PARTICLES.has(p.toLowerCase()) && !/^(Jr|Sr|II|III)\.?$/.test(p));
    const last = parts[parts.length - 1];
    if (last && !this.byPart.has(last)) this.byPart.set(last, person);
    return person;
  }

  /** The person a name or surname refers to, if the article named them before. */
  resolve(name: string): Person | null {
    const full = this.byFull.get(name);
    if (full) return full;
    const parts = name.split(/\s+/);
    if (parts.length === 1) return this.byPart.get(name) ?? null;
    const last = parts[parts.length - 1]!;
    const byLast = this.byPart.get(last);
    // "Mr. Echeverria", "Tomas A. Echeverria": same surname, compatible first name.
    if (byLast && (parts.length === 1 || byLast.name.startsWith(parts[0]!) || isInitial(parts[0]!))) return byLast;
    return null;
  }

  /**
   * The person a definite description points to ("the Ohio governor", "The GOP nominee", "the former first lady
   * and senator"): a person whose known role has the description's head noun (or a narrower one: "candidate" ⊇
   * "nominee") and every other word of it (GOP = Republican, Gov. = governor), with "former", "vice" and the like
   * on both sides or neither. The best-matching person wins, the most recent first; null when nobody matches or
   * two people match equally well. A person with no role learned matches on place and party words alone
   * ("Sandor, I-Vt." → "the Vermont senator"). `recent` lists the candidates, most recently mentioned first.
   */
  describe(description: string, recent: Iterable<Person> = [...this.byFull.values()].reverse()): Person | null {
    const wanted = descriptionParts(description);
    if (!wanted.length) return null;
    const caps = description.split(/\s+/).filter((w) => isCap(w) && !/^(?:The|A|An)$/.test(w)).flatMap((w) => normalWords(w));
    let best: { person: Person; score: number } | null = null;
    let tied = false;
    // People mentioned since whom we know nothing about but that they are people (a first name, "Mr."): any of
    // them may be the one described ("Chris Christie said … The governor claimed"), so nobody further back is.
    // A place in the description ("the Florida senator") is evidence enough; a party or a bare role is not.
    const specific = caps.some((c) => !PARTY_WORDS.has(c));
    const unknown: Person[] = [];
    for (const p of recent) {
      const score = describeScore(wanted, caps, p, (role) => {
        let parts = this.partsCache.get(role);
        if (!parts) this.partsCache.set(role, (parts = roleParts(role)));
        return parts;
      });
      if (score <= 0 || (!specific && unknown.some((u) => !sameNamed(u, p)))) {
        if (score <= 0 && !p.roles?.length && !p.role && p.gender) unknown.push(p);
        continue;
      }
      // "Trump" and "Donald Trump" on the roster are one person: a shorter variant does not make a tie.
      if (best && sameNamed(best.person, p)) {
        if (score > best.score || (score === best.score && p.name.length > best.person.name.length)) best = { person: p, score };
        continue;
      }
      if (!best || score > best.score) (best = { person: p, score }), (tied = false);
      else if (score === best.score) tied = true;
    }
    return best && !tied ? best.person : null;
  }
}

/** Whether two roster entries are spellings of one name ("Trump", "Donald Trump", "Republican Donald Trump"). */
function sameNamed(a: Person, b: Person): boolean {
  const words = (name: string) => name.split(/\s+/).filter((w) => !/^(?:Jr|Sr|II|III)\.?$/.test(w));
  const [x, y] = [words(a.name), words(b.name)];
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  // "Trump" and "Donald J. Trump" are one; "Ivanka Trump" and "Donald Trump" are two.
  return x.length === 1 || y.length === 1 || x[x.length - 2] === y[y.length - 2] || x[0] === y[0];
}

/** Party words, which many people in one article share. */
const PARTY_WORDS = new Set(['republican', 'democratic', 'independent', 'libertarian', 'green', 'conservative', 'liberal']);

/** One "head with modifiers" part of a description or role ("current Democratic presidential nominee"). */
type RolePart = { head: string; mods: string[]; marked: string[] };

/** Modifiers that change who is meant: "former governor" is not "governor", "vice presidential" not "presidential". */
const MARKED = new Set(['former', 'vice', 'deputy', 'assistant', 'acting', 'ex', 'then', 'lieutenant', 'interim']);
/** Modifiers that add nothing to who is meant ("current", "U.S."). */
const FILLER = new Set(['current', 'sitting', 'u.s', 'us', 'now', 'also']);
/** Words for one office or trade written several ways, after lower-casing. */
const SAME_WORD: Record<string, string> = {
  gop: 'republican', democrat: 'democratic', dem: 'democratic', gov: 'governor', 'gov.': 'governor', sen: 'senator',
  'sen.': 'senator', rep: 'representative', 'rep.': 'representative', congressman: 'representative',
  congresswoman: 'representative', businesswoman: 'businessman', gen: 'general', 'gen.': 'general',
  'lt.': 'lieutenant', lt: 'lieutenant', chairwoman: 'chairman', chair: 'chairman', chairperson: 'chairman',
  'ex-': 'ex',
};
/** Multi-word titles read as one word. */
const COMPOUND_TITLES: [RegExp, string][] = [
  [/\bsecretary of state\b/g, 'secretary-of-state'],
  [/\bfirst lady\b/g, 'first-lady'],
  [/\battorney general\b/g, 'attorney-general'],
  [/\bprime minister\b/g, 'prime-minister'],
  [/\bchief of staff\b/g, 'chief-of-staff'],
  [/\bspeaker of the house\b/g, 'speaker'],
  [/\bvice president\b(?!ial)/g, 'vice-president'],
  [/\bex-/g, 'ex '],
  [/\bthen-/g, 'then '],
];
/** Heads a description may use for a person known by a narrower one ("the candidate" for a nominee). */
const BROADER_HEAD: Record<string, string[]> = {
  candidate: ['nominee', 'hopeful'],
  businessman: ['mogul', 'tycoon', 'billionaire', 'developer', 'executive', 'ceo'],
  lawmaker: ['senator', 'representative', 'legislator'],
  legislator: ['senator', 'representative', 'lawmaker'],
};
/** Words that end a role's head phrase ("secretary of …", "lawyer for …", "aide in 2012"). */
const PART_END = new Set(['of', 'for', 'at', 'with', 'in', 'to', 'from', 'on', 'who', 'which', 'since', 'under', 'during', 'by']);

/** Lower-cased words of a role or description with titles written out and synonyms merged. */
function normalWords(text: string): string[] {
  let t = text.toLowerCase().replace(/[’']s\b/g, " 's");
  for (const [re, to] of COMPOUND_TITLES) t = t.replace(re, to);
  return t
    .split(/[\s,;()]+/)
    .map((w) => w.replace(/^[“"‘]+|[”"’]+$/g, ''))
    .map((w) => SAME_WORD[w] ?? SAME_WORD[w.replace(/\.$/, '')] ?? w.replace(/\.$/, ''))
    .filter((w) => w && !/^(?:the|a|an)$/.test(w));
}

/** Splits a role or description into its head-and-modifier parts at "and" and commas. */
function roleParts(text: string): RolePart[] {
  const out: RolePart[] = [];
  for (const chunk of text.split(/\s*,\s*|\s+and\s+|\s*&\s*/)) {
    const words = normalWords(chunk);
    let end = words.findIndex((w) => PART_END.has(w));
    if (end < 0) end = words.length;
    const front = words.slice(0, end);
    // "nominee 's eldest daughter": the words before a possessive describe someone else.
    const poss = front.lastIndexOf("'s");
    const own = poss >= 0 ? front.slice(poss + 1) : front;
    const head = own[own.length - 1];
    if (!head) continue;
    const mods = [...own.slice(0, -1), ...words.slice(end + 1).filter((w) => !PART_END.has(w) && w !== "'s")];
    out.push({ head, mods: mods.filter((w) => !MARKED.has(w)), marked: mods.filter((w) => MARKED.has(w)) });
  }
  return out;
}

/** The parts of a definite description whose head is a singular role noun ("GOP nominee", "first lady"). */
function descriptionParts(description: string): RolePart[] {
  const parts = roleParts(description.replace(/^(?:the)\s+/i, ''));
  if (!parts.length) return [];
  const role = (h: string) => ROLE_NOUNS.has(h) || /-/.test(h) || h === 'first-lady';
  return parts.every((p) => role(p.head)) ? parts : [];
}

/** How well a description fits a person: 0 when it does not, more for more matching words. */
function describeScore(wanted: RolePart[], caps: string[], p: Person, partsOf: (role: string) => RolePart[]): number {
  const roles = (p.roles?.length ? p.roles : p.role ? [p.role] : []).flatMap(partsOf);
  // A head we never saw on them cannot match, whatever else they are ("the governor" for a senator).
  if (roles.length && !wanted.every((w) => roles.some((r) => r.head === w.head || (BROADER_HEAD[w.head] ?? []).includes(r.head)))) return 0;
  const about = (p.about ?? []).flatMap((w) => normalWords(w));
  if (!roles.length) {
    // With no role learned, the place or party words alone must point to them ("I-Vt." → "the Vermont senator").
    // A party alone is shared by too many ("Democrat Ana Ortiz" is not "the Democratic nominee").
    return caps.some((c) => !PARTY_WORDS.has(c)) && caps.every((c) => about.includes(c)) ? caps.length : 0;
  }
  const known = new Set([...about, ...roles.flatMap((r) => [r.head, ...r.mods])]);
  let score = 0;
  // Every part must fit: "the former first lady and senator" is not any senator.
  for (const w of wanted) {
    let partScore = 0;
    for (const r of roles) {
      const exact = r.head === w.head;
      if (!exact && !(BROADER_HEAD[w.head] ?? []).includes(r.head)) continue;
      if (w.marked.some((m) => !r.marked.includes(m)) || r.marked.some((m) => !w.marked.includes(m))) continue;
      const mods = w.mods.filter((m) => !FILLER.has(m));
      if (!mods.every((m) => known.has(m))) continue;
      partScore = Math.max(partScore, 2 + (exact ? 1 : 0) + mods.length);
    }
    if (!partScore) return 0;
    score += partScore;
  }
  return score;
}

/** Single-word mentions of people already on the roster ("Trump then accused …"), for pronouns. */
export function knownSurnameMentions(text: string, roster: Roster): { person: Person; start: number; end: number }[] {
  const out: { person: Person; start: number; end: number }[] = [];
  const re = /\p{Lu}[\p{L}\p{M}’'\-]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = stripPossessive(m[0]);
    if (NOT_NAME.has(w) || TITLES.has(w)) continue;
    const person = roster.resolve(w);
    if (!person) continue;
    // "Mrs. Ortiz", "Mr. Brandt": the honorific tells he from she.
    const honorific = /\b(Mrs|Ms|Miss|Mr)\.?\s+$/.exec(text.slice(Math.max(0, m.index - 6), m.index));
    if (honorific && !person.gender) person.gender = honorific[1] === 'Mr' ? 'm' : 'f';
    out.push({ person, start: m.index, end: m.index + w.length });
  }
  return out;
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

/** Places named in two or three capitalised words, which look like a first name and a surname ("South Carolina"). */
const PLACE_NAMES = new Set(
  `New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Rhode Island|South Carolina|South Dakota|
  West Virginia|United States|United Kingdom|North Korea|South Korea|South Africa|South Sudan|Saudi Arabia|New Zealand|
  Great Britain|Puerto Rico|Hong Kong|Costa Rica|El Salvador|Sri Lanka|Los Angeles|Las Vegas|San Francisco|San Diego|
  San Antonio|San Jose|New Orleans|New Delhi|Tel Aviv|Des Moines|Salt Lake City|Kansas City|Oklahoma City|Mexico City|
  Long Island|Staten Island|Capitol Hill|Wall Street|Silicon Valley|Middle East|Latin America|North America|
  South America|Central America|Western Europe|Eastern Europe|Southeast Asia|East Asia|West Bank|Gaza Strip|N. Korea|S. Korea`
    .split('|')
    .map((w) => w.trim()),
);

/**
 * Countries, capitals and regions in one word, which read like a surname when they open a sentence
 * ("Moscow now plans …"). Words that are also common first names or surnames (Jordan, Georgia, Chad,
 * Washington) are left out.
 */
const ONE_WORD_PLACES = new Set(
  `Russia|China|Ukraine|Iran|Iraq|Syria|Israel|Germany|France|Britain|Japan|India|Pakistan|Afghanistan|Turkey|
  Egypt|Mexico|Canada|Brazil|Venezuela|Cuba|Europe|Asia|Africa|Belarus|Poland|Italy|Spain|Greece|Hungary|Taiwan|
  Moscow|Beijing|Kyiv|Kiev|Tehran|Baghdad|Damascus|Jerusalem|Berlin|Paris|London|Tokyo|Islamabad|Kabul|Ankara|
  Cairo|Ottawa|Brussels|Pyongyang|Seoul|Taipei|Havana|Caracas|Minsk|Warsaw|Riyadh|Doha|Nanjing|Chongqing|Harbin`
    .split('|')
    .map((w) => w.trim()),
);

/** Whether a capitalised run is a place written like a person's name ("South Carolina", "North Korea", "Moscow"). */
export function looksLikePlace(name: string): boolean {
  const bare = name.replace(/^(?:the|The)\s+/u, '');
  return PLACE_NAMES.has(name) || PLACE_NAMES.has(bare) || ONE_WORD_PLACES.has(bare);
}

/** Whether a capitalised run looks like a person's full name (two or more name words, no org word). */
export function looksLikePersonName(name: string): boolean {
  const ws = name.split(/\s+/);
  // "Labor Day", "Christmas Eve": holidays, unless a known first name comes first ("Doris Day").
  if (/^(?:Day|Eve)$/.test(ws[ws.length - 1]!) && !FEMALE_NAMES.has(ws[0]!) && !MALE_NAMES.has(ws[0]!)) return false;
  return ws.length >= 2 && ws.length <= 5 && !looksLikeOrg(name) && !looksLikePlace(name) && ws.every((w) => isCap(w) || PARTICLES.has(w.toLowerCase())) && !ws.slice(0, -1).some((w) => /[’']s$/.test(w));
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
