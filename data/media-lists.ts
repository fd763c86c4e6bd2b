/**
 * The open lists of ../shared/data/media-data (see its README) turned into dataset records, as pure
 * functions over the files' text: Wikidata newspapers (CC0, with QIDs), English Wikipedia's lists of US
 * newspapers (CC0, via wiki-media-cred) and the Local News Dataset (MIT, US papers and TV stations with
 * hosts). Every fact carries the list it comes from, its licence and its as-of date; owner facts carry
 * the date of the record that states them (owners change).
 *
 * Joins: records are joined on the Wikidata QID, or on name plus website, never on website alone
 * (sister titles share a site). A Wikipedia-list row with no QID has no website either; it joins a Local
 * News Dataset newspaper only on the exact name in the same state. Defunct titles (Wikidata P576
 * "dissolved") are dropped.
 */
import { parseCsv } from './csv';

/** One organisation from the lists, before it meets the curated entries and the matrix. */
export type ListRecord = {
  name: string;
  type: 'newspaper' | 'broadcaster' | 'magazine';
  country: string | null;
  /** Where it is published, for the description ("Everett", "Hawaii"). */
  place: string | null;
  owner: string | null;
  founded: number | null;
  website: string | null;
  hosts: string[];
  qid: string | null;
  /** Other names (the Wikipedia list's title, a Wikidata label variant). */
  names: string[];
  /** TV call signs: matched only with context. */
  callSign: string | null;
  /** "field, field: source" lines. */
  provenance: string[];
  asOf: string;
};

export type ListFiles = {
  /** wikidata-newspapers/entities.csv */
  wikidataEntities?: string | null;
  /** wikidata-newspapers/sparql_rows.csv */
  wikidataSparql?: string | null;
  /** wikipedia-us-newspapers/wikipedia-us-newspapers.tsv */
  wikipediaUs?: string | null;
  /** local-news-dataset/local_news_dataset_2018.csv */
  localNews?: string | null;
};

export type ListStats = { dropped: { defunct: number; noName: number }; joined: { wikipediaByQid: number; localByNameWebsite: number; wikipediaLocalByNameState: number } };

const WIKIDATA = 'Wikidata (CC0)';
const WIKIDATA_LISTING_AS_OF = '2023-12-29';
const WIKIPEDIA_US = 'English Wikipedia "List of newspapers in …" via wiki-media-cred (CC0)';
const WIKIPEDIA_US_AS_OF = '2025-02-16';
const LOCAL_NEWS = 'Local News Dataset (MIT)';

export const US_STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
  PR: 'Puerto Rico', GU: 'Guam', VI: 'U.S. Virgin Islands', AS: 'American Samoa', MP: 'Northern Mariana Islands',
};

/** Rows of a CSV as objects keyed by the header. */
function table(text: string, sep: ',' | '\t' = ','): Record<string, string>[] {
  const rows = sep === ',' ? parseCsv(text.replace(/^\uFEFF/, '')) : text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.split('\t'));
  const [header, ...data] = rows;
  return data.filter((r) => r.some((c) => c.trim() !== '')).map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), (r[i] ?? '').trim()])));
}

