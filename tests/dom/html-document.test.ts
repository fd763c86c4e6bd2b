/** Only HTML documents are read (dom/html-document.ts): not XML feeds, SVG or plain text. */
import { describe, expect, it } from 'vitest';
import { isHtmlDocument } from '../../dom/html-document';

const parse = (text: string, type: DOMParserSupportedType) => new DOMParser().parseFromString(text, type);

describe('isHtmlDocument', () => {
  it('accepts an HTML page', () => {
    expect(isHtmlDocument(parse('<!doctype html><title>x</title><p>Hello</p>', 'text/html'))).toBe(true);
  });
  it('turns away an RSS feed, an Atom feed, SVG and XHTML-shaped XML', () => {
    const rss = '<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>“A quote,” said Jane Roe.</title></item></channel></rss>';
    expect(isHtmlDocument(parse(rss, 'text/xml'))).toBe(false);
    expect(isHtmlDocument(parse('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', 'application/xml'))).toBe(false);
    expect(isHtmlDocument(parse('<svg xmlns="http://www.w3.org/2000/svg"><text>TASS</text></svg>', 'image/svg+xml'))).toBe(false);
    expect(isHtmlDocument(parse('<html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>', 'application/xml'))).toBe(false);
  });
});
