/**
 * What a readable page's structure says about it being one article, for the full gate
 * (core/article.ts judgeArticle). Pure: reads a Document passed in, a few selectors, one pass over
 * the paragraphs. Signals, each with the pages it tells apart (fixtures in tests/fixtures/gate/):
 *
 * - `type:X`: JSON-LD or og:type naming something else than an article (Product, Recipe, QAPage,
 *   DiscussionForumPosting, SearchResultsPage, ProfilePage, CollectionPage, video …): shops, recipes,
 *   Q&A threads, forums, search results, author pages, section fronts, video pages.
 * - `url:X`: an address shaped like a listing or a fixed page, not a story: the site's root, a search
 *   query, or a path segment such as /tag/, /search/, /forum/, /threads/, /product/, /wiki/, /docs/,
 *   /impressum, /privacy, /about.
 * - `title:X`: a title or main heading naming an error, a policy, search results or a login.
 * - `teasers`: the text sits in many sibling cards of one shape, each with its own link: section
 *   fronts, tag and author pages, search results, listings, feeds.
 * - `links`: most of the main text is link text.
 * - `scattered`: no block holds a good part of the text: it is spread over many small ones (forums,
 *   dashboards, scoreboards, webmail).
 * - `forms`: many form fields or a buy button: shops, dashboards, webmail, search.
 * - `code`: several code blocks: documentation and READMEs.
 * - `table`: more text in table cells than in paragraphs: scoreboards, listings, dashboards.
 * And for it: `dateline` (a publication date or a byline near the headline, or its metadata).
 *
 * Examples (each is a fixture): a shop page with reviews carries JSON-LD Product → `type:Product`;
 * a news site's search page has ?q= and ten result cards → `url:search`, `teasers`; a 250-word brief
 * with a dateline and one text block has no signal against it.
 */

export type PageShape = { verdict: 'article' | 'not-article'; signals: string[] };

/** Types that say the page is something else than an article, even beside an article type. */
const OTHER_TYPES_HARD = /^(QAPage|FAQPage|DiscussionForumPosting|SearchResultsPage|ProfilePage|JobPosting|RealEstateListing|Course|SoftwareApplication|SoftwareSourceCode|TechArticle|APIReference)$/;
/** Types that say so only when no article type is there (a story page often embeds these). */
const OTHER_TYPES_SOFT = /^(Product|ProductGroup|Offer|AggregateOffer|Recipe|CollectionPage|ItemList|VideoObject|Event|Movie|TVSeries|MusicRecording|Place|Store|Restaurant|Hotel|ContactPage|AboutPage|Book)$/;
const OG_OTHER = /^(product|product\.item|video(\.\w+)?|profile|music(\.\w+)?|books?|place|business(\.\w+)?)$/;

/** Path segments of listings and fixed pages (any language the corpus shows; a pattern, not a site list). */
const URL_SEGMENTS = new RegExp(
  '^(search|suche|recherche|buscar|tags?|schlagworte?|themen|topics?|category|categories|kategorie|rubrik|author|authors|autor|autoren|' +
    'forum|forums|foren|threads?|thema|topic|questions?|answers|community|board|wiki|lexikon|glossar|glossary|docs?|documentation|' +
    'dokumentation|manual|handbuch|api|reference|readme|impressum|imprint|legal|privacy|datenschutz|terms|agb|nutzungsbedingungen|' +
    'cookies?|about|about-us|ueber-uns|uber-uns|unternehmen|kontakt|contact|products?|produkte?|shop|store|cart|warenkorb|checkout|' +
    'collections|rezepte?|recipes?|receitas?|recetas?|login|signin|account|konto|dashboard|inbox|mail|jobs|stellenangebote|karriere|' +
    'careers|listings?|immobilien|kleinanzeigen|classifieds|scores?|ergebnisse|tabelle|standings|live-ticker|feed|rss|video|videos|' +
    'mediathek|player|watch|profile|user|users|user-deals|deals|gutscheine|angebote|termine|events|veranstaltungen|downloads?|faq|hilfe|help|support)$',
  'i',
);
/** Address shapes that no story has, whatever else the page says. */
const URL_HARD =
  /^url:(root|search|suche|section|tags?|schlagworte?|author|autor|forum|forums|foren|threads?|wiki|lexikon|glossar|glossary|impressum|imprint|legal|privacy|datenschutz|terms|agb|nutzungsbedingungen|cookies?|about|about-us|ueber-uns|uber-uns|kontakt|contact|products?|produkte?|shop|cart|warenkorb|checkout|collections|login|signin|account|konto|dashboard|inbox|user-deals|deals|showthread\.php|viewtopic\.php|forumdisplay\.php|search\.\w+|login\.\w+)$/;
