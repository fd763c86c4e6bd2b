/**
 * Synthetic bench pages written by us: long articles (10k, 50k, 100k words) in the shape of news copy
 * (quotes with speakers, facts, figures with credit lines), and pages that are not articles: a home
 * page of teasers, a search results page and a web app. Deterministic: the same page every run.
 */

export type SyntheticPage = { slug: string; kind: 'article' | 'non-article'; html: string; words: number };

const PEOPLE = ['Marta Lindqvist', 'Oskar Okafor', 'Lena Brandt', 'Tomasz Haddad', 'Amara Moreau', 'Kenji Tanaka', 'Sofia Ferreira', 'Yusuf Novak'];
const ROLES = ['the agency’s chief economist', 'a spokesperson for the ministry', 'the harbour master', 'a former trade envoy', 'the mayor of Vellin'];
const ORGS = ['Reuters', 'TASS', 'NASA', 'the European Union', 'NATO', 'the Atlantic Council', 'Roscosmos', 'the Financial Times'];
const SAYINGS = [
  'The new port will double the region’s exports within five years',
  'We have asked for a full audit of the fund and we expect it by the summer',
  'Nobody expected the river to rise so quickly after the dam was opened',
  'Our budget fell by 30 percent between 2015 and 2023, and the work did not',
  'The council will vote again in March, whatever the ministry says',
];
const FACTS = [
  'The city spent 4.2 billion crowns on the tunnel, twice the first estimate.',
  'Unemployment in the valley rose to 11 percent last year, the highest since 1998.',
  'The ferry carried 1.3 million passengers in 2022, a record for the line.',
  'Officials met on Tuesday to discuss the bridge and the new timetable.',
  'Critics say the plan ignores the farmers who live downstream of the reservoir.',
  'The ministry has not published the report it promised in the spring.',
];

function paragraph(i: number): string {
  const who = PEOPLE[i % PEOPLE.length]!;
  const role = ROLES[(i >> 1) % ROLES.length]!;
  const org = ORGS[(i >> 2) % ORGS.length]!;
  const say = SAYINGS[i % SAYINGS.length]!;
  const f1 = FACTS[i % FACTS.length]!;
  const f2 = FACTS[(i + 3) % FACTS.length]!;
  switch (i % 3) {
    case 0:
      return `“${say},” said ${who}, ${role}. ${f1} ${f2}`;
    case 1:
      return `${f1} According to ${org}, the figure is likely to grow. ${who}, ${role}, told reporters: “${say}.”`;
    default:
      return `${f2} ${f1} ${org} said it would respond next week.`;
  }
}

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** A long article of about `words` words: paragraphs, a figure with a credit every 20 paragraphs. */
export function longArticle(words: number): SyntheticPage {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = paragraph(i);
    n += countWords(p);
    parts.push(`<p>${p}</p>`);
    if (i % 20 === 10) {
      parts.push(`<figure><img src="/img/${i}.jpg" alt=""><figcaption>Boats in the harbour at dawn. <span class="credit">${PEOPLE[i % PEOPLE.length]} | TASS | Getty Images</span></figcaption></figure>`);
    }
    if (i % 40 === 39) parts.push(`<h2>Part ${i / 40 + 1}</h2>`);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long report (${words} words)</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"A long report"}</script>
</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>A long report on the harbour, the tunnel and the river</h1><p class="byline">By Jane Ellison</p>
${parts.join('\n')}</article></main><footer>© Example Press</footer></body></html>`;
  return { slug: `synthetic-${words / 1000}k`, kind: 'article', html, words: n };
}

/** A news home page: many teasers (headline, one-line blurb), og:type=article as some sites wrongly set. */
export function homePage(): SyntheticPage {
  const teasers: string[] = [];
  for (let i = 0; i < 120; i++) {
    teasers.push(`<li class="teaser"><a href="/story/${i}"><h3>${FACTS[i % FACTS.length]!.replace(/\.$/, '')}</h3></a><span>${PEOPLE[i % PEOPLE.length]} · ${i % 59} min ago</span></li>`);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example Press — news</title><meta property="og:type" content="article"></head>
<body><header><nav>${['World', 'Business', 'Sport', 'Culture', 'Science'].map((s) => `<a href="/${s}">${s}</a>`).join(' ')}</nav></header>
<main><section><h2>Top stories</h2><ul>${teasers.slice(0, 40).join('')}</ul></section><section><h2>More</h2><ul>${teasers.slice(40).join('')}</ul></section></main>
<footer>© Example Press</footer></body></html>`;
  return { slug: 'synthetic-home', kind: 'non-article', html, words: countWords(html.replace(/<[^>]+>/g, ' ')) };
}

/** A search results page: a query box and 50 results with title, URL and a two-line snippet. */
export function searchPage(): SyntheticPage {
  const results: string[] = [];
  for (let i = 0; i < 50; i++) {
    results.push(`<div class="result"><a href="https://example.org/${i}"><h3>${FACTS[i % FACTS.length]!.slice(0, 48)}</h3></a><cite>example.org › news › ${i}</cite><p class="snippet">${FACTS[(i + 1) % FACTS.length]} ${FACTS[(i + 2) % FACTS.length]!.slice(0, 40)}…</p></div>`);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>harbour tunnel - Search</title></head>
<body><form role="search"><input name="q" value="harbour tunnel"><button>Search</button></form><div id="results">${results.join('\n')}</div>
<nav class="pages">${Array.from({ length: 10 }, (_, i) => `<a href="?p=${i + 1}">${i + 1}</a>`).join(' ')}</nav></body></html>`;
  return { slug: 'synthetic-search', kind: 'non-article', html, words: countWords(html.replace(/<[^>]+>/g, ' ')) };
}

/** A web app: a dashboard with a sidebar, a data table, a form and an editable notes area. */
export function webApp(): SyntheticPage {
  const rows = Array.from({ length: 300 }, (_, i) => `<tr><td>#${1000 + i}</td><td>${PEOPLE[i % PEOPLE.length]}</td><td>${(i * 37) % 1000}.00</td><td><button>Edit</button></td></tr>`);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Invoices · Ledgerly</title></head>
<body><div id="app"><aside><ul>${['Dashboard', 'Invoices', 'Customers', 'Reports', 'Settings'].map((s) => `<li><a href="#${s}">${s}</a></li>`).join('')}</ul></aside>
<div class="main"><div class="toolbar"><input placeholder="Filter"><select><option>All</option><option>Paid</option></select><button>New invoice</button></div>
<table><thead><tr><th>No.</th><th>Customer</th><th>Amount</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table>
<div contenteditable="true" class="notes">Notes: call back about the March invoices.</div></div></div></body></html>`;
  return { slug: 'synthetic-web-app', kind: 'non-article', html, words: countWords(html.replace(/<[^>]+>/g, ' ')) };
}

/** Every synthetic page of the bench. */
export function syntheticPages(): SyntheticPage[] {
  return [longArticle(10_000), longArticle(50_000), longArticle(100_000), homePage(), searchPage(), webApp()];
}
