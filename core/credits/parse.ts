/**
 * Photo-credit parsing: turns a credit line (`Alexei Nikolsky | TASS | Getty Images`,
 * `Photo: Jane Roe/EPA-EFE/Shutterstock`, `(AP Photo/John Doe)`) into a chain of named links with
 * roles, and finds where in a block of text the credit line sits (a whole block, a labelled credit
 * inside a caption, a parenthesis at its end, or the last segment after the description).
 * Pure string work; organisation knowledge comes from ./lexicon.ts.
 */
import type { BlockKind, ChainRole } from '../report';
import { lookupOrg, normalizeName, type CreditOrg } from './lexicon';

/** One link of a parsed chain, before dataset linking. */
export type ParsedLink = { name: string; role: ChainRole; org: CreditOrg | null };

/** A credit found in a block: offsets into the block text (end exclusive) and its chain. */
export type FoundCredit = { start: number; end: number; chain: ParsedLink[] };

/**
 * How much evidence a candidate has beyond its own shape: `label` = a credit label (`Photo:`, `©`),
 * `element` = the page marked the element as a credit, `bare` = nothing (a caption tail, a paragraph).
 */
export type Evidence = 'label' | 'element' | 'bare';

type Sep = '|' | '/' | 'via' | 'for' | ',' | ';' | 'and' | null;
type Part = { text: string; sep: Sep; provider: boolean };

/**
 * Credit labels in the languages we read. The label belongs to the credit line, so it is part of the
 * span; the chain is read from what follows it.
 */
const LABEL_SOURCE =
  String.raw`(?:(?:Photo|Photograph|Picture|Image|Video|Illustration|Graphic)s?\s+(?:credit|copyright|courtesy(?:\s+of)?|by|source)s?|` +
  String.raw`Photos?|Photographs?|Photography|Pictures?|Pics?|Images?|Illustrations?|Credits?|Copyright|Source|Sources|` +
  String.raw`Fotos?|Bild(?:er)?|Bildquelle|Quelle|Fotograf[íi]as?|Imagen(?:es)?|Cr[ée]dits?(?:\s+photos?)?|Cr[ée]dit\s+image|` +
  String.raw`Фото(?:графия)?|Фотография|Источник|Кадр|Top image|Main image|Header image|Lead image|Cover image|Featured image)`;

/** A label at the very start of a candidate: `Photo: `, `Photo : `, `Credit `, `Photograph by `. */
const LEAD_LABEL = new RegExp(String.raw`^(?:${LABEL_SOURCE})\s*(?::|\s-\s|–|—)\s*`, 'iu');
/** Labels that may stand without a colon at the very start of a credit element (`Credit Doug Mills/…`). */
const BARE_LABEL = /^(?:(?:Credits?|Image copyright|Copyright|Photo(?:graph)?s?\s+(?:by|credit)|Image by|Picture by|Fotos?\s+von|Photo\s+de)\s+|(?:Photo(?:graph)?|Image|Picture)s?\s+(?=courtesy\b))/iu;
/** A label inside a caption (case-sensitive first letter so that prose like "the photo:" is left alone). */
const INNER_LABEL = new RegExp(
  String.raw`(^|[\s(\[.;,–—-])((?:${LABEL_SOURCE})\s*(?::|\s-\s)\s*|(?:Photo(?:graph)?|Picture|Image)s?\s+by\s+|(?:Photo(?:graph)?|Picture|Image)s?\s+(?=courtesy\b)|Courtesy\s+(?=of\s))`,
  'gu',
);

const PARTICLES = new Set([
  'of', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'do', 'du', 'la', 'le', 'les', 'van', 'von', 'der', 'den',
  'ten', 'ter', 'y', 'e', 'al', 'el', 'bin', 'ibn', 'the', 'für', 'und', 'des', 'zu', 'in', 'on', 'at', 'st.',
  'and', '&', 'for',
]);

/** Words that make an unknown name an organisation rather than a person. */
const ORG_WORDS =
  /\b(agency|agence|agencia|agentur|news|press|presse|prensa|photos?|images|pictures|media|group|inc|ltd|llc|corp|company|co|service|services|wire|archives?|library|museum|university|institute|foundation|collection|studios?|productions?|entertainment|records|office|ministry|department|government|police|army|navy|forces?|council|committee|association|federation|club|team|league|network|tv|television|radio|channel|times|post|journal|herald|tribune|gazette|daily|magazine|stock|commons|centre|center|hospital|school|party|campaign|embassy|administration|commission|authority|bureau|organization|organisation|union|international|national|society|trust|project|handout|pool|facebook|twitter|instagram|youtube)\b/iu;

