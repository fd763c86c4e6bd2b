/**
 * The card shown beside highlighted text in the page (inside Sourcelight's shadow root): a source's
 * context card, a photo credit's chain with its organisations' cards, or a speaker with role and
 * organisation. Page text is rendered as text, never as HTML.
 */
import type { ChainLink, SourceCard as Card, Speaker } from '../core/report';
import { SourceCard } from './SourceCard';
import { CreditChain } from './CreditChain';
import { CorrectMenu, type CorrectHandlers } from './CorrectMenu';
import type { CorrectionKind } from '../core/corrections';

import { scoreWords, signalWords } from '../core/claims/words';

/** What the reader may correct on this card, and how (the page session sends it to the background). */
export type CardFix = { kinds: CorrectionKind[]; handlers: CorrectHandlers };

export type CardTarget = (
  | { kind: 'source'; card: Card }
  | { kind: 'credit'; text: string; chain: ChainLink[]; sources: Record<string, Card> }
  | { kind: 'speaker'; speaker: Speaker; card: Card | null }
  | { kind: 'claim'; score: number; reasons: string[] }
) & { fix?: CardFix };

export function InPageCard({ target, onClose }: { target: CardTarget; onClose: () => void }) {
  const label =
    target.kind === 'source'
      ? target.card.name
      : target.kind === 'credit'
        ? 'Photo credit'
        : target.kind === 'claim'
          ? 'Why is this highlighted?'
          : target.speaker.name ?? 'Speaker';
  return (
    <div class="sl-overlay" role="dialog" aria-label={`Sourcelight: ${label}`}>
      <button type="button" class="sl-close" aria-label="Close (Escape)" onClick={(e) => e.isTrusted && onClose()}>
        ×
      </button>
      {target.kind === 'source' && <SourceCard card={target.card} open />}
      {target.kind === 'credit' && (
        <>
          <p class="sl-overlay-title">Photo credit</p>
          <CreditChain chain={target.chain} sources={target.sources} />
        </>
      )}
      {target.kind === 'claim' && (
        <>
          <p class="sl-overlay-title">
            <strong>Why is this highlighted?</strong>
          </p>
          <p class="sl-claim-why">
            A checkable claim ({scoreWords(target.score)})
            {target.reasons.length > 0 ? `: ${signalWords(target.reasons).join(', ')}.` : '.'}
          </p>
        </>
      )}
      {target.kind === 'speaker' && (
        <>
          <p class="sl-overlay-title">
            <strong>{target.speaker.name ?? 'Unnamed source'}</strong>
            {target.speaker.role ? `, ${target.speaker.role}` : ''}
            {target.speaker.organization && !target.card ? ` (${target.speaker.organization})` : ''}
          </p>
          {target.card && <SourceCard card={target.card} open />}
        </>
      )}
      {target.fix && <CorrectMenu kinds={target.fix.kinds} handlers={target.fix.handlers} what={label} />}
    </div>
  );
}
