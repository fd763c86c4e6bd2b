/**
 * The site a page belongs to ("the site you are reading"): read from the page's own statements
 * (canonical link, og:url, og:site_name, JSON-LD publisher) and resolved to a dataset entry through
 * the host index (`SourceIndex.byHost`). Pure: `readPageMeta` takes the Document it is given and
 * touches no globals; the annotator and the CLI call it, the background and the CLI resolve.
 *
 * Order of evidence, most trusted first:
 * 1. the canonical URL's host, then og:url's, then the page's own address: a page syndicated from
 *    another outlet (its canonical is that outlet's) names that outlet;
 * 2. when no host is known to the dataset, the page's stated name (og:site_name, then the JSON-LD
 *    publisher), resolved as a whole name only (lookup(), never a match inside running text);
 * 3. with no stated name, the name the title gives when it spells the host (`titleSiteName`), no card.
 */
import type { SourceIndex } from './dataset';
import { readJsonLd } from './json-ld';
import { STATE_CONTROL_LABELS, type Report, type SiteInfo, type StateControl } from './report';

/** What a page says about its own site. Every field is as the page wrote it, trimmed, or null. */
export type PageMeta = {
  canonical: string | null;
  ogUrl: string | null;
  siteName: string | null;
  publisher: string | null;
  /** The page's `<title>`, present only when it has one: a last resort for the site's name (`titleSiteName`). */
  title?: string;
};

const MAX_META = 300;

function clean(s: string | null | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t ? t.slice(0, MAX_META) : null;
}

/** Reads the page's statements about its site (no network, no globals: only `doc`). */
export function readPageMeta(doc: Document): PageMeta {
  const attr = (sel: string, name: string): string | null => clean(doc.querySelector(sel)?.getAttribute(name));
  const meta: PageMeta = {
    canonical: attr('link[rel~="canonical" i][href]', 'href'),
    ogUrl: attr('meta[property="og:url" i][content]', 'content'),
    siteName: attr('meta[property="og:site_name" i][content]', 'content'),
    publisher: jsonLdPublisher(readJsonLd(doc)),
  };
  const title = clean(doc.querySelector('head title, title')?.textContent);
  if (title) meta.title = title;
  return meta;
}

const TITLE_SEP = /\s+[-–—|·•»]\s+|:\s+/u;
const letters = (s: string): string => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The site's name as the page's title gives it, when nothing else does: the title's last part after a
 * separator ("… - Entermedia", "… – Vortex Cannon Entertainment") or its first part before one ("The
 * Space Review: …"), short (at most five words), and spelling the host's own name: its letters are the
 * host's main label, or one begins the other (entermedia.co.kr, vortexcannon.org, thespacereview.com).
 * A headline part never passes, since it does not spell the host. Null when no part does.
 */
export function titleSiteName(title: string | null | undefined, host: string | null): string | null {
  if (!title || !host) return null;
  // Separator debris at a part's ends ("mediaarchitecture.de //") is not part of the name.
  const parts = title
    .split(TITLE_SEP)
    .map((p) => p.replace(/^[\s/|·•»:–—-]+|[\s/|·•»:–—-]+$/gu, '').trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const label = host.replace(/^www\d*\./, '').split('.')[0] ?? '';
  if (label.length < 3) return null;
  for (const part of [parts[parts.length - 1]!, parts[0]!]) {
    if (part.split(/\s+/).length > 5 || part.length > 50) continue;
    const key = letters(part);
    if (key.length < 3) continue;
    if (key === label || (label.length >= 4 && key.startsWith(label)) || (key.length >= 4 && label.startsWith(key))) return part;
  }
  return null;
}

/** The first publisher name in the page's JSON-LD (an article's `publisher`, a string or an object). */
export function jsonLdPublisher(data: unknown[]): string | null {
  const seen = new Set<unknown>();
  const walk = (node: unknown, depth: number): string | null => {
    if (depth > 6 || node === null || typeof node !== 'object' || seen.has(node)) return null;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const n of node) {
        const hit = walk(n, depth + 1);
        if (hit) return hit;
      }
      return null;
    }
    const obj = node as Record<string, unknown>;
    const pub = obj.publisher ?? obj.sourceOrganization;
    for (const p of Array.isArray(pub) ? pub : [pub]) {
      if (typeof p === 'string' && clean(p)) return clean(p);
      if (p && typeof p === 'object' && typeof (p as Record<string, unknown>).name === 'string') {
        const name = clean((p as Record<string, unknown>).name as string);
        if (name) return name;
      }
    }
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
      const hit = walk(obj[key], depth + 1);
      if (hit) return hit;
    }
    return null;
  };
  for (const d of data) {
    const hit = walk(d, 0);
    if (hit) return hit;
  }
  return null;
}

/** The host of an http(s) URL (lower case, no port, no trailing dot), resolved against `base`; else null. */
export function webHost(url: string | null | undefined, base?: string | null): string | null {
  if (!url) return null;
  try {
    const u = base ? new URL(url, base) : new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    const h = u.hostname.toLowerCase().replace(/\.$/, '');
    return h || null;
  } catch {
    return null;
  }
}

/**
 * The page's site: the first host among canonical, og:url and the address that the dataset knows,
 * else the page's stated name resolved as a whole name, else the best host with no card.
 * Null when the page has no web address at all and states no name.
 */
export function resolveSite(url: string | null, meta: PageMeta | null | undefined, index: SourceIndex): SiteInfo | null {
  const address = webHost(url);
  const base = url && address ? url : null;
  const hosts = [webHost(meta?.canonical, base), webHost(meta?.ogUrl, base), address].filter((h): h is string => h !== null);
  const stated = [meta?.siteName ?? null, meta?.publisher ?? null].filter((n): n is string => n !== null);
  for (const host of hosts) {
    const card = index.byHost(host, stated);
    if (card) return { host, name: card.name, sourceId: card.id };
  }
  const host = hosts[0] ?? null;
  for (const name of stated) {
    const card = index.lookup(name);
    if (card) return { host: host ?? hostOfWebsite(card.website) ?? '', name: card.name, sourceId: card.id };
  }
  if (host === null) return null;
  return { host, name: stated[0] ?? titleSiteName(meta?.title, host), sourceId: null };
}

function hostOfWebsite(website: string | null): string | null {
  return webHost(website);
}

/** Ratings a reader is warned about first: the state controls the outlet, or has captured it. */
export const WARN_RATINGS: ReadonlySet<StateControl> = new Set(['SC', 'CaPu', 'CaPr']);

/** "State-controlled (State Media Matrix)": a rating in plain words, with who rates it. */
export function ratingWords(code: StateControl): string {
  return `${STATE_CONTROL_LABELS[code].label} (State Media Matrix)`;
}

/** The warning for the page's site ("RT: State-controlled (State Media Matrix)"), or null. */
export function siteWarning(report: Pick<Report, 'site' | 'sources'>): { code: StateControl; text: string } | null {
  const id = report.site?.sourceId;
  const card = id ? report.sources[id] : undefined;
  if (!card?.stateControl || !WARN_RATINGS.has(card.stateControl)) return null;
  return { code: card.stateControl, text: `${card.name}: ${ratingWords(card.stateControl)}` };
}
