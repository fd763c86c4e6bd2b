/**
 * `npx tsx scripts/bench/figures-page.ts [--figures 10000]`: issue 22's page that lists 10,000 figures
 * in JSON-LD (with their credits) beside a short article, opened in Chromium with the built extension
 * (`npm run build` first): the extension's main-thread time and its longest stretch of work, from the
 * CPU profile as in `npm run bench` (goal: no stretch over 50 ms). Our own made-up text.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchInBrowser } from './browser';

const { values } = parseArgs({ options: { figures: { type: 'string', default: '10000' } } });
const n = Number(values.figures);
const images = Array.from({ length: n }, (_, i) => ({ '@type': 'ImageObject', url: `https://example.test/p/${i}.jpg`, caption: `The quay at dawn, picture ${i}`, creditText: `Photographer ${i} / Example Agency` }));
const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Vellin asks for an audit of its harbour fund', image: images });
const prose = Array.from({ length: 12 }, (_, i) => `<p>The council of Vellin voted on Tuesday to ask the audit office to look at the harbour fund again, paragraph ${i}. “We have asked for a full audit of the fund,” said Marta Lindqvist, the harbour master.</p>`).join('');
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour fund audit</title><meta property="og:type" content="article"><script type="application/ld+json">${ld}</script></head><body><article><h1>Vellin asks for an audit of its harbour fund</h1><p class="byline">By Jane Ellison</p>${prose}<figure><img src="data:," alt=""><figcaption>The quay at dawn, picture 7.</figcaption></figure></article></body></html>`;
const ROOT = resolve(import.meta.dirname, '../..');
const [r] = await benchInBrowser([{ slug: `json-ld-${n}-figures`, kind: 'article', html, expectPaint: true }], join(ROOT, '.output/chrome-mv3'));
console.log(`${n} figures in JSON-LD (${(html.length / 1048576).toFixed(1)} MB page): extension ${r!.extMs.toFixed(1)} ms, longest stretch ${r!.longestMs.toFixed(1)} ms (goal ≤ 50), painted at ${r!.paintedMs?.toFixed(0)} ms, ${r!.highlights} highlights`);
for (const t of (r!.longestTop ?? []).slice(0, 4)) console.log(`  ${t.ms} ms ${t.fn}`);