/** "http://www.heraldnet.com/" → "heraldnet.com"; null without a dot. */
export function listHost(url: string): string | null {
  const h = url.trim().toLowerCase().replace(/^[a-z][a-z0-9+.-]*:\/\//, '').split(/[/?#]/)[0].replace(/:\d+$/, '').replace(/\.$/, '').replace(/^www\d*\./, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(h) ? h : null;
}

/** Folded name key for joins: lower case, no accents, no leading "the", no punctuation. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const dateOf = (stamp: string): string => (/^\d{4}-\d{2}-\d{2}/.exec(stamp)?.[0] ?? WIKIDATA_LISTING_AS_OF);
const yearOf = (s: string): number | null => {
  const y = Number.parseInt(s, 10);
  return Number.isInteger(y) && y > 1000 && y <= 2026 ? y : null;
};
const first = (cell: string): string | null => cell.split('|').map((s) => s.trim()).find((s) => s !== '') ?? null;
const isQid = (s: string): boolean => /^Q\d+$/.test(s);
const withScheme = (u: string): string => (/^https?:\/\//i.test(u) ? u : `http://${u}`);

/** Reads the lists into records (joined among themselves), with what was dropped and joined. */
export function readMediaLists(files: ListFiles): { records: ListRecord[]; stats: ListStats } {
  const stats: ListStats = { dropped: { defunct: 0, noName: 0 }, joined: { wikipediaByQid: 0, localByNameWebsite: 0, wikipediaLocalByNameState: 0 } };
  const records: ListRecord[] = [];
  const byQid = new Map<string, ListRecord>();
  const defunct = new Set<string>();

  // 1. Wikidata items (one row each), then the SPARQL listing's items that have no entity row.
  if (files.wikidataEntities) {
    for (const r of table(files.wikidataEntities)) {
      if (!isQid(r.qid)) continue;
      if (r.dissolved) {
        stats.dropped.defunct++;
        defunct.add(r.qid);
        continue;
      }
      if (!r.label || isQid(r.label)) {
        stats.dropped.noName++;
        continue;
      }
      const asOf = dateOf(r.wikidata_modified);
      const src = `${WIKIDATA} ${r.qid}, as of ${asOf}`;
      const country = /^[A-Z]{2}$/.test(r.country_iso2) ? r.country_iso2 : null;
      const founded = yearOf(r.inception_year);
      const website = first(r.website);
      const owner = first(r.owned_by) ?? first(r.publisher);
      const ownerProp = first(r.owned_by) ? 'P127 owned by' : 'P123 publisher';
      const hosts = r.website.split('|').map(listHost).filter((h): h is string => h !== null);
      const facts = ['name', 'type', country ? 'country' : null, founded ? 'founded' : null, website ? 'website' : null, 'qid'].filter(Boolean).join(', ');
      const rec: ListRecord = {
        name: r.label,
        type: 'newspaper',
        country,
        place: first(r.place_of_publication) ?? first(r.headquarters) ?? first(r.located_in),
        owner: owner && !isQid(owner) ? owner : null,
        founded,
        website: website ? withScheme(website) : null,
        hosts: [...new Set(hosts)],
        qid: r.qid,
        names: [],
        callSign: null,
        provenance: [`${facts}: ${src}`, ...(owner && !isQid(owner) ? [`owner: ${WIKIDATA} ${r.qid} ${ownerProp}, as of ${asOf}`] : [])],
        asOf,
      };
      records.push(rec);
      byQid.set(r.qid, rec);
    }
  }
  if (files.wikidataSparql) {
    for (const r of table(files.wikidataSparql)) {
      if (!isQid(r.qid) || defunct.has(r.qid)) continue;
      const host = listHost(r.website);
      const known = byQid.get(r.qid);
      if (known) {
        if (host && !known.hosts.includes(host)) known.hosts.push(host);
        continue;
      }
      if (!r.label || isQid(r.label)) {
        stats.dropped.noName++;
        continue;
      }
      const country = /^[A-Z]{2}$/.test(r.country_iso2) ? r.country_iso2 : null;
      const src = `${WIKIDATA} ${r.qid}, SPARQL listing as of ${WIKIDATA_LISTING_AS_OF}`;
      const rec: ListRecord = {
        name: r.label,
        type: 'newspaper',
        country,
        place: r.place || null,
        owner: null,
        founded: null,
        website: r.website ? withScheme(r.website) : null,
        hosts: host ? [host] : [],
        qid: r.qid,
        names: [],
        callSign: null,
        provenance: [`${['name', 'type', country ? 'country' : null, r.website ? 'website' : null, 'qid'].filter(Boolean).join(', ')}: ${src}`],
        asOf: WIKIDATA_LISTING_AS_OF,
      };
      records.push(rec);
      byQid.set(r.qid, rec);
    }
  }

  // 2. Wikipedia's US lists: joined on QID; rows without one wait for the local list (name + state).
  const wpByNameState = new Map<string, ListRecord>();
  if (files.wikipediaUs) {
    for (const r of table(files.wikipediaUs, '\t')) {
      const title = r['WP-title'];
      if (!title) continue;
      const qid = isQid(r.qid) ? r.qid : null;
      if (qid && defunct.has(qid)) continue;
      const src = `${WIKIPEDIA_US}, ${r.state}, as of ${WIKIPEDIA_US_AS_OF}`;
      const known = qid ? byQid.get(qid) : undefined;
      if (known) {
        stats.joined.wikipediaByQid++;
        if (nameKey(title) !== nameKey(known.name) && !known.names.some((n) => nameKey(n) === nameKey(title))) known.names.push(title);
        known.place ??= r.state || null;
        known.provenance.push(`names: ${src}`);
        continue;
      }
      const rec: ListRecord = {
        name: title,
        type: 'newspaper',
        country: 'US',
        place: r.state || null,
        owner: null,
        founded: null,
        website: null,
        hosts: [],
        qid,
        names: [],
        callSign: null,
        provenance: [`name, type, country${qid ? ', qid' : ''}: ${src}`],
        asOf: WIKIPEDIA_US_AS_OF,
      };
      records.push(rec);
      if (qid) byQid.set(qid, rec);
      else wpByNameState.set(`${nameKey(title)}|${r.state}`, rec);
    }
  }

  // 3. The Local News Dataset: joined on name + website with Wikidata, or on name + state with a
  //    Wikipedia row that has neither QID nor website.
  if (files.localNews) {
    const byNameHost = new Map<string, ListRecord>();
    for (const rec of records) for (const h of rec.hosts) for (const n of [rec.name, ...rec.names]) byNameHost.set(`${nameKey(n)}|${h}`, rec);
    for (const r of table(files.localNews)) {
      if (!r.name || !r.medium) continue;
      const medium = r.medium.toLowerCase();
      const type = medium.startsWith('tv') ? 'broadcaster' : medium.startsWith('magazine') ? 'magazine' : 'newspaper';
      const host = listHost(r.domain) ?? listHost(r.website);
      const asOf = dateOf(r.collection_date || '2018-08-02');
      const src = `${LOCAL_NEWS}, from ${r.source || 'its sources'}, as of ${asOf}`;
      const state = US_STATES[r.state] ?? null;
      const owner = r.owner && type === 'broadcaster' ? r.owner : r.owner || null;
      const joined = host ? byNameHost.get(`${nameKey(r.name)}|${host}`) : undefined;
      if (joined) {
        stats.joined.localByNameWebsite++;
        joined.provenance.push(`website: ${src}`);
        if (!joined.owner && owner) {
          joined.owner = owner;
          joined.provenance.push(`owner: ${src}`);
        }
        continue;
      }
      const wp = type === 'newspaper' && state ? wpByNameState.get(`${nameKey(r.name)}|${state}`) : undefined;
      if (wp && !wp.website) {
        stats.joined.wikipediaLocalByNameState++;
        wpByNameState.delete(`${nameKey(r.name)}|${state}`);
        if (r.website) wp.website = withScheme(r.website);
        if (host) wp.hosts.push(host);
        wp.provenance.push(`${r.website ? 'website' : 'name'}: ${src}`);
        if (owner) {
          wp.owner = owner;
          wp.provenance.push(`owner: ${src}`);
        }
        continue;
      }
      const callSign = type === 'broadcaster' && /^[KW][A-Z]{2,3}(-[A-Z]{2})?$/.test(r.name) ? r.name : null;
      const rec: ListRecord = {
        name: r.name,
        type,
        country: 'US',
        place: state,
        owner,
        founded: null,
        website: r.website ? withScheme(r.website) : host ? `http://${host}/` : null,
        hosts: host ? [host] : [],
        qid: null,
        names: [],
        callSign,
        provenance: [`name, type, country${r.website || host ? ', website' : ''}: ${src}`, ...(owner ? [`owner: ${src}`] : [])],
        asOf,
      };
      records.push(rec);
      if (host) byNameHost.set(`${nameKey(r.name)}|${host}`, rec);
    }
  }
  return { records, stats };
}
