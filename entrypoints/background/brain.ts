/**
 * The background's brain: runs the detectors on the blocks a tab sends, keeps the latest report per
 * tab (in storage.session where the browser has it, so a restarted service worker still knows it),
 * sets the action badge, and relays the keyboard command to the tab.
 * The dataset is loaded here and only here: never in the content script.
 */
import browser from 'webextension-polyfill';
import { PAGE_BUDGET, annotateStepwise } from '../../core/detect';
import { TabQueue } from './tab-queue';
import { createSourceIndex } from '../../core/source-index';
import type { Dataset, SourceIndex } from '../../core/dataset';
import type { AboutReply, AnnotateReply, ContentState, CorrectReply, ReportReply, ToBackground, ToContent, ToPages } from '../../core/messages';
import type { Report } from '../../core/report';
import { CLAIM_THRESHOLDS, SETTINGS_KEY, isOffOn, parseSettings, siteKey, type Settings } from '../../core/settings';
import {
  CORRECTIONS_KEY, addCorrection, applyCorrections, hideSource, makeCorrection, parseCorrections, removeCorrection,
} from '../../core/corrections';
import { badgeCount, buildRoster } from '../../core/roster';
import { siteWarning } from '../../core/site';

const memory = new Map<number, Report>();
/** Tabs the annotator is loading into or reading, with the page's address and when it started. */
const reading = new Map<number, { url: string | undefined; since: number }>();
/** After this long, a tab whose annotator never answered is no longer "being read". */
const READING_MS = 15_000;
let index: SourceIndex | null = null;

const sessionStore = (): browser.Storage.StorageArea | null =>
  (browser.storage as { session?: browser.Storage.StorageArea }).session ?? null;
const key = (tabId: number) => `report:${tabId}`;

/** Wires the background's listeners. */
export function startBrain(): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
    const msg = raw as ToBackground;
    const tabId = sender.tab?.id;
    // The page already has its blocks: the reply leaves them out (half the message for a long article).
    if (msg?.type === 'annotate' && tabId !== undefined) {
      // Cancelled (the tab sent newer blocks, or closed): no reply; the newer run answers.
      return Promise.all([handleAnnotate(msg, tabId), readSettings()]).then(([r, settings]) =>
        (r ? ({ report: { ...r, blocks: [] }, settings: forPage(settings, r.url) } as AnnotateReply) : null));
    }
    if (msg?.type === 'clear' && tabId !== undefined) return forget(tabId).then(() => null);
    if (msg?.type === 'painted' && tabId !== undefined) {
      tellPages(tabId);
      return Promise.resolve(null);
    }
    if (msg?.type === 'load-annotator' && tabId !== undefined) {
      const url = sender.url ?? sender.tab?.url;
      // Switched off on this site (options page or popup): the annotator is not even loaded.
      return readSettings().then((settings) => {
        if (isOffOn(settings, url)) return null;
        reading.set(tabId, { url, since: Date.now() });
        return loadAnnotator(tabId, sender.frameId ?? 0).then(() => null);
      });
    }
    if (msg?.type === 'get-report') return findReport(msg.tabId, msg.url);
    if (msg?.type === 'about') {
      return loadDataset().then((d) => ({ datasetAsOf: (d as Dataset & { asOf?: string }).asOf ?? null, sources: d.entries.length } satisfies AboutReply));
    }
    if (msg?.type === 'correct') return correct(msg, msg.tabId ?? tabId);
    if (msg?.type === 'undo-correction') return updateCorrections((s) => removeCorrection(s, msg.id)).then(() => null);
    return undefined;
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    work.cancel(tabId);
    void forget(tabId);
  });
  void gateOpenTabs();

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-highlights') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'toggle-all' }).catch(() => undefined);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local') return;
    // A correction made or undone: every annotated tab reads its page again (the new report has it applied).
    if (CORRECTIONS_KEY in changes) void reannotateAll();
    if (!(SETTINGS_KEY in changes)) return;
    const before = parseSettings(changes[SETTINGS_KEY]!.oldValue);
    const after = parseSettings(changes[SETTINGS_KEY]!.newValue);
    void refreshBadges();
    void sendSettings(after);
    void annotateSitesTurnedOn(before, after);
  });
}

