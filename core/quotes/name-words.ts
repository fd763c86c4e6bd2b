/**
 * Quotes pipeline, shared words: the word lists and one-word tests every stage reads names with
 * (titles, role nouns, organisation words, given names, places) and the word scanner itself.
 *
 *   isNotName('Monday') → true        looksLikeOrg('Harbor Board') → true
 *   looksLikePlace('New Hampshire') → true  organizationOfRole('director general of Havforsk') → 'Havforsk'
 */

import { ANONYMOUS_SOURCE_NOUNS } from './cues';

/** Heads of unnamed sources: "the official" after "a senior official" is that unnamed official, not a named one. */
export const UNNAMED_HEADS = new Set(ANONYMOUS_SOURCE_NOUNS);

export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it', 'you']);

/** Capitalised words that start sentences or phrases but never names. */
export const NOT_NAME = new Set(
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
export const TITLES = new Set(
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
export const ROLE_NOUNS = new Set(
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

export const ROLE_MODIFIERS = new Set(
  `former senior top chief deputy assistant associate acting then-president interim longtime veteran campaign
  presidential republican democratic gop national state federal foreign press communications political
  general executive managing senior-level vice outgoing incoming current retired independent conservative
  liberal progressive libertarian u.s. us american russian chinese british french german former-president
  white house senate house defense state's district county city local party communications digital policy
  economic security intelligence military legal chief-of-staff then panel committee subcommittee caucus
  council board city-council school-board union trade`.split(/\s+/),
);

/** Words that make a capitalised run an organisation rather than a person. */
export const ORG_WORDS = new Set(
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
export const CONNECTORS = new Set(['for', 'on']);

export const PARTICLES = new Set(['de', 'da', 'di', 'van', 'von', 'der', 'den', 'bin', 'al', 'el', 'la', 'le', 'du', 'del', 'dos', 'ibn', 'st.']);

export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'two', 'three', 'several', 'some', 'many', 'other', 'another', 'both']);

export const COLLECTIVE_HEADS = new Set(
  `campaign administration government team office spokesman spokeswoman spokesperson aides aide lawyers lawyer
  allies advisers supporters camp statement website memo poll polls survey report study analysis document
  filing lawsuit complaint ruling editorial ad article story letter release committee panel board council
  department agency ministry commission court party caucus group organization foundation institute
  center network paper newspaper magazine station channel show program`.split(/\s+/),
);

export const ANONYMOUS = new Set(ANONYMOUS_SOURCE_NOUNS);

export type Word = { text: string; start: number; end: number };

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}’'.\-]*/gu;

const WORD_START = /[\p{L}\p{N}]/u;

/**
 * Whether a word (WORD_RE) starts in text[at, to). Checked before each `exec`, which would otherwise look
 * for the next word past `to`, to the end of the text: in a masked paragraph of quotes (no letters left)
 * every name look-up scanned the rest of the paragraph, quadratic in the paragraph. Like a /u exec, a
 * start inside a surrogate pair counts from the pair.
 */
export function wordStartsBefore(text: string, at: number, to: number): boolean {
  let i = at;
  const c0 = text.charCodeAt(i);
  if (c0 >= 0xdc00 && c0 <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff) i--;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return true;
    } else if (WORD_START.test(String.fromCodePoint(text.codePointAt(i)!))) return true;
  }
  return false;
}

/**
 * The words from `from` to `to`. A word running past `to` is not read; with `upToStop`, a word whose full stop
 * is what runs past ("Ortiz." read up to "Ortiz") is read as the name it ends with.
 */
