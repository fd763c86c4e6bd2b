/**
 * Sources detector: every dataset name in every block, as matched by the SourceIndex (word boundaries,
 * leftmost-longest, no overlaps among sources). Overlap with quotes and credits is allowed: a source
 * named inside a quote or a credit line is still a source. The page's own outlet (`siteId`) lets its
 * context aliases ("RT" on rt.com) and its short name ("the Times" on a Times page) count.
 */
import type { DetectInput } from './types';
import type { SourceAnnotation } from '../report';

/** One `source` annotation per dataset match in each block. */
export function detectSources(input: DetectInput): SourceAnnotation[] {
  const out: SourceAnnotation[] = [];
  for (const block of input.blocks) {
    for (const match of input.index.find(block.text, { siteId: input.siteId ?? null })) {
      out.push({
        kind: 'source',
        span: { block: block.id, start: match.start, end: match.end },
        text: block.text.slice(match.start, match.end),
        sourceId: match.id,
      });
    }
  }
  return out;
}
