/**
 * The CLI's HTML → Document parse (cli/engine.ts parseDocument): stray markup before `<html>` or
 * `<head>` must not leave the body empty (linkedom would build the tree on the stray tag), so the
 * page still yields its report. Three prefixes of our own: a plugin's <meta>, a cookie banner, a script.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument, reportFromHtml } from '../../cli/engine';

const filler = 'The harbour board met on Monday to agree the new timetable for the ferries, which will run every hour from May until the end of September this year.';
const page = `<html lang="en"><head><title>Ferries</title></head><body><article><h1>New ferry timetable</h1>
${`<p>${filler}</p>`.repeat(6)}
<figure><img src="f.jpg" alt=""><figcaption>A ferry leaves the pier. Photo: Lina Vos/Reuters</figcaption></figure>
</article></body></html>`;

describe('parseDocument with stray markup before the head', () => {
  for (const prefix of ['<meta charset="utf-8">', '<!-- banner --><div id="cookies">We use cookies.</div><!doctype html>', '<!doctype html><script>var x = 1;</script>']) {
    it(prefix, () => {
      const doc = parseDocument(prefix + page);
      expect(doc.body.querySelector('article h1')?.textContent).toBe('New ferry timetable');
      expect(doc.title).toBe('Ferries');
      const credits = reportFromHtml(prefix + page).annotations.filter((a) => a.kind === 'credit');
      expect(credits.map((c) => c.text)).toEqual(['Photo: Lina Vos/Reuters']);
    });
  }
  it('puts back a missing <html> tag, so the head does not become the document element', () => {
    const bare = page.replace('<html lang="en">', '').replace('</html>', '');
    for (const html of [`<!doctype html>${bare}`, bare, `<meta charset="utf-8">${bare}`]) {
      const doc = parseDocument(html);
      expect(doc.documentElement.localName).toBe('html');
      expect(doc.body.querySelector('figcaption')?.textContent).toContain('Lina Vos');
      expect(reportFromHtml(html).annotations.filter((a) => a.kind === 'credit').map((c) => c.text)).toEqual(['Photo: Lina Vos/Reuters']);
    }
  });
  it('leaves a page that starts with its doctype or a comment as it is', () => {
    for (const html of [`<!doctype html>${page}`, `<!-- built -->${page}`, page]) {
      expect(parseDocument(html).body.querySelector('figcaption')?.textContent).toContain('Lina Vos');
    }
  });
});
