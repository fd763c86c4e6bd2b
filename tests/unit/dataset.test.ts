/**
 * The bundled dataset (data/sources.json) and its build: schema, unique ids, no alias claimed twice,
 * seed organisations present, and agreement with the State Media Matrix (skipped when ../shared is absent).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SOURCE_TYPES, type Dataset } from '../../core/dataset';
import { STATE_CONTROL_LABELS } from '../../core/report';
import { aliasKey, buildDataset, readMatrix, serializeDataset } from '../../data/build';
import { curatedEntries } from '../../data/curated/index';
import { readMediaLists } from '../../data/media-lists';
import { listFiles } from '../../scripts/build-data';
import { factSources } from '../../core/provenance';

const dataset = JSON.parse(readFileSync(new URL('../../data/sources.json', import.meta.url), 'utf8')) as Dataset;
const csvPath = fileURLToPath(new URL('../../../shared/data/state-media/State_Media_Matrix.csv', import.meta.url));
const hasMatrix = existsSync(csvPath);
const listDir = fileURLToPath(new URL('../../../shared/data/media-data', import.meta.url));
const hasLists = existsSync(listDir);

describe('data/sources.json schema', () => {
  it('is a sourcelight/dataset@1 file with entries', () => {
    expect(dataset.schema).toBe('sourcelight/dataset@1');
    expect(dataset.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(dataset.entries.length).toBeGreaterThan(0);
  });

  it('has valid fields on every entry', () => {
    const bad: string[] = [];
    for (const e of dataset.entries) {
      const ok =
        /^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id) &&
        e.name.trim().length > 0 &&
        (SOURCE_TYPES as readonly string[]).includes(e.type) &&
        (e.country === null || /^[A-Z]{2}$/.test(e.country)) &&
        (e.owner === null || e.owner.trim().length > 0) &&
        (e.stateControl === null || e.stateControl in STATE_CONTROL_LABELS) &&
        (e.founded === null || (Number.isInteger(e.founded) && e.founded > 1000 && e.founded <= 2026)) &&
        e.description.trim().length > 0 &&
        (e.website === null || /^https?:\/\//.test(e.website)) &&
        e.provenance.length > 0 &&
        /^\d{4}-\d{2}-\d{2}$/.test(e.asOf) &&
        Array.isArray(e.aliases);
      if (!ok) bad.push(e.id);
    }
    expect(bad).toEqual([]);
  });

  it('names the source of the state-control grade whenever there is one', () => {
    const missing = dataset.entries.filter((e) => e.stateControl && !e.provenance.some((p) => p.startsWith('stateControl:')));
    expect(missing.map((e) => e.id)).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = dataset.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has no alias claimed by two entries', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of dataset.entries) {
      for (const a of [...e.aliases, ...(e.exactAliases ?? []), ...(e.lookupAliases ?? [])]) {
        const k = aliasKey(a);
        const prev = owner.get(k);
        if (prev && prev !== e.id) clashes.push(`${k}: ${prev} / ${e.id}`);
        owner.set(k, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('contains the seed organisations with their facts', () => {
    const byId = new Map(dataset.entries.map((e) => [e.id, e]));
    for (const id of [
      'xinhua', 'getty-images', 'tass', 'roscosmos', 'cnsa', 'nasa', 'nato', 'european-union', 'atlantic-council',
      'financial-times', 'foreign-affairs', 'wall-street-journal', 'new-york-times', 'cnbc', 'reuters',
      'associated-press', 'afp', 'epa', 'bloomberg', 'bbc',
    ]) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(byId.get('tass')).toMatchObject({ country: 'RU', type: 'news-agency' });
    expect(byId.get('financial-times')).toMatchObject({ country: 'GB' });
    expect(byId.get('nasa')).toMatchObject({ country: 'US', type: 'space-agency' });
  });

  it('keeps the ambiguous short forms exact-case or lookup-only', () => {
    for (const e of dataset.entries) {
      for (const a of e.aliases) {
        expect(['ap', 'ft', 'eu', 'un', 'post', 'sun', 'mail', 'epa'], `${e.id}: ${a}`).not.toContain(aliasKey(a));
      }
    }
  });
});

describe('build', () => {
  it('builds from the curated entries alone when the matrix is absent', () => {
    const { dataset: d, rowOwner } = buildDataset(curatedEntries, null);
    expect(d.entries.length).toBe(curatedEntries.length);
    expect(rowOwner.size).toBe(0);
    expect(d.entries.every((e) => e.stateControl === null)).toBe(true);
  });

  it('rejects an invalid curated entry', () => {
    const broken = { ...curatedEntries[0], id: 'Not Kebab', country: 'Russia' };
    expect(() => buildDataset([broken], null)).toThrow(/kebab-case/);
  });

  it('rejects an alias claimed by two curated entries', () => {
    const a = { ...curatedEntries[0], id: 'one', aliases: ['Same Name'] };
    const b = { ...curatedEntries[0], id: 'two', aliases: ['The Same Name'] };
    expect(() => buildDataset([a, b], null)).toThrow(/same name/);
  });

  it('merges matrix rows: one entry per outlet, grades and hosts from the matrix', () => {
    const csv = [
      'Region,Country,Media company,Main assets,URL,Typology,Status,Notes',
      'Eurasia,Russia,TASS,TASS,https://tass.com/,SC,,',
      'Eurasia,Russia,RT,RT International,https://www.rt.com/,SC,,',
      'Eurasia,Russia,RT,RT Deutsch,https://de.rt.com/,SC,,',
      'Eurasia,Russia,RT,RT Deutsch,https://rtde.world/,SC,,',
      'Asia,Japan,Japan Broadcasting Corporation (NHK),NHK,https://www3.nhk.or.jp/,CaPu,,',
      'Europe,Slovakia,Radio and Television of Slovakia (RTVS),STV,http://www.rtvs.sk/,CaPu,,',
    ].join('\n');
    const { dataset: d, rowOwner } = buildDataset(curatedEntries, csv);
    const rt = d.entries.find((e) => e.name === 'RT');
    expect(rt).toMatchObject({ country: 'RU', stateControl: 'SC' });
    expect(rt!.exactAliases).toEqual(expect.arrayContaining(['RT International', 'RT Deutsch']));
    expect(rowOwner.get(0)).toBe('tass');
    expect(new Set([rowOwner.get(1), rowOwner.get(2), rowOwner.get(3)]).size).toBe(1);
    expect(d.entries.find((e) => e.id === 'tass')?.stateControl).toBe('SC');
    // The outlet is its company ("NHK" is the acronym of "Japan Broadcasting Corporation"): one entry, no owner.
    const nhk = d.entries.find((e) => e.name === 'Japan Broadcasting Corporation');
    expect(nhk).toMatchObject({ country: 'JP', stateControl: 'CaPu', owner: null, type: 'broadcaster' });
    expect(nhk!.exactAliases).toContain('NHK');
    expect(d.entries.find((e) => e.name === 'STV')).toMatchObject({ owner: 'Radio and Television of Slovakia' });
    // "STV" alone is too short and generic a name to be matched; the entry stays, without that alias.
    expect(rowOwner.size).toBe(6);
  });
});

describe.skipIf(!hasMatrix)('agreement with the State Media Matrix (../shared)', () => {
  const csv = hasMatrix ? readFileSync(csvPath, 'utf8') : '';
  it('carries every matrix row on an entry whose grade is the row’s typology', () => {
    const rows = readMatrix(csv).filter((r) => r.country || r.asset);
    const { rowOwner, dataset: built } = buildDataset(curatedEntries, csv);
    const byId = new Map(built.entries.map((e) => [e.id, e]));
    const disagree: string[] = [];
    for (const r of rows) {
      const id = rowOwner.get(r.index);
      expect(id, `row ${r.index} ${r.asset}`).toBeDefined();
      const grade = byId.get(id!)!.stateControl;
      if (r.typology in STATE_CONTROL_LABELS && grade !== r.typology) disagree.push(`${r.asset} (${r.typology}) → ${id} (${grade})`);
    }
    expect(disagree).toEqual([]);
  });

  it.skipIf(!hasLists)('matches the committed data/sources.json (rebuild with `npm run data:build`)', () => {
    const { dataset: built } = buildDataset(curatedEntries, csv, { lists: readMediaLists(listFiles(listDir)).records });
    expect(serializeDataset(dataset)).toBe(serializeDataset(built));
  });

  it('has at least as many entries as the matrix has outlets, merged', () => {
    expect(dataset.entries.length).toBeGreaterThan(900);
  });
});

describe('sourced facts (issue 19)', () => {
  it('has at least 15,000 organisations', () => {
    expect(dataset.entries.length).toBeGreaterThanOrEqual(15000);
  });

  it('names a source for every owner, founding year, country and QID it states', () => {
    const unsourced: string[] = [];
    for (const e of dataset.entries) {
      const src = factSources(e);
      for (const f of ['owner', 'founded', 'country', 'qid', 'stateControl'] as const) {
        if (e[f] !== null && e[f] !== undefined && !src[f]) unsourced.push(`${e.id}.${f}`);
      }
    }
    expect(unsourced.slice(0, 20)).toEqual([]);
  });

  it('dates every owner fact and every list fact', () => {
    const undated = dataset.entries.filter((e) => e.owner && !/\b(19|20)\d{2}\b/.test(factSources(e).owner ?? ''));
    expect(undated.map((e) => e.id).slice(0, 20)).toEqual([]);
  });

  it('keeps no curated owner or founding year that has no document behind it', () => {
    const byId = new Map(dataset.entries.map((e) => [e.id, e]));
    for (const c of curatedEntries) {
      const e = byId.get(c.id)!;
      for (const f of ['owner', 'founded'] as const) {
        if (e[f] !== null) expect(factSources(e)[f], `${c.id}.${f}`).toMatch(/https?:\/\/|Wikidata|Local News Dataset/);
      }
    }
  });

  it('carries well-formed QIDs, each on one entry only', () => {
    const qids = dataset.entries.map((e) => e.qid).filter((q): q is string => !!q);
    expect(qids.every((q) => /^Q\d+$/.test(q))).toBe(true);
    expect(new Set(qids).size).toBe(qids.length);
    expect(qids.length).toBeGreaterThan(5000);
  });
});

describe('list joins', () => {
  const wd = [
    'qid,label,description,instance_of,country_qid,country,country_of_origin,country_iso2,owned_by_qid,owned_by,publisher,parent_org,inception,inception_year,dissolved,website,language,place_of_publication,located_in,headquarters,enwiki_title,wikidata_modified,source_file',
    'Q1,The Valley Courier,,,,,,US,Q9,Valley Media,,,,1901,,http://www.valleycourier.example/,,Valley,,,,2023-02-10T06:25:06Z,x',
    'Q2,The Valley Courier Sunday,,,,,,US,,,,,,1950,,http://www.valleycourier.example/,,Valley,,,,2023-02-10T06:25:06Z,x',
    'Q3,The Old Gazette,,,,,,US,,,,,,1850,+1990-00-00T00:00:00Z,http://oldgazette.example/,,,,,,2022-01-01T00:00:00Z,x',
  ].join('\n');
  const local = [
    'name,state,website,domain,twitter,youtube,facebook,owner,medium,source,collection_date',
    'The Valley Courier,CA,http://www.valleycourier.example/,valleycourier.example,,,,,Newspapers,usnpl.com,2018-08-02 14:55:24',
    'Hilltop Weekly,CA,http://www.valleycourier.example/,valleycourier.example,,,,,Newspapers,usnpl.com,2018-08-02 14:55:24',
    'KXYZ,CA,http://kxyz.example/,kxyz.example,,,,Big Broadcasting,TV station,stationindex,2018-08-02 14:55:24',
  ].join('\n');
  const wp = ['WP-title\tstate\tpageid\tpath\tqid', 'Valley Courier\tCalifornia\t1\t/wiki/x\tQ1', 'Mesa Times\tCalifornia\t\t\t'].join('\n');
  const { records, stats } = readMediaLists({ wikidataEntities: wd, localNews: local, wikipediaUs: wp });

  it('joins on QID or name plus website, never on the website alone', () => {
    const names = records.map((r) => r.name).sort();
    // Sister titles on one site stay apart; the local row with the same name and site joins Q1.
    expect(names).toEqual(['Hilltop Weekly', 'KXYZ', 'Mesa Times', 'The Valley Courier', 'The Valley Courier Sunday']);
    expect(stats.joined).toMatchObject({ wikipediaByQid: 1, localByNameWebsite: 1 });
  });

  it('drops defunct titles', () => {
    expect(records.some((r) => r.name === 'The Old Gazette')).toBe(false);
    expect(stats.dropped.defunct).toBe(1);
  });

  it('dates owner facts and names the list, licence and as-of date of each fact', () => {
    const q1 = records.find((r) => r.qid === 'Q1')!;
    expect(q1.provenance).toContain('owner: Wikidata (CC0) Q1 P127 owned by, as of 2023-02-10');
    expect(q1.provenance[0]).toMatch(/^name, type, country, founded, website, qid: Wikidata \(CC0\) Q1, as of 2023-02-10$/);
    const tv = records.find((r) => r.name === 'KXYZ')!;
    expect(tv).toMatchObject({ type: 'broadcaster', owner: 'Big Broadcasting', callSign: 'KXYZ' });
    expect(tv.provenance).toContain('owner: Local News Dataset (MIT), from stationindex, as of 2018-08-02');
  });
});
