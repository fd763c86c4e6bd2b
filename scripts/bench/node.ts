/**
 * The Node half of the bench: the CLI engine (cli/engine.ts reportFromHtml: linkedom parse, gate,
 * blocks, detectors) against Mozilla Readability's parse() on the same linkedom parser, page by page,
 * after a short warm-up of both. Also tells the browser half which pages should end up painted.
 *
 * Each page is timed ROUNDS times, the CLI and Readability taking turns (and turns about which goes
 * first), each run starting on a freshly collected heap, and the median of each is kept. Timed once
 * and back to back, as earlier versions did, one run paid for the garbage the other left behind:
 * the same code read anywhere from 0.5× to 1.2× of Readability from one run of the bench to the next.
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { reportFromHtml } from '../../cli/engine';
import { quantile } from './stats';

export type NodeResult = { slug: string; cliMs: number; readabilityMs: number; annotations: number; isArticle: boolean };

/** Runs of each per page. */
const ROUNDS = 3;

function readability(html: string): void {
  const { document } = parseHTML(html);
  new Readability(document as unknown as Document).parse();
}

/** A full garbage collection, so that no run pays for the previous one's garbage. */
const collect: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  return typeof gc === 'function' ? gc : () => undefined;
})();

function timed(fn: () => void): number {
  collect();
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Times the CLI engine and Readability (both including the linkedom parse) on each page. */
export function benchNode(pages: { slug: string; html: string }[]): NodeResult[] {
  for (const p of pages.slice(0, 5)) {
    reportFromHtml(p.html, null);
    try {
      readability(p.html);
    } catch {
      // see below
    }
  }
  const out: NodeResult[] = [];
  for (const p of pages) {
    const url = `http://127.0.0.1/${p.slug}/`;
    const report = reportFromHtml(p.html, url);
    const cli: number[] = [];
    const ref: number[] = [];
    let failed = false;
    for (let round = 0; round < ROUNDS; round++) {
      const runCli = () => cli.push(timed(() => reportFromHtml(p.html, url)));
      const runRef = () => {
        try {
          ref.push(timed(() => readability(p.html)));
        } catch {
          failed = true;
        }
      };
      if (round % 2 === 0) {
        runCli();
        runRef();
      } else {
        runRef();
        runCli();
      }
    }
    out.push({
      slug: p.slug,
      cliMs: quantile(cli, 0.5),
      // Readability fails on a few linkedom documents; such pages are left out of the ratio.
      readabilityMs: failed ? NaN : quantile(ref, 0.5),
      annotations: report.annotations.length,
      isArticle: report.article.isArticle,
    });
  }
  return out;
}
