/**
 * The Node half of the bench: the CLI engine (cli/engine.ts reportFromHtml: linkedom parse, gate,
 * blocks, detectors) against Mozilla Readability's parse() on the same linkedom parser, page by page,
 * after a short warm-up of both. Also tells the browser half which pages should end up painted.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { reportFromHtml } from '../../cli/engine';

export type NodeResult = { slug: string; cliMs: number; readabilityMs: number; annotations: number; isArticle: boolean };

function readability(html: string): void {
  const { document } = parseHTML(html);
  new Readability(document as unknown as Document).parse();
}

/** Times the CLI engine and Readability (both including the linkedom parse) on each page. */
export function benchNode(pages: { slug: string; html: string }[]): NodeResult[] {
  for (const p of pages.slice(0, 5)) {
    reportFromHtml(p.html, null);
    readability(p.html);
  }
  const out: NodeResult[] = [];
  for (const p of pages) {
    let t = performance.now();
    const report = reportFromHtml(p.html, `http://127.0.0.1/${p.slug}/`);
    const cliMs = performance.now() - t;
    t = performance.now();
    let readabilityMs = NaN;
    try {
      readability(p.html);
      readabilityMs = performance.now() - t;
    } catch {
      // Readability fails on a few linkedom documents; such pages are left out of the ratio.
    }
    out.push({ slug: p.slug, cliMs, readabilityMs, annotations: report.annotations.length, isArticle: report.article.isArticle });
  }
  return out;
}
