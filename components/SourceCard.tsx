/**
 * A context card: what a source is, where it is, who owns it, its state-control status in plain
 * words, and where each fact comes from. A native <details> so it opens by keyboard and reads well
 * in a screen reader. Used by the popup and the in-page card.
 */
import { STATE_CONTROL_LABELS, type SourceCard as Card } from '../core/report';
import { typeLabel } from '../core/dataset';

export function SourceCard({ card, open = false }: { card: Card; open?: boolean }) {
  const sc = card.stateControl ? STATE_CONTROL_LABELS[card.stateControl] : null;
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
        <dt>Type</dt>
        <dd>{typeLabel(card.type)}</dd>
        <dt>Country</dt>
        <dd>{card.country ?? 'unknown'}</dd>
        <dt>Owner</dt>
        <dd>{card.owner ?? 'unknown'}</dd>
        <dt>State control</dt>
        <dd>{sc ? `${sc.label} (${card.stateControl}): ${sc.meaning}` : 'not listed in the State Media Matrix'}</dd>
        <dt>Founded</dt>
        <dd>{card.founded ?? 'unknown'}</dd>
        {card.website && (
          <>
            <dt>Website</dt>
            <dd>{card.website}</dd>
          </>
        )}
        <dt>Sources</dt>
        <dd>
          {card.provenance.join('; ')} (as of {card.asOf})
        </dd>
      </dl>
    </details>
  );
}
