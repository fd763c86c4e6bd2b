/**
 * The dataset build, as pure functions: curated entries + the State Media Matrix CSV (optional) →
 * the bundled `sourcelight/dataset@1`. scripts/build-data.ts is the command around it; the dataset
 * tests call it too, to check that every matrix row lands on an entry with the matrix's grade.
 *
 * Merging the matrix: the CSV has one row per web host, so an outlet spans several rows (RT Deutsch
 * on four domains, Xinhua in nine languages). Rows are grouped by country and outlet name (language
 * editions folded into their outlet, "Name (ACR)" joined with "ACR"); a row whose host belongs to a
 * curated entry is that entry's (its grade becomes the entry's `stateControl`).
 */
import { SOURCE_TYPES, SOURCE_TYPE_LABELS, type Dataset, type SourceEntry, type SourceType } from '../core/dataset';
import type { StateControl } from '../core/report';
import { buildTrie, foldToken, normHost, SHARED_HOSTS, tokenize } from '../core/source-index';
import { countryName, MATRIX_COUNTRIES } from './countries';
import { CURATED_AS_OF, CURATED_PROVENANCE, MATRIX_PROVENANCE, type CuratedEntry } from './schema';
import { ALIAS_FACTS, type AliasFact } from './aliases';
import { parseCsv } from './csv';
import { nameKey, type ListRecord } from './media-lists';

/** The matrix's repository has no release date; its licence is © 2023 and the commit is the one we read. */
const MATRIX_SOURCE = 'State Media Matrix (ASD/GMF, MIT), 2023, commit d878fee';

export const DATASET_SCHEMA = 'sourcelight/dataset@1' as const;

const STATE_CONTROL_CODES = new Set<string>(['SC', 'CaPu', 'CaPr', 'ISFM', 'ISF', 'ISM', 'IP']);

/** One row of the State Media Matrix, as far as the build uses it. */
export type MatrixRow = {
  /** 0-based row number among the data rows. */
  index: number;
  country: string;
  company: string;
  asset: string;
  url: string;
  typology: string;
};

/** What the build produces, plus where each matrix row went. */
export type BuildResult = {
  dataset: Dataset;
  /** Matrix row index → id of the entry that carries it (every non-empty row has one). */
  rowOwner: Map<number, string>;
  warnings: string[];
};

export { parseCsv } from './csv';

/** The matrix's data rows (header-driven, so column order may change). */
export function readMatrix(csv: string): MatrixRow[] {
  const [header, ...data] = parseCsv(csv.replace(/^\uFEFF/, ''));
  const col = (name: string): number => {
    const i = header.findIndex((h) => h.trim().toLowerCase() === name.toLowerCase());
    if (i < 0) throw new Error(`State Media Matrix: column "${name}" not found`);
    return i;
  };
  const [cCountry, cCompany, cAsset, cUrl, cTypology] = ['Country', 'Media company', 'Main assets', 'URL', 'Typology'].map(col);
  return data.map((r, index) => ({
    index,
    country: (r[cCountry] ?? '').trim(),
    company: (r[cCompany] ?? '').trim(),
    asset: (r[cAsset] ?? '').trim(),
    url: (r[cUrl] ?? '').trim(),
    typology: (r[cTypology] ?? '').trim(),
  }));
}

