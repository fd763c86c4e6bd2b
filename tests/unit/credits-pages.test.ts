/**
 * Credits through the whole engine (HTML → article → blocks → detectors), on pages we wrote in the
 * shape of the seed article: the two seed credit lines inside a figcaption and as bare paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { reportFromHtml, reportFromText } from '../../cli/engine';
import type { CreditAnnotation } from '../../core/report';

const filler = [
  'The two space agencies signed the agreement in a short ceremony on Tuesday, officials said, after months of talks.',
  'Engineers from both countries will share data from the lander and plan a joint station near the lunar south pole.',
  'Critics argue that the pact tells us more about politics on Earth than about science on the Moon, and say so often.',
  'The station is meant to be open to other partners, though few governments have said whether they intend to join.',
  'Budgets for the project have not been published, and neither agency would give a date for the first joint launch.',
];
const para = (t: string) => `<p>${t}</p>`;

function page(body: string): string {
  return `<!doctype html><html><head><title>Lunar pact</title></head><body><main><article>
<h1>The lunar pact and the politics behind it</h1>
${body}
${filler.map(para).join('\n')}
${filler.map(para).join('\n')}
</article></main></body></html>`;
}

const chainOf = (c: CreditAnnotation) => c.chain.map((l) => `${l.role}:${l.name}`);
const creditsOf = (html: string) =>
  reportFromHtml(html, 'https://example.com/lunar').annotations.filter((a): a is CreditAnnotation => a.kind === 'credit');

const XINHUA = 'Xinhua News Agency | Xinhua News Agency | Getty Images';
const TASS = 'Alexei Nikolsky | TASS | Getty Images';

describe('seed credit lines through the engine', () => {
  it('reads them inside a figcaption, apart from the description', () => {
    const html = page(`
<figure><img src="rover.jpg" alt="The rover on the far side"><figcaption>A picture of the lander taken by the rover in January. <span class="credit">${XINHUA}</span></figcaption></figure>
${para(filler[0]!)}
<figure><img src="leaders.jpg" alt=""><figcaption>The two presidents shake hands at a university ceremony. ${TASS}</figcaption></figure>`);
    const credits = creditsOf(html);
    expect(credits.map((c) => c.text)).toEqual([XINHUA, TASS]);
    expect(chainOf(credits[0]!)).toEqual(['agency:Xinhua News Agency', 'distributor:Getty Images']);
    expect(chainOf(credits[1]!)).toEqual(['photographer:Alexei Nikolsky', 'agency:TASS', 'distributor:Getty Images']);
  });

  it('reads them as bare paragraphs between paragraphs', () => {
    const html = page(`${para('A picture of the lander taken by the rover in January.')}${para(XINHUA)}${para(filler[1]!)}${para(TASS)}`);
    const credits = creditsOf(html);
    expect(credits.map((c) => c.text)).toEqual([XINHUA, TASS]);
    expect(chainOf(credits[1]!)).toEqual(['photographer:Alexei Nikolsky', 'agency:TASS', 'distributor:Getty Images']);
  });

  it('reads them in plain text, with spans that index the block text', () => {
    const text = ['A picture of the lander taken by the rover.', XINHUA, filler[2]!, TASS, filler[3]!].join('\n\n');
    const report = reportFromText(text);
    const credits = report.annotations.filter((a): a is CreditAnnotation => a.kind === 'credit');
    expect(credits).toHaveLength(2);
    for (const c of credits) {
      const block = report.blocks.find((b) => b.id === c.span.block)!;
      expect(block.text.slice(c.span.start, c.span.end)).toBe(c.text);
      expect(text.slice(block.offset! + c.span.start, block.offset! + c.span.end)).toBe(c.text);
    }
  });
});

describe('credit styles in page markup', () => {
  const cases: [string, string, string[]][] = [
    ['<figcaption>Delegates leave the hall. <span class="credit">Photo: Tomas Berg/Reuters</span></figcaption>', 'Photo: Tomas Berg/Reuters', ['photographer:Tomas Berg', 'agency:Reuters']],
    ['<figcaption>A lorry at the border. (AP Photo/Kemal Osman)</figcaption>', 'AP Photo/Kemal Osman', ['photographer:Kemal Osman', 'agency:AP']],
    ['<div class="image-credit">Nora Salo/EPA-EFE/Shutterstock</div>', 'Nora Salo/EPA-EFE/Shutterstock', ['photographer:Nora Salo', 'agency:EPA-EFE', 'distributor:Shutterstock']],
    ['<figcaption>Die Kanzlerin im Bundestag. Foto: Jonas Weber/dpa</figcaption>', 'Foto: Jonas Weber/dpa', ['photographer:Jonas Weber', 'agency:dpa']],
    ['<figcaption>Президент в Москве. Фото: ТАСС</figcaption>', 'Фото: ТАСС', ['agency:ТАСС']],
    ['<figcaption>The leaders at the summit. Sputnik/Ivan Petrov/Kremlin via Reuters</figcaption>', 'Sputnik/Ivan Petrov/Kremlin via Reuters', ['photographer:Ivan Petrov', 'agency:Sputnik', 'provider:Kremlin', 'distributor:Reuters']],
    ['<dl><dt>Фото:</dt><dd>личный архив Анны Орловой</dd></dl>', 'личный архив Анны Орловой', ['provider:Анны Орловой']],
    ['<p class="photo-credit">Owen Park for The New York Times</p>', 'Owen Park for The New York Times', ['photographer:Owen Park', 'publisher:The New York Times']],
  ];
  for (const [markup, credit, chain] of cases) {
    it(credit, () => {
      const credits = creditsOf(page(`<figure><img src="x.jpg" alt="">${markup.startsWith('<figcaption') ? markup : ''}</figure>${markup.startsWith('<figcaption') ? '' : markup}`));
      expect(credits.map((c) => c.text)).toEqual([credit]);
      expect(chainOf(credits[0]!)).toEqual(chain);
    });
  }

  it('leaves bylines, share buttons and the site footer alone', () => {
    const html = page(`<div class="byline">By Jane Doe, Example Media</div><div class="share"><a>Share</a> <a>Tweet</a></div>
<p>Read more</p><p>Reuters reported that the talks had stalled.</p><div class="copyright">© 2019 Example Media. All rights reserved.</div>`);
    expect(creditsOf(html)).toEqual([]);
  });
});