/** Anonymous photographer markers used by wire services (`STR/AFP`, `Staff/Reuters`). */
const ANON_PHOTOGRAPHER = /^(str|stringer|staff|staff photographer|staff photo|contributor|afp contributor|our photographer)$/i;
/** Parts that say something about the picture, not about who made it. */
const DROP_PART = /^(file|files|archive photo|file photo|archivo|archives?|illustration|composite|screenshot|screengrab|photo illustration|reproduction)$/i;
/** Interface words that are never a credit on their own. */
const UI_WORDS = new Set([
  'share', 'tweet', 'email', 'e-mail', 'print', 'comment', 'comments', 'save', 'more', 'read more', 'close', 'next',
  'previous', 'prev', 'expand', 'enlarge', 'caption', 'hide', 'show', 'gallery', 'menu', 'subscribe', 'follow',
  'advertisement', 'copy', 'link', 'copy link', 'whatsapp', 'pinterest', 'linkedin', 'reddit', 'facebook', 'twitter',
  'image', 'photo', 'video', 'play', 'pause', 'fullscreen', 'view', 'open', 'zoom', 'image caption', 'media caption',
  'skip', 'home', 'top', 'back', 'loading', 'related', 'sponsored', 'ad',
]);

const RANK: Record<ChainRole, number> = { photographer: 0, agency: 1, provider: 2, unknown: 2, distributor: 3, publisher: 4 };

/** Strips a leading credit label; returns how many characters it took (0 when there is none). */
export function labelLength(text: string): number {
  const m = LEAD_LABEL.exec(text) ?? BARE_LABEL.exec(text);
  return m ? m[0].length : 0;
}

/**
 * Parses a credit body (label already removed) into a chain, or null when the text is not a credit.
 * `evidence: 'bare'` demands that at least one organisation be known or that the line have the
 * wire-service `Agency Photo/Name` shape; `'label'` accepts any list of names.
 */
export function parseChain(body: string, evidenceIn: Evidence): ParsedLink[] | null {
  let evidence = evidenceIn;
  let s = body.trim().replace(/[.\s]+$/u, '');
  if (!s || s.length > 160) return null;
  if (/^by\s/i.test(s) || /^(von|par|por|автор)\s/i.test(s)) return null;
  if (/all rights reserved|tous droits|alle rechte|todos los derechos|все права|terms of (use|service)|privacy/i.test(s)) return null;
  // Copyright sign and year: `© 2019 Jane Roe`, `(c) Reuters 2019`, `Copyright 2019 AP`.
  let copyright = false;
  s = s.replace(/^(?:©|\(c\)|copyright\s*©?|℗)\s*/iu, () => {
    copyright = true;
    return '';
  });
  if (copyright && s.length <= 60) evidence = 'label';
  if (copyright) s = s.replace(/^(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?)[,.]?\s*/u, '');
  s = s.replace(/[,\s]+(?:19|20)\d\d$/u, '').replace(/^[©\s]+/u, '');
  if (!s) return null;
  if (/[.!?]\s+\p{Lu}/u.test(s) && !/\b(?:Inc|Ltd|Co|Jr|Sr|St|Dr|Mr|Ms|U\.S|D\.C)\.\s/u.test(s)) return null;

  const parts = splitParts(s);
  if (!parts) return null;
  const links: ParsedLink[] = [];
  let hasKnown = false;
  let wireShape = false;
  for (const part of parts) {
    let text = part.text;
    let provider = part.provider;
    if (DROP_PART.test(text)) continue;
    if (/^(handout|pool|courtesy|supplied)$/i.test(text)) {
      links.push({ name: text, role: 'provider', org: lookupOrg(text) });
      continue;
    }
    const photoSuffix = /^(.+?)\s+(?:photos?|pictures?|images)$/i.exec(text);
    if (photoSuffix && !lookupOrg(text) && lookupOrg(photoSuffix[1]!)) {
      text = photoSuffix[1]!;
      wireShape = true;
    } else if (/^(AP|AFP) Photo$/i.test(text)) wireShape = true;
    const trailer = /^(.+?)\s+(?:handout|pool|via handout)$/i.exec(text);
    if (trailer && !lookupOrg(text)) {
      text = trailer[1]!;
      provider = true;
    }
    const org = lookupOrg(text);
    if (!org && !isNameLike(text) && !(provider && isLooseName(text))) return null;
    if (!org && UI_WORDS.has(normalizeName(text)) && evidence !== 'label') return null;
    if (org) hasKnown = true;
    const previousOrg = links.some((l) => l.role !== 'photographer' && l.role !== 'publisher');
    let role: ChainRole;
    if (part.sep === 'via') role = 'distributor';
    else if (part.sep === 'for') role = 'publisher';
    else if (provider || org?.kind === 'provider') role = 'provider';
    else if (org?.kind === 'distributor') role = previousOrg ? 'distributor' : 'agency';
    else if (org) role = 'agency';
    else if (ANON_PHOTOGRAPHER.test(text)) role = 'photographer';
    else if (isPersonName(text)) role = 'photographer';
    else if (ORG_WORDS.test(text) || /^\p{Lu}[\p{Lu}\d&.-]{1,7}$/u.test(text)) role = 'agency';
    else role = 'unknown';
    const displayName = org && /^(AP|AFP) Photos?$/i.test(text) ? text.replace(/\s+Photos?$/i, '') : text;
    links.push({ name: displayName, role, org });
  }
  if (links.length === 0) return null;
  if (evidence === 'bare' && !hasKnown && !wireShape) return null;
  if (evidence === 'bare' && links.length === 1 && links[0]!.role === 'unknown') return null;
  return orderChain(collapse(links));
}

