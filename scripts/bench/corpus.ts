/**
 * The bench's real pages: ../shared/corpus/news-pages/html/*.html.gz (third-party, never committed),
 * read from a path given as an argument, with every <script> removed except JSON-LD, as the bench
 * serves them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export type CorpusPage = { slug: string; html: string };

const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;

/** Removes every <script> element except `type="application/ld+json"` (kept for the gate). */
export function stripScripts(html: string): string {
  return html.replace(SCRIPT, (whole, attrs: string) => (/type\s*=\s*["']?application\/ld\+json/i.test(attrs) ? whole : ''));
}

/** The corpus pages under `dir` (the folder holding html/), or null when it is absent. */
export function loadCorpus(dir: string, limit = Infinity): CorpusPage[] | null {
  const html = join(dir, 'html');
  if (!existsSync(html)) return null;
  return readdirSync(html)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .slice(0, limit)
    .map((f) => ({ slug: f.slice(0, 12), html: stripScripts(gunzipSync(readFileSync(join(html, f))).toString('utf8')) }));
}
