/**
 * The annotator: loaded into a tab by the background only when the gate (entrypoints/gate.ts) finds
 * that the page might be an article. Wiring only: the work is in dom/page-session.ts. It registers a
 * hook through which the gate reports a single-page app's navigation, and stops when the extension
 * goes away.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPageSession } from '../dom/page-session';
import { ext } from '../dom/ext-api';
import { isHtmlDocument } from '../dom/html-document';
import { PAGE_HOOK, SPA_SETTLE_MS, type PageHook } from '../core/page-hook';

/** How often the annotator checks that the extension is still there (it clears its highlights if not). */
const ALIVE_MS = 1000;

export default defineUnlistedScript(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  if (g[PAGE_HOOK]) return; // already annotating this page
  if (!isHtmlDocument(document)) return; // only HTML documents: never a feed, SVG or viewer page
  let controller = new AbortController();
  let settle: ReturnType<typeof setTimeout> | undefined;
  const run = (url: string) =>
    startPageSession(document, url, controller.signal).catch((err: unknown) => {
      // A page we cannot read must never break: note it quietly and leave the page alone.
      console.debug('[sourcelight] skipped this page:', err);
    });
  let gone = false;
  const hook: PageHook = {
    navigate(url) {
      if (gone) return;
      controller.abort();
      controller = new AbortController();
      clearTimeout(settle);
      settle = setTimeout(() => void run(url), SPA_SETTLE_MS);
    },
  };
  g[PAGE_HOOK] = hook;
  // An extension that is reloaded or removed leaves this copy behind without its API (Chromium):
  // it stops and takes its highlights with it.
  const alive = setInterval(() => {
    if (ext.runtime?.id) return;
    gone = true;
    clearInterval(alive);
    clearTimeout(settle);
    controller.abort();
  }, ALIVE_MS);
  void run(location.href);
});
