/**
 * `npm run fuzz -- --count 10000 [--seed 1] [--scale S] [--hazards a,b]`: runs many generated
 * adversarial pages (tests/fuzz/generator.ts) through the engine and checks every invariant
 * (tests/fuzz/check.ts). Without --scale, most pages are small and one in twenty is ten times larger;
 * `--scale 1` gives the full sizes (1 MB paragraphs, 2000 figures, 3000-deep nesting).
 * `--grow`: grows each hazard ×2 per step and prints the growth exponent table (scripts/fuzz/grow.ts).
 * Prints failures with their seed (re-run one with `--seed N --count 1`) and the slowest pages.
 */
import { parseArgs } from 'node:util';
import { ALL_HAZARDS, generatePage, rng, type Hazard } from '../tests/fuzz/generator';
import { checkPage } from '../tests/fuzz/check';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    scale: { type: 'string' },
    hazards: { type: 'string' },
    slow: { type: 'string', default: '1000' },
    grow: { type: 'boolean', default: false },
    steps: { type: 'string', default: '5' },
    'max-ms': { type: 'string', default: '8000' },
  },
});
if (values.grow) {
  // Grow mode (scripts/fuzz/grow.ts): the growth exponent per hazard, then the second-tab delay.
  const { grow, secondTab } = await import('./fuzz/grow');
  await grow(Number(values.steps), Number(values['max-ms']), values.hazards?.split(','));
  await secondTab();
  process.exit(0);
}
const count = Number(values.count);
const first = Number(values.seed);
const slowMs = Number(values.slow);
const hazards = values.hazards ? (values.hazards.split(',') as Hazard[]) : undefined;
for (const h of hazards ?? []) if (!(ALL_HAZARDS as readonly string[]).includes(h)) throw new Error(`unknown hazard ${h}; known: ${ALL_HAZARDS.join(', ')}`);

const failures: { seed: number; hazards: string[]; problems: string[] }[] = [];
const slow: { seed: number; hazards: string[]; ms: number; kb: number }[] = [];
const times: number[] = [];
let articles = 0;
let annotations = 0;
let bytes = 0;
const t0 = performance.now();
for (let i = 0; i < count; i++) {
  const seed = first + i;
  const scale = values.scale ? Number(values.scale) : rng(seed ^ 0x5eed)() < 0.05 ? 0.2 : 0.02;
  const page = generatePage(seed, { hazards, scale });
  const r = checkPage(page.html);
  times.push(r.ms);
  bytes += page.html.length;
  if (r.isArticle) articles++;
  annotations += r.annotations;
  if (r.problems.length) {
    failures.push({ seed, hazards: page.hazards, problems: r.problems });
    console.log(`FAIL seed ${seed} [${page.hazards.join(',')}]\n  ${r.problems.slice(0, 5).join('\n  ')}`);
  }
  if (r.ms > slowMs) slow.push({ seed, hazards: page.hazards, ms: r.ms, kb: page.html.length / 1024 });
  if ((i + 1) % 500 === 0) console.log(`… ${i + 1}/${count} pages, ${failures.length} failing`);
}
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
console.log(`\nfuzz: ${count} pages (seeds ${first}–${first + count - 1}), ${(bytes / 1e6).toFixed(1)} MB of HTML, ${articles} judged articles, ${annotations} annotations`);
console.log(`failures: ${failures.length}`);
console.log(`engine ms/page: median ${q(0.5).toFixed(1)}, p95 ${q(0.95).toFixed(1)}, p99 ${q(0.99).toFixed(1)}, max ${q(1).toFixed(0)}; total ${((performance.now() - t0) / 1000).toFixed(0)} s`);
if (slow.length) {
  console.log(`slow pages (> ${slowMs} ms): ${slow.length}`);
  for (const s of slow.sort((a, b) => b.ms - a.ms).slice(0, 10)) console.log(`  seed ${s.seed} ${s.kb.toFixed(0)} KB ${s.ms.toFixed(0)} ms [${s.hazards.join(',')}]`);
}
process.exitCode = failures.length ? 1 : 0;
