/**
 * Benchmark of the popup on a huge report (issue 22: first paint under 300 ms with 10,000
 * annotations): the Preact popup rendered into jsdom (slower than a browser's DOM, so an upper bound)
 * with a report of 10,000 made-up annotations, timed from render() until its lists are in the DOM.
 * `benchPopup()` is used by `npm run bench`; `npx tsx scripts/bench/popup.ts` runs it alone.
 */
import { createRequire, register } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../core/report';

/** A report of `n` annotations (a quarter each of quotes, credits, claims and sources), our own made-up text. */
function hugeReport(n: number): Report {
  const span = { block: 'b0', start: 0, end: 1 };
  const annotations: Report['annotations'] = [];
  const sources: Report['sources'] = {};
  for (let i = 0; i < n / 4; i++) {
    annotations.push({ kind: 'quote', span, spans: [span], quoted: [], text: `We will look at the harbour accounts again, part ${i}`, direct: true, cue: 'said', speaker: { kind: 'person', name: `Person ${i % 1250}`, role: 'council member', organization: null, sourceId: null, span } });
    annotations.push({ kind: 'credit', span, text: `Photographer ${i} | AP`, chain: [{ name: `Photographer ${i}`, role: 'photographer', sourceId: null }] });
    annotations.push({ kind: 'claim', span, text: `Harbour traffic rose ${i} percent last year.`, score: 0.9, reasons: ['statistic'] });
    annotations.push({ kind: 'source', span, text: `Outlet ${i}`, sourceId: `s${i}` });
    sources[`s${i}`] = { id: `s${i}`, name: `Outlet ${i}`, type: 'newspaper', country: 'US', owner: null, stateControl: null, founded: null, description: 'A made-up newspaper.', website: null, provenance: [], asOf: '2026-11-26' };
  }
  return { schema: 'sourcelight/report@2', url: 'http://example.test/story', title: 'A long live blog', article: { isArticle: true, signals: [] }, blocks: [], site: null, annotations, sources } as Report;
}

/** Median ms from render() to the popup's lists in the DOM, over 5 renders, and the node count. */
export async function benchPopup(annotations = 10_000): Promise<{ annotations: number; firstRenderMs: number; nodes: number }> {
  // jsdom ships no types (the dom test tier uses it through vitest): the little used here, typed here.
  const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string, options: { url: string }) => { window: Window & typeof globalThis } };
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { url: 'http://localhost/' });
  const g = globalThis as Record<string, unknown>;
  for (const k of ['window', 'document', 'navigator', 'Node', 'HTMLElement', 'Element', 'Event', 'MouseEvent', 'KeyboardEvent', 'FocusEvent', 'getComputedStyle']) {
    if (!(k in g) || k === 'window' || k === 'document') g[k] = (dom.window as unknown as Record<string, unknown>)[k];
  }
  // jsdom paints nothing: a frame is the next turn.
  g.requestAnimationFrame ??= (cb: (t: number) => void) => setTimeout(() => cb(performance.now()), 0);
  g.cancelAnimationFrame ??= (id: ReturnType<typeof setTimeout>) => clearTimeout(id);
  // The components import their stylesheets (the bundler's job): in Node they load as nothing.
  const hook = 'export async function load(url, context, next) { return url.endsWith(".css") ? { format: "module", source: "", shortCircuit: true } : next(url, context); }';
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  const { h, render } = await import('preact');
  const { Popup } = await import('../../components/Popup');
  const { defaultSettings } = await import('../../core/settings');
  const report = hugeReport(annotations);
  const api = {
    loadReport: async () => ({ tabId: 1, report }),
    loadSettings: async () => defaultSettings(),
    saveSettings: async () => undefined,
    scrollTo: async () => undefined,
    correct: async () => null,
    undoCorrection: async () => undefined,
    pageUrl: async () => report.url,
    openOptions: async () => undefined,
    shortcut: async () => 'Alt+Shift+L',
    copyText: async () => undefined,
    download: () => undefined,
    onReportChanged: () => () => undefined,
  };
  const times: number[] = [];
  let nodes = 0;
  for (let run = 0; run < 6; run++) {
    const host = dom.window.document.createElement('div');
    dom.window.document.body.replaceChildren(host);
    const t0 = performance.now();
    render(h(Popup, { api }), host);
    // The report arrives by a promise, as from the background: wait until the lists are there.
    while (!host.querySelector('.sl-claim')) await new Promise((r) => setTimeout(r, 0));
    if (run > 0) times.push(performance.now() - t0); // the first run warms up
    nodes = host.querySelectorAll('*').length;
    render(null, host);
  }
  times.sort((a, b) => a - b);
  return { annotations, firstRenderMs: times[times.length >> 1]!, nodes };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = await benchPopup();
  console.log(`popup: ${r.annotations} annotations, first render ${r.firstRenderMs.toFixed(1)} ms (jsdom, median of 5), ${r.nodes} nodes (goal < 300 ms)`);
}
