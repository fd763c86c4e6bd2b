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

export type AnnotateInput = {
  url: string | null;
  title: string | null;
  article: ArticleVerdict;
  blocks: Block[];
  /** What the page says about its site (canonical, og:url, og:site_name, JSON-LD publisher). */
  page?: PageMeta | null;
};

/** Runs every detector and returns the page's report. */
export function annotate(input: AnnotateInput, index: SourceIndex, options: DetectOptions = {}): Report {
  const blocks = input.article.isArticle ? input.blocks : [];
  const credits = detectCredits({ blocks, index, options, credits: [] });
  const site = resolveSite(input.url, input.page, index);
  const ctx = { blocks, index, options, credits, siteId: site?.sourceId ?? null };
  const annotations: Annotation[] = [...credits, ...detectQuotes(ctx), ...detectClaims(ctx), ...detectSources(ctx)];
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
  };
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
