/**
 * The detector registry: runs each detector over the blocks and assembles one Report.
 * Order matters only in that credits run first; quotes and claims skip credit text.
 */
import { REPORT_SCHEMA, type Annotation, type ArticleVerdict, type Block, type Report, type SourceCard } from '../report';
import type { SourceIndex } from '../dataset';
import type { DetectOptions } from './types';
import { detectCredits } from './credits';
import { detectQuotes } from './quotes';
import { detectClaims } from './claims';
import { detectSources } from './sources';
import { resolveSite, type PageMeta } from '../site';
import { runToEnd } from '../multi-match';

export type AnnotateInput = {
  url: string | null;
  title: string | null;
  article: ArticleVerdict;
  blocks: Block[];
  /** What the page says about its site (canonical, og:url, og:site_name, JSON-LD publisher). */
  page?: PageMeta | null;
};

/**
 * A page's work budget, in characters (deterministic, unlike time): each block is read up to
 * `blockChars`, the page up to `pageChars`; the rest is left out and the report says `partial`.
 * Every detector is linear or near-linear in what it reads, so this bounds the work per page.
 */
export type WorkBudget = { blockChars: number; pageChars: number };

/**
 * The background's budget: above any real article's paragraph (a few thousand characters) and page
 * (a long one is 60,000), far below a hostile page. The block cap bounds one detector step, which is
 * how long another tab can wait. (It was set when the quotes detector was quadratic on one paragraph of
 * quote marks without a sentence end; that is linear now, `npm run fuzz -- --grow`.)
 */
export const PAGE_BUDGET: WorkBudget = { blockChars: 16_000, pageChars: 400_000 };

/** The blocks within `budget` (a long block cut at a code-point boundary), and whether anything was left out. */
export function withinBudget(blocks: Block[], budget: WorkBudget): { blocks: Block[]; partial: boolean } {
  const out: Block[] = [];
  let left = budget.pageChars;
  let partial = false;
  for (const block of blocks) {
    if (left <= 0) {
      partial = true;
      break;
    }
    const cap = Math.min(budget.blockChars, left);
    if (block.text.length <= cap) {
      out.push(block);
      left -= block.text.length;
      continue;
    }
    partial = true;
    // Never half a surrogate pair.
    const end = /[\uD800-\uDBFF]/.test(block.text[cap - 1] ?? '') ? cap - 1 : cap;
    out.push({ ...block, text: block.text.slice(0, end) });
    left -= end;
  }
  return { blocks: out, partial };
}

/** Runs every detector and returns the page's report. */
export function annotate(input: AnnotateInput, index: SourceIndex, options: DetectOptions = {}, budget?: WorkBudget): Report {
  return runToEnd(annotateStepwise(input, index, options, budget));
}

/**
 * The same, one detector per step: the background runs it as cancellable sliced work per tab
 * (entrypoints/background/tab-queue.ts), so another tab's page is read between two steps of this one.
 */
export function* annotateStepwise(input: AnnotateInput, index: SourceIndex, options: DetectOptions = {}, budget?: WorkBudget): Generator<void, Report> {
  const all = input.article.isArticle ? input.blocks : [];
  const { blocks, partial } = budget ? withinBudget(all, budget) : { blocks: all, partial: false };
  const credits = detectCredits({ blocks, index, options, credits: [] });
  yield;
  const site = resolveSite(input.url, input.page, index);
  const ctx = { blocks, index, options, credits, siteId: site?.sourceId ?? null };
  const quotes: Annotation[] = [];
  // With a budget (the background), a long page's quotes are read in chunks; the CLI reads them whole.
  for (const chunk of budget ? quoteChunks(blocks) : [{ blocks, context: 0 }]) {
    const keep = new Set(chunk.blocks.slice(chunk.context).map((b) => b.id));
    for (const a of detectQuotes({ ...ctx, blocks: chunk.blocks })) if (keep.has(a.span.block)) quotes.push(a);
    yield;
  }
  const claims = detectClaims(ctx);
  yield;
  const annotations: Annotation[] = [...credits, ...quotes, ...claims, ...detectSources(ctx)];
  yield;
  const order = new Map(blocks.map((b, i) => [b.id, i]));
  annotations.sort(
    (a, b) => order.get(a.span.block)! - order.get(b.span.block)! || a.span.start - b.span.start || a.span.end - b.span.end,
  );
  return {
    schema: REPORT_SCHEMA,
    url: input.url,
    title: input.title,
    article: input.article,
    blocks,
    annotations,
    site,
    sources: collectSources(annotations, index, site?.sourceId ?? null),
    ...(partial ? { partial: true } : {}),
  };
}

/** Above this many characters a page's quotes are read in chunks (one step each), so no step is long. */
const QUOTE_CHUNK_PAGE = 60_000;
/** A chunk's size in characters (at least one block). */
const QUOTE_CHUNK = 16_000;

/**
 * The blocks for the quotes detector, one step each. A page up to QUOTE_CHUNK_PAGE characters (every
 * real article we have) is one chunk, read exactly as before. A longer one is read in chunks of about
 * QUOTE_CHUNK characters, each with the block before it as context (a paragraph's speaker can come
 * from the one before; a name introduced further back is then not carried over).
 */
function quoteChunks(blocks: Block[]): { blocks: Block[]; context: number }[] {
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  if (total <= QUOTE_CHUNK_PAGE) return [{ blocks, context: 0 }];
  const chunks: { blocks: Block[]; context: number }[] = [];
  let start = 0;
  while (start < blocks.length) {
    let end = start;
    let size = 0;
    while (end < blocks.length && (end === start || size + blocks[end]!.text.length <= QUOTE_CHUNK)) size += blocks[end++]!.text.length;
    chunks.push(start > 0 ? { blocks: blocks.slice(start - 1, end), context: 1 } : { blocks: blocks.slice(start, end), context: 0 });
    start = end;
  }
  return chunks;
}

function collectSources(annotations: Annotation[], index: SourceIndex, siteId: string | null): Record<string, SourceCard> {
  const ids = new Set<string>();
  if (siteId) ids.add(siteId);
  for (const a of annotations) {
    if (a.kind === 'source') ids.add(a.sourceId);
    if (a.kind === 'quote' && a.speaker.sourceId) ids.add(a.speaker.sourceId);
    if (a.kind === 'credit') {
      for (const link of a.chain) if (link.sourceId) ids.add(link.sourceId);
    }
  }
  const out: Record<string, SourceCard> = {};
  for (const id of [...ids].sort()) {
    const card = index.get(id);
    if (card) out[id] = card;
  }
  return out;
}