/** Last path segments of section fronts (a story under /blog/ has a slug after it). */
const URL_SECTION_END = /^(blog|news|aktuelles|nachrichten|archiv|archive|presse|press|startseite|home|magazin|magazine|neuigkeiten|meldungen|noticias|actualites)$/i;
const URL_QUERY = /[?&](q|s|query|search|suche|keyword|k|term)=/i;
const URL_FILE = /^(index|default|home|start|showthread|viewtopic|forumdisplay|search|login)\.(html?|php|aspx?)$/i;

/** Titles and main headings of errors, policies, search results and logins. */
const TITLE_OTHER =
  /\b(404|page not found|seite nicht gefunden|nicht gefunden|not found|error|fehler|impressum|imprint|datenschutz\w*|privacy policy|privacy notice|cookie policy|terms of (service|use)|terms and conditions|nutzungsbedingungen|agb|allgemeine geschäftsbedingungen|search results?|suchergebnisse|ergebnisse für|results for|sign in|log ?in|anmelden|inbox|posteingang|dashboard|warenkorb|shopping cart|über uns|about us|wiki|wikipedia|lexikon|glossar|glossary)\b/i;

const BUY = /\b(add to (cart|basket|bag)|in den warenkorb|in den einkaufswagen|jetzt kaufen|buy now|zur kasse|checkout|ajouter au panier|añadir al carrito)\b/i;

const DATE_META =
  'meta[property="article:published_time"], meta[name="publish-date"], meta[name="pubdate"], meta[itemprop="datePublished"], [itemprop="datePublished"], time[pubdate]';
const BYLINE = '[rel="author"], [itemprop="author"], [class*="byline" i], [class*="author" i], [class*="dateline" i], [class*="published" i], [class*="post-date" i], [class*="entry-date" i], time';
const DATE_TEXT = /\b(\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{1,2}\.?\s+(jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)\w*\.?\s+\d{4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})\b/i;

/** Reads the page's shape; `articleType` is whether its JSON-LD names an article type. */
export function readPageShape(doc: Document, url: string | null, articleType: boolean): PageShape {
  const against: string[] = [];
  const hard: string[] = [];
  const types = declaredTypes(doc);
  for (const t of types) {
    if (OTHER_TYPES_HARD.test(t)) hard.push(`type:${t}`);
    else if (!articleType && OTHER_TYPES_SOFT.test(t)) against.push(`type:${t}`);
  }
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase() ?? '';
  if (OG_OTHER.test(og)) hard.push(`type:og:${og}`);
  const urlSignal = urlShape(url);
  if (urlSignal) (URL_HARD.test(urlSignal) ? hard : against).push(urlSignal);
  const title = `${doc.querySelector('title')?.textContent ?? ''} | ${doc.querySelector('h1')?.textContent ?? ''}`;
  const titleHit = TITLE_OTHER.exec(title.slice(0, 400));
  if (titleHit) hard.push(`title:${titleHit[0].toLowerCase()}`);

  const text = readText(doc);
  if (text.teasers) hard.push('teasers');
  if (text.linkShare > 0.5) hard.push('links');
  if (text.scattered) against.push('scattered');
  if (text.numericCells >= 40) against.push('table');
  if (text.codeBlocks >= 3) against.push('code');
  const fields = formFields(doc);
  if (fields.buy) hard.push('forms:buy');
  else if (fields.count >= 15) against.push('forms');

  const dated = dateline(doc);
  const signals = [...hard, ...against];
  if (dated) signals.push('dateline');
  // One sign against is enough for a page that does not say it is a story (no dateline, no article
  // type); a dated article needs two.
  const notArticle = hard.length > 0 || against.length >= 2 || (against.length === 1 && !dated && !articleType);
  return { verdict: notArticle ? 'not-article' : 'article', signals };
}

