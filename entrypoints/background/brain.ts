/**
 * The background's brain: runs the detectors on the blocks a tab sends, keeps the latest report per
 * tab (in storage.session where the browser has it, so a restarted service worker still knows it),
 * sets the action badge, and relays the keyboard command to the tab.
 * The dataset is loaded here and only here: never in the content script.
 */
import browser from 'webextension-polyfill';
import { annotate } from '../../core/detect';
import { createSourceIndex } from '../../core/source-index';
import type { Dataset, SourceIndex } from '../../core/dataset';
import type { AnnotateReply, ContentState, ReportReply, ToBackground, ToContent, ToPages } from '../../core/messages';
import type { Report } from '../../core/report';
import { CLAIM_THRESHOLDS, SETTINGS_KEY, parseSettings, type Settings } from '../../core/settings';
import { badgeCount, buildRoster } from '../../core/roster';
import dataset from '../../data/sources.json';
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
      return Promise.all([handleAnnotate(msg, tabId), readSettings()]).then(([r, settings]): AnnotateReply => ({ report: { ...r, blocks: [] }, settings }));
    }
    if (msg?.type === 'clear' && tabId !== undefined) return forget(tabId).then(() => null);
    if (msg?.type === 'load-annotator' && tabId !== undefined) {
      reading.set(tabId, { url: sender.url ?? sender.tab?.url, since: Date.now() });
      return loadAnnotator(tabId, sender.frameId ?? 0).then(() => null);
    }
    if (msg?.type === 'get-report') return findReport(msg.tabId, msg.url);
    return undefined;
  });
  browser.tabs.onRemoved.addListener((tabId) => void forget(tabId));

  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-highlights') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'toggle-all' }).catch(() => undefined);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    void refreshBadges();
    void sendSettings(parseSettings(changes[SETTINGS_KEY]!.newValue));
  });
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

async function handleAnnotate(msg: Extract<ToBackground, { type: 'annotate' }>, tabId: number): Promise<Report> {
  index ??= createSourceIndex((dataset as unknown as Dataset).entries, (dataset as unknown as Dataset).trie);
  // Keep every claim down to the most sensitive threshold; the page and popup filter by the setting.
  const report = annotate(msg, index, { claimThreshold: CLAIM_THRESHOLDS.more });
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
    if (state?.annotated) return found;
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

/** Pages never read extension storage: every tab with a report gets changed settings from here. */
async function sendSettings(settings: Settings): Promise<void> {
  await loadAllReports();
  const msg: ToContent = { type: 'settings', settings };
  await Promise.all([...memory.keys()].map((tabId) => browser.tabs.sendMessage(tabId, msg).catch(() => undefined)));
}

export const BADGE_COLOR = '#5b3fd1';
export const BADGE_WARN = '#c62828';

async function setBadge(tabId: number, report: Report): Promise<void> {
  const settings = await readSettings();
  // One thing only: the checkable claims the popup lists at this sensitivity (core/roster.ts badgeCount).
  const n = badgeCount(buildRoster(report, settings), settings);
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
