/**
 * Credit markup inside figures, through the whole engine (HTML → blocks → credits): class and id
 * names in any case style, microdata, <cite>/<small>, a footer or a hidden-from-readers credit in a
 * figure, and a credit element glued to the caption text. Outside figures the same words are left
 * alone (site footers). Each shape has at least three examples of our own.
 */
import { describe, expect, it } from 'vitest';
import { reportFromHtml } from '../../cli/engine';
import type { CreditAnnotation } from '../../core/report';

const filler = [
  'The council voted on Tuesday to close the old bridge to lorries from the spring, after engineers found cracks in two piers.',
  'Traders on both banks fear that deliveries will take longer, and some say they will move their warehouses out of town.',
  'A temporary ferry is planned for the summer months, though the council has not said who would run it or what it would cost.',
  'Residents who live near the bridge have asked for a footpath to stay open while the repairs are carried out next year.',
];
const page = (body: string) => `<!doctype html><html><head><title>The bridge</title></head><body><main><article>
<h1>The old bridge closes to lorries</h1>
${filler.map((t) => `<p>${t}</p>`).join('\n')}
${body}
${filler.map((t) => `<p>${t}</p>`).join('\n')}
</article></main></body></html>`;
const credits = (body: string) =>
  reportFromHtml(page(body), 'https://example.org/bridge').annotations.filter((a): a is CreditAnnotation => a.kind === 'credit');
const chainOf = (c: CreditAnnotation) => c.chain.map((l) => `${l.role}:${l.name}`);
const img = '<img src="bridge.jpg" alt="">';

describe('the seed credit glued to its caption in a camelCase-classed span', () => {
  it('reads photographer → agency → distributor', () => {
    const found = credits(`<figure>${img}<figcaption>The two presidents shake hands at a university ceremony.<span class="imageEmbedCredit">Alexei Nikolsky | TASS | Getty Images</span></figcaption></figure>`);
    expect(found.map((c) => c.text)).toEqual(['Alexei Nikolsky | TASS | Getty Images']);
    expect(chainOf(found[0]!)).toEqual(['photographer:Alexei Nikolsky', 'agency:TASS', 'distributor:Getty Images']);
  });
});

describe('class names in any case style inside a figure', () => {
  const cases: [string, string, string[]][] = [
    [`<figure>${img}<figcaption>Cracks in the second pier.<span class="captionCreditText">Mira Holt/Reuters</span></figcaption></figure>`, 'Mira Holt/Reuters', ['photographer:Mira Holt', 'agency:Reuters']],
    [`<figure class="figure">${img}<div class="figure__copyright">Jon Eske / dpa</div></figure>`, 'Jon Eske / dpa', ['photographer:Jon Eske', 'agency:dpa']],
    [`<figure>${img}<span class="isc-source-text">Lars Brinck/AFP</span></figure>`, 'Lars Brinck/AFP', ['photographer:Lars Brinck', 'agency:AFP']],
    [`<figure>${img}<figcaption>Lorries queue at the toll.<span class="media_attribution">Ines Varga/EPA-EFE</span></figcaption></figure>`, 'Ines Varga/EPA-EFE', ['photographer:Ines Varga', 'agency:EPA-EFE']],
  ];
  for (const [markup, text, chain] of cases) {
    it(text, () => {
      const found = credits(markup);
      expect(found.map((c) => c.text)).toEqual([text]);
      expect(chainOf(found[0]!)).toEqual(chain);
    });
  }
});

describe('microdata, cite, small and footers inside a figure', () => {
  const cases: [string, string, string[]][] = [
    [`<div itemscope itemtype="https://schema.org/ImageObject">${img}<span itemprop="copyrightHolder">Pia Lund/AP</span></div>`, 'Pia Lund/AP', ['photographer:Pia Lund', 'agency:AP']],
    [`<figure itemscope itemtype="http://schema.org/ImageObject">${img}<figcaption>The north pier. <span itemprop="creditText">Kurt Amsel/Reuters</span></figcaption></figure>`, 'Kurt Amsel/Reuters', ['photographer:Kurt Amsel', 'agency:Reuters']],
    [`<figure>${img}<figcaption>Engineers inspect the arch. <cite>Olga Sand/AFP</cite></figcaption></figure>`, 'Olga Sand/AFP', ['photographer:Olga Sand', 'agency:AFP']],
    [`<figure>${img}<figcaption>The bridge at night.<small>Ruth Imre/Getty Images</small></figcaption></figure>`, 'Ruth Imre/Getty Images', ['photographer:Ruth Imre', 'agency:Getty Images']],
    [`<figure>${img}<footer class="credit" aria-hidden="true"><span class="copyright">APA/Tom Reis</span></footer></figure>`, 'APA/Tom Reis', ['photographer:Tom Reis', 'agency:APA']],
    [`<figure>${img}<footer><span>Dana Wolk/Bloomberg</span></footer></figure>`, 'Dana Wolk/Bloomberg', ['photographer:Dana Wolk', 'agency:Bloomberg']],
  ];
  for (const [markup, text, chain] of cases) {
    it(text, () => {
      const found = credits(markup);
      expect(found.map((c) => c.text)).toEqual([text]);
      expect(chainOf(found[0]!)).toEqual(chain);
    });
  }
});

