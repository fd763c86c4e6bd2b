/**
 * Builds the SourceIndex from dataset entries. PLACEHOLDER: replaced in this session by the dataset work.
 */
import type { SourceEntry, SourceIndex } from './dataset';

export function createSourceIndex(entries: SourceEntry[]): SourceIndex {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return {
    size: entries.length,
    get: (id) => byId.get(id),
    lookup: () => null,
    find: () => [],
  };
}