/** "https://www3.nhk.or.jp/news/" → "www3.nhk.or.jp". */
export function hostOf(url: string): string | null {
  const h = url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .split(/[/?#]/)[0]
    .split(':')[0]
    .replace(/\.$/, '');
  return h && h.includes('.') ? h : null;
}

const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go', 'gob', 'gv', 'mil', 'nic', 'gouv', 'sch', 'int']);

/** The registrable part of a host, roughly: "www3.nhk.or.jp" → "nhk.or.jp", "de.rt.com" → "rt.com". */
export function domainOf(host: string): string {
  const p = host.split('.');
  if (p.length >= 3 && SECOND_LEVEL.has(p[p.length - 2]) && p[p.length - 1].length === 2) return p.slice(-3).join('.');
  return p.slice(-2).join('.');
}

const ASSET_PREFIX = /^(news agency|print media|print|television|tv|radio|online media|online|news portals?)\s*:\s*/i;
const PREFIX_TYPE: Record<string, SourceType> = {
  'news agency': 'news-agency',
  'print media': 'newspaper',
  print: 'newspaper',
  television: 'broadcaster',
  tv: 'broadcaster',
  radio: 'broadcaster',
  'online media': 'digital-outlet',
  online: 'digital-outlet',
  'news portal': 'digital-outlet',
  'news portals': 'digital-outlet',
};

/** Language or regional edition words that follow an outlet's name ("Xinhua Spanish", "CGTN Africa"). */
const EDITION = new Set(
  [
    'arabic', 'chinese', 'english', 'french', 'german', 'japanese', 'korean', 'portuguese', 'spanish', 'russian',
    'turkish', 'italian', 'greek', 'persian', 'farsi', 'urdu', 'hindi', 'georgian', 'serbian', 'polish', 'ukrainian',
    'kazakh', 'uzbek', 'armenian', 'azerbaijani', 'belarusian', 'moldovan', 'latvian', 'lithuanian', 'estonian', 'tajik',
    'kyrgyz', 'vietnamese', 'indonesian', 'thai', 'dari', 'pashto', 'abkhazian', 'ossetian', 'czech', 'slovak',
    'romanian', 'bulgarian', 'hungarian', 'croatian', 'bosnian', 'macedonian', 'swahili', 'hausa', 'bengali', 'tamil', 'español', 'français', 'deutsch', 'русский',
    'العربية', 'africa', 'america', 'europe', 'usa', 'global', 'international', 'france', 'documentary', 'edition',
  ].map(foldToken),
);

/** Single words (and all-generic phrases) that are never a name on their own. */
const GENERIC = new Set(
  [
    'the', 'of', 'and', 'a', 'de', 'la', 'el', 'le', 'du', 'des', 'al', 'today', 'nation', 'national', 'nacional',
    'nationale', 'news', 'times', 'post', 'sun', 'mail', 'gold', 'mirror', 'herald', 'observer', 'star', 'express',
    'independent', 'guardian', 'telegraph', 'standard', 'tribune', 'voice', 'daily', 'radio', 'tv', 'television',
    'televisión', 'télévision', 'channel', 'canal', 'gazette', 'journal', 'record', 'review', 'monitor', 'reporter',
    'chronicle', 'courier', 'globe', 'examiner', 'leader', 'citizen', 'republic', 'respublika', 'sentinel', 'vision',
    'liberty', 'freedom', 'truth', 'future', 'hope', 'unity', 'public', 'state', 'government', 'press', 'media',
    'network', 'fm', 'am', 'hd', 'one', 'first', 'prvi', 'world', 'week', 'weekly', 'morning', 'evening', 'new',
    'era', 'new era', 'ria', 'gold', 'kan', 'sport', 'sports', 'info', 'online', 'culture', 'music', 'classic',
    'legislativa', 'universidad', 'asamblea', 'agency', 'service', 'broadcasting', 'corporation', 'company', 'group',
    'center', 'centre', 'office', 'department', 'unit', 'authority', 'ministry', 'information', 'communication',
    'pravda', 'izvestia', 'vesti', 'novosti', 'noticias', 'notícias', 'index', 'financial', 'business', 'economic',
    'economy', 'politics', 'people', 'anis', 'liter', 'informer', 'hayat', 'posta', 'eurostar', 'domingo', 'desafio',
    'horizons', 'eurasia', 'watan', 'quds', 'khorasan', 'javan', 'lokal', 'demokrata', 'oneworld', 'ukraina', 'ripost',
    'suria', 'liter', 'prva', 'today', 'life', 'capital', 'region', 'city', 'metro', 'nova', 'new', 'latest', 'sabah', 'star', 'ahram', 'thawra', 'svoboda', 'orbe', 'gazeta',
  ].map(foldToken),
);

/** Country names in English ("Iran", "Azerbaijan" are also newspaper titles, but never matchable as such). */
const COUNTRY_NAMES = (() => {
  const names = new Set<string>(Object.keys(MATRIX_COUNTRIES).map((n) => aliasKey(n)));
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = countryName(code);
      if (name !== code) names.add(aliasKey(name));
    }
  }
  return names;
})();

/** Short acronyms that are common words or belong to better-known bodies. */
const AMBIGUOUS_ACRONYMS = new Set(['MAP', 'IDC', 'OTR', 'NPO', 'MRT', 'RTB', 'MTV', 'RTI', 'TPA', 'RPA', 'ABC', 'CBC', 'PBS', 'MBC', 'EBC', 'NPA', 'RTV', 'TNH', 'UN', 'BRT', 'NPE', 'SBA', 'QMC', 'SMG', 'DMI', 'GRT']);

/** Matrix alternative names known to be wrong, never used as aliases. */
const BAD_ALT_NAMES = new Set(['Zhōngguó Qīngnián Bào']);

