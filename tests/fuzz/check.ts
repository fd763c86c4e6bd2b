/**
 * The fuzz oracle: runs one HTML page through the engine as the extension would (gate, article root,
 * blocks with their DOM map, detectors) and lists every broken invariant, including the quick gate
 * (core/gate.ts) turning away a page the full gate accepts. Shared by the unit fuzz
 * test and `npm run fuzz`.
 */
import { judgeArticle, findArticleRoot } from '../../core/article';
import { mightBeArticle } from '../../core/gate';
import { extractBlocks } from '../../core/blocks';
import { annotate } from '../../core/detect';
import type { Report, Span } from '../../core/report';
import { loadIndex, parseDocument } from '../../cli/engine';
import { FORBIDDEN } from './generator';

export type CheckResult = { problems: string[]; ms: number; blocks: number; annotations: number; isArticle: boolean };

const WS = /[ \n\t\r\f\u00a0]/;

/** Checks one page; never throws (an exception becomes a problem). */
export function checkPage(html: string): CheckResult {
  const problems: string[] = [];
  const t0 = performance.now();
  let report: Report | null = null;
  let blocks = 0;
  let isArticle = false;
  try {
    const doc = parseDocument(html);
    const verdict = judgeArticle(doc);
    isArticle = verdict.isArticle;
    // The quick gate on every page must never turn away an article the full gate accepts.
    if (isArticle && !mightBeArticle(doc)) problems.push('the quick gate turned away an article');
    const mapped = verdict.isArticle ? extractBlocks(findArticleRoot(doc)) : [];
    blocks = mapped.length;
    // The DOM map: every segment's block text is the node's text, whitespace collapsed to a space.
    for (const m of mapped) {
      let prevEnd = 0;
      for (const s of m.segments) {
        if (s.start < prevEnd || s.length <= 0 || s.start + s.length > m.block.text.length) {
          problems.push(`segment out of order or bounds in ${m.block.id}: ${s.start}+${s.length}`);
          break;
        }
        prevEnd = s.start + s.length;
        const fromNode = s.node.data.slice(s.nodeStart, s.nodeStart + s.length);
        const fromBlock = m.block.text.slice(s.start, s.start + s.length);
        const norm = [...fromNode].map((c) => (WS.test(c) ? ' ' : c)).join('');
        if (norm !== fromBlock) {
          problems.push(`segment text differs from its node in ${m.block.id} at ${s.start}`);
          break;
        }
      }
      if (m.block.text.includes(FORBIDDEN)) problems.push(`block ${m.block.id} (${m.block.kind}) holds text from an input, editable area or script`);
    }
    report = annotate({ url: 'http://127.0.0.1/fuzz', title: null, article: verdict, blocks: mapped.map((m) => m.block) }, loadIndex());
    JSON.stringify(report);
  } catch (err) {
    problems.push(`uncaught: ${err instanceof Error ? `${err.name}: ${err.message}\n${err.stack?.split('\n').slice(1, 4).join('\n')}` : String(err)}`);
  }
  const ms = performance.now() - t0;
  if (report) problems.push(...checkReport(report));
  return { problems, ms, blocks, annotations: report?.annotations.length ?? 0, isArticle };
}

/** The report invariants: every span inside its block, every annotation's text equal to its slice. */
export function checkReport(report: Report): string[] {
  const problems: string[] = [];
  const byId = new Map(report.blocks.map((b) => [b.id, b]));
  const spanOk = (span: Span, what: string): string | null => {
    const block = byId.get(span.block);
    if (!block) return `${what}: unknown block ${span.block}`;
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) return `${what}: non-integer span ${span.start}-${span.end}`;
    if (!(span.start >= 0 && span.start < span.end && span.end <= block.text.length)) {
      return `${what}: span ${span.start}-${span.end} outside block ${span.block} of length ${block.text.length}`;
    }
    return null;
  };
  report.annotations.forEach((a, i) => {
    const bad = spanOk(a.span, `${a.kind}#${i}`);
    if (bad) return void problems.push(bad);
    const slice = byId.get(a.span.block)!.text.slice(a.span.start, a.span.end);
    if (slice !== a.text) problems.push(`${a.kind}#${i}: text ${JSON.stringify(a.text.slice(0, 60))} != slice ${JSON.stringify(slice.slice(0, 60))}`);
    if (a.kind === 'quote' && a.speaker.span) {
      const badSpeaker = spanOk(a.speaker.span, `speaker of quote#${i}`);
      if (badSpeaker) problems.push(badSpeaker);
    }
    if (a.kind === 'claim' && !(a.score >= 0 && a.score <= 1)) problems.push(`claim#${i}: score ${a.score} outside [0,1]`);
  });
  for (const a of report.annotations) {
    const ids = a.kind === 'source' ? [a.sourceId] : a.kind === 'credit' ? a.chain.map((l) => l.sourceId) : a.kind === 'quote' ? [a.speaker.sourceId] : [];
    for (const id of ids) if (id && !report.sources[id]) problems.push(`${a.kind}: sourceId ${id} has no card`);
  }
  return problems;
}
