/**
 * `npm run data:build -- [state-media-csv] [media-data-dir]`: merges the curated entries (data/curated/),
 * the alias facts (data/aliases.ts), the State Media Matrix (default
 * ../shared/data/state-media/State_Media_Matrix.csv) and the open lists of media-data (default
 * ../shared/data/media-data: Wikidata newspapers, Wikipedia's US newspapers, the Local News Dataset) and
 * writes data/sources.json. A file that is absent is skipped with a notice; the build then has fewer entries.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildDataset, serializeDataset } from '../data/build';
import { curatedEntries } from '../data/curated/index';
import { readMediaLists, type ListFiles } from '../data/media-lists';

const DEFAULT_CSV = '../shared/data/state-media/State_Media_Matrix.csv';
const DEFAULT_LISTS = '../shared/data/media-data';

function read(path: string): string | null {
  if (existsSync(path)) return readFileSync(path, 'utf8');
  console.log(`notice: ${path} not found; skipped.`);
  return null;
}

/** The list files under a media-data folder (each null when absent). */
export function listFiles(dir: string): ListFiles {
  return {
    wikidataEntities: read(join(dir, 'wikidata-newspapers/entities.csv')),
    wikidataSparql: read(join(dir, 'wikidata-newspapers/sparql_rows.csv')),
    wikipediaUs: read(join(dir, 'wikipedia-us-newspapers/wikipedia-us-newspapers.tsv')),
    localNews: read(join(dir, 'local-news-dataset/local_news_dataset_2018.csv')),
  };
}

function main(): void {
  const csvPath = resolve(process.argv[2] ?? DEFAULT_CSV);
  const listDir = resolve(process.argv[3] ?? DEFAULT_LISTS);
  const out = fileURLToPath(new URL('../data/sources.json', import.meta.url));
  const csv = read(csvPath);
  if (!csv) console.log('notice: building without the State Media Matrix (no stateControl grades).');
  const { records, stats } = readMediaLists(listFiles(listDir));
  console.log(`lists: ${records.length} records; dropped ${stats.dropped.defunct} defunct, ${stats.dropped.noName} without a name; joined ${JSON.stringify(stats.joined)}`);
  const { dataset, rowOwner, warnings } = buildDataset(curatedEntries, csv, { lists: records });
  for (const w of warnings) if (!w.startsWith('alias "')) console.warn(`warning: ${w}`);
  const aliasWarnings = warnings.filter((w) => w.startsWith('alias "')).length;
  if (aliasWarnings) console.warn(`warning: ${aliasWarnings} names claimed by more than one entry were dropped from the non-curated ones`);
  const text = serializeDataset(dataset);
  writeFileSync(out, text);
  const byType = new Map<string, number>();
  for (const e of dataset.entries) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  console.log(
    `wrote ${out}: ${dataset.entries.length} entries (${curatedEntries.length} curated${csv ? `, ${rowOwner.size} matrix rows merged` : ''}), ` +
      `${(text.length / 1024).toFixed(0)} KiB, ${(gzipSync(text).length / 1024).toFixed(0)} KiB gzip`,
  );
  console.log([...byType].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', '));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
