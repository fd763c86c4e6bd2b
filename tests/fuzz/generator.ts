/**
 * The fuzz page generator: malformed and adversarial HTML pages built from a seed, so that any failure
 * is reproducible (`npm run fuzz -- --seed N --count 1`). Every page is an article-shaped skeleton with
 * a random mix of hazards: unclosed tags, deep nesting, huge paragraphs, zero-width and RTL characters,
 * quotes that never close, thousands of figures, text in shadow DOM and iframes, editable areas,
 * inputs, and HTML/script in speaker names, credits and JSON-LD. All prose is our own.
 *
 * Text that must never be read or painted carries the marker {@link FORBIDDEN} (inside inputs,
 * textareas, contenteditable areas, scripts, styles, templates): tests assert no block holds it.
 */
import { rng } from '../../core/random';

export { rng };

/** A marker word placed only where Sourcelight must not read: inputs, editable areas, scripts. */
export const FORBIDDEN = 'Zqxforbiddenzone';

/** The payload of the injection hazard: if this ever runs, it sets `window.__slPwned`. */
export const INJECTION = '<img src=x onerror="window.__slPwned=(window.__slPwned||0)+1">';

/** Every hazard the generator knows; a page holds a random subset (or exactly the ones asked for). */
export const HAZARDS = [
  'unclosed-tags',
  'deep-nesting',
  'huge-paragraph',
  'zero-width',
  'rtl',
  'unclosed-quotes',
  'many-figures',
  'shadow-dom',
  'iframe',
  'contenteditable',
  'inputs',
  'html-in-speaker',
  'html-in-credit',
  'html-in-json-ld',
  'broken-json-ld',
  'surrogates',
  'entities',
  'comments-cdata',
  'tables-lists',
  'no-article-element',
  'nested-articles',
  'hidden-text',
  'long-words',
  'control-chars',
  'script-style',
  'empty-elements',
  'br-soup',
  'svg-math',
] as const;

/**
 * Hazards made only when asked for (`--hazards`, `generatePage(seed, { hazards })`): not in the random draw,
 * whose pool is {@link HAZARDS} in this order, so that every seed keeps the page it always had.
 * - `continuous-mutation`: a live feed whose inline script ({@link LIVE_SCRIPT}) changes the article every
 *   {@link LIVE_INTERVAL_MS} ms, for ever: a new update on top, an edit to the text of the oldest, the oldest
 *   dropped past 12. The engine sees one moment of it; the dom tier and browsers see it change.
 */
export const ASKED_HAZARDS = ['continuous-mutation'] as const;
export const ALL_HAZARDS = [...HAZARDS, ...ASKED_HAZARDS] as const;
export type Hazard = (typeof ALL_HAZARDS)[number];

/** How often the live feed of `continuous-mutation` changes. */
export const LIVE_INTERVAL_MS = 250;

/**
 * The live feed's script, as a page would carry it (plain JavaScript, no imports). It keeps its interval in
 * `window.__slLive` so a test can stop the page's changes.
 */
export const LIVE_SCRIPT = `(() => {
  const feed = document.querySelector('.live-feed');
  if (!feed) return;
  let n = 0;
  window.__slLive = setInterval(() => {
    n++;
    const p = document.createElement('p');
    p.className = 'live-update';
    p.textContent = 'Update ' + n + ': “The crane on pier ' + (n % 7) + ' moved again,” said Lena Okafor, the harbour master.';
    feed.insertBefore(p, feed.firstChild);
    const oldest = feed.lastElementChild;
    if (oldest && oldest.firstChild && oldest.firstChild.nodeType === 3) oldest.firstChild.data += ' (edited)';
    if (feed.children.length > 12) feed.removeChild(feed.lastElementChild);
  }, ${LIVE_INTERVAL_MS});
})();`;

export type FuzzPage = { seed: number; hazards: Hazard[]; html: string };

export type GenerateOptions = {
  /** Hazards to include; when absent a random 2–6 are drawn. */
  hazards?: Hazard[];
  /** Scale for the big hazards (huge paragraph, figures, nesting): 1 = full (1 MB, 2000 figures). */
  scale?: number;
};