/** Every @type named in the page's JSON-LD (a text match: broken JSON-LD still says what it is). */
function declaredTypes(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const text = script.textContent ?? '';
    for (const m of text.matchAll(/"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")/g)) {
      for (const t of m[1]!.matchAll(/"([^"]+)"/g)) out.add(t[1]!.replace(/^https?:\/\/schema\.org\//, ''));
    }
  }
  return out;
}

/** The address's shape, when it says "not a story": the root, a search, a listing or fixed page. */
function urlShape(url: string | null): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (URL_QUERY.test(u.search)) return 'url:search';
  const segments = u.pathname.split('/').filter((s) => s.length > 0);
  if (segments.length === 0 && !u.search) return 'url:root';
  const last = segments[segments.length - 1] ?? '';
  if (URL_FILE.test(last)) return `url:${last.toLowerCase()}`;
  if (URL_SECTION_END.test(last)) return 'url:section';
  // The story is the last segment: a listing's segment may be followed by a page number or a name.
  for (const s of segments.slice(0, 3)) if (URL_SEGMENTS.test(s)) return `url:${s.toLowerCase()}`;
  return null;
}

type TextShape = { teasers: boolean; linkShare: number; scattered: boolean; numericCells: number; codeBlocks: number };

/**
 * One pass over the paragraphs (and list items) of the body: how their text groups by parent (the
 * main block is the parent holding the most), how much of the main block is link text, and whether
 * sibling cards of one shape, none standing out, hold the text instead.
 */
function readText(doc: Document): TextShape {
  const body = doc.body ?? doc.documentElement;
  const byParent = new Map<Element, { text: number; linked: number }>();
  const byGrandparent = new Map<Element, { text: number; linked: number }>();
  // Whether a parent holds headline links, asked once per parent: a long article's thousands of
  // paragraphs share one parent, and asking its whole subtree for each of them was quadratic (820 ms
  // on the bench's 100k-word page).
  const cards = new Map<Element, boolean>();
  const hasHeadlineLinks = (el: Element) => {
    let known = cards.get(el);
    if (known === undefined) cards.set(el, (known = el.querySelector(HEADLINE_LINK) !== null));
    return known;
  };
  let total = 0;
  for (const p of body.querySelectorAll('p, li, dd, blockquote')) {
    if (p.closest('nav, header, footer, aside, form, template, [role="navigation"]')) continue;
    if (p.localName !== 'p' && p.querySelector('p')) continue;
    const n = (p.textContent ?? '').trim().length;
    if (n < 30) continue;
    total += n;
    let inLinks = 0;
    for (const a of p.querySelectorAll('a')) inLinks += (a.textContent ?? '').trim().length;
    const parent = p.parentElement;
    if (!parent) continue;
    const linked = p.closest('a') ? n : Math.min(n, inLinks);
    const g = byParent.get(parent) ?? { text: 0, linked: 0 };
    g.text += n;
    g.linked += linked;
    byParent.set(parent, g);
    // Paragraphs each wrapped in a box of their own (site builders do this) still make one block:
    // the boxes' parent counts too, unless the boxes are cards with headline links.
    const up = parent.parentElement;
    if (up && parent.localName !== 'ul' && parent.localName !== 'ol' && !hasHeadlineLinks(parent)) {
      const u = byGrandparent.get(up) ?? { text: 0, linked: 0 };
      u.text += n;
      u.linked += linked;
      byGrandparent.set(up, u);
    }
  }
  for (const [el, g] of byGrandparent) if (!byParent.has(el) || byParent.get(el)!.text < g.text) byParent.set(el, g);
  // The main block is the parent holding the most paragraph text (list items only when no paragraph
  // group is there: a link list beside the text is not the text).
  let main = { text: 0, linked: 0 };
  let mainList = { text: 0, linked: 0 };
  let groups = 0;
  for (const [el, g] of byParent) {
    const list = el.localName === 'ul' || el.localName === 'ol' || el.localName === 'dl';
    if (list ? g.text > mainList.text : g.text > main.text) {
      if (list) mainList = g;
      else main = g;
    }
    if (g.text >= 80) groups++;
  }
  if (main.text < 200 && mainList.text > main.text) main = mainList;
  let numericCells = 0;
  for (const td of body.querySelectorAll('td')) {
    const t = (td.textContent ?? '').trim();
    if (t.length > 0 && t.length <= 12 && /\d/.test(t)) numericCells++;
  }
  const codeBlocks = body.querySelectorAll('pre').length + (body.querySelectorAll('code').length >= 10 ? 3 : 0);
  return {
    teasers: hasTeaserCards(body, main.text),
    linkShare: main.text > 0 ? main.linked / main.text : 0,
    scattered: groups >= 8 && main.text < total * 0.2 && main.text < 1200,
    numericCells,
    codeBlocks,
  };
}

