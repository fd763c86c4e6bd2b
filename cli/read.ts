/**
 * Bounded reading for the CLI. Every input is read as a stream whose size is counted while it is read,
 * so a device (`/dev/zero`), a pipe or a file that keeps growing stops at the cap instead of filling
 * memory. FIFOs are opened without blocking (a FIFO with no writer would otherwise block the open in
 * libuv's thread pool, and the process with it) and read through a pipe handle with an idle timeout.
 */
import { createReadStream, openSync, statSync, constants, type Stats } from 'node:fs';
import { Socket } from 'node:net';
import { createGunzip } from 'node:zlib';
import { Readable } from 'node:stream';

/** The largest input (after gunzip) or WARC record body the CLI reads. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** How long a FIFO, device or pipe may stay silent before the read fails (overridable: `--read-timeout`). */
export const DEFAULT_READ_TIMEOUT_MS = 10_000;

/** An input problem: one line on stderr (and a JSONL error line); the run goes on. */
export class InputError extends Error {}

export type ReadLimits = { maxBytes: number; timeoutMs: number };

/** Counts the bytes that pass through a stream (the progress bar's measure of work). */
export type ByteCounter = (n: number) => void;

/** `stat` with the CLI's error words. */
export function statInput(path: string): Stats {
  try {
    return statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'error'})`);
  }
}

/**
 * Opens a path as a byte stream. Regular files and character devices go through `createReadStream`;
 * FIFOs and sockets through a non-blocking pipe handle. Read it with `chunksOf` (the idle timeout).
 */
export function openInput(path: string, st: Stats): Readable {
  if (st.isDirectory()) throw new InputError('is a directory');
  let stream: Readable;
  if (st.isFIFO() || st.isSocket()) {
    let fd: number;
    try {
      fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    } catch (err) {
      throw new InputError(`cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    stream = new Socket({ fd, readable: true, writable: false });
  } else {
    stream = createReadStream(path, { highWaterMark: 256 * 1024 });
  }
  return stream;
}

/**
 * The chunks of `stream` as Buffers, each counted, failing with an InputError when no chunk arrives for
 * `idleMs` (a FIFO with no writer, a silent device). The stream is destroyed when iteration stops.
 */
export async function* chunksOf(stream: Readable, idleMs: number | null, count?: ByteCounter): AsyncGenerator<Buffer> {
  const iter = (stream as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  try {
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const next = iter.next();
      const r = idleMs && idleMs > 0
        ? await Promise.race([
          next,
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new InputError(`no data for ${formatSeconds(idleMs)} (a FIFO with no writer?)`)), idleMs);
          }),
        ]).finally(() => clearTimeout(timer))
        : await next;
      if (r.done) return;
      const buf = Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value);
      count?.(buf.length);
      yield buf;
    }
  } finally {
    stream.destroy();
  }
}

function formatSeconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(ms % 1000 ? 1 : 0)} s` : `${ms} ms`;
}

/** Reads a whole stream, failing as soon as it passes `maxBytes`. */
export async function readAllBounded(chunks: AsyncIterable<Buffer>, maxBytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  try {
    for await (const buf of chunks) {
      total += buf.length;
      if (total > maxBytes) throw new InputError(`input is over the ${maxBytes / 1048576} MB limit`);
      parts.push(buf);
    }
  } catch (err) {
    throw asInputError(err);
  }
  return Buffer.concat(parts, total);
}

/** An error from reading or inflating as the CLI's one-line InputError. */
export function asInputError(err: unknown): InputError {
  if (err instanceof InputError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (code?.startsWith('Z_') || code === 'ERR_STREAM_PREMATURE_CLOSE') return new InputError('broken or truncated gzip');
  return new InputError(`cannot read (${code ?? (err instanceof Error ? err.message : String(err))})`);
}

/** Inflates a gzip byte stream (a truncated or broken gzip fails at the reader). */
export function gunzipChunks(chunks: AsyncIterable<Buffer>): Readable {
  const gunzip = createGunzip();
  const source = Readable.from(chunks);
  source.on('error', (err) => gunzip.destroy(err));
  return source.pipe(gunzip);
}

/** True when the head of `bytes` looks like binary data (NUL bytes or many control characters). */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return true;
  let odd = 0;
  for (const b of head) if (b < 9 || (b > 13 && b < 32)) odd++;
  return head.length > 0 && odd / head.length > 0.1;
}

/**
 * Decodes bytes as text: the charset named by the HTTP header or an HTML `<meta charset>` when there is
 * one, else strict UTF-8. Binary bodies, unknown charsets and invalid UTF-8 are InputErrors.
 */
export function decodeText(bytes: Uint8Array, declared: string | null = null): string {
  if (looksBinary(bytes)) throw new InputError('binary input: give an HTML or text file');
  let label = (declared ?? sniffMetaCharset(bytes) ?? 'utf-8').trim().toLowerCase();
  if (label === 'utf8') label = 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new InputError(`unknown charset '${label}'`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(`invalid ${decoder.encoding === 'utf-8' ? 'UTF-8' : decoder.encoding} text`);
  }
}

/** The charset of `<meta charset=…>` or `<meta http-equiv content="…; charset=…">` in the first 2 KB. */
function sniffMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  return m ? m[1]! : null;
}

/** The charset parameter of a Content-Type header value. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '');
  return m ? m[1]! : null;
}
