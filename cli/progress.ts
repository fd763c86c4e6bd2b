/**
 * What a long run shows on standard error: a progress bar (cli-progress) with records done, rate and
 * ETA (by bytes of input read against the inputs' total size), and a one-line summary at the end.
 * Both only when standard error is a terminal and `--quiet` is not given; otherwise nothing at all.
 */
import { SingleBar } from 'cli-progress';
import type { Counts } from './job';

export type Tally = Counts & { pages: number; errors: number };

export type Progress = {
  /** Bytes of input read so far (a WARC's compressed bytes). */
  addBytes(n: number): void;
  done(t: Tally): void;
  /** Prints a line above the bar (an error line) without breaking it. */
  log(line: string): void;
  finish(t: Tally, ms: number): void;
};

type Stderr = { write(s: string): unknown; isTTY?: boolean };

/** A progress display for `stderr`, or a silent one when it is not a terminal or `quiet` is set. */
export function progressFor(stderr: Stderr, quiet: boolean, totalBytes: number): Progress {
  if (quiet || !stderr.isTTY) {
    return { addBytes() {}, done() {}, log: (line) => void stderr.write(line + '\n'), finish() {} };
  }
  const bar = new SingleBar({
    stream: stderr as NodeJS.WritableStream,
    format: ' {bar} {percentage}% | {records} records | {rate}/s | {errors} errors | ETA {eta_formatted}',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
    fps: 5,
  });
  const start = Date.now();
  let bytes = 0;
  bar.start(Math.max(totalBytes, 1), 0, { records: 0, rate: '0.0', errors: 0 });
  const payload = (t: Tally) => ({
    records: t.pages + t.errors,
    errors: t.errors,
    rate: ((t.pages + t.errors) / Math.max((Date.now() - start) / 1000, 0.001)).toFixed(1),
  });
  let last: Tally = { pages: 0, errors: 0, articles: 0, quotes: 0, credits: 0, claims: 0 };
  return {
    addBytes(n) {
      bytes += n;
      bar.update(Math.min(bytes, Math.max(totalBytes, 1)), payload(last));
    },
    done(t) {
      last = t;
      bar.update(Math.min(bytes, Math.max(totalBytes, 1)), payload(t));
    },
    log(line) {
      // Clear the bar's line, print, and let the next update redraw it.
      stderr.write('\r\x1b[2K' + line + '\n');
    },
    finish(t, ms) {
      bar.stop();
      stderr.write(summaryLine(t, ms) + '\n');
    },
  };
}

/** `sourcelight: 120 pages (98 articles), 340 quotes, 41 credits, 210 claims, 2 errors in 12.3 s` */
export function summaryLine(t: Tally, ms: number): string {
  const n = (k: number, one: string, many = one + 's') => `${k} ${k === 1 ? one : many}`;
  return `sourcelight: ${n(t.pages, 'page')} (${n(t.articles, 'article')}), ${n(t.quotes, 'quote')}, ${n(t.credits, 'credit')}, ${n(t.claims, 'claim')}, ${n(t.errors, 'error')} in ${(ms / 1000).toFixed(1)} s`;
}
