/**
 * Photo-credit parsing: turns a credit line (`Alexei Nikolsky | TASS | Getty Images`,
 * `Photo: Jane Roe/EPA-EFE/Shutterstock`, `(AP Photo/John Doe)`) into a chain of named links with
 * roles, and finds where in a block of text the credit line sits (a whole block, a labelled credit
 * inside a caption, a parenthesis at its end, or the last segment after the description).
 * Pure string work; organisation knowledge comes from ./lexicon.ts.
 */
import type { BlockKind, ChainRole } from '../report';
import { leadingOrg, lookupOrg, normalizeName, type CreditOrg } from './lexicon';

/** One link of a parsed chain, before dataset linking. */
export type ParsedLink = { name: string; role: ChainRole; org: CreditOrg | null };

/** A credit found in a block: offsets into the block text (end exclusive) and its chain. */
export type FoundCredit = { start: number; end: number; chain: ParsedLink[] };

/**
 * How much evidence a candidate has beyond its own shape: `label` = a credit label (`Photo:`, `©` in
 * a caption), `element` = the page marked the element as a credit or caption, `bare` = nothing (a
 * paragraph, a stray line): then it needs a known organisation and more than one link.
 */
export type Evidence = 'label' | 'element' | 'bare';

type Sep = '|' | '/' | 'via' | 'for' | ',' | ';' | 'and' | null;
type Part = { text: string; sep: Sep; provider: boolean };

/** Credit labels in the languages we read. The label is part of the credit span. */
const LABEL_WORDS =
  String.raw`(?:(?:(?:Main|Top|Header|Lead|Cover|Featured|Feature|Hero|Banner)\s+)?(?:Photo\s+illustration|Photo\s+montage|Photo|Photograph|Picture|Image|Video|Illustration|Graphic|Pic|Portrait|Artwork|Artist|Map|Montage)s?(?:\s+(?:credit|copyright|courtesy(?:\s+of)?|source)s?)?|` +
  String.raw`Photography|Credits?|Copyright|File(?:\s+(?:photo|image|picture))?|Fotos?|Bild(?:er)?|Bildquelle|Fotograf[íi]as?|Imagen(?:es)?|Cr[ée]dits?(?:\s+(?:photos?|images?))?|` +
  String.raw`Фото(?:графия)?|Фотографии|Кадр)`;
const SOURCE_WORDS = String.raw`(?:Source|Sources|Quelle|Fuente|Источник)`;
const LABEL_SEP = String.raw`\s*(?::|\.{2,}|…|\s-\s|–|—)\s*`;

/** Nouns for what a picture is (drawings, renderings, plans) that stand before a copyright sign: `Zeichnungen © Name`. */
const MAKER_NOUNS = String.raw`(?:Photos?|Fotos?|Images?|Pictures?|Bild(?:er)?|Zeichnung(?:en)?|Grafik(?:en)?|Illustrations?|Illustrationen|Visualisierung(?:en)?|Renderings?|Pl[äa]ne?|Dessins?|Plans?|Dibujos?|Ilustraci[óo]n(?:es)?|Im[áa]genes|Рисун(?:ок|ки)|Иллюстраци[яи])`;
/** A label at the very start of a candidate: `Photo: `, `Photo : `, `Credit...`, `Zeichnungen ©`. */
const LEAD_LABEL = new RegExp(String.raw`^(?:${LABEL_WORDS}${LABEL_SEP}|${MAKER_NOUNS}\s+(?=©))`, 'iu');
/**
 * A maker word with no colon before a name (`Bild Paul Meier`, `Foto Jana Ring`, `Photo Luc Bray`):
 * it vouches only for a person's name or a known organisation after it (see `tryCandidate`).
 */
const BARE_MAKER = /^(?:Fotos?|Bild(?:er)?|Photos?|Фото)\s+(?=\p{Lu})/u;
const LEAD_SOURCE = new RegExp(String.raw`^${SOURCE_WORDS}\s*:\s*`, 'iu');
/** Labels that may stand without a colon at the start of a credit (`Credit Doug Mills/…`, `Photo by …`). */
const BARE_LABEL =
  /^(?:(?:Credits?|Image copyright|Copyright|(?:Photo(?:graph)?|Image|Picture)s?\s+(?:by|credit)|(?:Photo\s+)?illustration\s+by|Fotos?\s+von|Photo\s+de|Foto\s+de|Фото)\s+|(?:Photo(?:graph)?|Image|Picture)s?\s+(?=courtesy\b|via\s))/iu;
