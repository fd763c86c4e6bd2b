/**
 * The site card, at the top of the popup: which outlet publishes the page you are reading, what it
 * is, its country and owner, its state-control rating in plain words, and beside each fact where it
 * comes from. An outlet the State Media Matrix rates state-controlled or captured says so first,
 * in a line of its own, before anything else in the popup.
 */
import { STATE_CONTROL_LABELS, type SiteInfo, type SourceCard } from '../core/report';
import { typeLabel } from '../core/dataset';
import { factSources, type FactField } from '../core/provenance';
import { ratingWords, WARN_RATINGS } from '../core/site';
import './site.css';

const regionNames = new Intl.DisplayNames('en', { type: 'region' });
const country = (code: string): string => {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
};

export function SiteCard({ site, card }: { site: SiteInfo; card: SourceCard | null }) {
  const name = card?.name ?? site.name ?? site.host;
  const warn = card?.stateControl && WARN_RATINGS.has(card.stateControl) ? card.stateControl : null;
  const from = card ? factSources(card) : {};
  const fact = (field: FactField, label: string, value: string | number | null) => (
    <>
      <dt>{label}</dt>
      <dd data-fact={field}>
        {value ?? 'unknown'}
        {value !== null && (
          <span class="sl-fact-source">{from[field] ? ` · source: ${from[field]}` : ' · source: not stated'}</span>
        )}
      </dd>
    </>
  );
  return (
    <section class={`sl-site${warn ? ' sl-site-warn' : ''}`} aria-labelledby="sl-site-name" data-source-id={card?.id ?? ''}>
      {warn && (
        <p class={`sl-site-alert sl-sc-${warn}`} role="note">
          <strong>{ratingWords(warn)}</strong>: {STATE_CONTROL_LABELS[warn].meaning}
        </p>
      )}
      <p class="sl-site-label">You are reading</p>
      <h2 id="sl-site-name" class="sl-site-name">
        {name}
      </h2>
      <p class="sl-site-host">{site.host}</p>
      {card ? (
        <dl class="sl-card-facts sl-site-facts">
          {fact('type', 'Type', typeLabel(card.type))}
          {fact('country', 'Country', card.country ? country(card.country) : null)}
          {fact('owner', 'Owner', card.owner)}
          <dt>State control</dt>
          <dd data-fact="stateControl">
            {card.stateControl ? ratingWords(card.stateControl) : 'not rated by the State Media Matrix'}
            {card.stateControl && from.stateControl && <span class="sl-fact-source">{` · source: ${from.stateControl}`}</span>}
          </dd>
          {fact('founded', 'Founded', card.founded)}
          {card.qid && fact('qid', 'Wikidata', card.qid)}
        </dl>
      ) : (
        <p class="sl-none">
          {site.name ? 'This site names itself, but Sourcelight’s dataset has no card for it.' : 'Sourcelight’s dataset has no card for this site.'}
        </p>
      )}
    </section>
  );
}
