/**
 * The bundled source dataset as the engine sees it, and the name index built from it.
 * The dataset itself lives in data/ (typed entries + data/sources.json, built by `npm run data:build`).
 * The index is only ever built in the background or the CLI: never in the content script.
 */
import type { SourceCard } from './report';

/** One dataset entry: the card plus every surface form a page may use for it. */
export type SourceEntry = SourceCard & {
  /** Surface forms matched anywhere (case-insensitive, diacritic-aware, whole words). */
  aliases: string[];
  /** Ambiguous short forms matched only exactly as written (`AP`, `FT`, `EU`). */
  exactAliases?: string[];
};

export type Dataset = { schema: 'sourcelight/dataset@1'; asOf: string; entries: SourceEntry[] };

/** A match of a dataset name in a text: UTF-16 offsets, end exclusive. */
export type SourceMatch = { start: number; end: number; id: string };

export interface SourceIndex {
  /** The card for an id, if the dataset has it. */
  get(id: string): SourceCard | undefined;
  /** The entry a whole name denotes ("TASS", "Getty Images", "the Financial Times"), or null. */
  lookup(name: string): SourceCard | null;
  /** Every dataset name in `text`, on word boundaries, longest match wins, no overlaps. */
  find(text: string): SourceMatch[];
  readonly size: number;
}
