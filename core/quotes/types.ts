/**
 * Quotes pipeline, hand-off types: a sentence span, and `Found`, one utterance part as the stages
 * build it (content span, cue, speaker phrase or resolved speaker, continuation link). Also the cue
 * lexicon (core/quotes/cues.ts) expanded into every tense form, once.
 */

import { cueForms } from './cues';
import type { SpeakerPhrase } from './names';
import type { Speaker } from '../report';

export const CUES = cueForms();

export type Found = {
  start: number;
  end: number;
  cue: string | null;
  phrase: SpeakerPhrase | null;
  /** Set when the speaker was already resolved (continuations). */
  speaker?: Speaker;
  /** Whether the content is a quoted segment (or run of them) rather than a clause. */
  quoted: boolean;
  venue?: string | null;
  /** An unattributed quote continuing this earlier one in the same paragraph. */
  continues?: Found;
};

export type Sent = { start: number; end: number };
