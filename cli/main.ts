/**
 * `sourcelight annotate <input>...`: parses the arguments, streams the inputs (files, directories,
 * gzip, standard input, WARC) through the engine on one or more threads, and writes each report as it
 * is done. Every bad input costs one line on stderr (and a `{error, uri}` line in JSON/JSONL output)
 * and exit code 2; the other inputs are still done.
 */
import { createWriteStream, statSync } from 'node:fs';
import { CLAIM_THRESHOLDS } from '../core/settings';
import { HELP, USAGE, parseArgs, type Options } from './args';
import { readInputs, type Item } from './inputs';
import type { Job, JobResult } from './job';
import { inThread, workerPool } from './pool';
import { progressFor, type Tally } from './progress';
import { MAX_INPUT_BYTES } from './read';

export { MAX_INPUT_BYTES };

type Out = { write(s: string): unknown; once?(event: 'drain', cb: () => void): unknown; isTTY?: boolean };

export type Io = {
  stdout: Out;
  stderr: Out;
  stdin?: NodeJS.ReadableStream;
};

/** Runs the CLI; returns the exit code (0 ok, 2 when any input or flag was bad). */
export async function main(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed === 'help') {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  if (typeof parsed === 'string') {
    io.stderr.write(`sourcelight: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  return annotateAll(parsed, io);
}

/** A deterministic 32-bit FNV-1a hash: which shard an input (its path or record URI) belongs to. */
export function shardOf(key: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % count;
}

async function annotateAll(opts: Options, io: Io): Promise<number> {
  const started = Date.now();
  const single = opts.inputs.length === 1 && opts.inputs[0] !== '-' && !/\.(warc|arc)(\.gz)?$/i.test(opts.inputs[0]!) && !isDir(opts.inputs[0]!);
  const format = opts.format ?? (single ? 'json' : 'jsonl');
  const style: Job['style'] = format === 'markdown' ? 'markdown' : format === 'json' && single ? 'pretty' : 'line';
  const array = format === 'json' && !single;

  let sink: Out = io.stdout;
  let fileOut: ReturnType<typeof createWriteStream> | null = null;
  if (opts.out) {
    fileOut = createWriteStream(opts.out);
    const opened = await new Promise<Error | null>((res) => {
      fileOut!.once('open', () => res(null));
      fileOut!.once('error', (e) => res(e));
    });
    if (opened) {
      io.stderr.write(`sourcelight: ${opts.out}: cannot write (${(opened as NodeJS.ErrnoException).code ?? opened.message})\n`);
      return 2;
    }
    sink = fileOut;
  }
  let written = 0;
  const emit = async (s: string) => {
    const text = array ? (written === 0 ? '[\n' : ',\n') + s : s + '\n';
    written++;
    if (sink.write(text) === false && sink.once) await new Promise<void>((r) => sink.once!('drain', r));
  };

  const totalBytes = opts.inputs.reduce((sum, p) => sum + sizeOf(p), 0);
  const tally: Tally = { pages: 0, articles: 0, quotes: 0, credits: 0, claims: 0, errors: 0 };
  const progress = progressFor(io.stderr, opts.quiet, totalBytes);
  const runner = opts.jobs > 1 ? workerPool(opts.jobs) : inThread();
  const claimThreshold = CLAIM_THRESHOLDS[opts.sensitivity];

  // Results in flight, and (for --ordered) finished ones waiting for their turn.
  const window = Math.max(2, opts.jobs * 2);
  const inFlight = new Set<Promise<void>>();
  const waiting = new Map<number, string | null>();
  let nextOut = 0;
  let seq = 0;

  const deliver = async (n: number, out: string | null) => {
    if (!opts.ordered) {
      if (out !== null) await emit(out);
      return;
    }
    waiting.set(n, out);
    while (waiting.has(nextOut)) {
      const o = waiting.get(nextOut)!;
      waiting.delete(nextOut++);
      if (o !== null) await emit(o);
    }
  };
  const fail = async (n: number, label: string, uri: string | null, error: string) => {
    tally.errors++;
    progress.log(`sourcelight: ${label}: ${error}`);
    progress.done(tally);
    await deliver(n, format === 'markdown' ? null : JSON.stringify({ error, uri: uri ?? label }));
  };

  const handle = async (item: Item, n: number) => {
    if (item.kind === 'error') return fail(n, item.label, item.uri, item.error);
    const result: JobResult = await runner.run({ seq: n, text: item.text, isText: item.isText, url: opts.url ?? item.url, record: item.record, claimThreshold, style });
    if ('failed' in result) return fail(n, item.label, item.url, result.failed);
    tally.pages++;
    tally.articles += result.counts.articles;
    tally.quotes += result.counts.quotes;
    tally.credits += result.counts.credits;
    tally.claims += result.counts.claims;
    progress.done(tally);
    await deliver(n, result.out);
  };

  const inShard = opts.shard ? (key: string) => shardOf(key, opts.shard!.count) === opts.shard!.index : () => true;
  try {
    for await (const item of readInputs(opts.inputs, {
      maxBytes: MAX_INPUT_BYTES, timeoutMs: opts.readTimeoutMs, forceText: opts.text, glob: opts.glob,
      stdin: io.stdin, inShard, count: (b) => progress.addBytes(b),
    })) {
      const n = seq++;
      const p: Promise<void> = handle(item, n).finally(() => inFlight.delete(p));
      inFlight.add(p);
      // Bounded memory: at most `window` pages in flight (and, ordered, waiting for an earlier one).
      while (inFlight.size >= window || (opts.ordered && seq - nextOut >= window * 4 && inFlight.size > 0)) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await runner.close();
  }
  if (array) sink.write(written === 0 ? '[]\n' : '\n]\n');
  if (fileOut) await new Promise<void>((r) => fileOut!.end(r));
  progress.finish(tally, Date.now() - started);
  return tally.errors > 0 ? 2 : 0;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function sizeOf(p: string): number {
  try {
    const st = statSync(p);
    return st.isFile() ? st.size : 0;
  } catch {
    return 0;
  }
}