export function wordsIn(text: string, from: number, to: number, upToStop = false): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = from;
  for (let m = wordStartsBefore(text, from, to) ? WORD_RE.exec(text) : null; m && m.index < to; m = wordStartsBefore(text, WORD_RE.lastIndex, to) ? WORD_RE.exec(text) : null) {
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

export const isCap = (w: string) => /^\p{Lu}/u.test(w);

export const stripPossessive = (w: string) => w.replace(/[’']s$/u, '');

/** A word without a contraction's tail ("We’ve", "I'm", "They’re" → the pronoun), to test it against NOT_NAME. */
export const stripContraction = (w: string) => w.replace(/[’'](?:s|ve|re|m|d|ll)$/u, '');

/** "J." or "J" inside a name; a bare "A" or "I" is an article or a pronoun ("A Twitter spokesman said"). */
export const isInitial = (w: string) => (/^\p{Lu}\.?$/u.test(w) && !/^[AI]$/.test(w)) || /^(\p{Lu}\.){1,3}$/u.test(w);

/**
 * Whether the words before "for"/"on" in a capitalised run start an organisation's name: an organisation word
 * ("Center for …") or a lone plural noun that is not a role ("Citizens for Fair Rents", "Mothers for Clean Air").
 */
export function orgBeforeConnector(words: Word[]): boolean {
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
export function splitTitles(run: Word[]): { titles: Word[]; name: Word[] } {
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

/** Whether a lower-case word is a role noun ("leader", "officials"), not only a modifier ("former"). */
export function isRoleNoun(word: string): boolean {
  const lw = word.toLowerCase();
  return ROLE_NOUNS.has(lw) || ROLE_NOUNS.has(lw.replace(/s$/, ''));
}

export function isRoleWord(word: string): boolean {
  const lw = word.toLowerCase();
  return ROLE_NOUNS.has(lw) || ROLE_MODIFIERS.has(lw) || ROLE_NOUNS.has(lw.replace(/s$/, ''));
}

/** Capitalised adjectives that describe rather than name (a lone one is never a speaker's name). */
export const ADJECTIVE_WORDS = new Set(
  `Democratic Republican Democrat Conservative Liberal Progressive Libertarian Independent American Russian Chinese
  British French German Mexican Israeli Iranian Syrian Muslim Jewish Catholic Evangelical Latino Hispanic Canadian
  African-American Asian European Ukrainian Western Eastern Federal Congressional Presidential Trumpian`.split(/\s+/),
);

export const PREPOSITIONS = new Set(['in', 'at', 'from', 'of', 'to', 'for', 'on', 'near', 'outside', 'inside', 'into', 'across', 'throughout', 'around', 'about', 'against', 'with', 'by', 'like', 'alongside', 'amid', 'among', 'amongst', 'despite', 'unlike', 'beside', 'via']);

/** Common first names, for he/she (names of people in the news; an unknown name stays unknown). */
export const FEMALE_NAMES = new Set(
  `Hillary Melania Ivanka Chelsea Michelle Nancy Elizabeth Sarah Kellyanne Huma Donna Debbie Loretta Carly Jill Nikki
  Susan Maria Mary Anne Ann Anna Jennifer Jessica Karen Lisa Linda Barbara Patricia Margaret Katherine Catherine Kate
  Kathleen Laura Julie Emily Emma Hannah Rachel Rebecca Amy Amanda Heather Stephanie Nicole Christine Christina
  Angela Andrea Diane Dianne Janet Joan Judith Judy Julia Kelly Kim Kimberly Lauren Marie Martha Megyn Meghan Melissa
  Nina Olivia Pamela Paula Rosa Ruth Samantha Sandra Sharon Sonia Sophia Theresa Teresa Tina Valerie Victoria Virginia
  Wendy Zoe Angela Hope Marine Theresa Condoleezza Madeleine Dianne Kirsten Tammy Tulsi Amy Claire Maxine Ileana
  Marsha Lisa Joni Shelley Mia Kamala Barbara Jeanne Jane Janice Joyce Carol Carolyn Betty Dorothy Helen Alice Grace`.split(/\s+/),
);

export const MALE_NAMES = new Set(
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
export const ONE_WORD_PLACES = new Set(
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