type ParsedName = { display: string; acronym: string | null; alt: string | null; edition: boolean };

/** "Islamic Republic News Agency (IRNA)" → display + acronym; "People's Daily (English)" → edition. */
export function parseName(raw: string): ParsedName {
  let s = raw.replace(ASSET_PREFIX, '').replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
  if (s.includes('(') && !s.includes(')')) s = s.slice(0, s.indexOf('(')).trim();
  const m = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(s);
  if (!m) return { display: s, acronym: null, alt: null, edition: false };
  const [, display, inner] = m;
  const innerToks = tokenize(inner).map((t) => foldToken(t.raw));
  if (innerToks.length > 0 && (innerToks.includes('edition') || innerToks.every((t) => EDITION.has(t) || t === 'in'))) {
    return { display, acronym: null, alt: null, edition: true };
  }
  if (/^[\p{Lu}\d&.\-]{2,10}$/u.test(inner)) return { display, acronym: inner, alt: null, edition: false };
  const alt = inner.split(/\s+/).length <= 4 && !BAD_ALT_NAMES.has(inner) ? inner : null;
  return { display, acronym: null, alt, edition: false };
}

/** "Xinhua Spanish" → "Xinhua"; null when the name has no edition suffix. */
function editionBase(display: string): string | null {
  const toks = display.split(/\s+/);
  if (toks.length < 2 || !EDITION.has(foldToken(toks[toks.length - 1]))) return null;
  return toks.slice(0, -1).join(' ');
}

/** Whether a surface form is distinctive enough to be matched in running text. */
export function isDistinctive(alias: string): boolean {
  const toks = tokenize(alias).map((t) => t.raw);
  if (toks.length === 0) return false;
  const folded = toks.map(foldToken);
  if (folded.every((t) => GENERIC.has(t) || /^\d+$/.test(t))) return false;
  if (COUNTRY_NAMES.has(aliasKey(alias))) return false;
  if (toks.length === 1) {
    const t = toks[0];
    if (/^[\p{Lu}\d]+$/u.test(t)) return t.length >= 3 && !AMBIGUOUS_ACRONYMS.has(t);
    return t.length >= 4;
  }
  return true;
}

/** Key under which two aliases count as the same name: folded tokens, leading "the" dropped. */
export function aliasKey(alias: string): string {
  const toks = tokenize(alias).map((t) => foldToken(t.raw));
  if (toks.length > 1 && toks[0] === 'the') toks.shift();
  return toks.join(' ');
}

/** Lower-case, diacritic-free, hyphenated id ("Télévision Malagasy" → "television-malagasy"). */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Type from the outlet's name, or the prefix the matrix gave it ("Television: ..."). */
export function inferType(name: string, company: string, prefix: string | null): SourceType {
  if (prefix && PREFIX_TYPE[prefix.toLowerCase()]) return PREFIX_TYPE[prefix.toLowerCase()];
  const n = name.normalize('NFD').replace(/\p{M}+/gu, '');
  if (/\b(news agency|press agency|agencia|agence|agenzia|ajansi|agentstvo|agentura|agencija|agency)\b/i.test(n) && !/broadcast|radio|televis/i.test(n)) {
    return 'news-agency';
  }
  if (/\b(tv|television|televizija|televizioni|televiziya|televisao|tele|radio|radyo|radju|radiotelevision|broadcasting|broadcast|fm|channel|canal|kanal|rtv)\b|\d+(\.\d+)? ?fm\b/i.test(n)) {
    return 'broadcaster';
  }
  if (/\b(daily|newspaper|gazette|gazeta|gazzetta|herald|tribune|diario|jornal|zeitung|ribao|sinmun|sinbo|bao|observer|chronicle|weekly|times|post|courier|pravda|izvestia|dnevnik|novine|noticias)\b/i.test(n)) {
    return 'newspaper';
  }
  if (/\b(news agency|agency)\b/i.test(company) && name === company) return 'news-agency';
  return 'media-outlet';
}

