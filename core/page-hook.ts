/**
 * How the gate (entrypoints/gate.ts) talks to the annotator it loaded (entrypoints/annotate-page.ts):
 * both run in the extension's isolated world of one page, where the page cannot see their globals.
 */

/** The isolated-world global under which the annotator registers itself. */
export const PAGE_HOOK = '__sourcelight';

/** Time for a single-page app to render its new view before it is read. */
export const SPA_SETTLE_MS = 600;

/** What the annotator offers the gate. */
export type PageHook = {
  /** A single-page app moved to `url`: drop the old view's report and read the new one. */
  navigate(url: string): void;
};
