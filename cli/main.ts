/**
 * `sourcelight annotate <file|->...`: argument parsing, reading input, printing reports.
 * Every bad input costs one clear line on stderr and exit code 2; the other files are still done.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { reportFromHtml, reportFromText } from './engine';
import { toMarkdown } from './markdown';
import type { Report } from '../core/report';
import { CLAIM_THRESHOLDS, type Sensitivity } from '../core/settings';

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

const USAGE = `usage: sourcelight annotate [--format json|markdown] [--text] [--sensitivity fewer|balanced|more] [--url URL] <file|->...`;

type Io = {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  stdin?: NodeJS.ReadableStream;
};

type Options = { format: 'json' | 'markdown'; text: boolean; sensitivity: Sensitivity; url: string | null; files: string[] };

/** Runs the CLI; returns the exit code (0 ok, 2 when any input or flag was bad). */
export async function main(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    io.stderr.write(`sourcelight: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  let code = 0;
  const reports: Report[] = [];
  for (const file of parsed.files) {
    try {
      const { text, url, isText } = await readInput(file, parsed.text, io);
      const options = { claimThreshold: CLAIM_THRESHOLDS[parsed.sensitivity] };
      const pageUrl = parsed.url ?? url;
      const report = isText ? reportFromText(text, pageUrl, options) : reportFromHtml(text, pageUrl, options);
      reports.push(report);
      if (parsed.format === 'markdown') io.stdout.write(toMarkdown(report) + '\n');
      else io.stdout.write(JSON.stringify(report, null, parsed.files.length === 1 ? 2 : undefined) + '\n');
    } catch (err) {
      io.stderr.write(`sourcelight: ${file}: ${err instanceof InputError ? err.message : String(err)}\n`);
      code = 2;
    }
  }
  return code;
}

class InputError extends Error {}

function parseArgs(argv: string[]): Options | string {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') return 'no command given';
  if (command !== 'annotate') return `unknown command '${command}'`;
  const opts: Options = { format: 'json', text: false, sensitivity: 'balanced', url: null, files: [] };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '-' || !arg.startsWith('-')) opts.files.push(arg);
    else if (arg === '--text') opts.text = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const v = arg.includes('=') ? arg.slice(9) : rest[++i];
      if (v !== 'json' && v !== 'markdown') return `--format must be json or markdown, not '${v ?? ''}'`;
      opts.format = v;
    } else if (arg === '--sensitivity' || arg.startsWith('--sensitivity=')) {
      const v = arg.includes('=') ? arg.slice(14) : rest[++i];
      if (v !== 'fewer' && v !== 'balanced' && v !== 'more') return `--sensitivity must be fewer, balanced or more, not '${v ?? ''}'`;
      opts.sensitivity = v;
    } else if (arg === '--url' || arg.startsWith('--url=')) {
      // The page's web address (a saved page's file: URL names no site): its host names the site.
      const v = arg.includes('=') ? arg.slice(6) : rest[++i];
      if (!v || !/^https?:\/\/[^\s/]+/i.test(v)) return `--url must be an http(s) address, not '${v ?? ''}'`;
      opts.url = v;
    } else return `unknown flag '${arg}'`;
  }
  if (opts.files.length === 0) return 'no input file given (use - for standard input)';
  return opts;
}

async function readInput(file: string, forceText: boolean, io: Io): Promise<{ text: string; url: string | null; isText: boolean }> {
  let bytes: Buffer;
  let url: string | null = null;
  if (file === '-') {
    if (!io.stdin) throw new InputError('no standard input');
    bytes = await readStream(io.stdin);
  } else {
    const path = resolve(file);
    let size: number;
    try {
      const st = statSync(path);
      if (st.isDirectory()) throw new InputError('is a directory');
      size = st.size;
    } catch (err) {
      if (err instanceof InputError) throw err;
      const code = (err as NodeJS.ErrnoException).code;
      throw new InputError(code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`);
    }
    if (size > MAX_INPUT_BYTES) throw new InputError(`input is ${(size / 1048576).toFixed(1)} MB; the limit is 20 MB`);
    try {
      bytes = readFileSync(path);
    } catch (err) {
      throw new InputError(`cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    url = pathToFileURL(path).href;
  }
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(`input is over the 20 MB limit`);
  if (looksBinary(bytes)) throw new InputError('binary input: give an HTML or text file');
  const text = new TextDecoder('utf-8').decode(bytes);
  const ext = file === '-' ? '' : extname(file).toLowerCase();
  const isText = forceText || ext === '.txt' || ext === '.text' || (ext === '' && !/^\s*</.test(text));
  return { text, url, isText };
}

function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  let odd = 0;
  for (const b of head) if (b < 9 || (b > 13 && b < 32)) odd++;
  return head.length > 0 && odd / head.length > 0.1;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    total += buf.length;
    if (total > MAX_INPUT_BYTES) throw new InputError('input is over the 20 MB limit');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
