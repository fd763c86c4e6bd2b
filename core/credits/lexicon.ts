/**
 * What Sourcelight knows about the organisations that appear in photo credits: picture agencies,
 * wire services, resellers (distributors) and the usual providers (handout, pool, courtesy).
 * Knowledge is data: the parser in ./parse.ts reads this table and nothing else about names.
 * `kind` is the organisation's usual place in a chain; the words around it (via, for, courtesy of)
 * can still change its role in one credit.
 */

/** The usual place of an organisation in a credit chain. */
export type CreditOrgKind = 'agency' | 'distributor' | 'provider' | 'publisher';

/** One organisation seen in photo credits. */
export type CreditOrg = {
  /** Canonical name, as the dataset is most likely to know it (used for `lookup` fallback). */
  name: string;
  kind: CreditOrgKind;
  /** Surface forms, matched case-insensitively as a whole credit part. */
  aliases: string[];
  /** Short or ambiguous forms matched only exactly as written (`AP`, `PA`, `AA`). */
  exactAliases?: string[];
  /** Where the knowledge comes from. */
  provenance: string;
};

const WIRE = 'The agency’s own published credit style';
const SEEN = 'Seen in credit lines on news pages (scrapinghub article-extraction-benchmark, 2019)';

/** The organisations, agencies first, then distributors, providers and publishers. */
export const CREDIT_ORGS = [
  // Wire services and picture agencies (originate pictures).
  { name: 'Associated Press', kind: 'agency', aliases: ['Associated Press', 'The Associated Press', 'AP Photo', 'AP Photos', 'AP Images'], exactAliases: ['AP'], provenance: WIRE },
  { name: 'Reuters', kind: 'agency', aliases: ['Reuters', 'Thomson Reuters', 'REUTERS', 'Reuters Pictures'], provenance: WIRE },
  { name: 'Agence France-Presse', kind: 'agency', aliases: ['Agence France-Presse', 'Agence France Presse', 'AFP Photo', 'AFP', 'AFP/File'], provenance: WIRE },
  { name: 'EPA-EFE', kind: 'agency', aliases: ['EPA-EFE', 'EPA/EFE', 'EPA', 'European Pressphoto Agency'], provenance: WIRE },
  { name: 'EFE', kind: 'agency', aliases: ['EFE', 'Agencia EFE'], provenance: WIRE },
  { name: 'TASS', kind: 'agency', aliases: ['TASS', 'ITAR-TASS', 'ТАСС', 'ИТАР-ТАСС', 'TASS News Agency'], provenance: WIRE },
  { name: 'Xinhua', kind: 'agency', aliases: ['Xinhua', 'Xinhua News Agency', 'Xinhua News'], provenance: WIRE },
  { name: 'Sputnik', kind: 'agency', aliases: ['Sputnik', 'RIA Novosti', 'РИА Новости', 'Sputnik News', 'Спутник'], provenance: WIRE },
  { name: 'dpa', kind: 'agency', aliases: ['dpa', 'DPA', 'Deutsche Presse-Agentur', 'dpa-Zentralbild', 'dpa/picture alliance', 'dpa picture alliance'], provenance: WIRE },
  { name: 'Anadolu Agency', kind: 'agency', aliases: ['Anadolu Agency', 'Anadolu', 'Anadolu Ajansı'], exactAliases: ['AA'], provenance: WIRE },
  { name: 'PA Media', kind: 'agency', aliases: ['PA Media', 'PA Images', 'PA Wire', 'Press Association', 'PA Archive'], exactAliases: ['PA'], provenance: WIRE },
  { name: 'SOPA Images', kind: 'agency', aliases: ['SOPA Images', 'SOPA'], provenance: SEEN },
  { name: 'LightRocket', kind: 'agency', aliases: ['LightRocket'], provenance: SEEN },
  { name: 'NurPhoto', kind: 'agency', aliases: ['NurPhoto', 'Nur Photo'], provenance: SEEN },
  { name: 'ZUMA Press', kind: 'agency', aliases: ['ZUMA Press', 'ZUMA Wire', 'ZUMA', 'Zuma Press', 'Zuma Wire', 'ZUMAPRESS.com', 'Zuma'], provenance: SEEN },
  { name: 'Sipa', kind: 'agency', aliases: ['Sipa', 'SIPA', 'Sipa USA', 'Sipa Press'], provenance: SEEN },
  { name: 'Bloomberg', kind: 'agency', aliases: ['Bloomberg', 'Bloomberg News', 'Bloomberg Creative Photos'], provenance: SEEN },
  { name: 'United Press International', kind: 'agency', aliases: ['United Press International', 'UPI'], provenance: WIRE },
  { name: 'ANSA', kind: 'agency', aliases: ['ANSA'], provenance: WIRE },
  { name: 'Kyodo News', kind: 'agency', aliases: ['Kyodo', 'Kyodo News'], provenance: WIRE },
  { name: 'Jiji Press', kind: 'agency', aliases: ['Jiji Press', 'Jiji'], provenance: WIRE },
  { name: 'Yonhap', kind: 'agency', aliases: ['Yonhap', 'Yonhap News Agency'], provenance: WIRE },
  { name: 'KCNA', kind: 'agency', aliases: ['KCNA', 'Korean Central News Agency'], provenance: WIRE },
  { name: 'China News Service', kind: 'agency', aliases: ['China News Service'], provenance: WIRE },
  { name: 'Visual China Group', kind: 'agency', aliases: ['Visual China Group', 'VCG', 'Imaginechina', 'ImagineChina'], provenance: SEEN },
  { name: 'The Canadian Press', kind: 'agency', aliases: ['The Canadian Press', 'Canadian Press'], provenance: WIRE },
  { name: 'Australian Associated Press', kind: 'agency', aliases: ['Australian Associated Press', 'AAP', 'AAP Image'], provenance: WIRE },
  { name: 'Press Trust of India', kind: 'agency', aliases: ['Press Trust of India', 'PTI'], provenance: WIRE },
  { name: 'IRNA', kind: 'agency', aliases: ['IRNA', 'Islamic Republic News Agency'], provenance: WIRE },
  { name: 'Tasnim News Agency', kind: 'agency', aliases: ['Tasnim', 'Tasnim News Agency'], provenance: WIRE },
  { name: 'Fars News Agency', kind: 'agency', aliases: ['Fars', 'Fars News Agency'], provenance: WIRE },
  { name: 'Ukrinform', kind: 'agency', aliases: ['Ukrinform'], provenance: WIRE },
  { name: 'Europa Press', kind: 'agency', aliases: ['Europa Press'], provenance: WIRE },
  { name: 'ANP', kind: 'agency', aliases: ['ANP'], provenance: WIRE },
  { name: 'Belga', kind: 'agency', aliases: ['Belga'], provenance: WIRE },
  { name: 'Keystone', kind: 'agency', aliases: ['Keystone', 'KEYSTONE', 'Keystone-SDA'], provenance: WIRE },
  { name: 'APA', kind: 'agency', aliases: ['APA'], provenance: WIRE },
  { name: 'PAP', kind: 'agency', aliases: ['PAP'], provenance: WIRE },
  { name: 'CTK', kind: 'agency', aliases: ['CTK', 'ČTK'], provenance: WIRE },
  { name: 'Ritzau Scanpix', kind: 'agency', aliases: ['Ritzau Scanpix', 'Scanpix', 'Ritzau'], provenance: WIRE },
  { name: 'NTB', kind: 'agency', aliases: ['NTB', 'NTB Scanpix'], provenance: WIRE },
  { name: 'TT News Agency', kind: 'agency', aliases: ['TT News Agency'], provenance: WIRE },
  { name: 'Lehtikuva', kind: 'agency', aliases: ['Lehtikuva'], provenance: WIRE },
  { name: 'Agência Brasil', kind: 'agency', aliases: ['Agência Brasil', 'Agencia Brasil'], provenance: WIRE },
  { name: 'Ruptly', kind: 'agency', aliases: ['Ruptly'], provenance: WIRE },
  { name: 'Magnum Photos', kind: 'agency', aliases: ['Magnum Photos', 'Magnum'], provenance: SEEN },
  { name: 'Gamma-Rapho', kind: 'agency', aliases: ['Gamma-Rapho', 'Gamma', 'Rapho'], provenance: SEEN },
  { name: 'Corbis', kind: 'agency', aliases: ['Corbis', 'Corbis News'], provenance: SEEN },
  { name: 'Hulton Archive', kind: 'agency', aliases: ['Hulton Archive', 'Hulton'], provenance: SEEN },
  { name: 'Bettmann', kind: 'agency', aliases: ['Bettmann', 'Bettmann Archive'], provenance: SEEN },
  { name: 'Abaca Press', kind: 'agency', aliases: ['Abaca', 'Abaca Press', 'ABACAPRESS.COM'], provenance: SEEN },
  { name: 'Pacific Press', kind: 'agency', aliases: ['Pacific Press'], provenance: SEEN },
  { name: 'Barcroft Media', kind: 'agency', aliases: ['Barcroft Media', 'Barcroft'], provenance: SEEN },
  { name: 'WENN', kind: 'agency', aliases: ['WENN', 'WENN.com'], provenance: SEEN },
  { name: 'Splash News', kind: 'agency', aliases: ['Splash News', 'Splash'], provenance: SEEN },
  { name: 'Backgrid', kind: 'agency', aliases: ['Backgrid', 'BACKGRID'], provenance: SEEN },
  { name: 'MEGA', kind: 'agency', aliases: ['MEGA', 'Mega Agency'], provenance: SEEN },
  { name: 'Polaris Images', kind: 'agency', aliases: ['Polaris', 'Polaris Images'], provenance: SEEN },
  { name: 'Redux Pictures', kind: 'agency', aliases: ['Redux', 'Redux Pictures'], provenance: SEEN },
  { name: 'Action Images', kind: 'agency', aliases: ['Action Images'], provenance: SEEN },
  { name: 'Sportsfile', kind: 'agency', aliases: ['Sportsfile'], provenance: SEEN },
  { name: 'Icon Sportswire', kind: 'agency', aliases: ['Icon Sportswire'], provenance: SEEN },
  { name: 'USA TODAY Sports', kind: 'agency', aliases: ['USA TODAY Sports', 'USA Today Sports', 'USA TODAY Network', 'USA Today Network'], provenance: SEEN },
  { name: 'Allsport', kind: 'agency', aliases: ['Allsport'], provenance: SEEN },
  { name: 'Popperfoto', kind: 'agency', aliases: ['Popperfoto'], provenance: SEEN },
  { name: 'Universal Images Group', kind: 'agency', aliases: ['Universal Images Group', 'UIG'], provenance: SEEN },
  { name: 'picture alliance', kind: 'agency', aliases: ['picture alliance', 'picture-alliance', 'Picture Alliance'], provenance: SEEN },
  { name: 'ullstein bild', kind: 'agency', aliases: ['ullstein bild', 'Ullstein Bild'], provenance: SEEN },
  { name: 'imago', kind: 'agency', aliases: ['imago', 'Imago', 'IMAGO', 'imago images'], provenance: SEEN },
  { name: 'NASA', kind: 'agency', aliases: ['NASA'], provenance: SEEN },
  { name: 'Maxar Technologies', kind: 'agency', aliases: ['Maxar Technologies', 'Maxar', 'DigitalGlobe'], provenance: SEEN },
  { name: 'Planet Labs', kind: 'agency', aliases: ['Planet Labs', 'Planet Labs Inc.'], provenance: SEEN },
  // Resellers: they distribute pictures other agencies made (or their own contributors').
  { name: 'Getty Images', kind: 'distributor', aliases: ['Getty Images', 'Getty', 'Getty Images Plus', 'Getty Images/iStockphoto', 'GettyImages'], provenance: SEEN },
  { name: 'iStock', kind: 'distributor', aliases: ['iStock', 'iStockphoto', 'iStock / Getty Images Plus'], provenance: SEEN },
  { name: 'Shutterstock', kind: 'distributor', aliases: ['Shutterstock', 'REX/Shutterstock', 'Rex/Shutterstock', 'REX Shutterstock', 'Rex Features', 'REX', 'Rex'], provenance: SEEN },
  { name: 'Alamy', kind: 'distributor', aliases: ['Alamy', 'Alamy Stock Photo', 'Alamy Live News'], provenance: SEEN },
  { name: 'Reuters Connect', kind: 'distributor', aliases: ['Reuters Connect'], provenance: SEEN },
  { name: 'Newscom', kind: 'distributor', aliases: ['Newscom'], provenance: SEEN },
  { name: 'Dreamstime', kind: 'distributor', aliases: ['Dreamstime', 'Dreamstime.com'], provenance: SEEN },
  { name: 'Adobe Stock', kind: 'distributor', aliases: ['Adobe Stock'], provenance: SEEN },
  { name: 'Unsplash', kind: 'distributor', aliases: ['Unsplash'], provenance: SEEN },
  { name: 'Pixabay', kind: 'distributor', aliases: ['Pixabay'], provenance: SEEN },
  { name: 'Pexels', kind: 'distributor', aliases: ['Pexels'], provenance: SEEN },
  { name: 'Wikimedia Commons', kind: 'distributor', aliases: ['Wikimedia Commons', 'Wikimedia', 'Wikipedia'], provenance: SEEN },
  { name: 'Flickr', kind: 'distributor', aliases: ['Flickr'], provenance: SEEN },
  // Providers: the picture was handed out, pooled or lent.
  { name: 'Handout', kind: 'provider', aliases: ['Handout', 'HANDOUT', 'Handout photo', 'Handout Photo'], provenance: SEEN },
  { name: 'Pool', kind: 'provider', aliases: ['Pool', 'POOL', 'Pool Photo', 'Pool photo', 'Pool/AFP'], provenance: SEEN },
  { name: 'Kremlin', kind: 'provider', aliases: ['Kremlin', 'Kremlin Pool', 'Kremlin pool', 'Kremlin Press Service', 'Kremlin.ru'], provenance: SEEN },
  { name: 'White House', kind: 'provider', aliases: ['White House', 'The White House', 'Official White House Photo'], provenance: SEEN },
  { name: 'Courtesy', kind: 'provider', aliases: ['Courtesy', 'Supplied', 'Submitted', 'Submitted photo', 'File photo', 'File', 'Handout/File'], provenance: SEEN },
  // Publishers: papers whose staff or commissioned photographers are credited.
  { name: 'The New York Times', kind: 'publisher', aliases: ['The New York Times', 'New York Times', 'NYT'], provenance: SEEN },
  { name: 'The Washington Post', kind: 'publisher', aliases: ['The Washington Post', 'Washington Post'], provenance: SEEN },
  { name: 'The Wall Street Journal', kind: 'publisher', aliases: ['The Wall Street Journal', 'Wall Street Journal', 'WSJ'], provenance: SEEN },
  { name: 'The Guardian', kind: 'publisher', aliases: ['The Guardian', 'Guardian'], provenance: SEEN },
  { name: 'The Observer', kind: 'publisher', aliases: ['The Observer'], provenance: SEEN },
  { name: 'Financial Times', kind: 'publisher', aliases: ['Financial Times', 'FT'], provenance: SEEN },
] as const satisfies readonly CreditOrg[];