/** The gate's file, as the manifest's content script names it. */
const GATE_FILE = '/gate.js';
const PRIMED_KEY = 'primed';

/**
 * First run: tabs open before the extension was installed or enabled have no gate (browsers load
 * content scripts only into pages opened afterwards). Once per browser session (storage.session is
 * empty after an install, an update, enabling or a restart; a restarted service worker finds the
 * flag and does nothing), the gate is loaded into every open http(s) tab; it runs as it would have,
 * and a gate that already runs in a page returns at once. Needs only the host access the gate has.
 */
async function gateOpenTabs(): Promise<void> {
  const session = sessionStore();
  if (session) {
    const got = await session.get(PRIMED_KEY).catch(() => ({}) as Record<string, unknown>);
    if (got[PRIMED_KEY]) return;
    await session.set({ [PRIMED_KEY]: true }).catch(() => undefined);
  }
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] }).catch(() => []);
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    const load = scripting
      ? scripting.executeScript({ target: { tabId: tab.id }, files: [GATE_FILE] })
      : browser.tabs.executeScript(tab.id, { file: GATE_FILE });
    await load.catch(() => undefined); // a page the browser protects, or one that closed meanwhile
  }
}

/** The annotator and its highlight colours, loaded only into pages the gate lets through. */
export const ANNOTATOR_FILES = { js: '/annotate-page.js', css: '/highlights.css' } as const;

/** Loads the annotator into one frame of a tab (MV3: scripting; Firefox MV2: tabs.executeScript). */
async function loadAnnotator(tabId: number, frameId: number): Promise<void> {
  const scripting = (browser as { scripting?: typeof browser.scripting }).scripting;
  try {
    if (scripting) {
      const target = { tabId, frameIds: [frameId] };
      await scripting.insertCSS({ target, files: [ANNOTATOR_FILES.css] });
      await scripting.executeScript({ target, files: [ANNOTATOR_FILES.js] });
    } else {
      await browser.tabs.insertCSS(tabId, { file: ANNOTATOR_FILES.css, frameId });
      await browser.tabs.executeScript(tabId, { file: ANNOTATOR_FILES.js, frameId });
    }
  } catch (err) {
    reading.delete(tabId);
    // The tab navigated away or closed in the meantime: its next page has a gate of its own.
    console.debug('[sourcelight] could not load the annotator into tab', tabId, err);
  }
}

let datasetLoad: Promise<Dataset> | null = null;

/** The bundled dataset (a file of the extension, not a network request), read once per background start. */
function loadDataset(): Promise<Dataset> {
  // The one fetch in Sourcelight, and only of its own packaged files (robustness.test.ts holds it to that).
  const json = <T,>(path: `/sources/${string}.json`): Promise<T> => fetch(browser.runtime.getURL(path)).then((r) => r.json() as Promise<T>);
  // Written at build time by wxt.config.ts: the entries in parts (each file under 5 MB), the rest in meta.json.
  datasetLoad ??= json<Omit<Dataset, 'entries'> & { parts: number }>('/sources/meta.json')
    .then(async ({ parts, ...meta }) => {
      const chunks = await Promise.all(Array.from({ length: parts }, (_, i) => json<Dataset['entries']>(`/sources/part-${i}.json`)));
      return { ...meta, entries: chunks.flat() } as Dataset;
    })
    .catch((err: unknown) => {
      datasetLoad = null;
      throw err;
    });
  return datasetLoad;
}

/** Every tab's detector work: sliced, newest tab first, a tab's newer blocks cancel its older run. */
const work = new TabQueue();

async function handleAnnotate(msg: Extract<ToBackground, { type: 'annotate' }>, tabId: number): Promise<Report | null> {
  if (!index) {
    const d = await loadDataset();
    index ??= createSourceIndex(d.entries, d.trie);
  }
  // Keep every claim down to the most sensitive threshold; the page and popup filter by the setting.
  const corrections = await readCorrections();
  // Within the page budget: a page over it is read in part and its report says `partial`.
  const raw = await work.run(tabId, annotateStepwise(msg, index, { claimThreshold: CLAIM_THRESHOLDS.more }, PAGE_BUDGET));
  if (!raw) return null;
  const report = applyCorrections(raw, corrections);
  memory.set(tabId, report);
  reading.delete(tabId);
  await sessionStore()?.set({ [key(tabId)]: report }).catch(() => undefined);
  await setBadge(tabId, report);
  tellPages(tabId);
  return report;
}

