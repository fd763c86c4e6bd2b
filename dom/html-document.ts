/**
 * Sourcelight reads HTML documents only: not XML (an RSS or Atom feed shown as a tree), SVG, plain
 * text, images or a browser's viewer pages. Their DOM is no article, and painting or opening a card
 * there threw.
 */

/** Whether `doc` is an HTML document (served as text/html, with an HTML root element). */
export function isHtmlDocument(doc: Document): boolean {
  const root = doc.documentElement;
  return (
    doc.contentType === 'text/html' &&
    root !== null &&
    root.localName === 'html' &&
    root.namespaceURI === 'http://www.w3.org/1999/xhtml' &&
    doc.body !== null
  );
}
