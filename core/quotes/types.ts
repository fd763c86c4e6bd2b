/**
 * Quotes pipeline, hand-off types: a sentence span, and `Found`, one utterance part as the stages
 * build it (content span, cue, speaker phrase or resolved speaker, continuation link). Also the cue
 * lexicon (core/quotes/cues.ts) expanded into every tense form, once.
 */

import { cueForms } from './cues';
import type { SpeakerPhrase } from './names';
import type { QuoteAnnotation, Span, Speaker } from '../report';

export const CUES = cueForms();

export type Found = {
  start: number;
  end: number;
  cue: string | null;
  phrase: SpeakerPhrase | null;
  /** Set when the speaker was already resolved (continuations). */
  speaker?: Who;
  /** Whether the content is a quoted segment (or run of them) rather than a clause. */
  quoted: boolean;
  venue?: string | null;
  /** An unattributed quote continuing this earlier one in the same paragraph. */
  continues?: Found;
};

/** A speaker as the stages resolve it; its `kind` is decided last (core/quotes/kinds.ts), from a stage's hint when it left one. */
export type Who = Omit<Speaker, 'kind'> & { kind?: Speaker['kind'] };

/** One utterance part as the stages emit it; parts are joined into utterances last (core/quotes/utterances.ts). */
export type Part = Omit<QuoteAnnotation, 'speaker' | 'spans' | 'quoted'> & {
  speaker: Who;
  /** A reported clause's words in quotation marks. */
  quoted?: Span[];
  /** The index of the earlier part this one continues (same utterance). */
  continues?: number;
  /** The part ends at a quotation left open at the end of its paragraph (the next paragraph carries it on). */
  open?: boolean;
};

export type Sent = { start: number; end: number };