/** Tells an open popup that a tab's report changed (nobody listening is fine). */
function tellPages(tabId: number): void {
  const msg: ToPages = { type: 'report-changed', tabId };
  browser.runtime.sendMessage(msg).catch(() => undefined);
}

/** A tab (or, by address, the latest tab) that the annotator is still reading. */
function stillReading(tabId: number | undefined, url: string | undefined): number | null {
  for (const [id, r] of reading) {
    if (Date.now() - r.since > READING_MS) reading.delete(id);
    else if (id === tabId || (tabId === undefined && url !== undefined && r.url === url)) return id;
  }
  return null;
}

/** Drops a tab's report (and, unless `keepReading`, the note that its page is being read). */
async function forget(tabId: number, keepReading = false): Promise<void> {
  const hadReport = memory.delete(tabId);
  const had = (!keepReading && reading.delete(tabId)) || hadReport;
  await sessionStore()?.remove(key(tabId)).catch(() => undefined);
  await badgeApi()?.setBadgeText({ tabId, text: '' }).catch(() => undefined);
  if (had) tellPages(tabId);
}

/** Brings every report kept in storage.session into memory (after the service worker restarted). */
async function loadAllReports(): Promise<void> {
  const all = (await sessionStore()?.get(null).catch(() => ({}))) ?? {};
  for (const [k, v] of Object.entries(all)) {
    const id = Number(k.slice('report:'.length));
    if (k.startsWith('report:') && !memory.has(id)) memory.set(id, v as Report);
  }
}

async function loadReport(tabId: number): Promise<Report | null> {
  const hit = memory.get(tabId);
  if (hit) return hit;
  const stored = await sessionStore()?.get(key(tabId)).catch(() => ({}) as Record<string, unknown>);
  const report = (stored?.[key(tabId)] as Report | undefined) ?? null;
  if (report) memory.set(tabId, report);
  return report;
}

/**
 * The report for a tab, or for the most recent tab showing `url` (used when the popup runs in a tab).
 * A report is only as current as the page: the tab's content script must still say it annotated
 * (after the tab loads a page that is not an article, nobody answers and the old report is dropped).
 */
async function findReport(tabId: number | undefined, url: string | undefined): Promise<ReportReply> {
  let found: { tabId: number; report: Report } | null = null;
  if (tabId !== undefined) {
    const report = await loadReport(tabId);
    found = report ? { tabId, report } : null;
  } else if (url) {
    await loadAllReports();
    for (const [id, report] of [...memory.entries()].reverse()) {
      if (report.url === url) {
        found = { tabId: id, report };
        break;
      }
    }
  }
  if (found) {
    const state = (await browser.tabs.sendMessage(found.tabId, { type: 'state' }).catch(() => null)) as ContentState | null;
    // Annotated: the report is what the page shows. An annotator that answers but has not painted yet
    // is still at work (it was just sent this report, or reads a reloaded page): wait for its `painted`.
    // Nobody answers: the tab shows another page now, and the report is dropped.
    if (state?.annotated) return found;
    if (state) return { tabId: found.tabId, pending: true };
    await forget(found.tabId, true);
  }
  const id = stillReading(tabId, url);
  return id === null ? null : { tabId: id, pending: true };
}

/** The user's settings (defaults for anything missing or corrupt). */
async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
  return parseSettings(stored[SETTINGS_KEY]);
}

/** The reader's corrections (none when missing or corrupt). */
async function readCorrections() {
  return (await readStoredCorrections()).items;
}

async function readStoredCorrections() {
  const stored = await browser.storage.local.get(CORRECTIONS_KEY).catch(() => ({}) as Record<string, unknown>);
  return parseCorrections(stored[CORRECTIONS_KEY]);
}

/** Corrections are changed in one place, one change at a time (the card and the popup may both write). */
let writing: Promise<unknown> = Promise.resolve();
function updateCorrections(change: (s: ReturnType<typeof parseCorrections>) => ReturnType<typeof parseCorrections>): Promise<void> {
  const next = writing.then(async () => {
    const stored = await readStoredCorrections();
    await browser.storage.local.set({ [CORRECTIONS_KEY]: change(stored) });
  });
  writing = next.catch(() => undefined);
  return next;
}

