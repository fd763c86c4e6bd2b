/**
 * Turns the command's input arguments into a stream of pages to annotate: files, directories
 * (recursive, filtered by a glob), gzip files, standard input and WARC / WARC.gz archives (one page per
 * `response` or `resource` record with an HTML or text body, parsed by warcio as a stream). Each item is
 * read only when the consumer asks for it, so memory holds one record at a time, not the archive.
 */
import { opendirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Readable } from 'node:stream';
import picomatch from 'picomatch';
import { WARCParser, type WARCRecord } from 'warcio';
import { createGunzip, gunzipSync, constants as zlibConstants } from 'node:zlib';
import {
  InputError, asInputError, charsetOf, chunksOf, decodeText, gunzipChunks, openInput, readAllBounded, statInput,
  type ByteCounter, type ReadLimits,
} from './read';
import { DEFAULT_GLOB } from './args';
import type { RecordInfo } from '../core/report';

/** What a WARC record adds to its report (the report's `url` is the record's target URI). */
export type { RecordInfo };

/** One page ready for the engine, or one input that failed. `key` decides its shard. */
export type Item =
  | { kind: 'page'; key: string; label: string; url: string | null; text: string; isText: boolean; record?: RecordInfo }
  | { kind: 'error'; key: string; label: string; uri: string | null; error: string };

export type InputOptions = ReadLimits & {
  forceText: boolean;
  glob: string | null;
  stdin?: NodeJS.ReadableStream;
  /** Decides whether an item (by its key) is in this run's shard; items outside are skipped unread when possible. */
  inShard: (key: string) => boolean;
  count?: ByteCounter;
};

const WARC_RE = /\.(warc|arc)(\.gz)?$/i;
const GZ_RE = /\.gz$/i;

/** Every item of every input, in argument order (directories in sorted path order). */
export async function* readInputs(args: string[], opts: InputOptions): AsyncGenerator<Item> {
  for (const arg of args) {
    if (arg === '-') {
      yield* readStdin(opts);
      continue;
    }
    let st;
    try {
      st = statInput(arg);
    } catch (err) {
      yield errorItem(arg, null, err);
      continue;
    }
    if (st.isDirectory()) {
      const match = picomatch(opts.glob ?? DEFAULT_GLOB, { dot: false, nocase: true });
      for (const file of walk(arg)) {
        if (!match(relative(arg, file).split('\\').join('/'))) continue;
        yield* readPath(file, opts);
      }
    } else yield* readPath(arg, opts);
  }
}

/** Files under `dir`, depth first, sorted by name so runs and shards are reproducible. */
function* walk(dir: string): Generator<string> {
  let entries: { name: string; dir: boolean }[];
  try {
    const d = opendirSync(dir);
    entries = [];
    for (let e = d.readSync(); e; e = d.readSync()) entries.push({ name: e.name, dir: e.isDirectory() });
    d.closeSync();
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.dir) yield* walk(p);
    else yield p;
  }
}

async function* readPath(path: string, opts: InputOptions): AsyncGenerator<Item> {
  if (WARC_RE.test(path)) {
    yield* readWarcPath(path, opts);
    return;
  }
  const url = pathToFileURL(resolve(path)).href;
  if (!opts.inShard(path)) return;
  try {
    const st = statInput(path);
    const gz = GZ_RE.test(path);
    if (st.isFile() && !gz && st.size > opts.maxBytes) {
      throw new InputError(`input is ${(st.size / 1048576).toFixed(1)} MB; the limit is ${opts.maxBytes / 1048576} MB`);
    }
    const raw = chunksOf(openInput(path, st), st.isFile() ? null : opts.timeoutMs, opts.count);
    const bytes = await readAllBounded(gz ? chunksOf(gunzipChunks(raw), null) : raw, opts.maxBytes);
    const text = decodeText(bytes);
    yield { kind: 'page', key: path, label: path, url, text, isText: isTextInput(path.replace(GZ_RE, ''), text, opts.forceText) };
  } catch (err) {
    yield errorItem(path, url, err);
  }
}

