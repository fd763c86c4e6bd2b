/**
 * Where each fact of a card comes from. A card's `provenance` lines read "field, field: source"
 * ("country, owner: Wikidata (CC0), as of 2026-11-30"); this turns them into one source per field,
 * so a card can show the source beside each fact. A field that no line names has no source: the
 * card shows it as unsourced (and the build leaves such facts empty).
 */
import type { SourceCard } from './report';

export const FACT_FIELDS = ['name', 'type', 'country', 'owner', 'stateControl', 'founded', 'website', 'qid'] as const;
export type FactField = (typeof FACT_FIELDS)[number];

/** Field → the source line that states it (the text after the colon). */
export function factSources(card: Pick<SourceCard, 'provenance'>): Partial<Record<FactField, string>> {
  const out: Partial<Record<FactField, string>> = {};
  for (const line of card.provenance) {
    const colon = line.indexOf(': ');
    if (colon < 0) continue;
    const fields = line.slice(0, colon).split(',').map((f) => f.trim());
    const source = line.slice(colon + 2).trim();
    if (!source) continue;
    for (const f of fields) {
      if ((FACT_FIELDS as readonly string[]).includes(f) && !(f in out)) out[f as FactField] = source;
    }
  }
  return out;
}
