/**
 * Notices a single-page app's navigation (a new address without a new document) for the gate.
 * Where the browser has the Navigation API it simply listens (`currententrychange`: pushState,
 * replaceState, a new hash, back and forward), so nothing runs while the page stays put; elsewhere
 * it compares the address once a second, as WXT's own watcher does.
 */

/** The part of the Navigation API used here (Chromium, Firefox 13x and later). */
export type NavigationLike = {
  currentEntry: { url: string | null } | null;
  addEventListener(type: 'currententrychange', listener: (e: { from?: { url: string | null } | null }) => void): void;
};

/** What the watcher reads from the window (passed in, so that tests can give their own). */
export type AddressWindow = {
  navigation?: NavigationLike;
  location: { href: string };
  setInterval(fn: () => void, ms: number): unknown;
};

/** Without the Navigation API: how often the address is compared. */
export const WATCH_MS = 1000;

/** Calls `moved(url)` whenever the page's address changes to another one, for as long as the page lives. */
export function watchAddress(win: AddressWindow, moved: (url: string) => void): void {
  const navigation = win.navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', (e) => {
      const url = navigation.currentEntry?.url;
      if (url && url !== e.from?.url) moved(url);
    });
    return;
  }
  let url = win.location.href;
  win.setInterval(() => {
    if (win.location.href === url) return;
    url = win.location.href;
    moved(url);
  }, WATCH_MS);
}
