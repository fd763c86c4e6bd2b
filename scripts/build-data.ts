/**
 * `npm run data:build -- [state-media-csv]`: merges the curated entries (data/curated/) with the
 * State Media Matrix (default ../shared/data/state-media/State_Media_Matrix.csv) and writes
 * data/sources.json. Without the CSV it builds from the curated entries alone and says so.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset, serializeDataset } from '../data/build';
import { curatedEntries } from '../data/curated/index';

const DEFAULT_CSV = '../shared/data/state-media/State_Media_Matrix.csv';

function main(): void {
  const csvPath = resolve(process.argv[2] ?? DEFAULT_CSV);
  const out = fileURLToPath(new URL('../data/sources.json', import.meta.url));
  let csv: string | null = null;
  if (existsSync(csvPath)) csv = readFileSync(csvPath, 'utf8');
  else {
    console.log(`notice: State Media Matrix not found at ${csvPath}; building from curated entries only (no stateControl grades).`);
  }
  const { dataset, rowOwner, warnings } = buildDataset(curatedEntries, csv);
  for (const w of warnings) console.warn(`warning: ${w}`);
  const text = serializeDataset(dataset);
  writeFileSync(out, text);
  const byType = new Map<string, number>();
  for (const e of dataset.entries) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  console.log(`wrote ${out}: ${dataset.entries.length} entries (${curatedEntries.length} curated${csv ? `, ${rowOwner.size} matrix rows merged` : ''}), ${(text.length / 1024).toFixed(0)} KiB`);
  console.log([...byType].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(', '));
}

main();