/** A label that names the picture's maker (not `Copyright`, `Source`): it makes a lone handle the photographer. */
const MAKER_LABEL = /^(?:(?:Main|Top|Lead|All)\s+)?(?:Photo|Photograph|Picture|Image|Video|Portrait|Illustration|Artwork|Artist|Graphic|Map|Montage|Foto|Bild|Фото)s?(?:\s+(?:by|credit))?\s*[:.…]?\s*$/iu;
/** A block that is nothing but a label (`Фото:` in a `<dt>`): the credit is the next block. */
const ONLY_LABEL = new RegExp(String.raw`^\s*(?:${LABEL_WORDS}|${SOURCE_WORDS})\s*(?::|…|\.{2,})\s*$`, 'iu');
/** A label inside a caption; capitalised, so that prose like "the photo: …" is left alone. */
const INNER_LABEL = new RegExp(
  String.raw`(^|[\s(\[.;,–—-])(${LABEL_WORDS}${LABEL_SEP}|(?:Photo(?:graph)?|Picture|Image)s?\s+by\s+|(?:Photo(?:graph)?|Picture|Image)s?\s+(?=courtesy\b)|Courtesy\s+(?=of\s)|(?:${MAKER_NOUNS}\s+)?©\s*)`,
  'gu',
);

/** A sentence end: not after an initial (`K. Retherford`) or a common abbreviation. */
const SENTENCE_END =
  /(?<!(?:^|[\s.(/])\p{Lu})(?<!\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Dr|Mr|Ms|Mrs|Gov|Sen|Rep|Gen|Lt|Col|Capt|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|Ave))[.!?]\s+(?=\p{Lu})/u;

/** A word ending a sentence (`Meadows.`), not an abbreviation (`Inc.`, `Corp.`). */
const SENTENCE_TAIL = /(?<!\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|Dr|Mr|Ms|Mrs|Gov|Sen|Rep|Gen|Col|Capt|Mt|Ft|Ave|Bros|Dept|Univ|Assn))(?<=\p{Ll}{2})[.!?]$/u;

/** Particles inside names (`Ursula von der Leyen`, `Luis de la Fuente`). */
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'dos', 'das', 'do', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ten', 'ter', 'y', 'e', 'al', 'el', 'bin', 'ibn', 'st.']);
/** Small words allowed inside organisation names (`Museum of London`, `The Associated Press`). */
const ORG_PARTICLES = new Set([...NAME_PARTICLES, 'of', 'the', 'and', '&', 'for', 'in', 'on', 'at', 'für', 'und', 'des', 'zu', 'og', 'i']);
/** Capitalised words that do not occur in people's names. */
const NOT_NAME_WORDS = new Set(['all', 'about', 'our', 'your', 'my', 'this', 'that', 'more', 'how', 'what', 'why', 'who', 'when', 'where', 'best', 'top', 'new', 'big', 'the', 'a', 'an', 'read', 'see', 'watch', 'photos', 'video', 'images', 'file']);

/** Words that make an unknown name an organisation rather than a person. */
const ORG_WORDS =
  /\b(agency|agence|agencia|agentur|news|press|presse|prensa|photos?|images|pictures|media|group|inc|ltd|llc|corp|company|co|service|services|wire|archives?|library|museum|university|institute|foundation|collection|collaboration|studios?|productions?|entertainment|records|office|ministry|department|government|police|army|navy|forces?|council|committee|association|federation|club|team|league|network|tv|television|radio|channel|times|post|journal|herald|tribune|gazette|daily|magazine|stock|commons|centre|center|hospital|school|party|campaign|embassy|administration|commission|authority|bureau|organization|organisation|union|international|national|society|trust|project|handout|pool|facebook|twitter|instagram|youtube|space|science|observatory|laboratory|labs?|consortium|partners|gallery|systems|technologies|worldview|games|motors|airlines|airways|bank|reserve|court|senate|house|congress|parliament|kremlin|palace|registry|state|county|city|robotics|publishing|aerospace|origin|dynamics|industries|solutions|software|films|foods|energy|health|medical|capital|ventures|holdings|brands|plc|gmbh|rf|uk|usa|fox|century|magazine|quarterly|review|weekly|programme|program|feuerwehr|polizei|verlag|medien|mediengruppe|zeitung|rundfunk|médias|medios|ediciones|éditions|stadt|gemeinde|verband|verein|ministerium|stiftung|universität|klinikum|landkreis|amt|pressestelle|hersteller|bundesarchiv|archiv|mairie|ville|ministère|ministerio|ayuntamiento|gobierno|prefeitura|governo|полиция|министерство|пресс-служба)\b/iu;

/** German compounds ending in an organisation word (`Reitverband`, `Heimatverein`, `Landratsamt`). */
const DE_ORG_COMPOUND = /\p{L}{3,}(?:verband|verein|verlag|stiftung|ministerium|archiv|amt|agentur|gemeinde|gesellschaft|genossenschaft|klinikum|zentrum|museum|presse|polizei|feuerwehr|bund|kammer)\b/iu;
/** A name holding an organisation word, in English or as a German compound. */
function orgWordy(text: string): boolean {
  return ORG_WORDS.test(text) || DE_ORG_COMPOUND.test(text);
}

/** The words of a site's own copyright footer. */
const SITE_FOOTER = /all rights? reserved|tous droits|alle rechte|todos los derechos|все права|terms of (use|service)|privacy|contact us|registered trademark/i;

