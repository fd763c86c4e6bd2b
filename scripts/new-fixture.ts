/**
 * `npm run fixture -- <slug> <file.html>`: scaffolds tests/fixtures/pages/<slug>/ with the page and an
 * expected.json prefilled from what the engine finds now. Review and trim it by hand: expectations
 * are what *should* be found. Never use a publisher's article: fixture text is our own.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { reportFromHtml } from '../cli/engine';

const [slug, file] = process.argv.slice(2);
if (!slug || !file || !/^[a-z0-9-]+$/.test(slug)) {
  console.error('usage: npm run fixture -- <slug (a-z, 0-9, -)> <file.html>');
  process.exit(2);
}
const dir = resolve('tests/fixtures/pages', slug);
if (existsSync(dir)) {
  console.error(`fixture ${slug} already exists`);
  process.exit(2);
}
const report = reportFromHtml(readFileSync(file, 'utf8'));
const highlights: Record<string, string[]> = { quote: [], speaker: [], credit: [], claim: [], source: [] };
const blocks = new Map(report.blocks.map((b) => [b.id, b.text]));
for (const a of report.annotations) {
  if (a.kind === 'claim' && a.score < 0.5) continue;
  highlights[a.kind]!.push(a.text);
  if (a.kind === 'quote' && a.speaker.span) highlights.speaker!.push(blocks.get(a.speaker.span.block)!.slice(a.speaker.span.start, a.speaker.span.end));
}
mkdirSync(dir, { recursive: true });
copyFileSync(file, join(dir, 'source.html'));
writeFileSync(join(dir, 'expected.json'), JSON.stringify({ isArticle: report.article.isArticle, highlights }, null, 2) + '\n');
console.log(`wrote ${dir}/source.html and expected.json: review expected.json before committing`);
