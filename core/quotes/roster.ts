/**
 * Quotes pipeline, roster: the people an article names, merged across mentions ("Ana Ortiz" … "Ortiz"
 * … "Ms. Ortiz"), with their roles, organisations and genders, so that a surname, a pronoun or a
 * description ("the Harbor Board chairwoman") finds the person named earlier.
 *
 *   roster.add('Ana Ortiz', 'chairwoman of the Harbor Board', …); roster.resolve('Ortiz') → Ana Ortiz
 *   roster.describe('the board chairwoman')                         → Ana Ortiz
 *   mentionBefore(mentions, at, 'f')                                → the latest woman named before `at`
 */

import { FEMALE_NAMES, isCap, isInitial, looksLikeOrg, MALE_NAMES, NOT_NAME, PARTICLES, ROLE_NOUNS, stripPossessive, TITLES } from './name-words';

/** A person named in the text; `oblique` after a preposition ("the filings of Gov. Ortiz"): only for descriptions. */
export type Mention = { person: Person; block: string; start: number; end: number; pos: number; oblique?: boolean; possessive?: boolean };

/**
 * Adds a mention keeping the list in text order: speakers are resolved after their paragraph's sentences were
 * read, so a speaker's own mention can come before mentions already listed.
 */
export function insertMention(mentions: Mention[], m: Mention): void {
  let i = mentions.length;
  while (i > 0 && mentions[i - 1]!.pos > m.pos) i--;
  mentions.splice(i, 0, m);
}

/**
 * The mention closest before a position (the list is in text order), skipping people the article or their
 * name shows to be of the other gender ("he" is not Hillary Clinton); unknown gender is compatible.
 */
export function mentionBefore(mentions: Mention[], at: number, gender: Gender): Mention | undefined {
  // "Trump’s Indiana chairman, Rex Early, … said … He said": a possessor ("Trump’s") is a weaker antecedent than a
  // person named as such in the same paragraph just before it.
  let possessor: Mention | undefined;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (possessor && (m.block !== possessor.block || possessor.pos - m.pos > 400)) return possessor;
    if (m.pos < at && !m.oblique && (!m.person.gender || m.person.gender === gender)) {
      if (!m.possessive || m.person === possessor?.person) return possessor && m.person === possessor.person ? possessor : m;
      possessor ??= m;
    }
  }
  return possessor;
}

/** People in order of their latest mention, most recent first (for descriptions: "the Florida senator"). */
export function* recentPeople(mentions: Mention[]): Generator<Person> {
  const seen = new Set<Person>();
  for (let i = mentions.length - 1; i >= 0; i--) {
    const p = mentions[i]!.person;
    if (!seen.has(p)) {
      seen.add(p);
      yield p;
    }
  }
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