/** Anonymous photographer markers used by wire services (`STR/AFP`, `Staff/Reuters`). */
const ANON_PHOTOGRAPHER = /^(str|stf|stringer|staff|staff photographer|staff photo|contributor|afp contributor|our photographer)$/i;
/** Parts that say something about the picture, not about who made it. */
const DROP_PART = /^(file|files|archive photo|file photo|archivo|archives?|illustration|composite|screenshot|screengrab|photo illustration|reproduction|archivbild|archivfoto|symbolbild|symbolfoto|montage|photo montage|left|right|center|centre|top|bottom|above|below|inset|from left|l-r|top left|top right|bottom left|bottom right|clockwise from top left)$/i;
/** Social platforms, whose name alone in a credit element says where the picture was taken from. */
const PLATFORM = /^(?:Facebook|Instagram|X|Twitter|YouTube|TikTok|Telegram|VK|VKontakte|ВКонтакте|LinkedIn|Threads|Bluesky|Snapchat|Weibo|WeChat|Reddit|Mastodon)$/iu;

/** Interface words that are never a credit on their own. */
const UI_WORDS = new Set([
  'share', 'tweet', 'email', 'e-mail', 'print', 'comment', 'comments', 'save', 'more', 'read more', 'close', 'next',
  'previous', 'prev', 'expand', 'enlarge', 'caption', 'hide', 'show', 'gallery', 'menu', 'subscribe', 'follow',
  'advertisement', 'copy', 'link', 'copy link', 'whatsapp', 'pinterest', 'linkedin', 'reddit', 'facebook', 'twitter',
  'image', 'photo', 'video', 'play', 'pause', 'fullscreen', 'view', 'open', 'zoom', 'image caption', 'media caption',
  'skip', 'home', 'top', 'back', 'loading', 'related', 'sponsored', 'ad', 'less', 'report', 'source', 'videos', 'photos',
  'images', 'pictures', 'picture', 'more videos', 'more photos', 'live', 'watch', 'listen', 'podcast', 'podcasts',
]);
/** Prefixes that make the rest of the part the provider (`Courtesy of …`, `личный архив …`). */
const PROVIDER_PREFIX =
  /^(?:courtesy(?:\s+of)?|with\s+thanks\s+to|mit\s+freundlicher\s+genehmigung\s+von|gracias\s+a|avec\s+l'aimable\s+autorisation\s+de|personal\s+archive\s+of|private\s+collection\s+of|family\s+photo\s+of|(?:из\s+)?личн(?:ый|ого)\s+архив(?:а)?|архив|archivo\s+(?:personal|familiar)\s+de|archives\s+personnelles\s+de|privatarchiv|screenshots?(?:\s*(?::|aus|von|from|of|de))?|capture\s+d['’][ée]cran(?:\s+(?:de|du|des))?|captura(?:\s+de\s+pantalla)?(?:\s+(?:de|del))?|скриншот)\s+/iu;

const RANK: Record<ChainRole, number> = { photographer: 0, agency: 1, provider: 2, unknown: 2, distributor: 3, publisher: 4 };

/** How many characters of `text` a leading credit label takes (0 when there is none). */
export function labelLength(text: string, allowSource = false): number {
  const m = LEAD_LABEL.exec(text) ?? BARE_LABEL.exec(text) ?? (allowSource ? LEAD_SOURCE.exec(text) : null);
  return m ? m[0].length : 0;
}

/** True when the text is only a credit label (`Фото:`, `Photo:`), whose credit is in the next block. */
export function isOnlyLabel(text: string): boolean {
  return ONLY_LABEL.test(text);
}

/** A singular label word with no colon (`Фото` in a `<dt>`): vouches only for a handle or a name next. */
const WEAK_LABEL = /^\s*(?:Photo|Foto|Фото|Credit|Image|Bild|Imagen)\s*$/u;

/** What the block before says about this one: see `findCredits`. */
export function precedingOf(text: string, kind: BlockKind, foundCredit: boolean): Preceding {
  if (ONLY_LABEL.test(text)) return 'label';
  if (WEAK_LABEL.test(text)) return 'weak-label';
  return kind === 'caption' && !foundCredit ? 'caption' : null;
}

/**
 * Parses a credit body (label already removed) into a chain, or null when the text is not a credit.
 * With `evidence: 'bare'` at least one organisation must be known (or the line has the wire-service
 * `AP Photo/Name` shape); `'label'` and `'element'` accept any list of names.
 */
