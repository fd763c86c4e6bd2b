/**
 * Block extraction and range mapping against a real DOM (jsdom): block kinds, skipped regions,
 * whitespace as a reader sees it, and spans that map back to exactly the same text in the page.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../../core/blocks';
import { toRange } from '../../dom/ranges';

function page(html: string): Document {
  document.documentElement.innerHTML = `<head></head><body>${html}</body>`;
  return document;
}

describe('extractBlocks', () => {
  it('gives each block its kind and skips nav, aside, footer, forms, scripts and editable areas', () => {
    const doc = page(`
      <nav><p>Menu link text</p></nav>
      <h2>A  heading</h2>
      <p>First <em>para</em>graph.</p>
      <figure><img alt="alt text is not text"><figcaption>A caption. <span class="credit">Photo: A. Person/Agency</span></figcaption></figure>
      <p class="image-credit">Name | Agency | Getty Images</p>
      <blockquote><p>Quoted block.</p></blockquote>
      <ul><li>Item one</li></ul>
      <aside><p>Related story</p></aside>
      <form><p>Sign up</p><input value="typed"></form>
      <div contenteditable="true"><p>Draft text</p></div>
      <script>var x = "script text";</script><style>p{}</style>
      <footer><p>Copyright line</p></footer>`);
    const blocks = extractBlocks(doc.body).map((m) => [m.block.kind, m.block.text]);
    expect(blocks).toEqual([
      ['heading', 'A heading'],
      ['paragraph', 'First paragraph.'],
      ['caption', 'A caption.'],
      ['credit', 'Photo: A. Person/Agency'],
      ['credit', 'Name | Agency | Getty Images'],
      ['blockquote', 'Quoted block.'],
      ['list', 'Item one'],
    ]);
  });

  it('collapses whitespace and line breaks, and trims block edges', () => {
    const doc = page(`<p>\n   Two\u00a0 spaces\n\tand<br>a   break   </p>`);
    expect(extractBlocks(doc.body)[0]!.block.text).toBe('Two spaces and a break');
  });

  it('keeps within its limits', () => {
    const doc = page(Array.from({ length: 50 }, (_, i) => `<p>Paragraph number ${i}</p>`).join(''));
    expect(extractBlocks(doc.body, { maxBlocks: 10, maxChars: 1e6 })).toHaveLength(10);
    expect(extractBlocks(doc.body, { maxBlocks: 100, maxChars: 60 }).length).toBeLessThan(5);
  });

  it('maps every span back to the same text in the page', () => {
    const doc = page(`<p>  The <a href="#">agency</a>   said <strong>“we  are <em>ready</em>,”</strong>\nand<br>left.  </p><p>Second <span>block</span> here.</p>`);
    for (const mapped of extractBlocks(doc.body)) {
      const text = mapped.block.text;
      // A <br> reads as a space in the block but holds no text node, so compare without whitespace.
      const norm = (s: string) => s.replace(/\s+/g, '');
      for (let start = 0; start < text.length; start++) {
        for (let end = start + 1; end <= text.length; end++) {
          if (text[start] === ' ' || text[end - 1] === ' ') continue; // spans never start or end on a collapsed space
          const range = toRange(doc, mapped, start, end);
          expect(range, `${start}-${end}`).not.toBeNull();
          expect(norm(range!.toString()), `${start}-${end}`).toBe(norm(text.slice(start, end)));
        }
      }
    }
  });

  it('returns no range once the text has left the page', () => {
    const doc = page(`<p id="p">Gone soon.</p>`);
    const [mapped] = extractBlocks(doc.body);
    doc.getElementById('p')!.remove();
    expect(toRange(doc, mapped!, 0, 4)).toBeNull();
  });
});
