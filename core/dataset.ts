/**
 * The bundled source dataset as the engine sees it, and the name index built from it.
 * The dataset itself lives in data/ (typed entries + data/sources.json, built by `npm run data:build`).
 * The index is only ever built in the background or the CLI: never in the content script.
 */
import type { SourceCard } from './report';
import type { TrieNode } from './source-index';

/** One dataset entry: the card plus every surface form a page may use for it. */
export type SourceEntry = SourceCard & {
  /** Surface forms matched anywhere (case-insensitive, diacritic-aware, whole words). */
  aliases: string[];
  /** Ambiguous short forms matched only exactly as written (`AP`, `FT`, `EU`). */
  exactAliases?: string[];
  /**
   * Names that denote the entry only when they stand alone as a whole name (a credit-line part such as
   * `EPA` or `The Sun`): `lookup()` resolves them, `find()` never matches them in running text.
   */
  lookupAliases?: string[];
  /**
   * Short forms and common-word names ("RT", "AJ", "The Times", "The Sun") that denote the entry in
   * running text only as written, as a standalone token, and with context: a source cue beside them
   * ("told RT", "the Sun reported"), a mid-sentence capital "The", or the page being the entry's own
   * site. `lookup()` resolves them as whole names too.
   */
  contextAliases?: string[];
  /**
   * Words that, right before or right after a match, mean the text names something else
   * ("Ministry of Foreign Affairs", "House Foreign Affairs Committee", "Michael Bloomberg").
   * Compared case-insensitively and without diacritics.
   */
  guards?: { notAfter?: string[]; notBefore?: string[] };
  /**
   * Web hosts of the entry besides its `website`'s (language editions, old domains, the hosts the State
   * Media Matrix lists): the host index maps each, with its subdomains, to this entry.
   */
  hosts?: string[];
};

/** The fixed list of entry types (`SourceCard.type` holds one of these). */
export const SOURCE_TYPES = [
  'news-agency',
  'photo-agency',
  'newspaper',
  'magazine',
  'broadcaster',
  'digital-outlet',
  'media-outlet',
  'media-group',
  'journal',
  'think-tank',
  'space-agency',
  'intergovernmental',
  'government',
  'company',
  'ngo',
  'university',
  'other',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** Plain-words label of each type, for cards and the popup's grouping. */
export const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  'news-agency': 'News agency',
  'photo-agency': 'Photo agency or distributor',
  newspaper: 'Newspaper',
  magazine: 'Magazine',
  broadcaster: 'Broadcaster',
  'digital-outlet': 'Digital news outlet',
  'media-outlet': 'News outlet',
  'media-group': 'Media group',
  journal: 'Journal of opinion or research',
  'think-tank': 'Think tank or research institute',
  'space-agency': 'Space agency',
  intergovernmental: 'Intergovernmental body',
  government: 'Government body',
  company: 'Company',
  ngo: 'Non-governmental organisation',
  university: 'University',
  other: 'Other',
};

/** The plain-words label of a card's type (the raw value when it is not one of ours). */
export function typeLabel(type: string): string {
  return (SOURCE_TYPE_LABELS as Record<string, string>)[type] ?? type;
}

/**
 * The bundled dataset. `trie` is the name trie the build compiled from `entries` (core/source-index.ts
 * `buildTrie`), so that loading the dataset builds nothing.
 */
export type Dataset = { schema: 'sourcelight/dataset@1'; asOf: string; entries: SourceEntry[]; trie?: TrieNode };

/** A match of a dataset name in a text: UTF-16 offsets, end exclusive. */
export type SourceMatch = { start: number; end: number; id: string };

/** What find() may know about the page: its own outlet. */
export type FindOptions = { siteId?: string | null };

export interface SourceIndex {
  /** The card for an id, if the dataset has it. */
  get(id: string): SourceCard | undefined;
  /** The entry a whole name denotes ("TASS", "Getty Images", "the Financial Times"), or null. */
  lookup(name: string): SourceCard | null;
  /**
   * Every dataset name in `text`, on word boundaries, longest match wins, no overlaps. `siteId` (the
   * page's own outlet) lets its context aliases and its short name ("the Times" on a Times page) count.
   */
  find(text: string, opts?: FindOptions): SourceMatch[];
  /**
   * The entry whose web host (website or alias host) is `host` or a parent of it (`money.cnn.com` →
   * CNN; `www.` and other subdomains included). A host two entries share (sister titles on one site)
   * resolves to the one that `names` (the page's stated site names) names; failing that, to the one named
   * after the host, the only one holding the host whole (not a path on it), or the one whose name begins
   * the others' (core/source-index.ts `siteOfShared`); else to none.
   */
  byHost(host: string, names?: string[]): SourceCard | null;
  /** How many distinct hosts the host index holds. */
  readonly hostCount: number;
  readonly size: number;
}