export function parseChain(body: string, evidenceIn: Evidence, trusted = true): ParsedLink[] | null {
  let evidence = evidenceIn;
  let s = body.trim().replace(/[.\s]+$/u, '');
  if (!s || s.length > 160) return null;
  if (/^by\s/i.test(s) || /^(von|par|por|автор)\s/i.test(s)) return null;
  if (SITE_FOOTER.test(s)) return null;
  // Copyright sign and year: `© 2019 Jane Roe`, `(c) Reuters 2019`, `Copyright 2019 AP`.
  let copyright = false;
  s = s.replace(/^(?:©|\(c\)|copyright\s*©?|℗)\s*/iu, () => {
    copyright = true;
    return '';
  });
  let year = false;
  if (copyright) {
    s = s.replace(/^(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?)[,.]?\s*/u, (y) => {
      year = y.length > 0;
      return '';
    });
    // `© Jane Roe` in a caption or a short credit element is a credit; `© 2019 Example Media` may be the site's.
    if ((trusted || evidence === 'element' || !year) && s.length <= 60 && evidence !== 'label') evidence = trusted || !year ? 'label' : evidence;
  }
  s = s.replace(/\s*\((?:copyright|©)\)$/iu, '').replace(/[,\s]+(?:19|20)\d\d$/u, '').replace(/^[©\s]+/u, '');
  if (!s) return null;
  if (SENTENCE_END.test(s)) return null;

  const parts = splitParts(s);
  if (!parts) return null;
  // `The mayor at the fair. | Ivo Sand/Reuters`: a part ending a sentence is the description, not a link.
  if (parts.slice(0, -1).some((p) => SENTENCE_TAIL.test(p.text))) return null;
  const links: ParsedLink[] = [];
  let hasKnown = false;
  let wireShape = false;
  let platform = false;
  for (const part of parts) {
    let text = part.text;
    let provider = part.provider;
    if (provider) evidence = evidence === 'bare' ? 'element' : evidence;
    if (DROP_PART.test(text)) continue;
    if (/:/.test(text)) return null;
    // A social platform named in a credit element or after a label (`Foto: Instagram`) handed the picture on.
    if (PLATFORM.test(text) && evidence !== 'bare') {
      links.push({ name: text, role: part.sep === 'via' ? 'distributor' : 'provider', org: null });
      platform = true;
      continue;
    }
    // Provider words: handout, supplied, the maker or the press office handed the picture out; `DR`
    // (droits réservés), `privat`, `Divulgação`, `cedida` say the same in de/fr/es/pt.
    if (/^(?:handout|pool|courtesy|supplied|submitted|hersteller|fabricant|manufacturer|pressestelle|press office|pressebild|pressefoto|privat|private|dr|divulga[çc][ãa]o|cedida|gentileza)$/iu.test(text) && text !== 'Dr' && text !== 'dr') {
      links.push({ name: text, role: 'provider', org: lookupOrg(text) });
      continue;
    }
    const marker = /^(.+?)\s+(file|files|archive|handout|pool|via handout)$/i.exec(text);
    if (marker && !lookupOrg(text)) {
      text = marker[1]!;
      if (!/^(file|files|archive)$/i.test(marker[2]!)) provider = true;
    }
    const photoSuffix = /^(.+?)\s+(?:photos?|pictures?|images)$/i.exec(text);
    if (photoSuffix && !lookupOrg(text) && lookupOrg(photoSuffix[1]!)) {
      text = photoSuffix[1]!;
      wireShape = true;
    } else if (/^(AP|AFP) Photos?$/i.test(text)) wireShape = true;
    const org = lookupOrg(text);
    const lead = org ?? leadingOrg(text);
    const username = /^[\p{Ll}\d][\p{Ll}\d_.-]{2,30}$/u.test(text) && evidence !== 'bare' && !isDomain(text);
    const domain = isDomain(text);
    if (domain && trusted && parts.length === 1) wireShape = true;
    if (!org && !isNameLike(text, evidence === 'label') && !(provider && isLooseName(text)) && !username) return null;
    if (!org && UI_WORDS.has(normalizeName(text)) && evidence !== 'label') return null;
    if (lead) hasKnown = true;
    const previousOrg = links.some((l) => l.role !== 'photographer' && l.role !== 'publisher');
    const words = text.split(/\s+/u).length;
    let role: ChainRole;
    if (part.sep === 'via') role = 'distributor';
    else if (part.sep === 'for') {
      role = 'publisher';
      // `Name for The New York Times`: commissioned work is a credit shape of its own.
      const before = links[links.length - 1];
      const commissioned = org || (trusted && orgWordy(text) && words <= 4);
      if (commissioned && before && (before.org || before.role === 'photographer' || trusted)) wireShape = true;
    }
    else if (provider || org?.kind === 'provider') role = 'provider';
    else if (org?.kind === 'distributor') role = previousOrg ? 'distributor' : 'agency';
    else if (org) role = 'agency';
    else if (ANON_PHOTOGRAPHER.test(text)) role = 'photographer';
    else if (lead) role = 'agency';
    else if (username) role = 'photographer';
    else if (isPersonName(text)) role = 'photographer';
    else if (orgWordy(text)) role = 'agency';
    else if (words === 1 && !text.startsWith('@')) role = 'agency';
    // `WWF Kenya`, `ADAC Nordbayern`: an acronym beside a word is an organisation's branch.
    else if (words === 2 && /^\p{Lu}{2,6}$/u.test(text.split(/\s+/u).find((w) => /^\p{Lu}{2,6}$/u.test(w)) ?? '')) role = 'agency';
    else if (words >= 3 && (!trusted || /\b(in|on|at)\b|\d/u.test(text))) return null;
    else if (words >= 3) role = 'agency';
    else role = 'unknown';
    const displayName = org && /^(AP|AFP) Photos?$/i.test(text) ? text.replace(/\s+Photos?$/i, '') : text;
    links.push({ name: displayName, role, org });
  }
  if (links.length === 0) return null;
  // `DCV / Oppitz`, `Stadt Nordhafen / Keller`: a lone surname beside an organisation is the photographer.
  if (evidence !== 'bare' && links.length === 2 && parts.every((p, i) => i === 0 || p.sep === '/') && !links.some((l) => l.role === 'photographer')) {
    const sole = !links[1]!.org && /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u.test(links[1]!.name) && !orgWordy(links[1]!.name) ? 1 : -1;
    if (sole >= 0 && links[1 - sole]!.role === 'agency' && (links[1 - sole]!.org || /^\p{Lu}{2,6}$/u.test(links[1 - sole]!.name) || orgWordy(links[1 - sole]!.name))) links[sole]!.role = 'photographer';
  }
  if (evidence === 'bare' && !hasKnown && !wireShape) return null;
  if (evidence === 'bare' && parts.some((p, i) => p.sep === ',' && !lookupOrg(p.text) && !DROP_PART.test(p.text) && i > 0)) return null;
  // A bylined wire story reads `Jane Roe, Associated Press`: outside captions a comma list is a byline.
  const commas = parts.filter((p) => p.sep === ',' && !DROP_PART.test(p.text));
  if (evidence === 'bare' && !trusted && commas.length > 0) {
    if (commas.length > 1 || links.length !== 2 || !lookupOrg(parts[parts.length - 1]!.text)) return null;
  }
  if (links.length === 1 && !links[0]!.org && !platform && UI_WORDS.has(normalizeName(links[0]!.name))) return null;
  // `© 2019 Example Media` is a site notice unless the name is a known picture source or a person.
  if (year && !hasKnown && !links.every((l) => l.role === 'photographer')) return null;
  return orderChain(collapse(links));
}

