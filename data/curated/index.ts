/**
 * Every curated entry, in a stable order (seed first). New files in data/curated/ are listed here.
 */
import type { CuratedEntry } from '../schema';
import { newsAgencies, photoAgencies } from './agencies';
import { governmentBodies, intergovernmental, ngos, spaceAgencies, thinkTanks } from './institutions';
import { pressEntries } from './press';
import { seedEntries } from './seed';

export const curatedEntries: CuratedEntry[] = [
  ...seedEntries,
  ...newsAgencies,
  ...photoAgencies,
  ...pressEntries,
  ...thinkTanks,
  ...spaceAgencies,
  ...intergovernmental,
  ...governmentBodies,
  ...ngos,
];
