/**
 * Every curated entry, in a stable order (seed first). New files in data/curated/ are listed here.
 */
import type { CuratedEntry } from '../schema';
import { seedEntries } from './seed';

export const curatedEntries: CuratedEntry[] = [...seedEntries];