async function* readWarcPath(path: string, opts: InputOptions): AsyncGenerator<Item> {
  let chunks: AsyncIterable<Buffer>;
  try {
    const st = statInput(path);
    chunks = chunksOf(openInput(path, st), st.isFile() ? null : opts.timeoutMs, opts.count);
  } catch (err) {
    yield errorItem(path, null, err);
    return;
  }
  yield* readWarc(chunks, path, opts);
}

async function* readStdin(opts: InputOptions): AsyncGenerator<Item> {
  if (!opts.stdin) {
    yield errorItem('-', null, new InputError('no standard input'));
    return;
  }
  // Peek at the head: a WARC (plain or gzip) is streamed record by record, anything else read whole.
  // Standard input has no idle timeout: a slow writer upstream is fine.
  const iter = chunksOf(opts.stdin as Readable, null, opts.count);
  let first: Buffer;
  try {
    const r = await iter.next();
    first = r.done ? Buffer.alloc(0) : r.value;
  } catch (err) {
    yield errorItem('-', null, err);
    return;
  }
  const rest: AsyncIterable<Buffer> = {
    async *[Symbol.asyncIterator]() {
      if (first.length) yield first;
      yield* iter;
    },
  };
  const gz = first[0] === 0x1f && first[1] === 0x8b;
  if (first.subarray(0, 5).toString('latin1') === 'WARC/' || (gz && gunzipHead(first).startsWith('WARC/'))) {
    yield* readWarc(rest, '-', opts);
    return;
  }
  if (!opts.inShard('-')) return;
  try {
    const text = decodeText(await readAllBounded(gz ? chunksOf(gunzipChunks(rest), null) : rest, opts.maxBytes));
    yield { kind: 'page', key: '-', label: '-', url: null, text, isText: isTextInput('', text, opts.forceText) };
  } catch (err) {
    yield errorItem('-', null, err);
  }
}

/** The first bytes a partial gzip member inflates to ('' when it does not inflate). */
function gunzipHead(head: Buffer): string {
  try {
    return gunzipSync(head, { finishFlush: zlibConstants.Z_SYNC_FLUSH }).subarray(0, 5).toString('latin1');
  } catch {
    return '';
  }
}

/**
 * The pages of one WARC stream. A record that cannot be a page (request, metadata, an image…) is skipped;
 * a page record that is binary, too big or not valid text is an error item and the next record follows;
 * a broken archive (bad header, truncated gzip) ends that archive with one error item.
 */
