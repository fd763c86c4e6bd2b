/**
 * One photo's credit as a chain of chips (role + name), each organisation with its card.
 */
import type { ChainLink, SourceCard as Card } from '../core/report';
import { SourceCard } from './SourceCard';

export function CreditChain({ chain, sources }: { chain: ChainLink[]; sources: Record<string, Card> }) {
  return (
    <div class="sl-chain">
      <ol class="sl-chips" aria-label="Credit chain">
        {chain.map((link) => (
          <li class={`sl-chip sl-role-${link.role}`}>
            <span class="sl-chip-role">{link.role}</span> <span class="sl-chip-name">{link.name}</span>
          </li>
        ))}
      </ol>
      {chain.map((link) => (link.sourceId && sources[link.sourceId] ? <SourceCard card={sources[link.sourceId]!} /> : null))}
    </div>
  );
}
