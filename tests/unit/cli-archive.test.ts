/**
 * `sourcelight annotate` on web archives: a WARC written here by our own code from fixture pages (plain
 * and gzip), records that are not pages skipped, a bad record in the middle costing one error line, a
 * truncated archive ending with one, shards that together cover every record exactly once, the
 * progress display silent when standard error is not a terminal, and worker threads giving the same
 * reports as one thread.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import type { Report } from '../../core/report';
import { makeWarc, type WarcPage } from '../support/warc';

const PAGES = join(import.meta.dirname, '../fixtures/pages');
const page = (name: string) => readFileSync(join(PAGES, name, 'source.html'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'sourcelight-warc-'));

type Line = Report & { record?: { warc: string; offset: number; date: string | null }; error?: string; uri?: string };

async function run(args: string[], opts: { stdin?: Buffer; tty?: boolean } = {}) {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s), ...(opts.tty ? { isTTY: true } : {}) },
    stdin: Readable.from([opts.stdin ?? Buffer.alloc(0)]),
  });
  const lines = out.trim() ? out.trim().split('\n').map((l) => JSON.parse(l) as Line) : [];
  return { code, out, err, lines };
}

const ARTICLES: WarcPage[] = [
  { uri: 'https://news.example/lunar-pact', body: page('lunar-pact'), date: '2026-03-01T10:00:00Z' },
  { uri: 'https://news.example/photo-credits', body: page('photo-credits'), date: '2026-03-02T10:00:00Z' },
  { uri: 'https://news.example/live-blog', body: page('live-blog'), date: '2026-03-03T10:00:00Z' },
];
/** Records a page crawl also holds, none of them a page to annotate. */
const NOT_PAGES: WarcPage[] = [
  { uri: 'https://news.example/lunar-pact', body: '', type: 'request' },
  { uri: 'https://news.example/logo.png', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), contentType: 'image/png' },
  { uri: 'https://news.example/gone', body: '<html><body><p>Not here.</p></body></html>', status: 404 },
  { uri: 'https://news.example/lunar-pact', body: 'via: crawler', type: 'metadata' },
];

