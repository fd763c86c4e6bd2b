/**
 * A context card: what a source is, where it is, who owns it, its state-control status in plain
 * words, and where each fact comes from. A native <details> so it opens by keyboard and reads well
 * in a screen reader. Used by the popup and the in-page card.
 */
import { STATE_CONTROL_LABELS, type SourceCard as Card } from '../core/report';
import { typeLabel } from '../core/dataset';
import { factSources, type FactField } from '../core/provenance';

export function SourceCard({ card, open = false }: { card: Card; open?: boolean }) {
  const sc = card.stateControl ? STATE_CONTROL_LABELS[card.stateControl] : null;
  const from = factSources(card);
  // Each fact with the source its provenance line names (list, licence and as-of date, or a document).
  const fact = (field: FactField, label: string, value: string | number | null, none = 'unknown') => (
    <>
      <dt>{label}</dt>
      <dd data-fact={field}>
        {value ?? none}
        {value !== null && <span class="sl-fact-source">{` · source: ${from[field] ?? 'not stated'}`}</span>}
      </dd>
    </>
  );
  return (
    <details class="sl-card" open={open} data-source-id={card.id}>
      <summary>
        <span class="sl-card-name">{card.name}</span>
        <span class="sl-card-meta">
          {typeLabel(card.type)}
          {card.country ? ` · ${card.country}` : ''}
        </span>
        {sc && (
          <span class={`sl-badge sl-sc-${card.stateControl}`} title={sc.meaning}>
            {card.stateControl === 'SC' ? 'State-controlled' : sc.label}
          </span>
        )}
      </summary>
      <p class="sl-card-desc">{card.description}</p>
      <dl class="sl-card-facts">
        {fact('type', 'Type', typeLabel(card.type))}
        {fact('country', 'Country', card.country)}
        {fact('owner', 'Owner', card.owner)}
        {fact('stateControl', 'State control', sc ? `${sc.label} (${card.stateControl}): ${sc.meaning}` : null, 'not listed in the State Media Matrix')}
        {fact('founded', 'Founded', card.founded)}
        {card.website && fact('website', 'Website', card.website)}
        {card.qid && fact('qid', 'Wikidata', card.qid)}
      </dl>
    </details>
  );
}