/** Checks one curated entry; returns the problems found. */
export function validateCurated(e: CuratedEntry): string[] {
  const p: string[] = [];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) p.push(`${e.id}: id is not kebab-case`);
  if (!e.name.trim()) p.push(`${e.id}: empty name`);
  if (!(SOURCE_TYPES as readonly string[]).includes(e.type)) p.push(`${e.id}: unknown type ${e.type}`);
  if (e.country !== null && !/^[A-Z]{2}$/.test(e.country)) p.push(`${e.id}: country is not ISO alpha-2`);
  if (e.founded !== null && (!Number.isInteger(e.founded) || e.founded < 1000 || e.founded > 2026)) p.push(`${e.id}: bad founded`);
  if (e.website !== null && !/^https?:\/\/[^\s/]+\.[^\s/]+/.test(e.website)) p.push(`${e.id}: bad website`);
  if (!e.description.trim()) p.push(`${e.id}: empty description`);
  if (e.aliases.length + (e.exactAliases?.length ?? 0) + (e.lookupAliases?.length ?? 0) === 0) p.push(`${e.id}: no alias`);
  return p;
}

type Draft = Omit<SourceEntry, 'stateControl' | 'provenance' | 'asOf'> & {
  curated: boolean;
  /** The matrix's "Media company" cell, acronym included ("Shanghai Media Group (SMG)"). */
  ownerRaw?: string;
  provenance: string[];
  grades: string[];
  rows: number[];
  /** Web hosts besides the website's (curated matrixHosts, the matrix rows' URLs). */
  hosts?: string[];
  /** The as-of date of the entry's newest fact (default: the curated date). */
  asOf?: string;
};

function finish(d: Draft, warnings: string[]): SourceEntry {
  const grades = d.grades.filter((g) => g !== '');
  let stateControl: StateControl | null = null;
  const provenance = [...d.provenance];
  if (grades.length > 0) {
    const counts = new Map<string, number>();
    for (const g of grades) counts.set(g, (counts.get(g) ?? 0) + 1);
    const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    if (counts.size > 1) warnings.push(`${d.id}: matrix rows disagree on the grade (${[...counts.keys()].join(', ')}); using ${best[0]}`);
    if (STATE_CONTROL_CODES.has(best[0])) {
      stateControl = best[0] as StateControl;
      provenance.push(MATRIX_PROVENANCE);
    } else {
      provenance.push(`stateControl: unset; ${MATRIX_SOURCE} says "${best[0]}"`);
    }
  }
  const entry: SourceEntry = {
    id: d.id,
    name: d.name,
    type: d.type,
    country: d.country,
    owner: d.owner,
    stateControl,
    founded: d.founded,
    description: d.description,
    website: d.website,
    provenance,
    asOf: d.asOf ?? CURATED_AS_OF,
    aliases: d.aliases,
  };
  if (d.qid) entry.qid = d.qid;
  if (d.exactAliases && d.exactAliases.length > 0) entry.exactAliases = d.exactAliases;
  if (d.lookupAliases && d.lookupAliases.length > 0) entry.lookupAliases = d.lookupAliases;
  if (d.contextAliases && d.contextAliases.length > 0) entry.contextAliases = d.contextAliases;
  if (d.guards) entry.guards = d.guards;
  const own = d.website ? normHost(d.website) : null;
  const hosts = [...new Set((d.hosts ?? []).map(normHost).filter((h): h is string => h !== null && h !== own && !SHARED_HOSTS.has(h)))].sort();
  if (hosts.length > 0) entry.hosts = hosts;
  return entry;
}

type Group = { rows: MatrixRow[]; country: string | null; prefix: string | null };

/** Groups matrix rows into outlets (see the header comment). */
function groupRows(rows: MatrixRow[]): Group[] {
  const parent = rows.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  const companyBase = new Map<string, Set<string>>();
  const bases = rows.map((r) => {
    const p = parseName(r.asset);
    const base = p.edition ? p.display : editionBase(p.display);
    return { p, base };
  });
  // An edition suffix is folded away only when corroborated: two rows of the company share the base,
  // or the base is the company's own name or acronym ("RT Deutsch" → "RT", not "Radio Free Asia" → "Radio Free").
  rows.forEach((r, i) => {
    const b = bases[i].base;
    if (!b) return;
    const k = `${r.country}|${r.company}`;
    if (!companyBase.has(k)) companyBase.set(k, new Set());
    companyBase.get(k)!.add(`${i}:${foldToken(b)}`);
  });
  const keyOf = new Map<string, number>();
  const link = (i: number, key: string): void => {
    const j = keyOf.get(key);
    if (j === undefined) keyOf.set(key, i);
    else parent[find(i)] = find(j);
  };
  rows.forEach((r, i) => {
    const { p, base } = bases[i];
    const company = parseName(r.company);
    const names = [p.display];
    if (p.acronym) names.push(p.acronym);
    if (base) {
      const fb = foldToken(base);
      const siblings = [...(companyBase.get(`${r.country}|${r.company}`) ?? [])].filter((s) => s.endsWith(`:${fb}`)).length;
      const own = [company.display, company.acronym].some((n) => n && aliasKey(n) === aliasKey(base));
      const isOtherRow = bases.some((b, j) => j !== i && rows[j].country === r.country && aliasKey(b.p.display) === aliasKey(base));
      if (siblings >= 2 || own || isOtherRow || p.edition) names.push(base);
    }
    for (const n of names) link(i, `${r.country}|${aliasKey(n)}`);
  });
  const groups = new Map<number, Group>();
  rows.forEach((r, i) => {
    const root = find(i);
    const prefix = ASSET_PREFIX.exec(r.asset)?.[1] ?? null;
    const g = groups.get(root) ?? { rows: [], country: MATRIX_COUNTRIES[r.country] ?? null, prefix };
    g.rows.push(r);
    groups.set(root, g);
  });
  return [...groups.values()];
}

