/**
 * Messages between content script, background and popup. Types only: one place to read the protocol.
 */
import type { AnnotateInput } from './detect';
import type { Report } from './report';

export type ToBackground =
  | ({ type: 'annotate' } & AnnotateInput)
  | { type: 'clear' }
  | { type: 'get-report'; tabId?: number; url?: string };

export type ReportReply = { tabId: number; report: Report } | null;

export type ToContent =
  | { type: 'toggle-all' }
  | { type: 'scroll-to'; index: number }
  | { type: 'state' };

/** What the content script says about itself (used by the popup and tests). */
export type ContentState = { annotated: boolean; hidden: boolean; painted: Record<string, number> };
