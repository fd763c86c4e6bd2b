/**
 * The article gate and the article root: cheap checks on a Document passed in.
 * Runs on every page the user opens, so it reads a few selectors and stops early.
 */
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import type { ArticleVerdict } from './report';
import { readJsonLd } from './json-ld';
import { readProse } from './gate';
import { readPageShape } from './page-shape';

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report)$/;

/**
 * Decides whether `doc` holds an article, and says which signals fired. `url` is the page's address
 * (its shape is one signal); by default the document's own.
 *
 * Two steps. First a page must look readable: Readability's check, or article metadata and some prose
 * (the quick gate, core/gate.ts, lets through every page that passes this step). Then what the page's
 * structure says against it being one article (core/page-shape.ts): types that contradict, a teaser
 * or card list where the text should be, many links, forms, an address or a title that names a
 * listing, a policy or an error. A page with a headline and a dateline near its text, or article
 * metadata, needs stronger evidence against it than one with neither.
 */
export function judgeArticle(doc: Document, url: string | null = documentUrl(doc)): ArticleVerdict {
  const signals: string[] = [];
  const ldType = jsonLdArticleType(doc);
  if (ldType) signals.push(`json-ld:${ldType}`);
  const og = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (og === 'article') signals.push('og:type=article');
  if (doc.querySelector('article')) signals.push('<article>');
  const readerable = isProbablyReaderable(doc);
  if (readerable) signals.push('readerable');
  // Metadata alone is not enough (home pages carry og:type=article too): there must be prose.
  const strong = ldType !== null || og === 'article';
  // Prose written with line breaks (old table layouts, hand-made pages) counts without metadata.
  const prose = readerable ? null : readProse(doc);
  if (!(readerable || prose!.loose || (strong && prose!.prose))) return { isArticle: false, signals };
  const shape = readPageShape(doc, url, ldType !== null);
  signals.push(...shape.signals);
  return { isArticle: shape.verdict !== 'not-article', signals };
}

/** The document's address, when it has a real one (a parsed string has none). */
function documentUrl(doc: Document): string | null {
  const u = (doc as { URL?: string }).URL;
  return u && /^https?:/.test(u) ? u : null;
}

/** The @type of the first JSON-LD object that is an article, or null. */
export function jsonLdArticleType(doc: Document): string | null {
  for (const data of readJsonLd(doc)) {
    const found = findArticleType(data, 0);
    if (found) return found;
  }
  return null;
}

function findArticleType(node: unknown, depth: number): string | null {
  if (depth > 4 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const t = findArticleType(item, depth + 1);
      if (t) return t;
    }
    return null;
  }
  const rec = node as Record<string, unknown>;
  const types = Array.isArray(rec['@type']) ? rec['@type'] : [rec['@type']];
  for (const t of types) if (typeof t === 'string' && ARTICLE_TYPES.test(t)) return t;
  return findArticleType(rec['@graph'], depth + 1);
}

const ROOT_CANDIDATES = 'article, [itemprop="articleBody"], main, [role="main"]';

/**
 * The element holding the article's text: the candidate container with the most paragraph text,
 * preferring the deeper one when it holds nearly as much; the body when no candidate holds half.
 */
export function findArticleRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  // One pass: each paragraph's text is read once and added to every element above it, so that any
  // container's paragraph text is a lookup (a query per candidate walked the page again each time).
  const sums = new Map<Element, number>();
  let total = 0;
  for (const p of body.querySelectorAll('p')) {
    const n = (p.textContent ?? '').length;
    total += n;
    if (n === 0) continue;
    for (let el = p.parentElement; el; el = el.parentElement) {
      sums.set(el, (sums.get(el) ?? 0) + n);
      if (el === body) break;
    }
  }
  const paragraphText = (el: Element): number => sums.get(el) ?? 0;
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of doc.querySelectorAll(ROOT_CANDIDATES)) {
    const score = paragraphText(el);
    if (score > bestScore * 1.25 || (best && score >= bestScore * 0.8 && best.contains(el))) {
      best = el;
      bestScore = Math.max(score, bestScore);
    }
  }
  if (!best || bestScore < total * 0.5) return body;
  // Captions often sit in a figure beside the text container: widen to include them.
  const widened = best.closest('article');
  if (widened && widened !== best && paragraphText(widened) < bestScore * 1.5) best = widened;
  return widenToLeadFigure(best, bestScore, body, paragraphText);
}

const FIGURE_LIKE = 'figure, figcaption, [class*="caption" i], [class*="credit" i]';

/**
 * The lead photo often sits just outside the text container (in the article header). Climb a few
 * levels while the parent adds a figure but almost no prose of its own.
 */
function widenToLeadFigure(root: Element, score: number, body: Element, paragraphText: (el: Element) => number): Element {
  let current = root;
  for (let depth = 0; depth < 3; depth++) {
    const parent = current.parentElement;
    if (!parent || parent === body || parent.tagName === 'HTML') break;
    if (paragraphText(parent) > score * 1.15) break;
    const hasOuterFigure = [...parent.querySelectorAll(FIGURE_LIKE)].some((el) => !current.contains(el));
    current = parent;
    if (hasOuterFigure) return current;
  }
  return root;
}
