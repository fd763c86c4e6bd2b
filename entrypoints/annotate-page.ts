/**
 * The annotator: loaded into a tab by the background only when the gate (entrypoints/gate.ts) finds
 * that the page might be an article. Wiring only: the work is in dom/page-session.ts. It registers a
 * hook through which the gate reports a single-page app's navigation.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPageSession } from '../dom/page-session';
import { PAGE_HOOK, SPA_SETTLE_MS, type PageHook } from '../core/page-hook';


export default defineUnlistedScript(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  if (g[PAGE_HOOK]) return; // already annotating this page
  let controller = new AbortController();
  let settle: ReturnType<typeof setTimeout> | undefined;
  const run = (url: string) =>
    startPageSession(document, url, controller.signal).catch((err: unknown) => {
      // A page we cannot read must never break: note it quietly and leave the page alone.
      console.debug('[sourcelight] skipped this page:', err);
    });
  const hook: PageHook = {
    navigate(url) {
      controller.abort();
      controller = new AbortController();
      clearTimeout(settle);
      settle = setTimeout(() => void run(url), SPA_SETTLE_MS);
    },
    stop() {
      clearTimeout(settle);
      controller.abort();
    },
  };
  g[PAGE_HOOK] = hook;
  void run(location.href);
});
