/**
 * The few extension APIs the content script needs, straight from the browser's own `browser`
 * (Firefox) or `chrome` (Chromium MV3: promise-returning) object. The content script runs on every
 * page, so it skips webextension-polyfill (about 2 ms of start-up per page in our bench); the
 * background and popup use the polyfill. Replies to messages use `sendResponse`, which both browsers
 * support.
 */

type Listener<A extends unknown[]> = { addListener(fn: (...args: A) => unknown): void; removeListener(fn: (...args: A) => unknown): void };

type ExtApi = {
  runtime: {
    /** Gone (undefined) in a content script the extension left behind when it was reloaded or removed. */
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: Listener<[message: unknown, sender: unknown, sendResponse: (reply: unknown) => void]>;
  };
};

const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };

/** The extension API object of this browser. */
export const ext: ExtApi = (g.browser?.runtime ? g.browser : g.chrome) as ExtApi;

/**
 * Listens for messages; `handle` returns a reply (or a promise of one) to answer, or undefined to
 * let another listener answer.
 */
export function onMessage(handle: (message: unknown) => unknown, signal: AbortSignal): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const reply = handle(message);
    if (reply === undefined) return false;
    void Promise.resolve(reply).then(sendResponse, () => sendResponse(null));
    return true;
  };
  ext.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => ext.runtime.onMessage.removeListener(listener));
}