/** Makes and stores one correction of a tab's report (its memory copy has the blocks, for the context). */
async function correct(msg: Extract<ToBackground, { type: 'correct' }>, tabId: number | undefined): Promise<CorrectReply> {
  const report = tabId === undefined ? null : await loadReport(tabId);
  let c = null;
  if (msg.kind === 'hide-source' && msg.sourceId) {
    const card = report?.sources[msg.sourceId];
    c = card ? hideSource(card.id, card.name, Date.now()) : null;
  } else if (report && msg.index !== undefined) {
    c = makeCorrection(report, msg.index, msg.kind, Date.now(), msg.speaker);
  }
  if (!c) return null;
  const made = c;
  await updateCorrections((s) => addCorrection(s, made));
  return { id: made.id };
}

/** The settings a page paints with: every kind off on a site the reader switched off. */
function forPage(settings: Settings, url: string | null | undefined): Settings {
  if (!isOffOn(settings, url)) return settings;
  const kinds = { ...settings.kinds };
  for (const k of Object.keys(kinds) as (keyof typeof kinds)[]) kinds[k] = false;
  return { ...settings, kinds };
}

/** Pages never read extension storage: every tab with a report gets changed settings from here. */
async function sendSettings(settings: Settings): Promise<void> {
  await loadAllReports();
  await Promise.all(
    [...memory.entries()].map(([tabId, report]) => {
      const msg: ToContent = { type: 'settings', settings: forPage(settings, report.url) };
      return browser.tabs.sendMessage(tabId, msg).catch(() => undefined);
    }),
  );
}

/** Tells every annotated tab to read its page again. */
async function reannotateAll(): Promise<void> {
  await loadAllReports();
  const msg: ToContent = { type: 'reannotate' };
  await Promise.all([...memory.keys()].map((tabId) => browser.tabs.sendMessage(tabId, msg).catch(() => undefined)));
}

/** A site switched back on: its open tabs that have no report get the annotator now (one click, no reload). */
async function annotateSitesTurnedOn(before: Settings, after: Settings): Promise<void> {
  const turnedOn = new Set(before.offSites.filter((h) => !after.offSites.includes(h)));
  if (turnedOn.size === 0) return;
  const tabs = await browser.tabs.query({}).catch(() => [] as browser.Tabs.Tab[]);
  for (const tab of tabs) {
    const host = siteKey(tab.url);
    if (tab.id === undefined || !host || !turnedOn.has(host) || memory.has(tab.id)) continue;
    reading.set(tab.id, { url: tab.url, since: Date.now() });
    tellPages(tab.id);
    await loadAnnotator(tab.id, 0);
  }
}

export const BADGE_COLOR = '#5b3fd1';
export const BADGE_WARN = '#c62828';

async function setBadge(tabId: number, report: Report): Promise<void> {
  const settings = await readSettings();
  // One thing only: the checkable claims the popup lists at this sensitivity (core/roster.ts badgeCount).
  const n = isOffOn(settings, report.url) ? 0 : badgeCount(buildRoster(report, settings), settings);
  const api = badgeApi();
  // The site hint: on a page of an outlet rated state-controlled or captured, the badge turns red and
  // its tooltip says so (the count stays the count); everywhere else it is the usual purple.
  const warning = siteWarning(report);
  await api?.setBadgeBackgroundColor({ tabId, color: warning ? BADGE_WARN : BADGE_COLOR }).catch(() => undefined);
  await api?.setBadgeText({ tabId, text: n > 0 ? String(n > 999 ? '999+' : n) : '' }).catch(() => undefined);
  const count = n > 0 ? `: ${n} checkable claim${n === 1 ? '' : 's'} on this page (the badge counts claims only)` : '';
  await api?.setTitle({ tabId, title: `Sourcelight${count}${warning ? ` · ${warning.text}` : ''}` }).catch(() => undefined);
}

async function refreshBadges(): Promise<void> {
  for (const [tabId, report] of memory) await setBadge(tabId, report);
}

function badgeApi(): browser.Action.Static | null {
  const b = browser as unknown as { action?: browser.Action.Static; browserAction?: browser.Action.Static };
  return b.action ?? b.browserAction ?? null;
}