export async function* readWarc(source: AsyncIterable<Uint8Array>, warc: string, opts: InputOptions): AsyncGenerator<Item> {
  const watch = watchArchive(source);
  const parser = new WARCParser(watch.chunks);
  let offset = 0;
  let uri: string | null = null;
  try {
    for (;;) {
      uri = null;
      const record: WARCRecord | null = await parser.parse();
      if (!record) break;
      offset = parser.offset;
      uri = record.warcTargetURI ?? null;
      const key = uri ?? `${warc}#${offset}`;
      const label = `${warc}#${offset}${uri ? ` ${uri}` : ''}`;
      const type = record.warcType;
      const contentType = (type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? '';
      const isHtml = /^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType);
      const isPlain = /^\s*text\/plain/i.test(contentType);
      const status = Number(record.httpHeaders?.statusCode ?? 200);
      if ((type !== 'response' && type !== 'resource') || !(isHtml || isPlain) || status < 200 || status >= 300 || !opts.inShard(key)) {
        await record.skipFully();
        continue;
      }
      const info: RecordInfo = { warc, offset, date: record.warcDate ?? null };
      if (record.warcContentLength > opts.maxBytes + 65536) {
        await record.skipFully();
        yield { kind: 'error', key, label, uri, error: `record is ${(record.warcContentLength / 1048576).toFixed(1)} MB; the limit is ${opts.maxBytes / 1048576} MB` };
        continue;
      }
      let body: Uint8Array;
      try {
        body = await record.readFully(true);
      } catch (err) {
        if (record.consumed !== 'content') throw err;
        yield errorItem(label, uri, err, key);
        continue;
      }
      // warcio hands back what there is of a record the archive ends inside: a cut page is an error, not a page.
      const cut = await watch.cutInside(blockStart(parser, offset), record.warcContentLength);
      if (cut) throw new InputError(cut);
      try {
        if (body.length > opts.maxBytes) throw new InputError(`record body is over the ${opts.maxBytes / 1048576} MB limit`);
        const text = decodeText(body, charsetOf(contentType));
        yield { kind: 'page', key, label, url: uri, text, isText: opts.forceText || isPlain, record: info };
      } catch (err) {
        yield errorItem(label, uri, err, key);
      }
    }
    // warcio ends quietly on a truncated gzip member; zlib, reading the same bytes, does not.
    const cut = await watch.cutInside(null, 0);
    if (cut) throw new InputError(cut);
  } catch (err) {
    yield errorItem(`${warc}${offset ? `#${offset}` : ''}`, uri, brokenArchive(err), `${warc}#broken`);
  }
}

/**
 * Where the record's block starts in a plain archive: warcio keeps the end of the WARC headers in a
 * private field (pinned version; tests/unit/cli-archive.test.ts fails if it moves), else the record's start.
 */
function blockStart(parser: WARCParser, offset: number): number {
  const end = (parser as unknown as { _warcHeadersLength?: unknown })._warcHeadersLength;
  return typeof end === 'number' && end >= offset ? end : offset;
}

/**
 * The archive's bytes passed through unchanged, counted, and (for gzip) inflated once more by zlib only
 * to learn whether the compressed stream is whole. `cutInside(start, length)` answers, once the input
 * has ended, whether it ended inside the record whose block starts at `start` (plain WARC: fewer bytes
 * than its declared length) or inside a gzip member; before the end it answers null at no cost.
 */
function watchArchive(source: AsyncIterable<Uint8Array>) {
  let total = 0;
  let ended = false;
  let gzip: ReturnType<typeof createGunzip> | null = null;
  let gzipError: Error | null = null;
  let gzipDone: Promise<void> = Promise.resolve();
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for await (const chunk of source) {
      if (total === 0 && chunk[0] === 0x1f && chunk[1] === 0x8b) {
        const z = createGunzip();
        gzip = z;
        gzipDone = new Promise<void>((resolve) => {
          z.once('end', resolve);
          z.once('error', (err) => {
            gzipError = err;
            resolve();
          });
        });
        z.resume();
      }
      total += chunk.length;
      gzip?.write(chunk);
      yield chunk;
    }
    ended = true;
    gzip?.end();
  }
  return {
    chunks: chunks(),
    async cutInside(offset: number | null, length: number): Promise<string | null> {
      if (!ended) return null;
      if (gzip) {
        await gzipDone;
        return gzipError ? `truncated gzip (${(gzipError as Error).message})` : null;
      }
      return offset !== null && total < offset + length ? 'the archive ends inside a record (truncated)' : null;
    },
  };
}

function brokenArchive(err: unknown): InputError {
  const e = asInputError(err);
  const why = e.message.startsWith('cannot read (') ? e.message.slice(13, -1) : e.message;
  return new InputError(`broken WARC (${why.split('\n')[0]}); the rest of this archive is skipped`);
}

function errorItem(label: string, uri: string | null, err: unknown, key = label): Item {
  return { kind: 'error', key, label, uri, error: asInputError(err).message };
}

function isTextInput(path: string, text: string, forceText: boolean): boolean {
  if (forceText || /\.(txt|text)$/i.test(path)) return true;
  if (/\.(x?html?)$/i.test(path)) return false;
  return !/^\s*</.test(text);
}