const FIRST = ['Marta', 'Oskar', 'Lena', 'Tomasz', 'Amara', 'Kenji', 'Sofia', 'Yusuf', 'Ines', 'Pavel'];
const LAST = ['Lindqvist', 'Okafor', 'Brandt', 'Haddad', 'Moreau', 'Tanaka', 'Ferreira', 'Novak', 'Quint', 'Ostrova'];
const ROLES = ['the agency’s chief economist', 'a spokesperson for the ministry', 'the harbour master', 'a former trade envoy', 'the mayor of Vellin'];
const ORGS = ['Reuters', 'TASS', 'Xinhua News Agency', 'NASA', 'the European Union', 'NATO', 'the Atlantic Council', 'Roscosmos'];
const AGENCIES = ['Getty Images', 'AFP', 'Reuters', 'TASS', 'Xinhua News Agency', 'EPA', 'AP'];
const CUES = ['said', 'told reporters', 'added', 'warned', 'wrote', 'argued'];
const SAYINGS = [
  'The new port will double the region’s exports within five years',
  'We have asked for a full audit of the fund',
  'Nobody expected the river to rise so quickly',
  'Our budget fell by 30 percent between 2015 and 2023',
  'The council will vote again in March',
  'This is a club with a membership fee, not a partnership',
];
const FACTS = [
  'The city spent 4.2 billion crowns on the tunnel, twice the first estimate.',
  'Unemployment in the valley rose to 11 percent last year.',
  'The ferry carried 1.3 million passengers in 2022, a record.',
  'Officials met on Tuesday to discuss the bridge.',
  'Critics say the plan ignores the farmers who live downstream.',
  'The ministry has not published the report.',
];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: () => number, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

function person(r: () => number): string {
  return `${pick(r, FIRST)} ${pick(r, LAST)}`;
}

/** One paragraph of our own prose: a quote with a speaker, or plain facts. */
function prose(r: () => number): string {
  const kind = r();
  if (kind < 0.4) return `“${pick(r, SAYINGS)},” ${pick(r, CUES)} ${person(r)}, ${pick(r, ROLES)}. ${pick(r, FACTS)}`;
  if (kind < 0.6) return `${person(r)}, ${pick(r, ROLES)} at ${pick(r, ORGS)}, ${pick(r, CUES)}: “${pick(r, SAYINGS)}.”`;
  return `${pick(r, FACTS)} ${pick(r, FACTS)} According to ${pick(r, ORGS)}, ${pick(r, FACTS).toLowerCase()}`;
}

function credit(r: () => number): string {
  const k = r();
  if (k < 0.4) return `${person(r)} | ${pick(r, AGENCIES)} | Getty Images`;
  if (k < 0.7) return `(AP Photo/${person(r)})`;
  return `Photo: ${person(r)}/${pick(r, AGENCIES)}`;
}

