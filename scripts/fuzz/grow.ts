/**
 * `npm run fuzz -- --grow [--steps 5] [--max-ms 8000]`: grows one hazard at a time (×2 per step) and
 * reports how the engine's time grows with the page: the log-log slope of time against size (1 =
 * linear, 2 = quadratic; goal ≤ 1.2). The engine is the CLI's, with no work budget, so the slope is
 * the detectors' own, in CPU time (best of three runs). Then measures the second-tab delay: a small article submitted to the
 * background's TabQueue while a hostile 1 MB page is being read (with the page budget, as the
 * extension does), against the old one-after-the-other order. A script, not a test: it times.
 */
import { reportFromHtml, parseDocument, loadIndex } from '../../cli/engine';
import { judgeArticle, findArticleRoot } from '../../core/article';
import { extractBlocks } from '../../core/blocks';
import { PAGE_BUDGET, annotateStepwise, annotate } from '../../core/detect';
import { TabQueue } from '../../entrypoints/background/tab-queue';

const PROSE = [
  'The council voted on Tuesday to extend the harbour works by two years, the mayor’s office said.',
  'Residents had asked for a longer consultation, and the plan was changed twice before the vote.',
  'The project is expected to cost 40 million euros, according to the city’s own estimate.',
].map((p) => `<p>${p}</p>`).join('');

const page = (body: string, head = '') =>
  `<!doctype html><html><head><title>Harbour works</title><meta property="og:type" content="article">${head}</head><body><article><h1>Harbour works extended</h1>${PROSE}${body}</article></body></html>`;

/** Each hazard: a page of about `n` units. */
const HAZARDS: Record<string, { unit: string; base: number; make: (n: number) => string }> = {
  'quote marks, no sentence end': { unit: 'KB', base: 8, make: (n) => page(`<p>${'“word said Jane Roe of Example News ” '.repeat(Math.round((n * 1024) / 38))}</p>`) },
  'long capitalised run': { unit: 'KB', base: 8, make: (n) => page(`<p>${'Alder Birch Cedar Douglas Elm Fir Grant Hazel '.repeat(Math.round((n * 1024) / 47))}</p>`) },
  'cue words repeated': { unit: 'KB', base: 8, make: (n) => page(`<p>${'said told added according to warned claimed '.repeat(Math.round((n * 1024) / 45))}</p>`) },
  'huge JSON-LD': {
    unit: 'images', base: 500,
    make: (n) => page('', `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', image: Array.from({ length: n }, (_, i) => ({ '@type': 'ImageObject', creditText: `Photographer ${i}/Agency ${i % 41}`, caption: `A view of the harbour, number ${i}` })) })}</script>`),
  },
  'figures': { unit: 'figures', base: 300, make: (n) => page(Array.from({ length: n }, (_, i) => `<figure><img src="p${i}.jpg" alt=""><figcaption>The quay at dusk, view ${i}. Photo: Lena Park/Agency ${i % 41}</figcaption></figure>`).join('')) },
  'deep nesting': { unit: 'levels', base: 250, make: (n) => page(`${'<div>'.repeat(n)}<p>“We will finish on time,” said Ana Ortiz, a spokeswoman for the port.</p>${'</div>'.repeat(n)}`) },
};

/** The engine's CPU time on one page, in ms: CPU time, not wall time, which on a shared, loaded machine mostly measures the others. */
function time(html: string): number {
  const c = process.cpuUsage();
  reportFromHtml(html, 'https://example.org/a');
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}

/** Least-squares slope of log(time) on log(size). */
function slope(points: [number, number][]): number {
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(Math.max(y, 0.01)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my);
    den += (xs[i]! - mx) ** 2;
  }
  return num / den;
}

export async function grow(steps: number, maxMs: number, only?: string[]): Promise<void> {
  time(page('<p>warm up</p>'));
  const rows: string[] = [];
  for (const [name, h] of Object.entries(HAZARDS)) {
    if (only && !only.some((o) => name.includes(o))) continue;
    const points: [number, number][] = [];
    for (let k = 0, n = h.base; k < steps; k++, n *= 2) {
      const html = h.make(n);
      // Best of three (of one when a run is slow): the machine is shared, and one run of a large page can
      // catch a major GC (a single run at 256 KB read up to 4x the best of three).
      const once = time(html);
      const ms = once > maxMs / 4 ? once : Math.min(once, time(html), time(html));
      points.push([html.length, ms]);
      if (ms > maxMs) break;
    }
    const last = points.length > 1 ? Math.log(points.at(-1)![1] / points.at(-2)![1]) / Math.log(points.at(-1)![0] / points.at(-2)![0]) : NaN;
    const sizes = points.map(([b, ms]) => `${(b / 1024).toFixed(0)}K:${ms.toFixed(0)}`).join(' ');
    rows.push(`| ${name} | ${h.base}→${h.base * 2 ** (points.length - 1)} ${h.unit} | ${slope(points).toFixed(2)} | ${last.toFixed(2)} | ${sizes} |`);
    console.log(rows.at(-1));
  }
  console.log('\n| hazard | grown | exponent (fit) | last step | KB of HTML : ms |\n|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

/** The second tab's delay: a small article queued while the hostile page's detectors run. */
export async function secondTab(): Promise<void> {
  const index = loadIndex();
  const blocksOf = (html: string) => {
    const doc = parseDocument(html);
    const article = judgeArticle(doc);
    return { url: 'https://example.org/a', title: null, article, blocks: extractBlocks(findArticleRoot(doc) ?? doc.body).map((m) => m.block) };
  };
  // 1 MB of quote marks in 50 paragraphs of 20 KB (one 1 MB paragraph would be cut to one block budget).
  const hostile = blocksOf(page(`<p>${'“word said Jane Roe of Example News ” '.repeat(540)}</p>`.repeat(50)));
  const small = blocksOf(page(''));
  const queue = new TabQueue();
  const t0 = performance.now();
  const first = queue.run(1, annotateStepwise(hostile, index, {}, PAGE_BUDGET));
  // The second tab's blocks arrive just after (next task), while the first tab is being read.
  await new Promise((r) => setTimeout(r, 0));
  const t1 = performance.now();
  const second = await queue.run(2, annotateStepwise(small, index, {}, PAGE_BUDGET));
  const delay = performance.now() - t1;
  const r1 = await first;
  // The worst case: a tab that asks just as the hostile page's longest step begins waits that step.
  const steps: number[] = [];
  const gen = annotateStepwise(hostile, index, {}, PAGE_BUDGET);
  for (let t = performance.now(), s = gen.next(); ; s = gen.next()) {
    steps.push(performance.now() - t);
    t = performance.now();
    if (s.done) break;
  }
  const total = performance.now() - t0;
  const t2 = performance.now();
  annotate(hostile, index, {}, PAGE_BUDGET);
  annotate(small, index, {}, PAGE_BUDGET);
  const sequential = performance.now() - t2;
  console.log(`\nsecond tab (small article) served ${delay.toFixed(0)} ms after it asked, while a hostile page (1 MB of quote marks in 50 paragraphs) was read (${total.toFixed(0)} ms for both, hostile report partial: ${r1?.partial === true}, small: ${second?.annotations.length} annotations); one after the other it would wait ${sequential.toFixed(0)} ms`);
  console.log(`hostile page's steps (credits, quotes, claims, sources, sort): ${steps.map((x) => x.toFixed(0)).join(', ')} ms; worst-case second-tab delay = the longest, ${Math.max(...steps).toFixed(0)} ms`);
}
