/**
 * Issue 16 item 5, anchoring on the image: a lead picture between the page's <h1> and the article
 * root (outside the root) has its caption and credit read; a picture before the heading (a site
 * logo), in site chrome, or inside the root is not read twice. Pages of our own in de/en/fr.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument, reportFromHtml } from '../../cli/engine';
import { findArticleRoot } from '../../core/article';
import { leadFigures } from '../../core/credits/lead-figures';

const filler = (lang: 'de' | 'en' | 'fr') =>
  ({
    de: 'Der Gemeinderat hat am Montag beschlossen, die alte Brücke über den Fluss im kommenden Sommer vollständig zu erneuern und bis dahin eine Fähre einzusetzen.',
    en: 'The council agreed on Monday to rebuild the old bridge over the river next summer and to run a ferry between the two banks until the work is finished.',
    fr: 'Le conseil municipal a décidé lundi de reconstruire le vieux pont sur la rivière l’été prochain et de mettre en service un bac jusqu’à la fin des travaux.',
  })[lang];
const page = (lang: 'de' | 'en' | 'fr', header: string, inside = '') => `<!doctype html><html lang="${lang}"><head><title>T</title><meta property="og:type" content="article"></head><body>
<div class="brand"><img alt="logo"><span>Example Courier</span></div>
${header}
<article>${`<p>${filler(lang)}</p>`.repeat(6)}${inside}</article></body></html>`;
const credits = (html: string) => reportFromHtml(html).annotations.flatMap((a) => (a.kind === 'credit' ? [{ text: a.text, chain: a.chain.map((l) => `${l.role}:${l.name}`) }] : []));

describe('a lead picture between the heading and the article root', () => {
  it('reads a featured image with a caption paragraph (de)', () => {
    const html = page('de', `<h1>Die alte Brücke wird erneuert</h1><div class="featured"><div class="wp-caption"><img alt=""><p class="wp-caption-text"><small>(© Brückenverein Talheim/Ida Kron)</small></p></div></div>`);
    expect(credits(html)).toEqual([{ text: '© Brückenverein Talheim/Ida Kron', chain: ['photographer:Ida Kron', 'agency:Brückenverein Talheim'] }]);
  });
  it('reads a figure in the page header (en)', () => {
    const html = page('en', `<header><h1>The old bridge will be rebuilt</h1><figure><img alt=""><figcaption>The bridge at dusk. Photo: Omar Wells/Reuters</figcaption></figure></header>`);
    expect(credits(html)).toEqual([{ text: 'Photo: Omar Wells/Reuters', chain: ['photographer:Omar Wells', 'agency:Reuters'] }]);
  });
  it('reads a picture element with a credit beside it (fr)', () => {
    const html = page('fr', `<h1>Le vieux pont sera reconstruit</h1><div class="hero"><picture><img alt=""></picture><span class="hero-credit">Photo : Luc Bray/AFP</span></div>`);
    expect(credits(html)).toEqual([{ text: 'Photo : Luc Bray/AFP', chain: ['photographer:Luc Bray', 'agency:AFP'] }]);
  });
});

describe('pictures that are not the lead picture', () => {
  it('leaves a logo before the heading and a picture in the navigation alone', () => {
    const html = page('en', `<nav><img alt=""><span>Photo: Site Menu/Reuters</span></nav><h1>The old bridge will be rebuilt</h1>`);
    const doc = parseDocument(html);
    expect(leadFigures(doc, findArticleRoot(doc))).toEqual([]);
    expect(credits(html)).toEqual([]);
  });
  it('reads a figure inside the root once', () => {
    const html = page('en', '<h1>The old bridge will be rebuilt</h1>', '<figure><img alt=""><figcaption>Photo: Omar Wells/Reuters</figcaption></figure>');
    const doc = parseDocument(html);
    expect(leadFigures(doc, findArticleRoot(doc))).toEqual([]);
    expect(credits(html).map((c) => c.text)).toEqual(['Photo: Omar Wells/Reuters']);
  });
  it('skips a header picture whose container is a long teaser list', () => {
    const teasers = `<div class="teasers"><img alt="">${'<p>Another story about the town and its river, its bridges and its ferries.</p>'.repeat(8)}</div>`;
    const doc = parseDocument(page('en', `<h1>The old bridge will be rebuilt</h1>${teasers}`));
    expect(leadFigures(doc, findArticleRoot(doc))).toEqual([]);
  });
});

describe('a picture in a small box of its own inside the root', () => {
  const root = (lang: 'de' | 'en' | 'fr', box: string) => page(lang, '<h1>The old bridge will be rebuilt</h1>', box);
  it('reads the short text beside the picture like a caption (de, en, fr)', () => {
    expect(credits(root('de', '<div class="bild"><img alt=""><span>Die Brücke im Winter.</span> <span>Jana Ring/dpa</span></div>')).map((c) => c.chain)).toEqual([
      ['photographer:Jana Ring', 'agency:dpa'],
    ]);
    expect(credits(root('en', '<div class="pic"><div class="inner"><img alt=""></div><p>The bridge at dawn. Omar Wells/Reuters</p></div>')).map((c) => c.chain)).toEqual([
      ['photographer:Omar Wells', 'agency:Reuters'],
    ]);
    expect(credits(root('fr', '<div class="visuel"><picture><img alt=""></picture><div>Le pont au printemps. Luc Bray / AFP</div></div>')).map((c) => c.chain)).toEqual([
      ['photographer:Luc Bray', 'agency:AFP'],
    ]);
  });
  it('leaves teaser cards alone: inside a link, marked related, or holding a headline', () => {
    expect(credits(root('en', '<a href="/next"><div class="card"><img alt=""><div>Ten walks along the river for Example Travel</div></div></a>'))).toEqual([]);
    expect(credits(root('en', '<div class="related-story"><img alt=""><span>Anna Sommer for Garden Weekly</span></div>'))).toEqual([]);
    expect(credits(root('de', '<div class="box"><img alt=""><h3>Neue Fähre</h3><span>Jana Ring für Beispiel Reisen</span></div>'))).toEqual([]);
  });
});
