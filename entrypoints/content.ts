/**
 * Content script (eyes and brush): wiring only. The work is in dom/page-session.ts.
 * A single-page app's navigation (wxt:locationchange) ends the page's session and starts a new one
 * once the new view has rendered.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageSession } from '../dom/page-session';
import '../assets/highlights.css';

/** Time for a single-page app to render its new view before we read it. */
const SPA_SETTLE_MS = 600;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Do not broadcast "a content script started" to every page with window.postMessage (WXT's old default).
  noScriptStartedPostMessage: true,
  main(ctx) {
    let controller = new AbortController();
    const run = (url: string, afterNavigation = false) =>
      startPageSession(document, url, controller.signal, afterNavigation).catch((err: unknown) => {
        // A page we cannot read must never break: note it quietly and leave the page alone.
        console.debug('[sourcelight] skipped this page:', err);
      });
    ctx.onInvalidated(() => controller.abort());
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => {
      controller.abort();
      controller = new AbortController();
      ctx.setTimeout(() => void run(newUrl.href, true), SPA_SETTLE_MS);
    });
    void run(location.href);
  },
});
