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

const dataset = JSON.parse(readFileSync(new URL('../../data/sources.json', import.meta.url), 'utf8')) as Dataset;
const csvPath = fileURLToPath(new URL('../../../shared/data/state-media/State_Media_Matrix.csv', import.meta.url));
const hasMatrix = existsSync(csvPath);

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
    expect(byId.get('tass')).toMatchObject({ country: 'RU', type: 'news-agency', founded: 1904 });
    expect(byId.get('financial-times')).toMatchObject({ country: 'GB', owner: 'Nikkei Inc.' });
    expect(byId.get('nasa')).toMatchObject({ country: 'US', type: 'space-agency', founded: 1958 });
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

  it('matches the committed data/sources.json (rebuild with `npm run data:build`)', () => {
    const { dataset: built } = buildDataset(curatedEntries, csv);
    expect(serializeDataset(dataset)).toBe(serializeDataset(built));
  });

  it('has at least as many entries as the matrix has outlets, merged', () => {
    expect(dataset.entries.length).toBeGreaterThan(900);
  });
});
