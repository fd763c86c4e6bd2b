/**
 * One page's life in the content script: gate, extract, ask the background for a report, paint,
 * and repaint when settings change or the user toggles everything. Everything it sets up dies with
 * the AbortSignal it is given (the content-script context).
 */
import browser from 'webextension-polyfill';
import { judgeArticle, findArticleRoot } from '../core/article';
import { extractBlocks, type MappedBlock } from '../core/blocks';
import type { ContentState, ToBackground, ToContent } from '../core/messages';
import type { Report } from '../core/report';
import { SETTINGS_KEY, parseSettings, type Settings } from '../core/settings';
import { clearHighlights, paintHighlights, rangesFor, type PaintedRange } from './paint';

type State = {
  report: Report | null;
  painted: PaintedRange[];
  settings: Settings;
  hidden: boolean;
  counts: Record<string, number>;
};

/** Runs Sourcelight on the current document until `signal` aborts. */
export async function startPageSession(doc: Document, url: string, signal: AbortSignal): Promise<void> {
  const verdict = judgeArticle(doc);
  if (!verdict.isArticle) {
    await send({ type: 'clear' }).catch(() => undefined);
    return;
  }
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return; // browser without the Highlight API
  const mapped = extractBlocks(findArticleRoot(doc));
  const maps = new Map<string, MappedBlock>(mapped.map((m) => [m.block.id, m]));
  const state: State = { report: null, painted: [], settings: parseSettings(undefined), hidden: false, counts: {} };

  const repaint = () => {
    if (!state.report || signal.aborted) return;
    state.counts = paintHighlights(state.painted, state.report, state.settings, state.hidden);
  };

  const onStorage = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    state.settings = parseSettings(changes[SETTINGS_KEY]!.newValue);
    repaint();
  };
  browser.storage.onChanged.addListener(onStorage);

  const onMessage = (raw: unknown): Promise<unknown> | undefined => {
    const msg = raw as ToContent;
    if (msg?.type === 'toggle-all') {
      state.hidden = !state.hidden;
      repaint();
      return Promise.resolve(currentState(state));
    }
    if (msg?.type === 'state') return Promise.resolve(currentState(state));
    if (msg?.type === 'scroll-to') {
      const target = state.painted.find((p) => p.index === msg.index && p.kind !== 'speaker');
      const el = target?.range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      return Promise.resolve(Boolean(el));
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);

  signal.addEventListener('abort', () => {
    browser.storage.onChanged.removeListener(onStorage);
    browser.runtime.onMessage.removeListener(onMessage);
    clearHighlights();
  });

  const [stored, report] = await Promise.all([
    browser.storage.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>),
    send({
      type: 'annotate',
      url,
      title: doc.title || null,
      article: verdict,
      blocks: mapped.map((m) => m.block),
    }) as Promise<Report | null>,
  ]);
  if (signal.aborted || !report) return;
  state.settings = parseSettings(stored[SETTINGS_KEY]);
  state.report = report;
  state.painted = rangesFor(doc, report, maps);
  repaint();
}

function currentState(state: State): ContentState {
  return { annotated: state.report !== null, hidden: state.hidden, painted: state.counts };
}

function send(msg: ToBackground): Promise<unknown> {
  return browser.runtime.sendMessage(msg);
}
