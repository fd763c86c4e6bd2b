/**
 * The gate: Sourcelight's only script on every http(s) page (declared in wxt.config.ts). It is kept
 * tiny: it asks core/gate.ts whether the page might be an article and, only then, asks the
 * background to load the rest (entrypoints/annotate-page.ts) into this tab. It also listens for a
 * single-page app's navigation (dom/address-watch.ts), which may turn a page into an article or an
 * article into another.
 * It sends nothing to the page and listens to nothing from it.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mightBeArticle } from '../core/gate';
import { PAGE_HOOK, SPA_SETTLE_MS, type PageHook } from '../core/page-hook';
import { watchAddress, type AddressWindow } from '../dom/address-watch';
import { isHtmlDocument } from '../dom/html-document';
import { benchMark } from '../dom/bench-mark';

type Runtime = { sendMessage(message: unknown): Promise<unknown> };

/** Set once the gate runs in a page (isolated world). */
const GATE_LOADED = `${PAGE_HOOK}:gate`;

export default defineUnlistedScript(() => {
  const g = globalThis as unknown as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } } & Record<string, unknown>;
  if (g[GATE_LOADED]) return; // loaded twice into one page (an extension update)
  if (!isHtmlDocument(document)) return; // a feed, an SVG or a text file: nothing to read
  g[GATE_LOADED] = true;
  // The extension API is touched only when needed: setting it up costs more than the whole check.
  const runtime = () => (g.browser?.runtime ?? g.chrome?.runtime) as Runtime;
  const hook = () => g[PAGE_HOOK] as PageHook | undefined;

  let asked = false;
  const check = () => {
    benchMark('gate');
    if (asked || hook() || !mightBeArticle(document)) return;
    asked = true;
    try {
      runtime().sendMessage({ type: 'load-annotator' }).catch(() => undefined);
    } catch {
      // The extension was reloaded or removed since this page loaded: nothing to do.
    }
  };

  // A single-page app moved to a new address: the annotator, once loaded, reads the new view;
  // before that, the gate looks again once the new view has had time to render.
  let settle: ReturnType<typeof setTimeout> | undefined;
  const moved = (url: string) => {
    const loaded = hook();
    if (loaded) return loaded.navigate(url);
    clearTimeout(settle);
    asked = false;
    settle = setTimeout(check, SPA_SETTLE_MS);
  };
  watchAddress(globalThis as unknown as AddressWindow, moved);
  // The gate runs at document_end (the DOM is parsed; images and late scripts may still load), so a
  // server-rendered article is read without waiting for idle. A page that said no so early (its text
  // comes from a script) is looked at once more when it has loaded.
  check();
  if (!asked && document.readyState !== 'complete') addEventListener('load', check, { once: true });
});
