import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/engine';
import { findArticleRoot, judgeArticle, jsonLdArticleType } from '../../core/article';

const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of our own test article carries enough ordinary words to look like real prose that a person would read from start to end, one sentence after another, without skipping.</p>`).join('');

describe('article gate', () => {
  it('accepts a page with JSON-LD NewsArticle and prose', () => {
    const doc = parseDocument(`<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"]}]}</script></head><body>${prose(3)}</body></html>`);
    const v = judgeArticle(doc);
    expect(v.isArticle).toBe(true);
    expect(v.signals).toContain('json-ld:NewsArticle');
  });

  it('accepts a long readerable page without metadata', () => {
    const v = judgeArticle(parseDocument(`<html><body><main>${prose(8)}</main></body></html>`));
    expect(v).toEqual({ isArticle: true, signals: ['readerable'] });
  });

  it('rejects a home page of short teasers even with og:type=article', () => {
    const doc = parseDocument(`<html><head><meta property="og:type" content="article"></head><body><ul><li><a>Short teaser one</a></li><li><a>Teaser two</a></li></ul></body></html>`);
    const v = judgeArticle(doc);
    expect(v.isArticle).toBe(false);
    expect(v.signals).toContain('og:type=article');
  });

  it('survives malformed JSON-LD', () => {
    const doc = parseDocument(`<html><head><script type="application/ld+json">{not json</script></head><body><p>x</p></body></html>`);
    expect(jsonLdArticleType(doc)).toBeNull();
    expect(judgeArticle(doc).isArticle).toBe(false);
  });

  it('finds the article container rather than the whole page', () => {
    const doc = parseDocument(`<html><body><div id="teasers"><p>Other story teaser.</p></div><article id="a"><h1>T</h1>${prose(5)}</article></body></html>`);
    expect(findArticleRoot(doc).id).toBe('a');
  });

  it('falls back to the body when no container holds most of the text', () => {
    const doc = parseDocument(`<html><body><article><p>tiny</p></article>${prose(4)}</body></html>`);
    expect(findArticleRoot(doc).tagName).toBe('BODY');
  });
});

describe('article gate without paragraphs', () => {
  it('accepts metadata-marked prose written with line breaks instead of <p>', () => {
    const lines = Array.from({ length: 8 }, (_, i) => `Line ${i} of a story told without paragraph elements, one break after another.`).join('<br><br>');
    const doc = parseDocument(`<html><head><meta property="og:type" content="article"></head><body><section>${lines}</section></body></html>`);
    expect(judgeArticle(doc).isArticle).toBe(true);
  });

  it('still rejects such a page without article metadata when it is short', () => {
    const doc = parseDocument(`<html><body><section>One short line<br>and another</section></body></html>`);
    expect(judgeArticle(doc).isArticle).toBe(false);
  });
});
