/**
 * Credits detector: finds photo-credit lines in the article's blocks (credit elements, captions,
 * bare credit paragraphs) and reads each as a chain photographer → agency → distributor, linking
 * every organisation to its dataset card. Parsing lives in core/credits/; this file only walks blocks.
 */
import type { DetectInput } from './types';
import type { ChainLink, CreditAnnotation } from '../report';
import type { SourceIndex } from '../dataset';
import { findCredits, precedingOf, type ParsedLink, type Preceding } from '../credits/parse';

/** Every credit line in the blocks, one annotation per line, its span covering only the credit. */
export function detectCredits(input: DetectInput): CreditAnnotation[] {
  const out: CreditAnnotation[] = [];
  let before: Preceding = null;
  for (const block of input.blocks) {
    // A block that is only `Фото:` (a <dt> before its <dd>) vouches for the next block; a short
    // line right after a caption is most likely that caption's credit.
    const found = findCredits(block.text, block.kind, before);
    before = precedingOf(block.text, block.kind, found.length > 0);
    for (const credit of found) {
      out.push({
        kind: 'credit',
        span: { block: block.id, start: credit.start, end: credit.end },
        text: block.text.slice(credit.start, credit.end),
        chain: credit.chain.map((link) => toChainLink(link, input.index)),
      });
    }
  }
  return out;
}

/** A parsed link with its dataset id: the name as written first, then the lexicon's canonical name. */
function toChainLink(link: ParsedLink, index: SourceIndex): ChainLink {
  let sourceId: string | null = null;
  if (link.role !== 'photographer') {
    const card = index.lookup(link.name) ?? (link.org ? index.lookup(link.org.name) : null);
    sourceId = card?.id ?? null;
  }
  return { name: link.name, role: link.role, sourceId };
}