/** `on`/`auf`/`sur`/`en`/`на` before a photo platform's name: the platform distributes the picture. */
const PLATFORM_ON = /^(?:on|auf|sur|en|em|на|в)$/u;

/** Splits a credit body at `|`, `/`, `via`, `for`, commas and `and`, merging known two-part names. */
function splitParts(s: string): Part[] | null {
  const re =
    /\s*\|\s*|\s*\/\s*|,?\s+(?:and|&)\s+|\s+via\s+|\s+(?:on|auf|sur|en|em|на|в)\s+(?=(?:Unsplash|Flickr|Pexels|Pixabay|Instagram|Twitter|Facebook|YouTube|TikTok)\b)|\s+for\s+|\s*;\s*|\s*,\s+(?!(?:Inc|Ltd|LLC|Co|Corp|Jr|Sr|S\.A|AG|GmbH|PLC|plc)\b)|\s+[-–]\s+/giu;
  const raw: { text: string; sep: Sep; at: number }[] = [];
  let last = 0;
  let sep: Sep = null;
  const lead = /^via\s+/i.exec(s);
  if (lead) {
    sep = 'via';
    last = lead[0].length;
    re.lastIndex = last;
  }
  for (let m = re.exec(s); m; m = re.exec(s)) {
    raw.push({ text: s.slice(last, m.index), sep, at: last });
    const t = m[0].trim().toLowerCase();
    sep = t === '|' ? '|' : t === '/' || t === '-' || t === '–' ? '/' : t === 'via' || PLATFORM_ON.test(t) ? 'via' : t === 'for' ? 'for' : t === ';' ? ';' : t === ',' ? ',' : 'and';
    last = m.index + m[0].length;
  }
  raw.push({ text: s.slice(last), sep, at: last });
  // Re-join pairs that are one known name (`EPA/EFE`, `REX/Shutterstock`, `Johnson & Johnson`).
  const merged: { text: string; sep: Sep }[] = [];
  for (let i = 0; i < raw.length; i++) {
    const cur = raw[i]!;
    const next = raw[i + 1];
    if (next && (next.sep === '/' || next.sep === 'and')) {
      const joined = s.slice(cur.at, next.at + next.text.length);
      // `Fauna & Flora International`: one word and an organisation's name joined by `&` are one name.
      const oneName = next.sep === 'and' && /&/u.test(s.slice(cur.at + cur.text.length, next.at)) && /^\p{Lu}\p{Ll}+$/u.test(cur.text.trim()) && orgWordy(next.text);
      if (lookupOrg(joined) || oneName) {
        merged.push({ text: joined, sep: cur.sep });
        i++;
        continue;
      }
    }
    merged.push(cur);
  }
  const parts: Part[] = [];
  for (const r of merged) {
    let text = r.text.trim().replace(/^[(\[]+|[)\]]+$/gu, '').trim();
    let provider = false;
    const courtesy = PROVIDER_PREFIX.exec(text);
    if (courtesy) {
      text = text.slice(courtesy[0].length).trim();
      provider = true;
    }
    if (!text) {
      if (provider) return null;
      continue;
    }
    parts.push({ text, sep: r.sep, provider });
  }
  return parts.length ? parts : null;
}

