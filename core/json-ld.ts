/**
 * Photo credits a page states only in its JSON-LD (ImageObject creditText, creator, copyrightHolder,
 * author). They become extra credit blocks, listed in the report and the popup; having no text in
 * the page, they are not painted.
 */
import type { Block } from './report';
import { occurrences, runToEnd, type Meter } from './multi-match';

const MAX_CREDITS = 20;
/** Credit lines looked at per page (a crafted JSON-LD can list millions; each is at most 200 characters). */
const MAX_LINES = 20_000;

/** Parsed JSON-LD per document, reused while its scripts are unchanged (the gate and the credits both read it). */
const parsed = new WeakMap<Document, { texts: string[]; data: unknown[] }>();

/** Every parseable JSON-LD object of the page (broken ones are skipped). */
export function readJsonLd(doc: Document): unknown[] {
  const texts = [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
  const hit = parsed.get(doc);
  if (hit && hit.texts.length === texts.length && hit.texts.every((t, i) => t === texts[i])) return hit.data;
  const data: unknown[] = [];
  for (const text of texts) {
    try {
      data.push(JSON.parse(text));
    } catch {
      // A page's broken JSON-LD is its own business: skip it.
    }
  }
  parsed.set(doc, { texts, data });
  return data;
}

/** Credit lines from JSON-LD ImageObjects that the page's own text does not already show. */
export function jsonLdCreditBlocks(doc: Document, pageBlocks: Block[]): Block[] {
  return runToEnd(jsonLdCreditBlocksStepwise(doc, pageBlocks));
}

/**
 * The same, stepwise (the content script runs it sliced): the page's text is read once by one
 * automaton for all the credit lines (core/multi-match.ts), never an `includes` per line over every
 * block, so a page listing 10,000 figures costs its size, not its size squared. `meter` counts the work.
 */
export function* jsonLdCreditBlocksStepwise(doc: Document, pageBlocks: Block[], meter?: Meter): Generator<void, Block[]> {
  const lines = new Set<string>();
  for (const data of readJsonLd(doc)) collect(data, 0, lines);
  if (lines.size === 0) return [];
  const candidates = [...lines].slice(0, MAX_LINES);
  // A NUL between blocks: no credit line is matched across two blocks.
  const shown = yield* occurrences(candidates, pageBlocks.map((b) => b.text).join('\u0000'), meter);
  const out: Block[] = [];
  for (let i = 0; i < candidates.length && out.length < MAX_CREDITS; i++) {
    if (!shown[i]) out.push({ id: `b${pageBlocks.length + out.length}`, kind: 'credit', text: candidates[i]! });
  }
  return out;
}

function collect(node: unknown, depth: number, into: Set<string>): void {
  if (depth > 6 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, depth + 1, into);
    return;
  }
  const rec = node as Record<string, unknown>;
  const types = Array.isArray(rec['@type']) ? rec['@type'] : [rec['@type']];
  if (types.includes('ImageObject')) {
    const line = creditLine(rec);
    if (line) into.add(line);
  }
  for (const key of ['@graph', 'image', 'associatedMedia', 'primaryImageOfPage', 'thumbnail']) collect(rec[key], depth + 1, into);
}

function creditLine(img: Record<string, unknown>): string | null {
  const credit = text(img.creditText);
  if (credit) return credit;
  const parts = [name(img.creator) ?? name(img.author), name(img.copyrightHolder)].filter((p): p is string => Boolean(p));
  const unique = [...new Set(parts)];
  return unique.length ? unique.join('/') : null;
}

function name(v: unknown): string | null {
  if (Array.isArray(v)) return name(v[0]);
  if (v && typeof v === 'object') return text((v as Record<string, unknown>).name);
  return text(v);
}

function text(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const t = v.replace(/\s+/g, ' ').trim();
  return t.length > 0 && t.length <= 200 ? t : null;
}
