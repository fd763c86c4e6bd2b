/**
 * Labelling aid for credit labels: lists every short text next to an image on each page of a corpus
 * (figcaptions and their parts, text inside a figure, caption/credit-classed elements, small/cite
 * after an image, short `Foto:`/`©` lines), so that a person can judge which are photo credits.
 * Prints to stdout only; nothing it prints is committed (labels are our own judgement, short strings).
 * Usage: npx tsx scripts/credit-candidates.ts <web-pages-dir> [--limit N] [--page FILE]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from '../cli/engine';
import { judgeArticle } from '../core/article';

const dir = process.argv[2];
if (!dir || !existsSync(join(dir, 'html'))) {
  console.log('skipped: give the web-pages corpus directory');
  process.exit(0);
}
const limit = process.argv.includes('--limit') ? Number(process.argv[process.argv.indexOf('--limit') + 1]) : Infinity;
const only = process.argv.includes('--page') ? process.argv[process.argv.indexOf('--page') + 1] : null;
const urls = new Map<string, string>();
for (const [url, v] of Object.entries(JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { file: string }>)) urls.set(v.file.replace(/ /g, '_'), url);

const HINT = /credit|copyright|caption|attribution|source|creator|photographer|bildnachweis|quelle|fotograf|legend|bildunter|unterschrift|autor/i;
const SHORT = 220;
const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
let n = 0;
for (const f of readdirSync(join(dir, 'html')).sort()) {
  if (only && f !== only && f !== `${only}.gz`) continue;
  const page = f.replace(/\.gz$/, '');
  if (!urls.has(page)) continue;
  const doc = parseDocument(gunzipSync(readFileSync(join(dir, 'html', f))).toString('utf8'));
  const body = doc.body ?? doc.documentElement;
  if (!body) continue;
  const found: string[] = [];
  const add = (src: string, el: Element | null, text?: string) => {
    const t = clean(text ?? el?.textContent);
    if (!t || t.length > SHORT) return;
    const line = `[${src}] ${t}`;
    if (!found.includes(line)) found.push(line);
  };
  const where = (el: Element) => {
    const chain: string[] = [];
    for (let p: Element | null = el; p && chain.length < 8; p = p.parentElement) {
      if (/footer|aside|nav|sidebar|teaser|related|outbrain|taboola|sponsor|promo|ad-|widget/i.test(`${p.localName} ${p.getAttribute('class') ?? ''} ${p.id ?? ''}`)) return '!';
    }
    return '';
  };
  for (const fc of doc.querySelectorAll('figcaption')) {
    add(`figcaption${where(fc)}`, fc);
    for (const c of fc.querySelectorAll('*')) if ((c.getAttribute('class') ?? '') || ['small', 'cite', 'span', 'em', 'i'].includes(c.localName)) add(`  fc>${c.localName}.${clean(c.getAttribute('class')).slice(0, 30)}`, c);
  }
  for (const fig of doc.querySelectorAll('figure')) if (!fig.querySelector('figcaption')) add(`figure${where(fig)}`, fig);
  for (const el of doc.querySelectorAll('[class],[id],[itemprop]')) {
    const h = `${el.getAttribute('class') ?? ''} ${el.id ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    if (HINT.test(h) && !/^(html|body|script|style|link|meta)$/.test(el.localName)) add(`${el.localName}.${clean(h).slice(0, 40)}${where(el)}`, el);
  }
  for (const img of doc.querySelectorAll('img')) {
    let sib = img.nextElementSibling ?? img.parentElement?.nextElementSibling ?? null;
    for (let i = 0; sib && i < 2; i++, sib = sib.nextElementSibling) add(`img+${sib.localName}${where(sib)}`, sib);
  }
  for (const el of doc.querySelectorAll('p,span,div,small,cite,em,td,li')) {
    const t = clean(el.textContent);
    if (t.length < 90 && /^(?:\(?(?:foto|fotos|bild|bilder|photo|image|quelle|crédit|credit|©|copyright|bildquelle|titelbild|fotografía|фото)\b|©)/i.test(t) && el.children.length < 3) add(`line${where(el)}`, el);
  }
  const art = judgeArticle(doc).isArticle;
  console.log(`=== ${page}  ${urls.get(page)}  ${art ? 'ARTICLE' : 'not-article'}  imgs ${doc.querySelectorAll('img').length}`);
  for (const l of found.slice(0, only ? 400 : 14)) console.log(`  ${l.slice(0, 200)}`);
  if (++n >= limit) break;
}
