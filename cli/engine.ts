/**
 * The engine as Node runs it: HTML through linkedom (no browser), text through blank-line blocks,
 * then the same core/ detectors the extension runs. Used by the CLI, the evaluations and the bench.
 */
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { judgeArticle, findArticleRoot } from '../core/article';
import { extractWithLeadFiguresAtOnce } from '../core/credits/lead-figures';
import { jsonLdCreditBlocks } from '../core/json-ld';
import { splitTextBlocks } from '../core/text-blocks';
import { annotate } from '../core/detect';
import { readPageMeta } from '../core/site';
import type { DetectOptions } from '../core/detect/types';
import { createSourceIndex } from '../core/source-index';
import type { Dataset, SourceIndex } from '../core/dataset';
import type { Report } from '../core/report';

let cached: SourceIndex | null = null;

/** The bundled dataset's index, built once per process. */
export function loadIndex(): SourceIndex {
  if (!cached) {
    const file = fileURLToPath(new URL('../data/sources.json', import.meta.url));
    const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
    cached = createSourceIndex(dataset.entries, dataset.trie);
  }
  return cached;
}

/**
 * Parses an HTML string into a Document (linkedom). Stray markup before `<html>`/`<head>` (a tag
 * printed by a plugin, a cookie banner, a BOM-less `<meta>`) makes linkedom build its tree on that
 * first tag and leave the page's `<body>` empty; a browser moves such markup into the body instead.
 * The stray prefix is dropped so that the element holding the content is the body again.
 */
export function parseDocument(html: string): Document {
  return parseHTML(withoutStrayPrefix(html)).document as unknown as Document;
}

/** `html` from its `<html>` (or `<head>`) on, its doctype kept, when tags (not comments or space) come before it. */
export function withoutStrayPrefix(html: string): string {
  const head = html.length > 200_000 ? html.slice(0, 200_000) : html;
  const start = /<html[\s>]|<head[\s>]/i.exec(head);
  if (!start) return html;
  // `<!doctype html><head>…` with no `<html>` tag: linkedom would make the head the document element
  // and leave the body empty, so the missing tag is put back.
  const noHtmlTag = /^<head/i.test(start[0]) && !/<html[\s>]/i.test(head);
  if (start.index === 0) return noHtmlTag ? `<html>${html}` : html;
  const before = head.slice(0, start.index);
  const doctype = /<!doctype\s[^>]*>/i.exec(before)?.[0] ?? '';
  const prefix = before.replace(/<!doctype\s[^>]*>/i, '').replace(/<!--[\s\S]*?-->/g, '');
  if (/<[a-z]/i.test(prefix)) return doctype + (noHtmlTag ? '<html>' : '') + html.slice(start.index);
  return noHtmlTag ? `${html.slice(0, start.index)}<html>${html.slice(start.index)}` : html;
}

/** The report for an HTML page, exactly as the extension would compute it. */
export function reportFromHtml(html: string, url: string | null = null, options: DetectOptions = {}): Report {
  const doc = parseDocument(html);
  const article = judgeArticle(doc, url);
  const title = doc.querySelector('title')?.textContent?.trim() || null;
  const pageBlocks = article.isArticle ? extractWithLeadFiguresAtOnce(doc, findArticleRoot(doc)).map((m) => m.block) : [];
  const blocks = article.isArticle ? [...pageBlocks, ...jsonLdCreditBlocks(doc, pageBlocks)] : [];
  return annotate({ url, title, article, blocks, page: readPageMeta(doc) }, loadIndex(), options);
}

/** The report for plain text: blocks at blank lines, each with its offset into `text`. */
export function reportFromText(text: string, url: string | null = null, options: DetectOptions = {}): Report {
  const blocks = splitTextBlocks(text);
  return annotate({ url, title: null, article: { isArticle: true, signals: ['text-input'] }, blocks }, loadIndex(), options);
}
