/**
 * "Correct…" under one annotation, in the popup and the in-page card: the reader marks it as not a
 * quote / credit / claim, names the right speaker, or hides a source. The correction is stored by the
 * background (core/corrections.ts) and applied at once; until the menu closes it offers Undo.
 * Renders one button until opened, so long lists stay small.
 */
import { useState } from 'preact/hooks';
import type { CorrectionKind } from '../core/corrections';
import { t } from './i18n';

/** Labels in the interface language (getters: read when rendered). */
export const CORRECTION_LABELS: Record<CorrectionKind, string> = {
  get 'not-quote'() { return t('correctNotQuote'); },
  get 'wrong-speaker'() { return t('correctWrongSpeaker'); },
  get 'not-credit'() { return t('correctNotCredit'); },
  get 'not-claim'() { return t('correctNotClaim'); },
  get 'hide-source'() { return t('correctHideSource'); },
};

export type CorrectHandlers = {
  /** Stores a correction; resolves to its id (for undo), or null when it could not be made. */
  correct(kind: CorrectionKind, speaker?: string): Promise<string | null>;
  undo(id: string): Promise<void>;
};

type Step = { at: 'closed' } | { at: 'open' } | { at: 'speaker'; name: string } | { at: 'done'; id: string; kind: CorrectionKind } | { at: 'failed' };

/** `inlineUndo: false` where the caller shows its own Undo (the popup's bar): the menu just closes. */
export function CorrectMenu({ kinds, handlers, what, inlineUndo = true }: { kinds: CorrectionKind[]; handlers: CorrectHandlers; what: string; inlineUndo?: boolean }) {
  const [step, setStep] = useState<Step>({ at: 'closed' });
  const run = async (kind: CorrectionKind, speaker?: string) => {
    const id = await handlers.correct(kind, speaker).catch(() => null);
    setStep(!id ? { at: 'failed' } : inlineUndo ? { at: 'done', id, kind } : { at: 'closed' });
  };
  if (step.at === 'closed') {
    return (
      <button type="button" class="sl-correct-open" aria-expanded="false" aria-label={`Correct ${what}`} onClick={() => setStep({ at: 'open' })}>
        {t('correctOpen')}
      </button>
    );
  }
  if (step.at === 'done') {
    return (
      <p class="sl-corrected" role="status">
        Corrected: {CORRECTION_LABELS[step.kind].toLowerCase()}.{' '}
        <button type="button" class="sl-undo" onClick={() => void handlers.undo(step.id).then(() => setStep({ at: 'closed' }))}>
          {t('undo')}
        </button>
      </p>
    );
  }
  if (step.at === 'failed') {
    return (
      <p class="sl-corrected" role="status">
        This could not be corrected (the page changed). Try again from the popup.
      </p>
    );
  }
  if (step.at === 'speaker') {
    return (
      <form
        class="sl-correct-speaker"
        onSubmit={(e) => {
          e.preventDefault();
          if (step.name.trim()) void run('wrong-speaker', step.name.trim());
        }}
      >
        <label>
          Who said it?{' '}
          <input
            type="text"
            class="sl-speaker-input"
            value={step.name}
            maxLength={120}
            onInput={(e) => setStep({ at: 'speaker', name: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>{' '}
        <button type="submit" class="sl-correct-save">
          Save
        </button>{' '}
        <button type="button" class="sl-correct-cancel" onClick={() => setStep({ at: 'closed' })}>
          {t('cancel')}
        </button>
      </form>
    );
  }
  return (
    <div class="sl-correct" role="group" aria-label={`Correct ${what}`}>
      {kinds.map((kind) => (
        <button
          type="button"
          class={`sl-correct-${kind}`}
          data-correct={kind}
          onClick={() => (kind === 'wrong-speaker' ? setStep({ at: 'speaker', name: '' }) : void run(kind))}
        >
          {CORRECTION_LABELS[kind]}
        </button>
      ))}
      <button type="button" class="sl-correct-cancel" onClick={() => setStep({ at: 'closed' })}>
        {t('cancel')}
      </button>
    </div>
  );
}
