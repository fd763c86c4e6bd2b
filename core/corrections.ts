/**
 * The reader's corrections: "not a quote", "wrong speaker", "not a credit", "not a claim", "hide this
 * source". Stored locally under one key with a schema version (they never leave the device) and
 * applied to every report of the same page, matched by the annotation's text and the words around it
 * (so a correction survives a re-render that moves the text to other blocks or offsets). Pure: the
 * background applies them, the popup makes them, the options page lists and undoes them.
 */
import type { Annotation, Report } from './report';

export const CORRECTIONS_KEY = 'sourcelight:corrections';
export const CORRECTIONS_VERSION = 1;
/** How many characters of context on each side identify an annotation within its page. */
export const CONTEXT_CHARS = 32;

export type CorrectionKind = 'not-quote' | 'wrong-speaker' | 'not-credit' | 'not-claim' | 'hide-source';
export const CORRECTION_KINDS: readonly CorrectionKind[] = ['not-quote', 'wrong-speaker', 'not-credit', 'not-claim', 'hide-source'];

export type Correction = {
  id: string;
  kind: CorrectionKind;
  /** The page (see pageKey); null for "hide this source", which holds on every page. */
  page: string | null;
  /** The annotation's text (for hide-source: the source's name, for the list in the options page). */
  text: string;
  prefix: string;
  suffix: string;
  /** wrong-speaker: the name the reader typed. */
  speaker?: string;
  /** hide-source: the dataset id. */
  sourceId?: string;
  /** When it was made (ms since epoch; passed in, for the options list's order). */
  at: number;
};
export type StoredCorrections = { version: typeof CORRECTIONS_VERSION; items: Correction[] };

const KIND_OF: Record<Exclude<CorrectionKind, 'hide-source'>, Annotation['kind']> = {
  'not-quote': 'quote',
  'wrong-speaker': 'quote',
  'not-credit': 'credit',
  'not-claim': 'claim',
};