describe('sourcelight annotate on a WARC', () => {
  const mixed = [NOT_PAGES[0]!, ARTICLES[0]!, NOT_PAGES[1]!, ARTICLES[1]!, NOT_PAGES[2]!, NOT_PAGES[3]!, ARTICLES[2]!];

  for (const gzip of [false, true]) {
    it(`reads every page record of a ${gzip ? 'gzip ' : ''}WARC, each report carrying its record's URI and date`, async () => {
      const file = join(dir, gzip ? 'crawl.warc.gz' : 'crawl.warc');
      writeFileSync(file, makeWarc(mixed, { gzip }));
      const r = await run(['annotate', '--ordered', file]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.lines.map((l) => [l.url, l.record?.date, l.record?.warc])).toEqual(ARTICLES.map((a) => [a.uri, a.date, file]));
      const lunar = r.lines[0]!;
      expect(lunar.schema).toBe('sourcelight/report@2');
      expect(lunar.article.isArticle).toBe(true);
      expect(lunar.annotations.some((a) => a.kind === 'credit' && a.text === 'Alexei Nikolsky | TASS | Getty Images')).toBe(true);
    });
  }

  it('gives the same reports for the plain and the gzip archive, and from standard input', async () => {
    const plain = await run(['annotate', '--ordered', '-'], { stdin: makeWarc(mixed) });
    const gz = await run(['annotate', '--ordered', '-'], { stdin: makeWarc(mixed, { gzip: true }) });
    const strip = (ls: Line[]) => ls.map(({ record, ...rest }) => ({ ...rest, date: record?.date }));
    expect(plain.lines).toHaveLength(3);
    expect(strip(gz.lines)).toEqual(strip(plain.lines));
  });

  it('gives a bad record in the middle one error line and goes on with the next', async () => {
    const binary: WarcPage = { uri: 'https://news.example/broken', body: new Uint8Array([0x3c, 0x70, 0x3e, 0, 1, 2, 0, 0, 0, 3]) };
    const badUtf8: WarcPage = { uri: 'https://news.example/mojibake', body: Buffer.concat([Buffer.from('<p>caf'), Buffer.from([0xe9, 0x20, 0xff]), Buffer.from('</p>')]) };
    for (const gzip of [false, true]) {
      const file = join(dir, gzip ? 'bad.warc.gz' : 'bad.warc');
      writeFileSync(file, makeWarc([ARTICLES[0]!, binary, badUtf8, ARTICLES[1]!], { gzip }));
      const r = await run(['annotate', '--ordered', file]);
      expect(r.code).toBe(2);
      expect(r.lines.map((l) => l.url ?? l.uri)).toEqual([ARTICLES[0]!.uri, binary.uri, badUtf8.uri, ARTICLES[1]!.uri]);
      expect(r.lines[1]!.error).toMatch(/binary/);
      expect(r.lines[2]!.error).toMatch(/invalid UTF-8/);
      expect(r.lines[3]!.article.isArticle).toBe(true);
      const errLines = r.err.trim().split('\n');
      expect(errLines).toHaveLength(2);
      expect(errLines.every((l) => l.startsWith('sourcelight: ') && !/\n\s+at /.test(l))).toBe(true);
    }
  });

  for (const gzip of [false, true]) {
    it(`ends a truncated ${gzip ? 'gzip ' : ''}archive with one error line after the records it could read`, async () => {
      const whole = makeWarc(ARTICLES, { gzip });
      const file = join(dir, gzip ? 'cut.warc.gz' : 'cut.warc');
      writeFileSync(file, whole.subarray(0, whole.length - 200));
      const r = await run(['annotate', '--ordered', file]);
      expect(r.code).toBe(2);
      expect(r.lines.slice(0, 2).map((l) => l.url)).toEqual([ARTICLES[0]!.uri, ARTICLES[1]!.uri]);
      expect(r.lines).toHaveLength(3);
      expect(r.lines[2]!.error).toMatch(/^broken WARC \((truncated gzip|the archive ends inside a record)/);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).not.toMatch(/\n\s+at /);
    });
  }

  it('splits an archive into shards that together hold every record exactly once', async () => {
    const many: WarcPage[] = Array.from({ length: 24 }, (_, i) => ({
      uri: `https://news.example/brief-${i}`,
      body: `<html><head><title>Brief ${i}</title></head><body><article><h1>Brief ${i}</h1><p>The council met on Monday and voted ${i} to 2 on the plan, the clerk said.</p></article></body></html>`,
    }));
    const file = join(dir, 'many.warc.gz');
    writeFileSync(file, makeWarc(many, { gzip: true }));
    const seen: string[] = [];
    const sizes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await run(['annotate', '--shard', `${i}/3`, file]);
      expect(r.code).toBe(0);
      sizes.push(r.lines.length);
      seen.push(...r.lines.map((l) => l.url!));
    }
    expect(seen.slice().sort()).toEqual(many.map((p) => p.uri).sort());
    expect(sizes.every((n) => n > 0 && n < 24)).toBe(true);
    // Deterministic: the same shard twice is the same records.
    const again = await run(['annotate', '--shard', '1/3', file]);
    expect(again.lines.map((l) => l.url).sort()).toEqual(seen.slice(sizes[0], sizes[0]! + sizes[1]!).sort());
  });

  it('prints no progress or summary when standard error is not a terminal, and a summary when it is', async () => {
    const file = join(dir, 'quiet.warc');
    writeFileSync(file, makeWarc(ARTICLES));
    const piped = await run(['annotate', file]);
    expect(piped.code).toBe(0);
    expect(piped.err).toBe('');
    const tty = await run(['annotate', file], { tty: true });
    expect(tty.err).toMatch(/sourcelight: 3 pages \(\d+ articles?\), \d+ quotes?, \d+ credits?, \d+ claims?, 0 errors in [\d.]+ s/);
    const quiet = await run(['annotate', '--quiet', file], { tty: true });
    expect(quiet.err).toBe('');
    expect(quiet.lines).toHaveLength(3);
  });

  it('gives the same reports with --jobs 2 (worker threads) as with --jobs 1', async () => {
    const file = join(dir, 'jobs.warc');
    writeFileSync(file, makeWarc(ARTICLES));
    const one = await run(['annotate', '--jobs', '1', '--ordered', file]);
    const two = await run(['annotate', '--jobs', '2', '--ordered', file]);
    expect(two.code).toBe(0);
    expect(two.lines).toEqual(one.lines);
    expect(one.lines).toHaveLength(3);
  });
});
