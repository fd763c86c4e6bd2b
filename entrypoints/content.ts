/**
 * Content script (eyes and brush): wiring only. The work is in dom/page-session.ts.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageSession } from '../dom/page-session';
import '../assets/highlights.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    startPageSession(document, location.href, controller.signal).catch((err: unknown) => {
      // A page we cannot read must never break: note it quietly and leave the page alone.
      console.debug('[sourcelight] skipped this page:', err);
    });
  },
});