/** Splits a credit body at `|`, `/`, `via`, `for`, commas and `and`, merging known two-part names. */
function splitParts(s: string): Part[] | null {
  const re = /\s*\|\s*|\s*\/\s*|\s+via\s+|\s+on\s+(?=(?:Unsplash|Flickr|Pexels|Pixabay|Instagram|Twitter|Facebook|YouTube)\b)|\s+for\s+|\s*;\s*|\s*,\s+|\s+(?:and|&)\s+/giu;
  const raw: { text: string; sep: Sep }[] = [];
  let last = 0;
  let sep: Sep = null;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    raw.push({ text: s.slice(last, m.index), sep });
    const t = m[0].trim().toLowerCase();
    sep = t === '|' ? '|' : t === '/' ? '/' : t === 'via' || t === 'on' ? 'via' : t === 'for' ? 'for' : t === ';' ? ';' : t === ',' ? ',' : 'and';
    last = m.index + m[0].length;
  }
  raw.push({ text: s.slice(last), sep });
  // Re-join pairs that are one known name (`EPA/EFE`, `REX/Shutterstock`, `Johnson & Johnson`).
  const merged: { text: string; sep: Sep }[] = [];
  for (let i = 0; i < raw.length; i++) {
    const cur = raw[i]!;
    const next = raw[i + 1];
    if (next && (next.sep === '/' || next.sep === 'and')) {
      const joined = s.slice(s.indexOf(cur.text), s.indexOf(next.text, s.indexOf(cur.text) + cur.text.length) + next.text.length);
      if (lookupOrg(joined)) {
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
    const courtesy = /^(?:courtesy(?:\s+of)?|with\s+thanks\s+to|mit\s+freundlicher\s+genehmigung\s+von|gracias\s+a|avec\s+l'aimable\s+autorisation\s+de)\s+/iu.exec(text);
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
function isNameLike(text: string): boolean {
  if (lookupOrg(text)) return true;
  if (text.length > 60) return false;
  const words = text.split(/\s+/u);
  if (words.length > 7) return false;
  let capitalised = 0;
  for (const w of words) {
    if (/^[\p{Lu}\p{N}@#]/u.test(w) || /^\p{Ll}{1,3}['’]\p{Lu}/u.test(w)) {
      capitalised++;
      continue;
    }
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|org|net|ru|de|fr|es|it|uk|gov|io|co)$/i.test(w)) {
      capitalised++;
      continue;
    }
    if (PARTICLES.has(w.toLowerCase())) continue;
    return false;
  }
  return capitalised > 0;
}

/** A loose name after `courtesy of`: up to six words, at least one capitalised. */
function isLooseName(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.length <= 6 && text.length <= 60 && words.some((w) => /^\p{Lu}/u.test(w)) && !/[.!?]/u.test(text);
}

/** A person's name: two to five capitalised words (or initials), no organisation words. */
function isPersonName(text: string): boolean {
  if (ORG_WORDS.test(text)) return false;
  const words = text.split(/\s+/u);
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) || PARTICLES.has(w.toLowerCase()));
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
  return links.map((l, i) => ({ l, i })).sort((a, b) => RANK[a.l.role] - RANK[b.l.role] || a.i - b.i).map((x) => x.l);
}

/** Trims spaces and trailing sentence punctuation from [start, end) of `text`. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /[\s]/u.test(text[s]!)) s++;
  while (e > s && /[\s.,;:]/u.test(text[e - 1]!)) e--;
  return [s, e];
}

/** Parses a candidate span [start, end) of `text`, with or without a label. */
function tryCandidate(text: string, start: number, end: number, evidence: Evidence): FoundCredit | null {
  const [s, e] = trimSpan(text, start, end);
  if (e - s < 2) return null;
  const candidate = text.slice(s, e);
  const label = labelLength(candidate);
  const chain = parseChain(candidate.slice(label), label > 0 ? 'label' : evidence);
  return chain ? { start: s, end: e, chain } : null;
}

/**
 * Finds the credit lines in one block's text. `kind` is the block's kind: credit elements are
 * trusted, captions may end with a credit, paragraphs must look like a credit on their own.
 */
export function findCredits(text: string, kind: BlockKind): FoundCredit[] {
  if (kind === 'heading' || kind === 'blockquote') return [];
  const trusted = kind === 'credit';
  // 1. The whole block is the credit line.
  if (text.length <= 200) {
    const whole = tryCandidate(text, 0, text.length, trusted ? 'element' : 'bare');
    if (whole) return [whole];
    const paren = /^\s*[(\[]([^()\[\]]+)[)\]]\s*\.?\s*$/u.exec(text);
    if (paren) {
      const start = text.indexOf(paren[1]!);
      const inner = tryCandidate(text, start, start + paren[1]!.length, trusted ? 'element' : 'bare');
      if (inner) return [inner];
    }
  }
  // 2. A labelled credit inside the text: `… Photo: Jane Roe/Reuters`, `… (Photo: AFP)`.
  INNER_LABEL.lastIndex = 0;
  for (let m = INNER_LABEL.exec(text); m; m = INNER_LABEL.exec(text)) {
    const labelStart = m.index + m[1]!.length;
    const opener = m[1]!;
    let end = text.length;
    if (opener === '(' || opener === '[') {
      const close = text.indexOf(opener === '(' ? ')' : ']', labelStart);
      if (close < 0) continue;
      end = close;
    }
    const found = tryCandidate(text, labelStart, end, 'label');
    if (found) return [found];
    // The credit may be followed by more text: stop at the next sentence end.
    const stop = /[.!?]\s+(?=\p{Lu})/u.exec(text.slice(labelStart + m[2]!.length, end));
    if (stop) {
      const cut = labelStart + m[2]!.length + stop.index;
      const shorter = tryCandidate(text, labelStart, cut, 'label');
      if (shorter) return [shorter];
    }
  }
  if (kind !== 'caption' && kind !== 'paragraph' && kind !== 'credit' && kind !== 'other' && kind !== 'list') return [];
  // 3. A parenthesis or bracket at the end: `… (AP Photo/John Doe)`, `… [Reuters]`.
  const tailParen = /[(\[]([^()\[\]]{2,160})[)\]]\s*\.?\s*$/u.exec(text);
  if (tailParen) {
    const start = tailParen.index + 1;
    const found = tryCandidate(text, start, start + tailParen[1]!.length, 'bare');
    if (found) return [found];
  }
  // 4. Captions: the last segment after the description (`… shake hands. Jane Roe | TASS | Getty Images`).
  if (kind === 'caption' || trusted) {
    let best: FoundCredit | null = null;
    const boundary = /(?:[.!?…"”’)]\s+|\s[|•·–—-]\s|\s{2,}|\n)/gu;
    for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
      const start = m.index + m[0].length;
      if (text.length - start > 160) continue;
      const found = tryCandidate(text, start, text.length, 'bare');
      if (found) {
        best = found;
        break;
      }
    }
    if (best) return [best];
  }
  return [];
}
