/**
 * `sourcelight annotate` argument parsing and the usage text. Pure: returns options, a usage error
 * (a string), or `'help'`.
 */
import { availableParallelism } from 'node:os';
import type { Sensitivity } from '../core/settings';
import { DEFAULT_READ_TIMEOUT_MS } from './read';

export type Format = 'json' | 'jsonl' | 'markdown';

export type Options = {
  /** null: the default, one pretty JSON object for a single plain input, else JSONL. */
  format: Format | null;
  text: boolean;
  sensitivity: Sensitivity;
  /** --url: the page's address for every input (else the page's canonical URL, og:url, or the file). */
  url: string | null;
  inputs: string[];
  out: string | null;
  jobs: number;
  shard: { index: number; count: number } | null;
  glob: string | null;
  ordered: boolean;
  quiet: boolean;
  readTimeoutMs: number;
};

export const USAGE = `usage: sourcelight annotate [options] <file|dir|archive.warc[.gz]|->... (sourcelight --help)`;

export const HELP = `sourcelight annotate: quotes, speakers, photo credits, claims and sources of news pages.

usage: sourcelight annotate [options] [--] <input>...

inputs
  page.html, page.html.gz     an HTML page (gzip is read transparently)
  notes.txt, -                plain text (blocks at blank lines); - is standard input
  dir/                        every page under it (recursive; see --glob)
  crawl.warc, crawl.warc.gz   every response or resource record with an HTML or text body
  --                          ends the options: later arguments are inputs even if they start with -

options
  --format json|jsonl|markdown  json: one pretty object for one input, else a JSON array;
                                jsonl: one report (or {"error","uri"}) per line, as each is done;
                                default: json for one plain input, jsonl otherwise
  --out FILE                    write there instead of standard output
  --ordered                     keep input order in JSONL (default: as each report is done)
  --jobs N                      worker threads (default: the machine's cores, here ${availableParallelism()})
  --shard i/n                   only the inputs (WARC records: by target URI) whose hash falls in shard i of n (0 <= i < n)
  --glob PATTERN                files to take from directories (default ${'**/*.{html,htm,xhtml,txt,warc}{,.gz}'})
  --text                        read every input as plain text
  --sensitivity fewer|balanced|more   how many claims to report (default balanced)
  --url URL                     the page's address (default: its canonical URL or og:url, else the file)
  --read-timeout SECONDS        give up on a FIFO, device or pipe silent this long (default ${DEFAULT_READ_TIMEOUT_MS / 1000})
  --quiet                       no progress bar or summary (they only show when standard error is a terminal)
  -h, --help                    this help

Exit code: 0 when every input was read, 2 when any input failed or a flag was bad.
Each input or record over 20 MB, binary, or not valid text gets one line on standard error
(and an error line in JSON/JSONL output); the other inputs are still done.`;

export const DEFAULT_GLOB = '**/*.{html,htm,xhtml,txt,warc}{,.gz}';

/** Parses `annotate`'s arguments. */
export function parseArgs(argv: string[]): Options | 'help' | string {
  if (argv.includes('-h') || argv.includes('--help')) {
    const dd = argv.indexOf('--');
    const h = Math.min(...['-h', '--help'].map((f) => argv.indexOf(f)).filter((i) => i >= 0));
    if (dd < 0 || h < dd) return 'help';
  }
  const [command, ...rest] = argv;
  if (command === undefined) return 'no command given';
  if (command !== 'annotate') return `unknown command '${command}'`;
  const opts: Options = {
    format: null, text: false, sensitivity: 'balanced', url: null, inputs: [], out: null, jobs: availableParallelism(),
    shard: null, glob: null, ordered: false, quiet: false, readTimeoutMs: DEFAULT_READ_TIMEOUT_MS,
  };
  let optionsDone = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (optionsDone || arg === '-' || !arg.startsWith('-')) {
      opts.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsDone = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string | undefined => (eq > 0 ? arg.slice(eq + 1) : rest[++i]);
    switch (name) {
      case '--text': opts.text = true; break;
      case '--ordered': opts.ordered = true; break;
      case '--quiet': case '-q': opts.quiet = true; break;
      case '--format': {
        const v = value();
        if (v !== 'json' && v !== 'jsonl' && v !== 'markdown') return `--format must be json, jsonl or markdown, not '${v ?? ''}'`;
        opts.format = v;
        break;
      }
      case '--sensitivity': {
        const v = value();
        if (v !== 'fewer' && v !== 'balanced' && v !== 'more') return `--sensitivity must be fewer, balanced or more, not '${v ?? ''}'`;
        opts.sensitivity = v;
        break;
      }
      case '--url': {
        const v = value();
        if (v === undefined || !URL.canParse(v)) return `--url needs an absolute URL, not '${v ?? ''}'`;
        opts.url = v;
        break;
      }
      case '--out': case '-o': {
        const v = value();
        if (!v) return '--out needs a file name';
        opts.out = v;
        break;
      }
      case '--jobs': case '-j': {
        const v = value() ?? '';
        if (!/^[1-9]\d{0,3}$/.test(v)) return `--jobs must be a whole number from 1, not '${v}'`;
        opts.jobs = Number(v);
        break;
      }
      case '--shard': {
        const v = value() ?? '';
        const m = /^(\d+)\/([1-9]\d*)$/.exec(v);
        if (!m || Number(m[1]) >= Number(m[2])) return `--shard must be i/n with 0 <= i < n, not '${v}'`;
        opts.shard = { index: Number(m[1]), count: Number(m[2]) };
        break;
      }
      case '--glob': {
        const v = value();
        if (!v) return '--glob needs a pattern';
        opts.glob = v;
        break;
      }
      case '--read-timeout': {
        const v = value() ?? '';
        const s = Number(v);
        if (v === '' || !Number.isFinite(s) || s <= 0) return `--read-timeout must be a number of seconds above 0, not '${v}'`;
        opts.readTimeoutMs = Math.round(s * 1000);
        break;
      }
      default:
        return `unknown flag '${arg}'`;
    }
  }
  if (opts.inputs.length === 0) return 'no input file given (use - for standard input)';
  return opts;
}
