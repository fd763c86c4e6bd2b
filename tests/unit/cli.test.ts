import { mkdtempSync, writeFileSync, openSync, ftruncateSync, closeSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import type { Report } from '../../core/report';

const FIXTURE = join(import.meta.dirname, '../fixtures/pages/lunar-pact/source.html');
const dir = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));

async function run(args: string[], stdin = '') {
  let out = '';
  let err = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: Readable.from([Buffer.from(stdin)]),
  });
  return { code, out, err };
}

describe('sourcelight annotate', () => {
  it('prints one report@2 JSON for an HTML file', async () => {
    const { code, out, err } = await run(['annotate', FIXTURE]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out) as Report;
    expect(report.schema).toBe('sourcelight/report@2');
    expect(report.article.isArticle).toBe(true);
    expect(report.url).toMatch(/^file:\/\/.*source\.html$/);
    expect(report.annotations.some((a) => a.kind === 'credit' && a.text === 'Alexei Nikolsky | TASS | Getty Images')).toBe(true);
  });

  it('reads text from stdin with --text, blocks carrying offsets', async () => {
    const text = 'A first paragraph.\n\nPhoto: Jan Novak/Reuters\n';
    const { code, out } = await run(['annotate', '--text', '-'], text);
    expect(code).toBe(0);
    const report = JSON.parse(out) as Report;
    expect(report.blocks.map((b) => [b.text, b.offset])).toEqual([['A first paragraph.', 0], ['Photo: Jan Novak/Reuters', 20]]);
  });

  it('prints one JSON object per line for several files, and keeps going past a bad one', async () => {
    const txt = join(dir, 'note.txt');
    writeFileSync(txt, 'Only a line of text.');
    const { code, out, err } = await run(['annotate', FIXTURE, join(dir, 'missing.html'), txt]);
    expect(code).toBe(2);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Report & { error?: string; uri?: string });
    expect(lines).toHaveLength(3);
    expect(lines.filter((l) => l.schema).map((l) => l.schema)).toEqual(['sourcelight/report@2', 'sourcelight/report@2']);
    expect(lines.filter((l) => l.error)).toEqual([{ error: 'no such file', uri: join(dir, 'missing.html') }]);
    expect(err.trim().split('\n')).toEqual([`sourcelight: ${join(dir, 'missing.html')}: no such file`]);
  });

  it('refuses binary input and input over 20 MB with one clear line', async () => {
    const bin = join(dir, 'image.html');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
    const big = join(dir, 'big.html');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 21 * 1024 * 1024);
    closeSync(fd);
    const r1 = await run(['annotate', bin]);
    expect([r1.code, r1.err.trim()]).toEqual([2, `sourcelight: ${bin}: binary input: give an HTML or text file`]);
    const r2 = await run(['annotate', big]);
    expect(r2.code).toBe(2);
    expect(r2.err).toMatch(/big\.html: input is 21\.0 MB; the limit is 20 MB\n$/);
  });

  it('reports an unreadable file and a directory', async () => {
    const locked = join(dir, 'locked.html');
    writeFileSync(locked, '<p>x</p>');
    chmodSync(locked, 0o000);
    const r = await run(['annotate', dir]);
    // A directory is read recursively: its text file is one of the reports.
    expect(r.out.trim().split('\n').some((l) => (JSON.parse(l) as Report).url?.endsWith('note.txt'))).toBe(true);
    if (process.getuid?.() !== 0) expect((await run(['annotate', locked])).err).toMatch(/cannot read \(EACCES\)/);
  });

  it.each([
    [['annotate', '--format', 'yaml', FIXTURE], "--format must be json, jsonl or markdown, not 'yaml'"],
    [['annotate', '--shard', '2/2', FIXTURE], "--shard must be i/n with 0 <= i < n, not '2/2'"],
    [['annotate', '--jobs', '0', FIXTURE], "--jobs must be a whole number from 1, not '0'"],
    [['annotate', '--bogus', FIXTURE], "unknown flag '--bogus'"],
    [['annotate'], 'no input file given (use - for standard input)'],
    [['frobnicate', FIXTURE], "unknown command 'frobnicate'"],
  ])('rejects bad usage %j with exit 2', async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')[0]).toBe(`sourcelight: ${message}`);
  });

  it('stops reading a device at the size cap instead of reading it all', async () => {
    const r = await run(['annotate', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/^sourcelight: \/dev\/zero: .*(20 MB|binary)/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it.skipIf(process.platform === 'win32')('gives up on a FIFO with no writer after --read-timeout, and goes on', async () => {
    const fifo = join(dir, 'silent.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await run(['annotate', '--read-timeout', '0.2', fifo, FIXTURE]);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/silent\.fifo: no data for 200 ms \(a FIFO with no writer\?\)$/);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Report & { error?: string });
    expect(lines.some((l) => l.error && /no data/.test(l.error))).toBe(true);
    expect(lines.some((l) => l.article?.isArticle)).toBe(true);
  });

  it.each([['--help'], ['-h'], ['annotate', '-h']])('prints usage for %j and exits 0', async (...args) => {
    const r = await run(args);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toMatch(/^sourcelight annotate:/);
  });

  it('takes arguments after -- as inputs', async () => {
    const r = await run(['annotate', '--', '--not-a-flag']);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe('sourcelight: --not-a-flag: no such file');
  });

  it('prints a markdown source sheet', async () => {
    const { code, out } = await run(['annotate', '--format', 'markdown', FIXTURE]);
    expect(code).toBe(0);
    expect(out).toMatch(/^# The Moon deal tells us where Moscow is looking/);
    expect(out).toContain('## Photos (2 credits)');
    expect(out).toContain('Alexei Nikolsky _(photographer)_ → TASS _(agency)_ → Getty Images _(distributor)_');
  });
});
