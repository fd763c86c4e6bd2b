/**
 * Names a reader meets in running text besides an outlet's own name: short forms ("RT", "AJ"), former
 * names ("ITAR-TASS", "Russia Today") and names in other scripts (ТАСС, 新华社, الجزيرة). Each is a fact
 * with the document that states it (a URL and the date we read it), so a card can say where it comes
 * from. The build (data/build.ts `applyAliases`) adds them to the entry with that id, after the State
 * Media Matrix outlets got their ids.
 *
 * How each is matched (`rule`):
 * - `any`: case- and accent-insensitive on word boundaries (distinctive names: "ITAR-TASS", "新华社").
 * - `exact`: only as written ("Russia Today": "Russia today announced" is not the channel).
 * - `context`: a short form or a common-word name ("RT", "AJ", "The Times", "The Sun", "The Independent")
 *   that counts only as written, as a standalone token, and with context: a source cue next to it
 *   ("told RT", "RT reported", "the Sun's reporter"), a mid-sentence capital "The" ("told The Times"),
 *   or the page being that outlet's own site. See core/source-index.ts `contextOk`.
 */

/** One alias fact. */
export type AliasFact = {
  /** The dataset id it names. */
  id: string;
  alias: string;
  kind: 'short' | 'former' | 'native';
  rule: 'any' | 'exact' | 'context';
  /** The document that states the name, and when we read it. */
  source: { url: string; date: string };
};

const READ = '2026-12-07';
const wp = (page: string): { url: string; date: string } => ({ url: `https://en.wikipedia.org/wiki/${page}`, date: READ });

export const ALIAS_FACTS: readonly AliasFact[] = [
  // RT: renamed from Russia Today in 2009; "RT" alone is a retweet or a test name, so it needs context.
  { id: 'rt', alias: 'RT', kind: 'short', rule: 'context', source: wp('RT_(TV_network)') },
  { id: 'rt', alias: 'Russia Today', kind: 'former', rule: 'exact', source: wp('RT_(TV_network)') },
  { id: 'rt', alias: 'RT America', kind: 'short', rule: 'exact', source: wp('RT_America') },
  { id: 'rt', alias: 'RT UK', kind: 'short', rule: 'exact', source: wp('RT_(TV_network)') },
  // Al Jazeera: "AJ" is also a first name, so it needs context.
  { id: 'al-jazeera', alias: 'AJ', kind: 'short', rule: 'context', source: wp('Al_Jazeera') },
  { id: 'al-jazeera', alias: 'الجزيرة', kind: 'native', rule: 'any', source: wp('Al_Jazeera') },
  { id: 'al-jazeera', alias: 'Aljazeera', kind: 'short', rule: 'any', source: wp('Al_Jazeera') },
  { id: 'al-jazeera', alias: 'Al Jazeera English', kind: 'short', rule: 'any', source: wp('Al_Jazeera_English') },
  // TASS: ITAR-TASS from 1992 to 2014.
  { id: 'tass', alias: 'ITAR-TASS', kind: 'former', rule: 'any', source: wp('TASS') },
  { id: 'tass', alias: 'ТАСС', kind: 'native', rule: 'any', source: wp('TASS') },
  { id: 'tass', alias: 'ИТАР-ТАСС', kind: 'former', rule: 'any', source: wp('TASS') },
  // RIA Novosti, now part of Rossiya Segodnya.
  { id: 'ria-novosti', alias: 'РИА Новости', kind: 'native', rule: 'any', source: wp('RIA_Novosti') },
  // Xinhua.
  { id: 'xinhua', alias: '新华社', kind: 'native', rule: 'any', source: wp('Xinhua_News_Agency') },
  { id: 'xinhua', alias: '新华通讯社', kind: 'native', rule: 'any', source: wp('Xinhua_News_Agency') },
  { id: 'xinhua', alias: 'New China News Agency', kind: 'former', rule: 'any', source: wp('Xinhua_News_Agency') },
  // Others a reader meets in their own script.
  { id: 'peoples-daily', alias: '人民日报', kind: 'native', rule: 'any', source: wp("People's_Daily") },
  { id: 'global-times', alias: '环球时报', kind: 'native', rule: 'any', source: wp('Global_Times') },
  { id: 'yonhap', alias: '연합뉴스', kind: 'native', rule: 'any', source: wp('Yonhap_News_Agency') },
  { id: 'kcna', alias: '조선중앙통신', kind: 'native', rule: 'any', source: wp('Korean_Central_News_Agency') },
  { id: 'izvestia', alias: 'Известия', kind: 'native', rule: 'any', source: wp('Izvestia') },
  { id: 'kommersant', alias: 'Коммерсантъ', kind: 'native', rule: 'any', source: wp('Kommersant') },
  // Common-word names: only with context.
  { id: 'the-times', alias: 'The Times', kind: 'short', rule: 'context', source: wp('The_Times') },
  { id: 'the-independent', alias: 'The Independent', kind: 'short', rule: 'context', source: wp('The_Independent') },
  { id: 'the-sun-uk', alias: 'The Sun', kind: 'short', rule: 'context', source: wp('The_Sun_(United_Kingdom)') },
  // "Bild" is also the German word for picture, and a credit label ("Bild: Keystone"): measured by
  // npm run eval:site, 16 of 16 matches of "Bild" on our 50 fixed articles were the noun.
  { id: 'bild', alias: 'Bild', kind: 'short', rule: 'context', source: wp('Bild_(newspaper)') },
];