function matrixDraft(g: Group): Draft {
  const parsed = g.rows.map((r) => parseName(r.asset));
  const company = parseName(g.rows[0].company);
  // The name: the company's own name when the outlet is the company (IRNA), else the plainest asset name.
  const displays = parsed.map((p) => p.display);
  const plain = [...displays].sort((a, b) => a.length - b.length)[0];
  const bases = new Set(parsed.flatMap((p) => [aliasKey(p.display), editionBase(p.display) ? aliasKey(editionBase(p.display)!) : '']));
  const isCompany = [company.display, company.acronym].some((n) => n && bases.has(aliasKey(n)));
  const sameAsCompany = isCompany && company.display.length > 0;
  const withAcr = parsed.find((p) => p.acronym);
  let name = sameAsCompany ? company.display : (withAcr?.display ?? plain);
  // "Sputnik Greek", "Sputnik Arabic"... → "Sputnik" when two or more names share the edition base.
  const sharedBase = editionBase(name);
  if (!sameAsCompany && sharedBase && displays.filter((d) => editionBase(d) === sharedBase).length >= 2) name = sharedBase;
  if (!sameAsCompany && editionBase(name) && displays.some((d) => aliasKey(d) === aliasKey(editionBase(name)!))) name = editionBase(name)!;
  const aliasSet = new Map<string, string>();
  const add = (a: string | null | undefined): void => {
    if (!a) return;
    const clean = a.replace(/\s+/g, ' ').trim();
    if (clean && isDistinctive(clean) && !aliasSet.has(aliasKey(clean))) aliasSet.set(aliasKey(clean), clean);
  };
  add(name);
  for (const p of parsed) {
    add(p.display);
    add(p.acronym);
    add(p.alt);
    const base = editionBase(p.display);
    if (base && aliasKey(base) === aliasKey(name)) add(base);
  }
  if (sameAsCompany) {
    add(company.display);
    add(company.acronym);
  }
  const owner = sameAsCompany || !company.display || aliasKey(company.display) === aliasKey(name) ? null : company.display;
  const type = inferType(name, g.rows[0].company, g.prefix);
  const where = g.country ? `in ${countryName(g.country)}` : g.rows[0].country ? 'in the European Union' : '';
  const description = `${SOURCE_TYPE_LABELS[type]} ${where}${owner ? `, part of ${owner}` : ''}; listed in the State Media Matrix.`.replace(/\s+([,;])/g, '$1').replace(/\s+/g, ' ');
  const url = g.rows.map((r) => r.url).find((u) => hostOf(u) !== null) ?? null;
  const website = url ? (/^https?:\/\//i.test(url) ? url : `http://${url}`) : null;
  const facts = ['name', g.country ? 'country' : null, website ? 'website' : null, owner ? 'owner' : null].filter(Boolean).join(', ');
  return {
    id: '',
    name,
    type,
    country: g.country,
    owner,
    founded: null,
    description,
    website,
    aliases: [],
    exactAliases: [...aliasSet.values()],
    curated: false,
    ownerRaw: owner ? g.rows[0].company.replace(/\*+/g, '').trim() : undefined,
    provenance: [
      `${facts}: ${MATRIX_SOURCE}`,
      'type: inferred from the name',
    ],
    grades: g.rows.map((r) => r.typology),
    rows: g.rows.map((r) => r.index),
    hosts: g.rows.map((r) => hostOf(r.url)).filter((h): h is string => h !== null),
  };
}

/**
 * The matrix's "Media company" column names the groups that own its outlets (China Media Group,
 * KESMA, SPH Media Trust). Each group that is not itself an entry becomes a `media-group` entry
 * (ungraded: the matrix grades outlets, not their owners).
 */
function mediaGroupDrafts(outlets: Draft[], existing: Draft[]): Draft[] {
  const known = new Set<string>();
  for (const d of [...existing, ...outlets]) {
    known.add(aliasKey(d.name));
    for (const a of [...d.aliases, ...(d.exactAliases ?? []), ...(d.lookupAliases ?? [])]) known.add(aliasKey(a));
  }
  const groups = new Map<string, { raw: string; countries: Set<string | null>; outlets: Draft[] }>();
  for (const d of outlets) {
    if (!d.owner || !d.ownerRaw) continue;
    const k = aliasKey(d.owner);
    const g = groups.get(k) ?? { raw: d.ownerRaw, countries: new Set(), outlets: [] };
    g.countries.add(d.country);
    g.outlets.push(d);
    groups.set(k, g);
  }
  const out: Draft[] = [];
  for (const [k, g] of groups) {
    const { display, acronym } = parseName(g.raw);
    if (known.has(k) || (acronym && known.has(aliasKey(acronym))) || g.countries.size !== 1 || !isDistinctive(display)) continue;
    const country = g.outlets[0].country;
    const names = g.outlets.map((o) => o.name);
    const list = names.length <= 3 ? names : [...names.slice(0, 3), `${names.length - 3} more`];
    const owns = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : list[0];
    const where = country ? ` in ${countryName(country)}` : '';
    out.push({
      id: '',
      name: display,
      type: 'media-group',
      country,
      owner: null,
      founded: null,
      description: `Media group${where} that owns ${owns}; listed in the State Media Matrix.`,
      website: null,
      aliases: [],
      exactAliases: [display, acronym].filter((a): a is string => a !== null && isDistinctive(a)),
      curated: false,
      provenance: [`name${country ? ', country' : ''}: ${MATRIX_SOURCE}, "Media company" column`, 'type: owner of outlets listed in the matrix'],
      grades: [],
      rows: [],
    });
  }
  return out;
}

/** Merges curated entries with the matrix (when given) into the bundled dataset. */
export function buildDataset(
  curated: CuratedEntry[],
  matrixCsv: string | null,
  opts: { aliases?: readonly AliasFact[]; lists?: ListRecord[] } = {},
): BuildResult {
  const aliasFacts = opts.aliases ?? ALIAS_FACTS;
  const warnings: string[] = [];
  const problems = curated.flatMap(validateCurated);
  const seen = new Set<string>();
  for (const e of curated) {
    if (seen.has(e.id)) problems.push(`${e.id}: duplicate id`);
    seen.add(e.id);
  }
  if (problems.length > 0) throw new Error(`curated entries are invalid:\n${problems.join('\n')}`);

  const drafts: Draft[] = curated.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    country: e.country,
    // An owner or a founding year with no document behind it is left out (a list may supply it below).
    owner: documented(e, 'owner') ? e.owner : null,
    founded: documented(e, 'founded') ? e.founded : null,
    description: e.description,
    website: e.website,
    aliases: [...e.aliases],
    exactAliases: e.exactAliases ? [...e.exactAliases] : undefined,
    lookupAliases: e.lookupAliases ? [...e.lookupAliases] : undefined,
    guards: e.guards,
    curated: true,
    provenance: e.provenance ? [...e.provenance] : [curatedProvenance(e)],
    grades: [],
    rows: [],
    hosts: [...(e.matrixHosts ?? [])],
  }));

  const rowOwner = new Map<number, string>();
  if (matrixCsv !== null) {
    const rows = readMatrix(matrixCsv).filter((r) => r.country || r.asset);
    // Rows whose host belongs to a curated entry are that entry's.
    const byDomain = new Map<string, Draft>();
    curated.forEach((e, i) => {
      for (const u of [e.website, ...(e.matrixHosts ?? [])]) {
        const h = u ? hostOf(u) : null;
        if (h) byDomain.set(domainOf(h), drafts[i]);
      }
    });
    const rest: MatrixRow[] = [];
    for (const r of rows) {
      const h = hostOf(r.url);
      const owner = h ? byDomain.get(domainOf(h)) : undefined;
      if (owner) {
        owner.grades.push(r.typology);
        owner.rows.push(r.index);
        if (h) (owner.hosts ??= []).push(h);
      } else rest.push(r);
    }
    const outlets = groupRows(rest).map(matrixDraft);
    drafts.push(...outlets, ...mediaGroupDrafts(outlets, drafts));
  }

  if (opts.lists) joinLists(drafts, opts.lists, warnings);

  // Aliases: a curated entry keeps its names; a matrix name claimed twice is dropped from both.
  const claims = new Map<string, Draft[]>();
  for (const d of drafts) {
    for (const a of [...d.aliases, ...(d.exactAliases ?? []), ...(d.lookupAliases ?? []), ...(d.contextAliases ?? [])]) {
      const k = aliasKey(a);
      const list = claims.get(k) ?? [];
      if (!list.includes(d)) list.push(d);
      claims.set(k, list);
    }
  }
  const drop = new Map<Draft, Set<string>>();
  for (const [k, list] of claims) {
    if (list.length < 2) continue;
    const cur = list.filter((d) => d.curated);
    if (cur.length > 1) throw new Error(`alias "${k}" is claimed by curated entries ${cur.map((d) => d.id).join(', ')}`);
    if (cur.length === 1) warnings.push(`alias "${k}" of matrix outlet(s) ${list.filter((d) => !d.curated).map((d) => d.name).join(', ')} is a curated entry's (${cur[0].id}); link them with matrixHosts if they are the same`);
    for (const d of list) {
      if (d.curated) continue;
      if (!drop.has(d)) drop.set(d, new Set());
      drop.get(d)!.add(k);
    }
  }
  for (const [d, keys] of drop) {
    d.aliases = d.aliases.filter((a) => !keys.has(aliasKey(a)));
    d.exactAliases = d.exactAliases?.filter((a) => !keys.has(aliasKey(a)));
    d.lookupAliases = d.lookupAliases?.filter((a) => !keys.has(aliasKey(a)));
    d.contextAliases = d.contextAliases?.filter((a) => !keys.has(aliasKey(a)));
  }

  // Ids: curated ids as written; matrix ids from the name, then the country, then a counter.
  const ids = new Set(drafts.filter((d) => d.curated).map((d) => d.id));
  for (const d of drafts) {
    if (d.curated) continue;
    const base = slugify(d.name) || `outlet-${(d.country ?? 'xx').toLowerCase()}`;
    let id = base;
    if (ids.has(id)) id = `${base}-${(d.country ?? 'eu').toLowerCase()}`;
    for (let n = 2; ids.has(id); n++) id = `${base}-${(d.country ?? 'eu').toLowerCase()}-${n}`;
    d.id = id;
    ids.add(id);
  }
  for (const d of drafts) for (const r of d.rows) rowOwner.set(r, d.id);
  applyAliases(drafts, aliasFacts, warnings);

  const entries = drafts.map((d) => finish(d, warnings));
  return { dataset: { schema: DATASET_SCHEMA, asOf: CURATED_AS_OF, entries, trie: buildTrie(entries) }, rowOwner, warnings };
}