const CARD_CANDIDATES = 'article, li, div, section';
const HEADLINE_LINK = 'h2 a[href], h3 a[href], h4 a[href], a[href] h2, a[href] h3, a[href] h4, a[href] img';

/**
 * Teaser cards: six or more siblings of one shape (tag and class), each with a headline link (or a linked
 * picture), where no block of the page's prose stands out from them: the largest block
 * holds less than two cards' worth of text (or under 400 characters).
 */
function hasTeaserCards(body: Element, mainBlock: number): boolean {
  const seen = new Set<Element>();
  const shape = (e: Element) => `${e.localName}.${e.getAttribute('class') ?? ''}`;
  for (const el of body.querySelectorAll(CARD_CANDIDATES)) {
    const parent = el.parentElement;
    if (!parent || seen.has(parent)) continue;
    seen.add(parent);
    const key = shape(el);
    // Fewer than six of a shape make no cards: count them before searching each one's subtree (on a page
    // nested 8,000 deep, a search per level through everything below it was quadratic).
    let alike = 0;
    for (let c = parent.firstElementChild; c && alike < 6; c = c.nextElementSibling) if (shape(c) === key) alike++;
    if (alike < 6) continue;
    const sizes: number[] = [];
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
      if (shape(c) !== key) continue;
      const link = c.localName === 'a' ? c : c.querySelector('a[href]');
      if (!link) continue;
      if (!c.querySelector(HEADLINE_LINK) && !(c.localName === 'a' && c.querySelector('h2, h3, h4, img'))) continue;
      sizes.push((c.textContent ?? '').trim().length);
    }
    if (sizes.length < 6) continue;
    sizes.sort((x, y) => x - y);
    const median = sizes[sizes.length >> 1]!;
    if (median >= 40 && median < 700 && mainBlock < Math.max(400, median * 2)) return true;
  }
  return false;
}

/** Form fields a reader fills in (not hidden ones), and whether a button buys something. */
function formFields(doc: Document): { count: number; buy: boolean } {
  let count = 0;
  for (const f of doc.querySelectorAll('input, select, textarea')) {
    const type = (f.getAttribute('type') ?? '').toLowerCase();
    if (type === 'hidden' || type === 'submit' || type === 'search') continue;
    if (f.closest('header, nav, footer, [role="search"], [class*="comment" i], [id*="comment" i], [id*="respond" i]')) continue;
    count++;
  }
  let buy = false;
  for (const b of doc.querySelectorAll('button, input[type="submit"], a[class*="cart" i], a[class*="buy" i]')) {
    const label = `${b.textContent ?? ''} ${b.getAttribute('value') ?? ''} ${b.getAttribute('aria-label') ?? ''}`;
    if (BUY.test(label)) {
      buy = true;
      break;
    }
  }
  return { count, buy };
}

/** A publication date or byline near the headline, or its metadata. */
function dateline(doc: Document): boolean {
  if (doc.querySelector(DATE_META)) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) if (/"datePublished"/.test(script.textContent ?? '')) return true;
  const h1 = doc.querySelector('h1');
  if (!h1) return false;
  // Within the headline's container (up to three levels), a byline or a written date.
  let near: Element | null = h1;
  for (let i = 0; i < 3 && near?.parentElement; i++) near = near.parentElement;
  if (!near) return false;
  if (near.querySelector(BYLINE)) return true;
  return DATE_TEXT.test((near.textContent ?? '').slice(0, 2000));
}
