/**
 * The CLI at archive scale, run as a user runs it (`node bin/sourcelight.mjs annotate …` in a child
 * process, output to /dev/null):
 * - pages/s on a WARC of the news corpus with `--jobs 1` and `--jobs 2` (and the speed-up);
 * - MB/s on a 13 MB plain text made of the corpus articles' paragraphs, `--jobs 1` (one core);
 * - peak memory (VmHWM of the process, workers included) while streaming a 1 GB WARC made by
 *   repeating the corpus pages under new URIs, annotating `--shard 0/64` of it so the run stays short
 *   while every byte of the archive is still read and parsed.
 * Everything is generated under the system temp folder and deleted afterwards; nothing is committed.
 * `npx tsx scripts/bench/cli-archive.ts [--corpus DIR] [--gb 1] [--text-mb 13]` runs it alone;
 * `npm run bench` calls `benchCliArchive()`.
 */
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from '../../cli/engine';
import { extractBlocks } from '../../core/blocks';
import { findArticleRoot } from '../../core/article';
import { warcRecord } from '../../tests/support/warc';
import { loadCorpus, type CorpusPage } from './corpus';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/sourcelight.mjs');

export type CliArchiveResult = {
  pages: number;
  pagesPerSecJobs1: number;
  pagesPerSecJobs2: number;
  speedupJobs2: number;
  textMB: number;
  textMBPerSec: number;
  warcGB: number;
  warcShard: string;
  warcSeconds: number;
  warcPeakMB: number;
};

type Run = { seconds: number; peakKB: number; code: number | null; stderr: string };

/** Runs the CLI once; samples the process's peak resident set (VmHWM) until it exits. */
function runCli(args: string[]): Promise<Run> {
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [BIN, 'annotate', '--quiet', '--out', '/dev/null', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    let peakKB = 0;
    const sample = () => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKB = Math.max(peakKB, Number(m[1]));
      } catch {
        // the process has just exited
      }
    };
    const timer = setInterval(sample, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      done({ seconds: (performance.now() - t0) / 1000, peakKB, code, stderr });
    });
  });
}

/** Writes the corpus pages as one WARC (each page `copies` times under its own URI) of about `targetBytes`. */
function writeWarc(file: string, pages: CorpusPage[], targetBytes: number): { records: number; bytes: number } {
  const fd = openSync(file, 'w');
  let bytes = 0;
  let n = 0;
  try {
    for (let round = 0; bytes < targetBytes; round++) {
      for (const p of pages) {
        const rec = warcRecord({ uri: `https://archive.example/${round}/${p.slug}`, body: p.html }, n++);
        writeSync(fd, rec);
        bytes += rec.length;
        if (bytes >= targetBytes) break;
      }
    }
  } finally {
    closeSync(fd);
  }
  return { records: n, bytes };
}

/** Plain text of the corpus articles, paragraphs at blank lines, repeated to `targetBytes`. */
function articleText(pages: CorpusPage[], targetBytes: number): string {
  const paragraphs: string[] = [];
  for (const p of pages) {
    const doc = parseDocument(p.html);
    for (const { block } of extractBlocks(findArticleRoot(doc))) if (block.kind === 'paragraph' || block.kind === 'blockquote') paragraphs.push(block.text);
  }
  const one = paragraphs.join('\n\n') + '\n\n';
  return one.repeat(Math.max(1, Math.ceil(targetBytes / Buffer.byteLength(one)))).slice(0, targetBytes);
}

function check(r: Run, what: string): Run {
  if (r.code !== 0) throw new Error(`${what}: exit ${r.code}: ${r.stderr.slice(-500)}`);
  return r;
}

export async function benchCliArchive(opts: { corpus?: string; gb?: number; textMB?: number } = {}): Promise<CliArchiveResult | null> {
  const corpusDir = opts.corpus ?? resolve(ROOT, '../shared/corpus/news-pages');
  const pages = loadCorpus(corpusDir);
  if (!pages) {
    console.log(`cli-archive: skipped: corpus not found at ${corpusDir}/html`);
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-bench-cli-'));
  try {
    const corpusWarc = join(dir, 'corpus.warc');
    // One round of the corpus: every page once.
    const fullCorpus = writeWarc(corpusWarc, pages, pages.reduce((s, p) => s + Buffer.byteLength(p.html), 0));
    console.log(`cli-archive: ${fullCorpus.records} corpus pages, --jobs 1 and --jobs 2…`);
    const j1 = check(await runCli(['--jobs', '1', corpusWarc]), 'jobs 1');
    const j2 = check(await runCli(['--jobs', '2', corpusWarc]), 'jobs 2');

    const textMB = opts.textMB ?? 13;
    const textFile = join(dir, 'articles.txt');
    writeFileSync(textFile, articleText(pages, Math.round(textMB * 1048576)));
    const textBytes = statSync(textFile).size;
    console.log(`cli-archive: ${(textBytes / 1048576).toFixed(1)} MB text, --jobs 1…`);
    const tx = check(await runCli(['--jobs', '1', '--text', textFile]), 'text');

    const gb = opts.gb ?? 1;
    const bigWarc = join(dir, 'big.warc');
    const big = writeWarc(bigWarc, pages, Math.round(gb * 1073741824));
    const shard = '0/64';
    console.log(`cli-archive: ${(big.bytes / 1073741824).toFixed(2)} GB WARC (${big.records} records), --shard ${shard}…`);
    const bw = check(await runCli(['--shard', shard, bigWarc]), 'big WARC');

    return {
      pages: fullCorpus.records,
      pagesPerSecJobs1: fullCorpus.records / j1.seconds,
      pagesPerSecJobs2: fullCorpus.records / j2.seconds,
      speedupJobs2: j1.seconds / j2.seconds,
      textMB: textBytes / 1048576,
      textMBPerSec: textBytes / 1048576 / tx.seconds,
      warcGB: big.bytes / 1073741824,
      warcShard: shard,
      warcSeconds: bw.seconds,
      warcPeakMB: bw.peakKB / 1024,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, gb: { type: 'string' }, 'text-mb': { type: 'string' } } });
  const r = await benchCliArchive({
    corpus: values.corpus,
    gb: values.gb ? Number(values.gb) : undefined,
    textMB: values['text-mb'] ? Number(values['text-mb']) : undefined,
  });
  if (r) {
    console.log(
      `CLI: ${r.pages} corpus pages: ${r.pagesPerSecJobs1.toFixed(2)} pages/s with --jobs 1, ${r.pagesPerSecJobs2.toFixed(2)} with --jobs 2 (${r.speedupJobs2.toFixed(2)}×); ` +
        `${r.textMB.toFixed(1)} MB text: ${r.textMBPerSec.toFixed(2)} MB/s on one core; ` +
        `${r.warcGB.toFixed(2)} GB WARC streamed (shard ${r.warcShard} annotated) in ${r.warcSeconds.toFixed(0)} s, peak memory ${r.warcPeakMB.toFixed(0)} MB`,
    );
  }
}