/** Whether a curated entry's own provenance lines name a document (a URL) for `field`. */
function documented(e: CuratedEntry, field: 'owner' | 'founded'): boolean {
  return (e.provenance ?? []).some((l) => {
    const colon = l.indexOf(': ');
    return colon > 0 && l.slice(0, colon).split(',').map((f) => f.trim()).includes(field) && /https?:\/\//.test(l.slice(colon));
  });
}

/** The provenance line of a curated entry's own facts: the outlet's website is the document. */
function curatedProvenance(e: CuratedEntry): string {
  return e.website
    ? `name, type, country, website: curated from ${e.website}, checked ${CURATED_AS_OF}`
    : `name, type, country: curated, checked ${CURATED_AS_OF}`;
}

const LIST_TYPE_WORD: Record<ListRecord['type'], string> = { newspaper: 'Newspaper', broadcaster: 'TV station', magazine: 'Magazine' };

/**
 * Joins the list records (data/media-lists.ts) to the curated and matrix entries on name plus website
 * (a record's host is one of the entry's and one of its names is the entry's): the entry gains the QID,
 * and an owner or founding year it lacks, each with the list's provenance line. Every other record
 * becomes an entry of its own.
 */
function joinLists(drafts: Draft[], records: ListRecord[], warnings: string[]): void {
  const byHost = new Map<string, Draft[]>();
  for (const d of drafts) {
    for (const h of [d.website, ...(d.hosts ?? [])]) {
      const host = h ? normHost(h) : null;
      if (!host) continue;
      const list = byHost.get(host) ?? [];
      if (!list.includes(d)) list.push(d);
      byHost.set(host, list);
    }
  }
  const names = (d: Draft): Set<string> => new Set([d.name, ...d.aliases, ...(d.exactAliases ?? []), ...(d.lookupAliases ?? [])].map(nameKey));
  let joined = 0;
  for (const r of records) {
    const keys = [r.name, ...r.names].map(nameKey);
    const target = r.hosts.flatMap((h) => byHost.get(h) ?? []).find((d) => {
      const n = names(d);
      return keys.some((k) => n.has(k));
    });
    const lines = (field: string): string[] => r.provenance.filter((l) => l.slice(0, l.indexOf(': ')).split(', ').includes(field)).map((l) => `${field}: ${l.slice(l.indexOf(': ') + 2)}`);
    if (target) {
      joined++;
      target.hosts = [...(target.hosts ?? []), ...r.hosts];
      if (r.qid && !target.qid) {
        target.qid = r.qid;
        target.provenance.push(...lines('qid'));
      }
      if (r.owner && !target.owner) {
        target.owner = r.owner;
        target.provenance.push(...lines('owner'));
      }
      if (r.founded && !target.founded) {
        target.founded = r.founded;
        target.provenance.push(...lines('founded'));
      }
      continue;
    }
    const place = [r.place, r.country ? countryName(r.country) : null].filter((p, i, a) => p && a.indexOf(p) === i).join(', ');
    const display = r.name.replace(/\s+/g, ' ').trim();
    const exact: string[] = [];
    const lookup: string[] = [];
    const context: string[] = [];
    for (const n of [display, ...r.names]) {
      const many = tokenize(n).length > 1;
      if (isDistinctive(n) && many) exact.push(n);
      else if (isDistinctive(n) && /^\p{Lu}/u.test(n)) context.push(n);
      else lookup.push(n);
    }
    if (r.callSign && !context.includes(r.callSign)) context.push(r.callSign);
    drafts.push({
      id: '',
      name: display,
      type: r.type,
      country: r.country,
      owner: r.owner,
      founded: r.founded,
      description: `${LIST_TYPE_WORD[r.type]}${place ? ` in ${place}` : ''}.`,
      website: r.website,
      qid: r.qid,
      aliases: [],
      exactAliases: exact,
      lookupAliases: lookup,
      contextAliases: context,
      curated: false,
      provenance: [...r.provenance],
      grades: [],
      rows: [],
      hosts: r.hosts,
      asOf: r.asOf,
    });
  }
  warnings.push(`lists: ${records.length} records, ${joined} joined to curated or matrix entries on name + website`);
}