/** The page a correction belongs to: origin and path (no query, no fragment), lower-case host. */
export function pageKey(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host.toLowerCase()}${u.pathname}`;
  } catch {
    return null;
  }
}

/** The text around an annotation in its block (empty when the report carries no blocks). */
export function contextOf(report: Report, a: Annotation, blocks = blockTexts(report)): { prefix: string; suffix: string } {
  const text = blocks.get(a.span.block);
  if (text === undefined) return { prefix: '', suffix: '' };
  return {
    prefix: text.slice(Math.max(0, a.span.start - CONTEXT_CHARS), a.span.start),
    suffix: text.slice(a.span.end, a.span.end + CONTEXT_CHARS),
  };
}

function blockTexts(report: Report): Map<string, string> {
  return new Map(report.blocks.map((b) => [b.id, b.text]));
}

/** Makes the correction of one annotation of a report (`speaker` for wrong-speaker). */
export function makeCorrection(
  report: Report,
  index: number,
  kind: CorrectionKind,
  at: number,
  speaker?: string,
): Correction | null {
  const a = report.annotations[index];
  if (!a) return null;
  if (kind === 'hide-source') {
    const sourceId = a.kind === 'source' ? a.sourceId : null;
    const card = sourceId ? report.sources[sourceId] : null;
    return card ? hideSource(card.id, card.name, at) : null;
  }
  if (KIND_OF[kind] !== a.kind) return null;
  if (kind === 'wrong-speaker' && !speaker?.trim()) return null;
  const { prefix, suffix } = contextOf(report, a);
  const page = pageKey(report.url);
  return {
    id: `${kind}:${at.toString(36)}:${hash(`${page}|${a.text}|${prefix}|${suffix}`)}`,
    kind, page, text: a.text, prefix, suffix, at,
    ...(kind === 'wrong-speaker' ? { speaker: speaker!.trim() } : {}),
  };
}

/** "Hide this source": a card the reader does not want to see, on any page. */
export function hideSource(sourceId: string, name: string, at: number): Correction {
  return { id: `hide-source:${sourceId}`, kind: 'hide-source', page: null, text: name, prefix: '', suffix: '', sourceId, at };
}

/**
 * Applies corrections to a report: removed annotations are dropped, a corrected speaker replaces the
 * detected one (unlinked from the text and the dataset), a hidden source loses its card and links.
 * Each page correction applies to the one annotation of its kind and text whose context fits best.
 */
export function applyCorrections(report: Report, corrections: readonly Correction[]): Report {
  const page = pageKey(report.url);
  const hidden = new Set(corrections.filter((c) => c.kind === 'hide-source' && c.sourceId).map((c) => c.sourceId!));
  const mine = corrections.filter((c) => c.kind !== 'hide-source' && c.page !== null && c.page === page);
  if (hidden.size === 0 && mine.length === 0) return report;
  // Candidates by kind and text, so matching stays linear in the report.
  const byText = new Map<string, number[]>();
  report.annotations.forEach((a, i) => {
    const k = `${a.kind}\u0000${a.text}`;
    const list = byText.get(k);
    if (list) list.push(i);
    else byText.set(k, [i]);
  });
  const blocks = blockTexts(report);
  const drop = new Set<number>();
  const renamed = new Map<number, string>();
  for (const c of mine) {
    const kind = KIND_OF[c.kind as keyof typeof KIND_OF];
    const candidates = byText.get(`${kind}\u0000${c.text}`);
    if (!candidates) continue;
    let best = -1;
    let bestScore = -1;
    for (const i of candidates) {
      const ctx = contextOf(report, report.annotations[i]!, blocks);
      const score = commonSuffix(ctx.prefix, c.prefix) + commonPrefix(ctx.suffix, c.suffix);
      if (score > bestScore) [best, bestScore] = [i, score];
    }
    if (c.kind === 'wrong-speaker') renamed.set(best, c.speaker ?? '');
    else drop.add(best);
  }
  const annotations: Annotation[] = [];
  report.annotations.forEach((a, i) => {
    if (drop.has(i)) return;
    if (a.kind === 'source' && hidden.has(a.sourceId)) return;
    if (a.kind === 'quote') {
      const name = renamed.get(i);
      if (name !== undefined) {
        annotations.push({ ...a, speaker: { ...a.speaker, kind: 'person', name, role: null, organization: null, sourceId: null, span: null } });
        return;
      }
      if (a.speaker.sourceId && hidden.has(a.speaker.sourceId)) {
        annotations.push({ ...a, speaker: { ...a.speaker, sourceId: null } });
        return;
      }
    }
    if (a.kind === 'credit' && a.chain.some((l) => l.sourceId && hidden.has(l.sourceId))) {
      annotations.push({ ...a, chain: a.chain.map((l) => (l.sourceId && hidden.has(l.sourceId) ? { ...l, sourceId: null } : l)) });
      return;
    }
    annotations.push(a);
  });
  const sources = Object.fromEntries(Object.entries(report.sources).filter(([id]) => !hidden.has(id)));
  return { ...report, annotations, sources };
}

/** Reads stored corrections, keeping every valid item; anything corrupt falls back to none. */
export function parseCorrections(raw: unknown): StoredCorrections {
  const out: StoredCorrections = { version: CORRECTIONS_VERSION, items: [] };
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return out;
  const items = (raw as { items?: unknown }).items;
  if (!Array.isArray(items)) return out;
  const seen = new Set<string>();
  for (const it of items) {
    const c = validCorrection(it);
    if (c && !seen.has(c.id)) {
      seen.add(c.id);
      out.items.push(c);
    }
  }
  return out;
}

function validCorrection(raw: unknown): Correction | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const str = (v: unknown): v is string => typeof v === 'string';
  if (!str(r.id) || !CORRECTION_KINDS.includes(r.kind as CorrectionKind) || !str(r.text)) return null;
  const kind = r.kind as CorrectionKind;
  if (kind === 'hide-source' ? !str(r.sourceId) : !str(r.page)) return null;
  if (kind === 'wrong-speaker' && (!str(r.speaker) || !r.speaker.trim())) return null;
  return {
    id: r.id, kind, page: kind === 'hide-source' ? null : (r.page as string), text: r.text,
    prefix: str(r.prefix) ? r.prefix : '', suffix: str(r.suffix) ? r.suffix : '',
    ...(kind === 'wrong-speaker' ? { speaker: r.speaker as string } : {}),
    ...(kind === 'hide-source' ? { sourceId: r.sourceId as string } : {}),
    at: typeof r.at === 'number' && Number.isFinite(r.at) ? r.at : 0,
  };
}

/** Adds a correction (replacing one with the same id). */
export function addCorrection(stored: StoredCorrections, c: Correction): StoredCorrections {
  return { ...stored, items: [...stored.items.filter((x) => x.id !== c.id), c] };
}

/** Undoes a correction. */
export function removeCorrection(stored: StoredCorrections, id: string): StoredCorrections {
  return { ...stored, items: stored.items.filter((x) => x.id !== id) };
}

/** Merges imported corrections (JSON text of an export) into the stored ones; throws on text that is no export. */
export function importCorrections(stored: StoredCorrections, json: string): StoredCorrections {
  const raw: unknown = JSON.parse(json);
  if (!raw || typeof raw !== 'object' || (raw as { schema?: unknown }).schema !== EXPORT_SCHEMA) {
    throw new Error('not a Sourcelight corrections file');
  }
  let out = stored;
  for (const c of parseCorrections(raw).items) out = addCorrection(out, c);
  return out;
}

export const EXPORT_SCHEMA = 'sourcelight/corrections@1';

/** The export file's text. */
export function exportCorrections(stored: StoredCorrections): string {
  return JSON.stringify({ schema: EXPORT_SCHEMA, version: CORRECTIONS_VERSION, items: stored.items }, null, 2);
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** A short stable hash (FNV-1a) for ids. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
