/**
 * The popup's window on the extension: report for its tab, settings, and messages to the tab.
 * Kept behind a small interface so components/Popup.tsx renders from plain data (and is testable).
 */
import type Browser from 'webextension-polyfill';
import type { CorrectReply, ReportReply, ToBackground, ToContent, ToPages } from '../../core/messages';
import type { CorrectionKind } from '../../core/corrections';
import { SETTINGS_KEY, parseSettings, type Settings } from '../../core/settings';

export type PopupApi = {
  loadReport(): Promise<ReportReply | 'unreachable'>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  scrollTo(tabId: number, index: number): Promise<void>;
  /** Corrects annotation `target.index` of a tab's report (or hides `target.sourceId`); resolves to the correction's id. */
  correct(tabId: number, target: { index?: number; sourceId?: string }, kind: CorrectionKind, speaker?: string): Promise<string | null>;
  undoCorrection(id: string): Promise<void>;
  /** The address of the page the popup speaks for (for "switch off on this site"); null when unknown. */
  pageUrl(): Promise<string | null>;
  openOptions(): Promise<void>;
  /** The toggle command's shortcut as the browser has it now ('' when the reader removed it). */
  shortcut(): Promise<string | null>;
  copyText(text: string): Promise<void>;
  download(name: string, text: string, type: string): void;
  /** Calls `listener` with the tab id whenever a tab's report arrives or is dropped; returns the unsubscribe. */
  onReportChanged(listener: (tabId: number) => void): () => void;
};

export function createPopupApi(browser: typeof Browser, params: URLSearchParams): PopupApi {
  return {
    async loadReport() {
      const tabParam = params.get('tab');
      const url = params.get('url') ?? undefined;
      let tabId = tabParam ? Number(tabParam) : undefined;
      if (tabId === undefined && !url) {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        tabId = tab?.id;
        if (tabId === undefined) return 'unreachable';
      }
      try {
        return (await browser.runtime.sendMessage({ type: 'get-report', tabId, url })) as ReportReply;
      } catch {
        return 'unreachable';
      }
    },
    async loadSettings() {
      const stored = await browser.storage.local.get(SETTINGS_KEY).catch(() => ({}) as Record<string, unknown>);
      return parseSettings(stored[SETTINGS_KEY]);
    },
    async saveSettings(settings) {
      await browser.storage.local.set({ [SETTINGS_KEY]: settings });
    },
    async scrollTo(tabId, index) {
      const msg: ToContent = { type: 'scroll-to', index };
      await browser.tabs.sendMessage(tabId, msg).catch(() => undefined);
    },
    async correct(tabId, target, kind, speaker) {
      const msg: ToBackground = { type: 'correct', tabId, ...target, kind, speaker };
      const reply = (await browser.runtime.sendMessage(msg).catch(() => null)) as CorrectReply;
      return reply?.id ?? null;
    },
    async undoCorrection(id) {
      const msg: ToBackground = { type: 'undo-correction', id };
      await browser.runtime.sendMessage(msg).catch(() => undefined);
    },
    async pageUrl() {
      const url = params.get('url');
      if (url) return url;
      const tabParam = params.get('tab');
      const tab = tabParam
        ? await browser.tabs.get(Number(tabParam)).catch(() => undefined)
        : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      return tab?.url ?? null;
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
    async shortcut() {
      const all = await browser.commands?.getAll().catch(() => []);
      return all?.find((c) => c.name === 'toggle-highlights')?.shortcut ?? null;
    },
    async copyText(text) {
      await navigator.clipboard.writeText(text);
    },
    download(name, text, type) {
      const a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([text], { type }));
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
    },
    onReportChanged(listener) {
      const handle = (raw: unknown) => {
        const msg = raw as ToPages | undefined;
        if (msg?.type === 'report-changed') listener(msg.tabId);
        return undefined;
      };
      browser.runtime.onMessage.addListener(handle);
      return () => browser.runtime.onMessage.removeListener(handle);
    },
  };
}
