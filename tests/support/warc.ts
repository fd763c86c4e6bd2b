/**
 * A tiny WARC/1.0 writer for tests and the archive bench: our own records from our own pages, so no
 * archive from elsewhere is ever committed. `gzip: true` compresses each record as its own gzip member,
 * as crawlers write `.warc.gz`.
 */
import { gzipSync } from 'node:zlib';

export type WarcPage = {
  uri: string;
  body: string | Uint8Array;
  /** The HTTP Content-Type of a response record (default text/html; charset=utf-8). */
  contentType?: string;
  date?: string;
  /** response (default, with HTTP headers), resource (body only), request or metadata. */
  type?: 'response' | 'resource' | 'request' | 'metadata';
  status?: number;
};

const CRLF = '\r\n';

/** One record as bytes. */
export function warcRecord(page: WarcPage, n: number): Buffer {
  const type = page.type ?? 'response';
  const body = typeof page.body === 'string' ? Buffer.from(page.body, 'utf8') : Buffer.from(page.body);
  const contentType = page.contentType ?? 'text/html; charset=utf-8';
  let block: Buffer;
  let warcContentType: string;
  if (type === 'response') {
    const status = page.status ?? 200;
    const head = `HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Status'}${CRLF}Content-Type: ${contentType}${CRLF}Content-Length: ${body.length}${CRLF}${CRLF}`;
    block = Buffer.concat([Buffer.from(head, 'latin1'), body]);
    warcContentType = 'application/http; msgtype=response';
  } else if (type === 'request') {
    block = Buffer.from(`GET / HTTP/1.1${CRLF}Host: example.org${CRLF}${CRLF}`, 'latin1');
    warcContentType = 'application/http; msgtype=request';
  } else {
    block = body;
    warcContentType = type === 'metadata' ? 'application/warc-fields' : contentType;
  }
  const id = `<urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}>`;
  const header = [
    'WARC/1.0',
    `WARC-Type: ${type}`,
    `WARC-Record-ID: ${id}`,
    `WARC-Date: ${page.date ?? '2026-01-02T03:04:05Z'}`,
    `WARC-Target-URI: ${page.uri}`,
    `Content-Type: ${warcContentType}`,
    `Content-Length: ${block.length}`,
  ].join(CRLF) + CRLF + CRLF;
  return Buffer.concat([Buffer.from(header, 'utf8'), block, Buffer.from(CRLF + CRLF, 'latin1')]);
}

/** A whole archive. */
export function makeWarc(pages: WarcPage[], opts: { gzip?: boolean } = {}): Buffer {
  return Buffer.concat(pages.map((p, i) => (opts.gzip ? gzipSync(warcRecord(p, i)) : warcRecord(p, i))));
}
