/**
 * Messages between content script, background and popup. Types only: one place to read the protocol.
 */
import type { AnnotateInput } from './detect';
import type { Report } from './report';

export type ToBackground =
  | ({ type: 'annotate' } & AnnotateInput)
  | { type: 'clear' }
  /** From the gate: this page might be an article, load the annotator into it. */
  | { type: 'load-annotator' }
  | { type: 'get-report'; tabId?: number; url?: string };

/**
 * The report for a tab; `pending` while the annotator is loading into it or reading it (the popup
 * then waits for a `report-changed`); null when there is none.
 */
export type ReportReply = { tabId: number; report: Report } | { tabId: number; pending: true } | null;

/** From the background to the extension's pages (the popup): a tab's report arrived or was dropped. */
export type ToPages = { type: 'report-changed'; tabId: number };

export type ToContent =
  | { type: 'toggle-all' }
  | { type: 'scroll-to'; index: number }
  | { type: 'state' };

/** What the content script says about itself (used by the popup and tests). */
export type ContentState = { annotated: boolean; hidden: boolean; painted: Record<string, number> };