describe('a credit that opens or closes the caption in an element of its own', () => {
  const cases: [string, string][] = [
    [`<figure>${img}<figcaption><span>Photo: Eva Marn/AFP</span> Traders unload vans on the east bank.</figcaption></figure>`, 'Photo: Eva Marn/AFP'],
    [`<figure>${img}<figcaption>Traders unload vans on the east bank <em>Foto: Kai Bender/dpa</em></figcaption></figure>`, 'Foto: Kai Bender/dpa'],
    [`<figure>${img}<figcaption><b>Reuters</b> A ferry crosses in the fog.</figcaption></figure>`, 'Reuters'],
  ];
  for (const [markup, text] of cases) it(text, () => expect(credits(markup).map((c) => c.text)).toEqual([text]));

  it('keeps an emphasis in mid-sentence inside its sentence', () => {
    expect(credits(`<figure>${img}<figcaption>The <em>Mary Rose</em> moored near the bridge.</figcaption></figure>`)).toEqual([]);
  });
});

describe('the same words outside figures and in pull-quote figures', () => {
  it('leaves footers, source boxes and quote attributions alone', () => {
    expect(credits('<div class="siteCopyright">Example Verlag</div>')).toEqual([]);
    expect(credits('<div class="articleSource">Stadtrat Nordhafen</div>')).toEqual([]);
    expect(credits('<figure><blockquote>We will rebuild it stone by stone.</blockquote><figcaption class="quoteAuthor">Mayor Ana Pohl</figcaption></figure>')).toEqual([]);
  });
});

describe('a credit-classed site area holding a list of links (item 8)', () => {
  it('reads none of its links as credits', () => {
    expect(credits('<div class="footer-credits"><ul><li><a href="/i">Impressum</a></li><li><a href="/d">Datenschutz</a></li></ul></div>')).toEqual([]);
    expect(credits('<div class="copyright"><ol><li><a href="/a">Kontakt</a></li><li><a href="/s">Sitemap</a></li></ol></div>')).toEqual([]);
    expect(credits('<section class="credits"><nav><a href="/h">Hilfe</a> <a href="/b">Barrierefreiheit</a></nav></section>')).toEqual([]);
  });
  it('still reads a plain credit-classed line outside figures', () => {
    expect(credits('<p class="photo-credit">Owen Park/Reuters</p>').map((c) => c.text)).toEqual(['Owen Park/Reuters']);
  });
});

describe('ad and recommendation widgets and class-marked site footers (item 8)', () => {
  it('reads no "X for Y" teaser inside a sponsored or recommendation widget', () => {
    expect(credits('<div class="OUTBRAIN"><p>Anna Sommer for Garden Weekly</p><p>Getty Images for Travel Deals</p></div>')).toEqual([]);
    expect(credits('<div class="trc_related_container taboola-widget"><span>Photo: Max Ufer/Reuters</span><a>Ten tricks for your garden</a></div>')).toEqual([]);
    expect(credits('<section class="teaser sponsored"><p class="photo-credit">Lena Holm/Getty Images for Example Brand</p></section>')).toEqual([]);
  });
  it('reads no copyright notice in a footer marked by class or id', () => {
    expect(credits('<div class="site-footer">Copyright © 2019 Beispiel Medien, Foto: Jens Mahler/dpa</div>')).toEqual([]);
    expect(credits('<div id="footer"><p>© 2021 Exemple Médias</p><p>Photo : Luc Bray/AFP</p></div>')).toEqual([]);
    expect(credits('<div class="page-footer"><span class="copyright">© 2020 Ejemplo Medios</span></div>')).toEqual([]);
  });
  it('still reads a credit in a picture box whose class names a footer part (BEM)', () => {
    expect(credits(`<div class="media"><div class="media__image">${img}</div><div class="media__footer"><p class="media__credit">© Reuters / Ivan Sokol</p></div></div>`).map((c) => c.text)).toEqual(['© Reuters / Ivan Sokol']);
    expect(credits(`<figure class="pic">${img}<div class="footer">Foto: Jens Mahler/dpa</div></figure>`).map((c) => c.text)).toEqual(['Foto: Jens Mahler/dpa']);
    expect(credits(`<figure>${img}<figcaption>Le port. <span class="sponsored-by">Photo : Luc Bray/AFP</span></figcaption></figure>`).map((c) => c.text)).toEqual(['Photo : Luc Bray/AFP']);
  });
});
