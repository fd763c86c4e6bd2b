/**
 * Example sentences for the sources detector, written by us (never a publisher's text). Each positive
 * lists the surface forms that must be found with the id they resolve to; each negative must yield no
 * source at all (ordinary words that look like short names, names that denote something else).
 */

/** A sentence and the (text, id) pairs the matcher must find in it, in order. */
export type SourceExample = { text: string; expect: readonly (readonly [string, string])[] };

export const SOURCE_POSITIVES: readonly SourceExample[] = [
  {
    text: 'Photo: Xinhua News Agency | Xinhua News Agency | Getty Images',
    expect: [['Xinhua News Agency', 'xinhua'], ['Xinhua News Agency', 'xinhua'], ['Getty Images', 'getty-images']],
  },
  { text: 'Alexei Petrov | TASS | Getty Images', expect: [['TASS', 'tass'], ['Getty Images', 'getty-images']] },
  {
    text: 'Roscosmos and the China National Space Administration plan a joint lunar station, ITAR-TASS reported.',
    expect: [['Roscosmos', 'roscosmos'], ['China National Space Administration', 'cnsa'], ['ITAR-TASS', 'tass']],
  },
  { text: "NASA's budget, NATO's summit and the EU's rules were on the agenda.", expect: [['NASA', 'nasa'], ['NATO', 'nato'], ['EU', 'european-union']] },
  {
    text: 'A fellow at the Atlantic Council told the Financial Times and the FT’s podcast the same thing.',
    expect: [['Atlantic Council', 'atlantic-council'], ['Financial Times', 'financial-times'], ['FT', 'financial-times']],
  },
  { text: 'She argued in Foreign Affairs last spring that the pact is hollow.', expect: [['Foreign Affairs', 'foreign-affairs']] },
  {
    text: 'The Wall Street Journal, The New York Times and CNBC all ran the story.',
    expect: [['Wall Street Journal', 'wall-street-journal'], ['New York Times', 'new-york-times'], ['CNBC', 'cnbc']],
  },
  { text: '(AP Photo/Maria Lund)', expect: [['AP Photo', 'associated-press']] },
  { text: 'The AP and Reuters were first; Agence France-Presse followed.', expect: [['AP', 'associated-press'], ['Reuters', 'reuters'], ['Agence France-Presse', 'afp']] },
  { text: 'Picture: EPA-EFE/Hans Weber; BBC News and Bloomberg carried it.', expect: [['EPA-EFE', 'epa'], ['BBC News', 'bbc'], ['Bloomberg', 'bloomberg']] },
  { text: 'Agence France Presse and AGENCE FRANCE-PRESSE are the same agency.', expect: [['Agence France Presse', 'afp'], ['AGENCE FRANCE-PRESSE', 'afp']] },
  { text: 'Selon Libération et Le Monde, l’Élysée a réagi.', expect: [['Libération', 'liberation'], ['Le Monde', 'le-monde'], ['Élysée', 'elysee']] },
  { text: 'Brookings, Chatham House and the IMF disagreed; ESA and JAXA did not.', expect: [['Brookings', 'brookings'], ['Chatham House', 'chatham-house'], ['IMF', 'imf'], ['ESA', 'esa'], ['JAXA', 'jaxa']] },
  { text: 'Ein Sprecher von Роскосмос sagte das der Agentur ТАСС.', expect: [['Роскосмос', 'roscosmos'], ['ТАСС', 'tass']] },
];

export const SOURCE_NEGATIVES: readonly string[] = [
  'He went to the post office after the sun came out and checked his mail.',
  'The ap and eu codes, written in lower case, are ordinary letters here.',
  'The Ministry of Foreign Affairs said the Foreign Affairs Committee would meet.',
  'Michael Bloomberg gave a speech; nothing was reported by anyone.',
  'A tassel, a nasal tone and a natal chart are not names.',
  'She is an expert in foreign affairs and domestic policy alike.',
  'Iran and Azerbaijan agreed an Index of new Horizons on Liberation Day.',
  'The old map of the IDC campus is off the record.',
  'Insider trading fell as the Dow Jones Industrial Average rose.',
];