/**
 * Adds the alias facts (data/aliases.ts) to their entries, each with a provenance line naming its
 * document. A context alias replaces any looser form of the same name on that entry, so "The Times"
 * is matched only with context.
 */
function applyAliases(drafts: Draft[], facts: readonly AliasFact[], warnings: string[]): void {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const lines = new Map<Draft, Map<string, string[]>>();
  for (const f of facts) {
    const d = byId.get(f.id);
    if (!d) {
      warnings.push(`alias "${f.alias}": no entry with id ${f.id}`);
      continue;
    }
    const key = aliasKey(f.alias);
    const same = (a: string): boolean => aliasKey(a) === key;
    if (f.rule === 'context') {
      d.aliases = d.aliases.filter((a) => !same(a));
      d.exactAliases = d.exactAliases?.filter((a) => !same(a));
      d.contextAliases = [...(d.contextAliases ?? []).filter((a) => !same(a)), f.alias];
    } else {
      const has = [...d.aliases, ...(d.exactAliases ?? []), ...(d.contextAliases ?? [])].some(same);
      if (!has) {
        if (f.rule === 'any') d.aliases.push(f.alias);
        else d.exactAliases = [...(d.exactAliases ?? []), f.alias];
      }
    }
    const doc = `${f.source.url}, read ${f.source.date}`;
    const perDoc = lines.get(d) ?? new Map<string, string[]>();
    perDoc.set(doc, [...(perDoc.get(doc) ?? []), f.alias]);
    lines.set(d, perDoc);
  }
  for (const [d, perDoc] of lines) {
    for (const [doc, names] of perDoc) d.provenance.push(`aliases (${names.join('; ')}): ${doc}`);
  }
}

/** The dataset as written to data/sources.json: one entry per line, so diffs stay readable. */
export function serializeDataset(dataset: Dataset): string {
  const lines = dataset.entries.map((e) => JSON.stringify(e));
  const trie = dataset.trie ? `,\n"trie":${JSON.stringify(dataset.trie)}` : '';
  return `{"schema":${JSON.stringify(dataset.schema)},"asOf":${JSON.stringify(dataset.asOf)},"entries":[\n${lines.join(',\n')}\n]${trie}}\n`;
}