/** A credit part that could be a name: a few capitalised words, a known lower-case name, a handle. */
function isNameLike(text: string, relaxed = false): boolean {
  if (lookupOrg(text)) return true;
  if (text.length > 60) return false;
  const words = text.split(/\s+/u);
  if (words.length > 7) return false;
  // After a label, one lower-case word may follow a capitalised one (`Hanwha Q cells`, `Future plc`).
  // After a label, a lower-case brand before an organisation word (`dtv Verlag`, `ndr Archiv`).
  if (relaxed && words.length === 2 && /^\p{Ll}[\p{Ll}\d]{1,5}$/u.test(words[0]!) && /^\p{Lu}/u.test(words[1]!) && orgWordy(words[1]!)) return true;
  if (relaxed && words.length >= 2 && /^\p{Lu}/u.test(words[0]!) && words.filter((w) => /^\p{Ll}/u.test(w)).length === 1 && !/[.!?]/u.test(text)) return true;
  let capitalised = 0;
  for (const w of words) {
    if (/^[\p{Lu}\p{N}@#]/u.test(w) || /^\p{Ll}{1,3}['’]\p{Lu}/u.test(w) || /^\p{Ll}{1,2}\p{Lu}/u.test(w)) {
      capitalised++;
      continue;
    }
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|ru|de|fr|es|it|uk|gov|io|co)$/i.test(w)) {
      capitalised++;
      continue;
    }
    if (ORG_PARTICLES.has(w.toLowerCase()) || /^(plc|inc|ltd|gmbh|llc)\.?$/.test(w)) continue;
    return false;
  }
  return capitalised > 0;
}

/** A bare domain name (`onmeth.com`), as captions credit a website. */
function isDomain(text: string): boolean {
  return /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|ru|de|fr|es|it|uk|gov|io|co|tv|info|edu)$/i.test(text);
}

/** A loose name after `courtesy of`: up to six words, at least one capitalised. */
function isLooseName(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.length <= 6 && text.length <= 60 && words.some((w) => /^\p{Lu}/u.test(w)) && !/[.!?]\s/u.test(text);
}

