/**
 * A compact, typed way to write curated entries: `org(id, type, country, name, founded, website, names, more)`.
 * In `names`, a plain string is matched case-insensitively, `=NAME` only exactly as written (ambiguous
 * short forms: `=AP`), and `@NAME` only as a whole name by lookup() (credit-line parts: `@EPA`, `@The Sun`).
 * The description defaults to the type and country in plain words; owner defaults to unknown (null).
 */
import { SOURCE_TYPE_LABELS, type SourceType } from '../../core/dataset';
import { countryName } from '../countries';
import type { CuratedEntry } from '../schema';

type More = Partial<Pick<CuratedEntry, 'owner' | 'description' | 'guards' | 'matrixHosts' | 'provenance'>>;

/** One curated entry; `founded` and `website` are null when not known for sure. */
export function org(
  id: string,
  type: SourceType,
  country: string | null,
  name: string,
  founded: number | null,
  website: string | null,
  names: string[],
  more: More = {},
): CuratedEntry {
  const aliases: string[] = [];
  const exactAliases: string[] = [];
  const lookupAliases: string[] = [];
  for (const n of names) {
    if (n.startsWith('=')) exactAliases.push(n.slice(1));
    else if (n.startsWith('@')) lookupAliases.push(n.slice(1));
    else aliases.push(n);
  }
  const where = country ? ` in ${countryName(country)}` : '';
  return {
    id,
    name,
    type,
    country,
    owner: more.owner ?? null,
    founded,
    description: more.description ?? `${SOURCE_TYPE_LABELS[type]}${where}.`,
    website: website === null ? null : website.startsWith('http') ? website : `https://${website}/`,
    aliases,
    ...(exactAliases.length > 0 ? { exactAliases } : {}),
    ...(lookupAliases.length > 0 ? { lookupAliases } : {}),
    ...(more.guards ? { guards: more.guards } : {}),
    ...(more.matrixHosts ? { matrixHosts: more.matrixHosts } : {}),
    ...(more.provenance ? { provenance: more.provenance } : {}),
  };
}
