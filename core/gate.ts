/**
 * The quick gate: the only code that runs on every page the user opens. It answers "might this page
 * be an article?" more cheaply than Readability's own cheap check, and never says no where the full
 * gate (core/article.ts judgeArticle) would say yes: a page that passes here loads the rest of
 * Sourcelight, which then judges the page properly.
 *
 * How it stays a superset of judgeArticle:
 * - judgeArticle accepts a readerable page. `mightBeReaderable` scores the same nodes as
 *   isProbablyReaderable (`p, pre, article` and the parents of `div > br`) with the same formula, but
 *   without its visibility, class-name and `li p` exclusions and with untrimmed lengths: its score is
 *   never lower, so it passes whenever isProbablyReaderable does.
 * - judgeArticle accepts prose written with line breaks (`loose`, below) without metadata; so does this.
 * - judgeArticle accepts a page with article metadata (og:type=article, a JSON-LD article type) and
 *   some prose. Here the metadata is found by a plain text match on the JSON-LD (any quoted type name
 *   that ends in Article, Posting or Report), which matches wherever the parsed check does; the prose
 *   check is the same pass (hasProse).
 */

/** True when the page might be an article (see the file comment); false means it surely is not. */
export function mightBeArticle(doc: Document, _url?: string | null): boolean {
  // One pass over the paragraphs and line breaks serves every check but the metadata one.
  const scan = scanParagraphs(doc);
  if (scan.readerable || scan.loose) return true;
  return scan.prose && hasArticleMetadata(doc);
}

const MIN_LENGTH = 140;
const MIN_SCORE = 20;

/** isProbablyReaderable's score without its exclusions: passes whenever it passes. */
export function mightBeReaderable(doc: Document): boolean {
  return scanParagraphs(doc).readerable;
}

type Scan = { readerable: boolean; prose: boolean; loose: boolean };

/**
 * "There is prose": at least two paragraphs of 80 characters or more, or prose written straight into
 * a `div`, `section`, `article` or `td` with line breaks (a `<br>` and 400 characters or more of its
 * own text). The full gate asks this when the metadata says "article"; the quick gate gets it from
 * the same pass that scores the page.
 */
export function hasProse(doc: Document): boolean {
  const scan = readProse(doc);
  return scan.prose || scan.loose;
}

/** hasProse's two parts: paragraphs (`prose`, captions count), and prose written with line breaks (`loose`). */
export function readProse(doc: Document): { prose: boolean; loose: boolean } {
  return scanParagraphs(doc, false);
}

/**
 * Scores `p`, `pre`, `article` and the parents of `div > br` as isProbablyReaderable does (minus its
 * exclusions), stopping once the score passes unless `stopEarly` is false; on the way, finds the
 * prose that hasProse looks for. Elements are listed with querySelectorAll: in an extension's world,
 * walking a live getElementsByTagName collection costs about twice as much in our bench. The order
 * does not matter, since the score only grows.
 */
function scanParagraphs(doc: Document, stopEarly = true): Scan {
  let score = 0;
  let prose = 0;
  let loose = false;
  const add = (node: Node, isParagraph: boolean): boolean => {
    const text = node.textContent ?? '';
    const length = text.length;
    if (length >= MIN_LENGTH) score += Math.sqrt(length - MIN_LENGTH);
    if (isParagraph && prose < 2 && length >= 80 && text.trim().length >= 80) prose++;
    return stopEarly && score > MIN_SCORE;
  };
  const passed = (): Scan => ({ readerable: true, prose: prose >= 2, loose });
  for (const node of doc.querySelectorAll('p, pre, article')) if (add(node, node.localName === 'p')) return passed();
  // A photo story's text is in its captions: they count as prose (not towards the score).
  for (const node of doc.querySelectorAll('figcaption')) if (prose < 2 && (node.textContent ?? '').trim().length >= 80) prose++;
  let last: Node | null = null;
  for (const br of doc.querySelectorAll('br')) {
    const parent = br.parentNode;
    if (!parent || parent === last) continue;
    last = parent;
    if (!loose && LOOSE_CONTAINERS.has((parent as Element).localName)) loose = ownText(parent) >= LOOSE_MIN;
    if ((parent as Element).localName === 'div' && add(parent, false)) return passed();
  }
  return { readerable: score > MIN_SCORE, prose: prose >= 2, loose };
}

const ARTICLE_TYPE_TEXT = /"[A-Za-z]*(Article|Posting|Report)"/;

/** og:type=article on any og:type tag, or a JSON-LD block that names an article type. */
export function hasArticleMetadata(doc: Document): boolean {
  for (const meta of doc.querySelectorAll('meta[property="og:type"]')) {
    if (meta.getAttribute('content')?.trim().toLowerCase() === 'article') return true;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    if (ARTICLE_TYPE_TEXT.test(script.textContent ?? '')) return true;
  }
  return false;
}

const LOOSE_CONTAINERS = new Set(['div', 'section', 'article', 'td']);
const LOOSE_MIN = 400;

/** The length of the text directly inside `el` (not in its child elements), trimmed piece by piece. */
function ownText(el: Node): number {
  let own = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3) own += (c as Text).data.trim().length;
  return own;
}