/** A lexicon hit: the organisation and the alias that matched. */
export type OrgHit = { org: CreditOrg; alias: string };

const byAlias = new Map<string, CreditOrg>();
const byExact = new Map<string, CreditOrg>();
for (const org of CREDIT_ORGS as readonly CreditOrg[]) {
  for (const a of org.aliases) {
    // Short capitals (`EPA`, `AFP`, `TASS`) are words too (`ePA`, `Afp`): match them as written,
    // or title-cased when they are long enough to be a name (`Tass`).
    if (/^[\p{Lu}\d-]{2,5}$/u.test(a)) {
      byExact.set(a, org);
      if (a.length >= 4) byExact.set(a[0] + a.slice(1).toLowerCase(), org);
    } else byAlias.set(normalizeName(a), org);
  }
  for (const a of org.exactAliases ?? []) byExact.set(a, org);
}

/** Lower-cases and folds spacing/dashes so that `EPA - EFE` and `epa-efe` compare equal. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .replace(/[.,;:]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The organisation a whole credit part names, or null. */
export function lookupOrg(part: string): CreditOrg | null {
  const t = part.trim();
  return byExact.get(t) ?? byAlias.get(normalizeName(t)) ?? null;
}

/** The organisation a credit part starts with (`NASA's Goddard Space Flight Center` → NASA), or null. */
export function leadingOrg(part: string): CreditOrg | null {
  const words = part.trim().split(/\s+/u);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const head = words.slice(0, n).join(' ').replace(/['’]s$/u, '');
    const org = lookupOrg(head);
    if (org) return org;
  }
  return null;
}
