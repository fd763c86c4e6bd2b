/**
 * Example text for the quotes detector, written by us in the shape of real news copy (never copied
 * from a publisher). Tests and the examples check run over these; other detectors' tests may use
 * them as negatives.
 */

/** An op-ed in the shape of the reference article: experts quoted several ways, a headline in quotes. */
export const OPED_ARTICLE = [
  'This week the Norwegian ocean agency Havforsk signed a deal with the Chilean fisheries service to build a shared research vessel “open to every coastal nation”.',
  '“They treat the whole programme as a private club, not a partnership,” sniffed Ingrid Halvorsen, the director general of Havforsk, who once served as the Norwegian envoy to the Arctic Council. “We have no wish to join such a scheme.”',
  'Rather than asking what this means for the oceans, the new government should ask what it means for its own fishing policy.',
  '“Chile is not the power it was in the 1990s, nor is it as weak as its critics claim,” writes Tomas Echeverria, former trade minister under President Bachelet in Santiago, in Americas Quarterly. “It has rebuilt its fleet, its ports and its research base. Few outsiders appreciate how much.”',
  'Echeverria notes that Chile has doubled its research budget while its neighbours cut theirs, and that its fleet is now the largest in the region.',
  '“The government has also spent heavily on satellite monitoring, which the industry learned to fear,” wrote Echeverria, pointing to a string of fines issued last year.',
  'Laura Pickett, head of the Santiago bureau of the Financial Times, published a long portrait of the industry this weekend under the headline “The quiet empire of the southern seas.”',
  'Pickett writes: “After a decade of growth built on cheap fuel and then on national pride, the industry now relies on subsidies as its main means of survival.”',
  'Pickett also reports on a “blizzard of permits” issued late last year to friendly firms.',
  'It was, by any measure, a “golden age” for the sector.',
].join('\n\n');

/** Expected speakers of OPED_ARTICLE, in order of their quotes (the deal's own wording has no speaker). */
export const OPED_SPEAKERS = [
  { name: null, role: null, organization: null },
  { name: 'Ingrid Halvorsen', role: 'director general of Havforsk', organization: 'Havforsk' },
  { name: 'Ingrid Halvorsen', role: 'director general of Havforsk', organization: 'Havforsk' },
  { name: 'Tomas Echeverria', role: 'former trade minister under President Bachelet in Santiago', organization: 'Americas Quarterly' },
  { name: 'Tomas Echeverria', role: 'former trade minister under President Bachelet in Santiago', organization: 'Americas Quarterly' },
  { name: 'Tomas Echeverria', role: 'former trade minister under President Bachelet in Santiago', organization: 'Americas Quarterly' },
  { name: 'Tomas Echeverria', role: 'former trade minister under President Bachelet in Santiago', organization: 'Americas Quarterly' },
  { name: 'Laura Pickett', role: 'head of the Santiago bureau of the Financial Times', organization: 'Financial Times' },
  { name: 'Laura Pickett', role: 'head of the Santiago bureau of the Financial Times', organization: 'Financial Times' },
] as const;