function figure(r: () => number, caption = 'A ferry leaves the harbour at dawn.', credits = credit(r)): string {
  return `<figure><img src="data:," alt=""><figcaption>${caption} <span class="credit">${credits}</span></figcaption></figure>`;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Builds the hazard's HTML fragment for the article body (and, for some, the head). */
function hazardHtml(h: Hazard, r: () => number, scale: number): { body: string; head?: string } {
  switch (h) {
    case 'unclosed-tags':
      return { body: `<p>${prose(r)} <b>bold never closes <i>nor italic <p>${prose(r)}<div><span>${prose(r)}<p>` };
    case 'deep-nesting': {
      const depth = Math.max(50, Math.round(3000 * scale * r()));
      const tags = ['div', 'span', 'section', 'blockquote', 'b'];
      let open = '';
      let close = '';
      for (let i = 0; i < depth; i++) {
        const t = pick(r, tags);
        open += `<${t}>`;
        close = `</${t}>` + close;
      }
      return { body: `${open}${prose(r)}${close}` };
    }
    case 'huge-paragraph': {
      const target = Math.round(1_000_000 * scale);
      const parts: string[] = [];
      let n = 0;
      while (n < target) {
        const s = prose(r);
        parts.push(s);
        n += s.length + 1;
      }
      // One in three without any whitespace-separated sentence end, to stress the splitter.
      return { body: `<p>${r() < 0.33 ? parts.join('') : parts.join(' ')}</p>` };
    }
    case 'zero-width': {
      const zw = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
      const s = prose(r).replace(/ /g, () => (r() < 0.3 ? pick(r, zw) : ' ')).replace(/(\w)(\w)/g, (_, a, b) => (r() < 0.1 ? a + pick(r, zw) + b : a + b));
      return { body: `<p>${s}</p><p>${pick(r, zw).repeat(int(r, 1, 500))}</p>` };
    }
    case 'rtl': {
      const heb = 'אמר ראש העיר כי הנמל ייפתח בשנה הבאה';
      const ar = 'قال المتحدث باسم الوزارة إن الميناء سيفتح العام المقبل';
      return {
        body: `<p dir="rtl">“${heb},” said ${person(r)}.</p><p>\u202e${prose(r)}\u202c ${ar} \u2067${person(r)}\u2069 said “${ar}.”</p><p dir="auto">\u200f${pick(r, SAYINGS)}\u200e</p>`,
      };
    }
    case 'unclosed-quotes': {
      const opens = ['“', '"', '«', '„', '‘', '「'];
      let s = '';
      for (let i = 0; i < int(r, 1, 40); i++) s += `${pick(r, opens)}${pick(r, SAYINGS)} ${pick(r, CUES)} ${person(r)} `;
      return { body: `<p>${escapeText(s)}</p><p>“${prose(r)}</p><p>${prose(r)}”</p>` };
    }
    case 'many-figures': {
      const n = Math.max(20, Math.round(2000 * scale * r()));
      let s = '';
      for (let i = 0; i < n; i++) s += figure(r, `Caption ${i}.`);
      return { body: s };
    }
    case 'shadow-dom':
      return {
        body: `<div><template shadowrootmode="open"><p>${prose(r)}</p><slot></slot></template><p>${prose(r)}</p></div>`,
      };
    case 'iframe':
      return {
        body: `<iframe srcdoc="${escapeText(`<p>${prose(r)}</p>`).replace(/"/g, '&quot;')}"></iframe><iframe src="about:blank"></iframe>`,
      };
    case 'contenteditable':
      return {
        body: `<div contenteditable="true"><p>“${FORBIDDEN} ${pick(r, SAYINGS)},” said ${person(r)}.</p></div><div contenteditable=""><p>${FORBIDDEN} ${pick(r, FACTS)}</p></div><div contenteditable="plaintext-only">${FORBIDDEN} ${credit(r)}</div>`,
      };
    case 'inputs':
      return {
        body: `<form><input value="“${FORBIDDEN} ${pick(r, SAYINGS)},” said ${person(r)}."><textarea>“${FORBIDDEN} ${pick(r, SAYINGS)},” said ${person(r)}. ${credit(r)}</textarea><select><option>${FORBIDDEN} ${pick(r, FACTS)}</option></select></form><input value="${FORBIDDEN}"><textarea>${FORBIDDEN} ${pick(r, FACTS)}</textarea><button>${FORBIDDEN} ${pick(r, FACTS)}</button>`,
      };
    case 'html-in-speaker':
      return {
        body: `<p>“${pick(r, SAYINGS)},” said ${escapeText(INJECTION)} ${pick(r, LAST)}, ${pick(r, ROLES)}.</p><p>“${pick(r, SAYINGS)},” said ${escapeText('<script>window.__slPwned=1</script>')} Quint.</p>`,
      };
    case 'html-in-credit':
      return { body: figure(r, 'Boats in the harbour.', `${escapeText(INJECTION)} | ${pick(r, AGENCIES)} | Getty Images`) };
    case 'html-in-json-ld':
      return {
        head: `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: INJECTION, author: { '@type': 'Person', name: INJECTION }, image: { '@type': 'ImageObject', creditText: INJECTION } }).replace(/</g, '\\u003c')}</script>`,
        body: '',
      };
    case 'broken-json-ld':
      return {
        head: `<script type="application/ld+json">{"@type": "NewsArticle", "headline": "unterminated</script><script type="application/ld+json">[[[[[[[[[[{"@graph":{"@graph":{"@graph":{"@type":["Thing",null,7,{"x":1}]}}}}]]]]]]]]]]</script><script type="application/ld+json">null</script>`,
        body: '',
      };
    case 'surrogates': {
      // Lone surrogates (as entities they become U+FFFD; as raw text they survive in JS strings).
      return { body: `<p>${prose(r)} 🚀🛰️👩🏽‍🚀 ${'\ud83d'} mid ${'\ude80'} “${pick(r, SAYINGS)} 🌊,” said ${person(r)} 🇳🇴.</p><p>e\u0301\u0301\u0301 Z\u0336a\u0336l\u0336g\u0336o ${pick(r, FACTS)}</p>` };
    }
    case 'entities':
      return { body: `<p>&ldquo;${pick(r, SAYINGS)},&rdquo; said ${person(r)} &amp; &lt;b&gt; &#x201C;&#8220;&#0;&#xD800;&nbsp;&nbsp;&unknown; &amp</p>` };
    case 'comments-cdata':
      return { body: `<p>${prose(r)}<!-- “hidden quote,” said Nobody --> <![CDATA[ “cdata,” said Nobody ]]> ${prose(r)}</p><!-- unclosed comment? no --><?php echo 1 ?>` };
    case 'tables-lists':
      return { body: `<table><caption>${credit(r)}</caption><tr><td>${prose(r)}<td>${prose(r)}<tr><th>${pick(r, FACTS)}</table><ul><li>${prose(r)}<li><ol><li>${prose(r)}</ol></ul><dl><dt>${person(r)}<dd>${prose(r)}</dl><pre>  “${pick(r, SAYINGS)},”\n\n   said ${person(r)}.</pre>` };
    case 'no-article-element':
      return { body: '' };
    case 'nested-articles':
      return { body: `<article><article><p>${prose(r)}</p><article><p>${prose(r)}</p></article></article></article>` };
    case 'hidden-text':
      return { body: `<p hidden>${prose(r)}</p><div aria-hidden="true"><p>${prose(r)}</p></div><p style="display:none">${prose(r)}</p>` };
    case 'long-words':
      return { body: `<p>${'Supercalifragilistic'.repeat(Math.max(10, Math.round(5000 * scale)))} “${pick(r, SAYINGS)},” said ${person(r)}.</p>` };
    case 'control-chars':
      return { body: `<p>${prose(r).replace(/ /g, () => (r() < 0.2 ? pick(r, ['\t', '\r', '\f', '\v', '\u0001', '\u001f', '\u2028', '\u2029', '\u3000', '\u00a0']) : ' '))}</p>` };
    case 'script-style':
      return {
        body: `<script>/* “${FORBIDDEN} ${pick(r, SAYINGS)},” said ${person(r)}. */</script><style>p::after{content:"${FORBIDDEN}"}</style><noscript><p>${FORBIDDEN} ${pick(r, FACTS)}</p></noscript><template><p>${FORBIDDEN} ${pick(r, FACTS)}</p></template>`,
      };
    case 'empty-elements':
      return { body: '<p></p><p> </p><figure></figure><figcaption></figcaption><span class="credit"></span><blockquote></blockquote>'.repeat(int(r, 1, 30)) };
    case 'br-soup':
      return { body: `<p>${prose(r).split(' ').join('<br><br>')}</p>${'<br>'.repeat(int(r, 1, 300))}` };
    case 'continuous-mutation':
      return { body: `<div class="live-feed"><p class="live-update">${prose(r)}</p><p class="live-update">${prose(r)}</p></div><script>${LIVE_SCRIPT}</script>` };
    case 'svg-math':
      return { body: `<svg><text>${FORBIDDEN}</text><foreignObject><p>${prose(r)}</p></foreignObject></svg><math><mi>x</mi></math>` };
  }
}

/** Generates one adversarial page from `seed`. The same seed and options always give the same page. */
export function generatePage(seed: number, options: GenerateOptions = {}): FuzzPage {
  const r = rng(seed);
  const scale = options.scale ?? 1;
  let hazards = options.hazards;
  if (!hazards) {
    const pool: Hazard[] = [...HAZARDS];
    hazards = [];
    for (let i = int(r, 2, 6); i > 0 && pool.length; i--) hazards.push(pool.splice(Math.floor(r() * pool.length), 1)[0]!);
  }
  const head: string[] = [];
  const inner: string[] = [];
  const paragraphs = r() < 0.85 ? int(r, 4, 14) : int(r, 0, 3);
  for (let i = 0; i < paragraphs; i++) inner.push(`<p>${prose(r)}</p>`);
  if (r() < 0.5) inner.splice(Math.floor(r() * (inner.length + 1)), 0, figure(r));
  for (const h of hazards) {
    const frag = hazardHtml(h, r, scale);
    if (frag.head) head.push(frag.head);
    inner.splice(Math.floor(r() * (inner.length + 1)), 0, frag.body);
  }
  if (r() < 0.4) {
    head.push(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fuzz ${seed}"}</script>`);
  }
  if (r() < 0.3) head.push('<meta property="og:type" content="article">');
  const wrap = hazards.includes('no-article-element') ? ['<div id="content">', '</div>'] : ['<article>', '</article>'];
  const doctype = r() < 0.8 ? '<!doctype html>' : '';
  const html = `${doctype}<html lang="en"><head><meta charset="utf-8"><title>Fuzz page ${seed}</title>${head.join('')}</head><body><nav><a href="/">Home</a></nav>${wrap[0]}<h1>Fuzz page ${seed}</h1>${inner.join('\n')}${wrap[1]}<footer>© Sourcelight tests</footer></body></html>`;
  return { seed, hazards, html };
}
