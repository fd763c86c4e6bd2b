/**
 * The shape of a curated dataset entry (data/curated/*.ts) and the provenance strings the build attaches.
 * Curated entries carry only facts we are sure of; the build (scripts/build-data.ts) adds `stateControl`
 * from the State Media Matrix, `asOf` and `provenance`, and writes data/sources.json.
 */
import type { SourceType } from '../core/dataset';

/** The date every curated entry was last checked. */
export const CURATED_AS_OF = '2026-11-26';

/** A hand-written entry. Unknown facts are `null`, never a guess. */
export type CuratedEntry = {
  /** Stable kebab-case id ('xinhua', 'getty-images'). */
  id: string;
  name: string;
  type: SourceType;
  /** ISO 3166-1 alpha-2 of the home country; null for intergovernmental bodies or when unsure. */
  country: string | null;
  owner: string | null;
  founded: number | null;
  /** One line, plain words. */
  description: string;
  website: string | null;
  /** Surface forms matched case-insensitively on word boundaries. */
  aliases: string[];
  /** Ambiguous short forms matched only exactly as written (`AP`, `FT`, `EU`). */
  exactAliases?: string[];
  /** Whole names resolved by lookup() only (credit-line parts), never matched in running text. */
  lookupAliases?: string[];
  /** Neighbouring words that mean the text names something else. */
  guards?: { notAfter?: string[]; notBefore?: string[] };
  /** Extra web hosts under which the State Media Matrix lists this organisation (besides `website`). */
  matrixHosts?: string[];
  /** Where each curated field comes from, when it is not the default public-record line. */
  provenance?: string[];
};

/** The provenance line for curated facts. */
export const CURATED_PROVENANCE = 'name, type, country, owner, founded, website: curated from own site and public record';

/** The provenance line for the state-control grade. */
export const MATRIX_PROVENANCE = 'stateControl: State Media Matrix (ASD/GMF, MIT; State Media Monitor typology), 2023, commit d878fee';