/** A person's name: two to five capitalised words (or initials), no organisation or common words. */
function isPersonName(text: string): boolean {
  if (orgWordy(text) || leadingOrg(text)) return false;
  const words = text.split(/\s+/u);
  if (words.length < 2 || words.length > 5) return false;
  const allCaps = words.every((w) => !/\p{Ll}/u.test(w)) || (/^\p{Lu}\p{Ll}+$/u.test(words[0]!) && /^\p{Lu}{3,}$/u.test(words[words.length - 1]!));
  return words.every(
    (w) =>
      NAME_PARTICLES.has(w.toLowerCase()) ||
      /^(?:\p{Lu}\.){1,3}$/u.test(w) ||
      (/^\p{Lu}[\p{L}'’.-]*$/u.test(w) && !NOT_NAME_WORDS.has(w.toLowerCase()) && (allCaps || w.length <= 2 || /\p{Ll}/u.test(w))),
  );
}

/** Drops repeated names: `Xinhua News Agency | Xinhua News Agency` is one agency. */
function collapse(links: ParsedLink[]): ParsedLink[] {
  const out: ParsedLink[] = [];
  for (const link of links) {
    const dup = out.find(
      (l) => normalizeName(l.name) === normalizeName(link.name) || (l.org !== null && l.org === link.org && l.role === link.role),
    );
    if (dup) {
      // A repeated organisation in the photographer's slot still only says "staff of the agency".
      if (RANK[link.role] > RANK[dup.role] && link.role !== 'publisher') dup.role = link.role;
      continue;
    }
    out.push({ ...link });
  }
  return out;
}

/** Orders a chain as it reads: photographer → agency → provider → distributor → publisher. */
function orderChain(links: ParsedLink[]): ParsedLink[] {
  return links
    .map((l, i) => ({ l, i }))
    .sort((a, b) => RANK[a.l.role] - RANK[b.l.role] || a.i - b.i)
    .map((x) => x.l);
}

/** Trims spaces, wrapping brackets and trailing sentence punctuation from [start, end) of `text`. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s|•·–—]/u.test(text[s]!)) s++;
  while (e > s && /[\s.,;:]/u.test(text[e - 1]!)) e--;
  if (/[(\[]/u.test(text[s] ?? '') && /[)\]]/u.test(text[e - 1] ?? '')) {
    s++;
    e--;
  }
  return [s, e];
}

type Context = { kind: BlockKind; evidence: Evidence };

/** Parses a candidate span [start, end) of `text`, with or without a label. */
function tryCandidate(text: string, start: number, end: number, ctx: Context): FoundCredit | null {
  const [s, e] = trimSpan(text, start, end);
  if (e - s < 2) return null;
  const candidate = text.slice(s, e);
  const trusted = ctx.kind === 'caption' || ctx.kind === 'credit';
  let label = labelLength(candidate, trusted);
  // A label after a label (`Quelle: Foto Jana Ring`, `Source: Photo by Ian Fox`) is part of it.
  if (label > 0) label += labelLength(candidate.slice(label)) || bareMakerLength(candidate.slice(label));
  // `Bild Paul Meier`: a maker word without a colon vouches only for a person or a known organisation.
  else if (trusted) label = bareMakerLength(candidate);
  // `© Jane Roe` standing alone (no year: not a site notice) vouches for itself outside paragraphs.
  const copyrightLead = ctx.kind !== 'paragraph' && candidate.length <= 60 && /^(?:©|\(c\))\s*(?!(?:19|20)\d\d)/iu.test(candidate);
  const evidence: Evidence = label > 0 || copyrightLead ? 'label' : ctx.evidence;
  const chain = parseChain(candidate.slice(label), evidence, trusted);
  if (!chain) return null;
  // The label sets the role: a maker's label (`Image:`, `Artist:`) before a lone handle names the photographer.
  if (label > 0 && chain.length === 1 && chain[0]!.role === 'unknown' && /^@[\w.]{2,40}$/u.test(chain[0]!.name) && MAKER_LABEL.test(candidate.slice(0, label))) {
    chain[0] = { ...chain[0]!, role: 'photographer' };
  }
  // A lone organisation name outside a caption is a byline, a source line or a link, not a credit.
  if (evidence === 'bare' && !trusted && chain.length < 2) return null;
  return { start: s, end: e, chain };
}

/** How much of `text` a maker word without a colon takes (`Bild ` in `Bild Paul Meier`), when a person or an organisation follows. */
function bareMakerLength(text: string): number {
  const m = BARE_MAKER.exec(text);
  if (!m) return 0;
  const chain = parseChain(text.slice(m[0].length), 'label', true);
  return chain && chain.length > 0 && chain.every((l) => l.org !== null || (l.role === 'photographer' && isPersonName(l.name))) ? m[0].length : 0;
}

/** What the block before says about this one: a bare label (`Фото:`) or a caption. */
export type Preceding = 'label' | 'weak-label' | 'caption' | null;

/**
 * Finds the credit lines in one block's text. `kind` is the block's kind: credit elements are
 * trusted, captions may end with a credit, paragraphs must look like a credit on their own.
 * `before` is what the previous block was: a bare label vouches for this block; a short line right
 * after a caption is read like a caption's credit.
 */
export function findCredits(text: string, kindIn: BlockKind, before: Preceding = null): FoundCredit[] {
  if (kindIn === 'heading' || kindIn === 'blockquote') return [];
  if (isOnlyLabel(text)) return [];
  if (before === 'weak-label') {
    const t = text.trim();
    const ok = /^@[\w.]{2,40}$/u.test(t) || lookupOrg(t) !== null || isPersonName(t);
    if (!ok) return [];
    const start = text.indexOf(t);
    const chain = parseChain(t, 'label', true);
    return chain ? [{ start, end: start + t.length, chain }] : [];
  }
  // A byline (`By Jane Roe | Example Media for Example.com`) is the writer's, not a photo credit.
  if (kindIn !== 'credit' && /^by\s/iu.test(text)) return [];
  const afterLabel = before === 'label';
  const kind: BlockKind = before === 'caption' && kindIn === 'other' && text.length <= 80 ? 'caption' : kindIn;
  const trusted = kind === 'credit' || kind === 'caption';
  const whole: Context = { kind, evidence: afterLabel ? 'label' : kind === 'credit' ? 'element' : 'bare' };
  const bare: Context = { kind, evidence: 'bare' };
  // 1. The whole block is the credit line.
  if (text.length <= 200) {
    const found = tryCandidate(text, 0, text.length, whole);
    if (found) return [found];
  }
  // 1b. `© Jane Roe Needle-sharp description…`: a credit element glued before the caption text.
  if (kind !== 'paragraph' && /^\s*©\s*\p{Lu}/u.test(text)) {
    const words = /^\s*©\s*((?:\S+\s+){1,4})(?=\p{Lu}\p{Ll}*\s+\p{Ll})/u.exec(text);
    if (words) {
      const name = words[1]!.trim();
      if (isPersonName(name) || lookupOrg(name)) {
        const start = text.indexOf('©');
        const chain = parseChain(name, 'label', true);
        if (chain) return [{ start, end: text.indexOf(name, start) + name.length, chain }];
      }
    }
  }
  // 1c. Credit elements holding several labelled credits (`Photo illustration by Slate. Photo by Jane Roe.`).
  if (kind === 'credit' && text.length <= 200) {
    const pieces: [number, number][] = [];
    let from = 0;
    const re = new RegExp(SENTENCE_END.source, 'gu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      pieces.push([from, m.index + 1]);
      from = m.index + m[0].length;
    }
    pieces.push([from, text.length]);
    if (pieces.length > 1) {
      const chains = pieces.map(([a, b]) => {
        const piece = text.slice(a, b).trim().replace(/\.$/u, '');
        const label = labelLength(piece);
        return label > 0 ? parseChain(piece.slice(label), 'label', true) : null;
      });
      if (chains.every((c) => c !== null)) {
        const [s0, e0] = trimSpan(text, 0, text.length);
        return [{ start: s0, end: e0, chain: orderChain(collapse(chains.flatMap((c) => c!))) }];
      }
    }
  }
  // 1d. A label glued to the name by the page's markup (`… downtown.CreditJane Roe/The Daily Planet`):
  // the label vouches for what follows; if that is no credit, parsing goes on as usual.
  const glued = /(?<=[.!?…"”’)\p{Ll}\d]|^)(Credits?|Photo(?:graph)?s?|Image|Foto|Bild|Фото)(?=\p{Lu}\p{Ll}|\p{Lu}{2,})/gu;
  for (let m = glued.exec(text); m; m = glued.exec(text)) {
    const bodyStart = m.index + m[1]!.length;
    if (text.length - bodyStart > 120) continue;
    const chain = parseChain(text.slice(bodyStart), 'label', trusted);
    if (chain) {
      const [, e0] = trimSpan(text, m.index, text.length);
      return [{ start: m.index, end: e0, chain }];
    }
  }
  // 2. A labelled credit inside the text: `… Photo: Jane Roe/Reuters`, `… (Photo: AFP)`, `… © Reuters`.
  INNER_LABEL.lastIndex = 0;
  for (let m = INNER_LABEL.exec(text); m; m = INNER_LABEL.exec(text)) {
    const labelStart = m.index + m[1]!.length;
    const opener = m[1]!;
    const copyright = m[2]!.includes('©');
    if (copyright && ((!trusted && kind !== 'other') || SITE_FOOTER.test(text))) continue;
    let end = text.length;
    if (opener === '(' || opener === '[') {
      const close = text.indexOf(opener === '(' ? ')' : ']', labelStart);
      if (close < 0) continue;
      end = close;
    }
    const ctx: Context = { kind, evidence: copyright && !trusted ? 'bare' : 'label' };
    const found = tryCandidate(text, labelStart, end, ctx);
    if (found) return [found];
    // The credit may be followed by more text: stop at the next sentence end.
    const bodyStart = labelStart + m[2]!.length;
    const stop = SENTENCE_END.exec(text.slice(bodyStart, end));
    if (stop) {
      const shorter = tryCandidate(text, labelStart, bodyStart + stop.index, ctx);
      if (shorter) return [shorter];
    }
  }
  // 2b. `… installation views, photos © Jane Roe, 2018`: the word before the sign says it is the picture's.
  const photosSign = /\b(?:photos?|images?|pictures?|fotos?)\s+(©\s*[^.;()©]{2,60}?)\s*\.?\s*$/iu.exec(text);
  if (photosSign) {
    const start = photosSign.index + photosSign[0].indexOf(photosSign[1]!);
    const found = tryCandidate(text, start, start + photosSign[1]!.length, { kind, evidence: 'label' });
    if (found) return [found];
  }
  // 3. A parenthesis or bracket at the end: `… (AP Photo/John Doe)`, `… [Reuters]`.
  const tailParen = /[(\[]([^()\[\]]{2,160})[)\]]\s*\.?\s*$/u.exec(text);
  if (tailParen) {
    const start = tailParen.index + 1;
    const found = tryCandidate(text, start, start + tailParen[1]!.length, trusted ? { kind, evidence: 'bare' } : bare);
    if (found) return [found];
    // Inside a caption, a final parenthesis holding only a person's name is the photographer (`… (Jane Roe)`).
    const inner = tailParen[1]!.trim();
    if (trusted && start > 0 && isPersonName(inner) && !/\b(?:left|right|centre|center)\b/iu.test(inner)) {
      const s0 = text.indexOf(inner, start);
      return [{ start: s0, end: s0 + inner.length, chain: [{ name: inner, role: 'photographer', org: null }] }];
    }
  }
  // 4. Captions: a provider note at the end (`… Submitted photo`, `… File photo`).
  if (trusted) {
    const note = /(?:^|\s)((?:Submitted|Contributed|Handout|File|Courtesy|Supplied|Family|Pool)\s+(?:photo|image|picture)s?)\s*\.?\s*$/iu.exec(text);
    if (note && !/^file/i.test(note[1]!)) {
      const start = text.length - note[0].length + note[0].indexOf(note[1]!);
      return [{ start, end: start + note[1]!.length, chain: [{ name: note[1]!, role: 'provider', org: null }] }];
    }
  }
  // 5. Captions merged into a paragraph without a space (`… in New York.Reuters`): separate elements.
  if (!trusted && kind === 'paragraph') {
    const glued = /[.!?…"”](?=\p{Lu}[^.!?]{1,80}$)/u.exec(text);
    if (glued) {
      const found = tryCandidate(text, glued.index + 1, text.length, { kind: 'caption', evidence: 'bare' });
      if (found) return [found];
    }
  }
  // 6. Captions: the last segment after the description (`… shake hands. Jane Roe | TASS | Getty Images`).
  if (trusted) {
    const boundary = /(?:[.!?…"”’)](?:\s+|(?=\p{Lu}))|\s[|•·–—-]\s|\s{2,}|\n)/gu;
    for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
      const start = m.index + m[0].length;
      if (text.length - start > 160) continue;
      // A dot inside a web address (`mediathek.ZDF.de`) is no boundary.
      if (m[0] === '.' && isDomain((/[\w.-]*$/u.exec(text.slice(0, m.index))?.[0] ?? '') + (/^[\w.-]*/u.exec(text.slice(m.index))?.[0] ?? ''))) continue;
      const found = tryCandidate(text, start, text.length, bare);
      if (found) return [found];
    }
  }
  return [];
}
