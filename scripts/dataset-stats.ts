/**
 * `npm run data:stats -- [State_Media_Matrix.csv]`: measures the bundled dataset (data/sources.json) as
 * issue 19 asks, and changes nothing. Prints:
 * - entity counts by type, and by country (top 15, then the rest as "other", and "none");
 * - per card field, the share of entries that fill it and, of those, the share whose provenance names
 *   the field (a provenance line is "field, field: source"; `names`/`aliases (…)` lines cover aliases);
 * - the host index's size (distinct hosts of every website and alias host, as SourceIndex counts them),
 *   the number of QIDs, and the dataset's size raw and gzip;
 * - with the State Media Matrix CSV (default ../shared/data/state-media/State_Media_Matrix.csv; skipped
 *   with a message when absent): how many matrix rows land, by host or by name, on an entry carrying
 *   the row's own rating;
 * - matcher throughput: words per second of SourceIndex.find() on a generated 100,000-word text, with
 *   the bundled trie and with indexes cut to 10 %, 50 % and 100 % of the entries (cost should be flat).
 * Timings are the best of several interleaved runs (the machine is shared); rerunnable, deterministic text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { Dataset, SourceEntry, SourceIndex } from '../core/dataset';
import { rng } from '../core/random';
import { createSourceIndex, normHost, tokenize } from '../core/source-index';
import { readMatrix } from '../data/build';

const file = fileURLToPath(new URL('../data/sources.json', import.meta.url));
const raw = readFileSync(file);
const dataset = JSON.parse(raw.toString('utf8')) as Dataset;
const entries = dataset.entries;
const pct = (n: number, d: number): string => `${d ? ((100 * n) / d).toFixed(1) : '0.0'} %`;
const fmt = (n: number): string => n.toLocaleString('en');

console.log(`dataset ${dataset.schema}, as of ${dataset.asOf}: ${fmt(entries.length)} entries`);
console.log(`size: ${fmt(raw.length)} bytes raw, ${fmt(gzipSync(raw, { level: 9 }).length)} bytes gzip (level 9)`);

// Counts by type and by country.
function countBy(key: (e: SourceEntry) => string): [string, number][] {
  const m = new Map<string, number>();
  for (const e of entries) m.set(key(e), (m.get(key(e)) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
console.log('\nby type:');
for (const [t, n] of countBy((e) => e.type)) console.log(`  ${t.padEnd(20)} ${fmt(n).padStart(7)}  ${pct(n, entries.length)}`);
const countries = countBy((e) => e.country ?? '(none)');
const named = countries.filter(([c]) => c !== '(none)');
console.log(`\nby country (${named.length} countries):`);
for (const [c, n] of named.slice(0, 15)) console.log(`  ${c.padEnd(8)} ${fmt(n).padStart(7)}  ${pct(n, entries.length)}`);
const other = named.slice(15).reduce((s, [, n]) => s + n, 0);
console.log(`  ${'other'.padEnd(8)} ${fmt(other).padStart(7)}  ${pct(other, entries.length)}  (${named.length - 15} countries)`);
const none = countries.find(([c]) => c === '(none)')?.[1] ?? 0;
console.log(`  ${'(none)'.padEnd(8)} ${fmt(none).padStart(7)}  ${pct(none, entries.length)}`);

// Fields filled, and filled fields that carry provenance.
/** The fields a provenance line names: "name, type, country: …" → name, type, country. */
function provenanceFields(line: string): string[] {
  const head = line.slice(0, Math.max(0, line.indexOf(':')));
  return head
    .split(',')
    .map((f) => f.trim().replace(/\s*\(.*$/s, ''))
    .map((f) => (f === 'names' ? 'aliases' : f))
    .filter(Boolean);
}
const bare = (s: string): string => s.toLowerCase().replace(/^the\s+/, '');
const aliasesOf = (e: SourceEntry): string[] =>
  [...e.aliases, ...(e.exactAliases ?? []), ...(e.contextAliases ?? []), ...(e.lookupAliases ?? [])].filter((a) => bare(a) !== bare(e.name));
const FIELDS = ['name', 'type', 'country', 'owner', 'stateControl', 'founded', 'description', 'website', 'qid', 'aliases'] as const;
const filledOf = (e: SourceEntry, f: (typeof FIELDS)[number]): boolean => {
  // Aliases beyond the entry's own name ("The Lima News" as its exact form is the name, not an alias).
  if (f === 'aliases') return aliasesOf(e).length > 0;
  const v = (e as Record<string, unknown>)[f];
  return v !== null && v !== undefined && v !== '';
};
console.log('\nfields: filled (share of entries) · sourced (share of filled ones whose provenance names the field) · of which "inferred"');
for (const f of FIELDS) {
  let filled = 0;
  let sourced = 0;
  let inferred = 0;
  for (const e of entries) {
    if (!filledOf(e, f)) continue;
    filled++;
    const lines = e.provenance.filter((l) => provenanceFields(l).includes(f));
    if (lines.length) sourced++;
    if (lines.length && lines.every((l) => /inferred/i.test(l))) inferred++;
  }
  console.log(`  ${f.padEnd(13)} filled ${fmt(filled).padStart(7)} ${pct(filled, entries.length).padStart(8)}   sourced ${fmt(sourced).padStart(7)} ${pct(sourced, filled).padStart(8)}   inferred ${fmt(inferred)}`);
}

// Host index and QIDs.
const index = createSourceIndex(entries, dataset.trie);
const qids = new Set(entries.map((e) => e.qid).filter((q): q is string => typeof q === 'string' && q !== ''));
const aliasHosts = new Set(entries.flatMap((e) => (e.hosts ?? []).map((h) => normHost(h)).filter((h): h is string => h !== null)));
console.log(`\nhost index: ${fmt(index.hostCount)} distinct hosts (websites and alias hosts; ${fmt(aliasHosts.size)} alias hosts); subdomains resolve to their parent`);
console.log(`QIDs: ${fmt(qids.size)} distinct (${pct(entries.filter((e) => e.qid).length, entries.length)} of entries)`);
const ratings = countBy((e) => e.stateControl ?? '(none)').filter(([c]) => c !== '(none)');
console.log(`state-control ratings: ${ratings.map(([c, n]) => `${c} ${n}`).join(', ')} (${fmt(ratings.reduce((s, [, n]) => s + n, 0))} entries)`);

// The State Media Matrix: every rated row lands on an entry with its rating.
const args = process.argv.slice(2);
const matrixFile = resolve(args.find((a) => !a.startsWith('--')) ?? '../shared/data/state-media/State_Media_Matrix.csv');
if (!existsSync(matrixFile)) {
  console.log(`\nState Media Matrix: skipped, ${matrixFile} not found (pass its path as the argument)`);
} else {
  const CODES = new Set(['SC', 'CaPu', 'CaPr', 'ISFM', 'ISF', 'ISM', 'IP']);
  const all = readMatrix(readFileSync(matrixFile, 'utf8'));
  const rows = all.filter((r) => CODES.has(r.typology));
  const odd = all.filter((r) => r.typology !== '' && !CODES.has(r.typology));
  // Every entry under each host, as the host index holds them (a shared host keeps all its entries).
  const underHost = new Map<string, SourceEntry[]>();
  for (const e of entries) {
    for (const h of [e.website, ...(e.hosts ?? [])]) {
      const n = h ? normHost(h) : null;
      if (!n) continue;
      const list = underHost.get(n) ?? [];
      if (!list.includes(e)) list.push(e);
      underHost.set(n, list);
    }
  }
  const bareName = (s: string): string => s.replace(/^(?:print|television|radio|news agency|online)\s*:\s*/i, '').trim();
  let kept = 0;
  let seenByHost = 0;
  let ambiguous = 0;
  let withHost = 0;
  const lost: string[] = [];
  const hidden: string[] = [];
  for (const r of rows) {
    const host = r.url ? normHost(r.url) : null;
    const named = [r.asset, bareName(r.asset), r.company].map((n) => (n ? index.lookup(n) : null)).filter((c) => c !== null);
    const candidates = [...(host ? (underHost.get(host) ?? []) : []), ...named];
    if (candidates.some((c) => c.stateControl === r.typology)) kept++;
    else lost.push(`${r.country} · ${r.asset || r.company} · ${r.url || '(no URL)'} (${r.typology})`);
    if (!host) continue;
    withHost++;
    // What a reader on that host sees when the page states no name the dataset knows.
    const card = index.byHost(host);
    if (card?.stateControl === r.typology) seenByHost++;
    else if (!card && (underHost.get(host)?.length ?? 0) > 1) {
      ambiguous++;
      hidden.push(`${host}: ${(underHost.get(host) ?? []).map((e) => `${e.id} (${e.stateControl ?? 'unrated'})`).join(', ')}`);
    }
  }
  console.log(
    `\nState Media Matrix (${matrixFile}): ${rows.length} rated rows; kept in the dataset with the row's rating ` +
      `(an entry under the row's host or of its name) ${kept}/${rows.length} (${pct(kept, rows.length)}); ` +
      `${all.length - rows.length} rows without one of the 7 codes (${odd.map((r) => `${r.asset} "${r.typology}"`).join(', ') || 'none with another value'})`,
  );
  for (const l of lost) console.log(`  not kept  ${l}`);
  console.log(
    `  rows with a host ${withHost}: a page there shows the rating by its host alone ${seenByHost} (${pct(seenByHost, withHost)}); ` +
      `host shared by several entries, named only when the page states one of their names ${ambiguous}`,
  );
  for (const h of [...new Set(hidden)].slice(0, 20)) console.log(`  shared host  ${h}`);
}

// Matcher throughput, and its cost with the index cut to 10 %, 50 %, 100 % of the entries.
const WORDS = 100_000;
const FILLER = (
  'the of and to in a is that for on was with he it as at by said from his an be has are have but were not ' +
  'this government minister officials report percent year people new would after two state news agency space ' +
  'national daily times post sun mail photo getty images according told statement week program deal'
).split(' ');
/** Filler words with a name of `from` about every 25 words (fixed seed). */
function text(from: SourceEntry[], random: () => number): string {
  const names = from.flatMap((e) => [...e.aliases, ...(e.exactAliases ?? [])]).filter((a) => a.length > 0);
  const out: string[] = [];
  let count = 0;
  while (count < WORDS) {
    if (random() < 0.04) {
      const name = names[Math.floor(random() * names.length)]!;
      out.push(name);
      count += tokenize(name).length;
    } else {
      let w = FILLER[Math.floor(random() * FILLER.length)]!;
      if (random() < 0.08) w = w[0]!.toUpperCase() + w.slice(1);
      out.push(random() < 0.06 ? `${w}.` : random() < 0.05 ? `${w},` : w);
      count++;
    }
  }
  return out.join(' ');
}
/** Every k-th entry, so each cut spans the whole dataset (all types and countries). */
const cut = (share: number): SourceEntry[] => entries.filter((_, i) => Math.floor(i * share) !== Math.floor((i + 1) * share));
const tenth = cut(0.1);
const indexes: [string, SourceIndex][] = [
  ['10 % of entries', createSourceIndex(tenth)],
  ['50 % of entries', createSourceIndex(cut(0.5))],
  ['100 % of entries', createSourceIndex(entries)],
  ['bundled trie (100 %)', index],
];

/** Best of 9 interleaved runs of find() over `sample` with each index (a noisy neighbour hits all alike). */
function timeAll(sample: string): { ms: number; matches: number }[] {
  const best = indexes.map(([, ix]) => ({ ms: Infinity, matches: ix.find(sample).length }));
  for (let r = 0; r < 9; r++) {
    indexes.forEach(([, ix], k) => {
      const t0 = performance.now();
      ix.find(sample);
      best[k]!.ms = Math.min(best[k]!.ms, performance.now() - t0);
    });
  }
  return best;
}
function print(title: string, best: { ms: number; matches: number }[]): void {
  console.log(title);
  const full = best[2]!.ms;
  indexes.forEach(([label, ix], k) => {
    const b = best[k]!;
    console.log(
      `  ${label.padEnd(22)} ${fmt(ix.size).padStart(7)} entries  ${b.ms.toFixed(1).padStart(6)} ms  ${fmt(Math.round(WORDS / (b.ms / 1000))).padStart(10)} words/s  ` +
        `${fmt(b.matches).padStart(5)} matches  cost ÷ 100 % ${(b.ms / full).toFixed(2)}×`,
    );
  });
}
console.log(`\nmatcher: find() over generated ${fmt(WORDS)}-word texts, best of 9 interleaved runs (goal ≥ 1,000,000 words/s, cost flat in entries)`);
// The same names in every index: only the index's size differs, not the number of matches.
print('text A, names from the 10 % cut (the cost as entries grow):', timeAll(text(tenth, rng(19))));
// Names from the whole dataset: the smaller indexes find fewer of them, so they do less work per text.
print('text B, names from all entries (the throughput of the bundled dataset):', timeAll(text(entries, rng(19))));
