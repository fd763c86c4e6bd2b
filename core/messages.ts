/**
 * Messages between content script, background and popup. Types only: one place to read the protocol.
 */
import type { AnnotateInput } from './detect';
import type { Report } from './report';
import type { Settings } from './settings';
import type { CorrectionKind } from './corrections';

export type ToBackground =
  | ({ type: 'annotate' } & AnnotateInput)
  | { type: 'clear' }
  /** From the annotator: the report the background sent it is painted now (a waiting popup reads it). */
  | { type: 'painted' }
  /** From the gate: this page might be an article, load the annotator into it. */
  | { type: 'load-annotator' }
  | { type: 'get-report'; tabId?: number; url?: string }
  /**
   * The reader corrects annotation `index` of a tab's report (from the card: the sender's tab; from the
   * popup: `tabId`), or hides a source by `sourceId`. The background stores it and every tab re-reads.
   */
  | { type: 'correct'; tabId?: number; index?: number; sourceId?: string; kind: CorrectionKind; speaker?: string }
  | { type: 'undo-correction'; id: string }
  /** From the options page: what the bundled dataset is. */
  | { type: 'about' };

/** The answer to `about`. */
export type AboutReply = { datasetAsOf: string | null; sources: number };

/** The answer to `correct`: the stored correction's id (for undo), or null when it could not be made. */
export type CorrectReply = { id: string } | null;

/**
 * The report for a tab; `pending` while the annotator is loading into it or reading it (the popup
 * then waits for a `report-changed`); null when there is none.
 */
export type ReportReply = { tabId: number; report: Report } | { tabId: number; pending: true } | null;

/** From the background to the extension's pages (the popup): a tab's report arrived or was dropped. */
export type ToPages = { type: 'report-changed'; tabId: number };

/**
 * The background's answer to `annotate`: the report (without the blocks, which the page has) and the
 * user's settings, so that the page never reads extension storage itself.
 */
export type AnnotateReply = { report: Report; settings: Settings };

export type ToContent =
  | { type: 'toggle-all' }
  /** The user changed a setting: repaint with these. */
  | { type: 'settings'; settings: Settings }
  | { type: 'scroll-to'; index: number }
  /** The reader's corrections changed: read the page again (the background applies them). */
  | { type: 'reannotate' }
  | { type: 'state' };

/** What the content script says about itself (used by the popup and tests). */
export type ContentState = {
  annotated: boolean;
  hidden: boolean;
  painted: Record<string, number>;
  /** How many times a page's edit to our highlight entries was noticed and undone. */
  restored?: number;
  /** The text of the in-page card now open (null: none); the page itself cannot read it (closed shadow root). */
  card?: string | null;
  /** The open card's buttons (by `data-correct` value or first class) and their centres in the viewport. */
  cardControls?: { name: string; x: number; y: number }[];
};
