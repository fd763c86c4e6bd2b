/**
 * The fuzzer's `continuous-mutation` hazard at the dom tier (issue 22): a live feed that changes the article
 * every 250 ms, for ever. The whole content-script session runs in jsdom (gate, sliced extraction, the
 * background's reply from the real engine, paint) with fake timers: no wall clock. While the changes go on,
 * the article is re-read at least every MAX_WAIT_MS (without a maximum wait it was never re-read until the
 * changes stopped), still batched (not once per change), and the MutationObserver callback does no work:
 * no extraction, no message, only a timer moved.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ToBackground } from '../../core/messages';

const calls = vi.hoisted(() => ({ inObserver: false, workInObserver: [] as string[], extractions: 0, annotates: [] as { at: number; text: string }[] }));

vi.mock('../../dom/ext-api', async () => {
  const { annotate } = await import('../../core/detect');
  const { createSourceIndex } = await import('../../core/source-index');
  // No sources needed: the test is about when the page is read, not what is found.
  const index = createSourceIndex([]);
  return {
    ext: {
      runtime: {
        sendMessage: async (msg: ToBackground) => {
          if (calls.inObserver) calls.workInObserver.push(`message ${msg.type}`);
          if (msg.type !== 'annotate') return undefined;
          calls.annotates.push({ at: Date.now(), text: msg.blocks.map((b) => b.text).join('\n') });
          return { report: annotate(msg, index), settings: undefined };
        },
      },
    },
    onMessage: () => undefined,
  };
});

vi.mock('../../core/blocks', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../core/blocks')>();
  return {
    ...real,
    extractBlocksStepwise: (...args: Parameters<typeof real.extractBlocksStepwise>) => {
      calls.extractions++;
      if (calls.inObserver) calls.workInObserver.push('extraction');
      return real.extractBlocksStepwise(...args);
    },
  };
});

import { generatePage, LIVE_INTERVAL_MS, LIVE_SCRIPT } from '../fuzz/generator';
import { MAX_WAIT_MS, SETTLE_MS, startPageSession } from '../../dom/page-session';
import { ChangeBatcher } from '../../dom/settle';

const RealObserver = globalThis.MutationObserver;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
  // The Highlight API, which jsdom lacks: a registry of named sets of ranges.
  Object.defineProperty(globalThis, 'CSS', { value: { highlights: new Map() }, configurable: true, writable: true });
  (globalThis as { Highlight?: unknown }).Highlight = class extends Set<Range> {
    priority = 0;
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  };
  // Every MutationObserver callback is marked, so work done inside one is caught.
  globalThis.MutationObserver = class extends RealObserver {
    constructor(callback: MutationCallback) {
      super((records, observer) => {
        calls.inObserver = true;
        try {
          callback(records, observer);
        } finally {
          calls.inObserver = false;
        }
      });
    }
  };
});

afterEach(() => {
  globalThis.MutationObserver = RealObserver;
  clearInterval((window as { __slLive?: number }).__slLive);
  vi.useRealTimers();
});

describe('a page that changes every 250 ms', () => {
  it('is re-read at least every MAX_WAIT_MS while it changes, batched, with no work in the observer callback', async () => {
    const page = generatePage(5, { hazards: ['continuous-mutation'], scale: 0.02 });
    expect(page.html).toContain('class="live-feed"');
    const parsed = new DOMParser().parseFromString(page.html, 'text/html');
    document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
    const queued = vi.spyOn(ChangeBatcher.prototype, 'queue');
    const ac = new AbortController();
    // An article's address, not the site's root.
    history.replaceState(null, '', '/news/2026/12/harbour-live');
    void startPageSession(document, location.href, ac.signal);
    await vi.advanceTimersByTimeAsync(100);
    // The first read, before the feed starts changing.
    expect(calls.annotates.length).toBe(1);

    // The page's own script (jsdom runs no scripts: the test runs it, on the fake clock).
    const t0 = Date.now();
    new Function(LIVE_SCRIPT)();
    const changeMs = 20_000;
    await vi.advanceTimersByTimeAsync(changeMs);
    const during = calls.annotates.slice(1);
    const changes = changeMs / LIVE_INTERVAL_MS;
    expect(changes).toBe(80);
    // The observer callback ran for the changes, and did nothing but queue.
    expect(queued.mock.calls.length).toBeGreaterThanOrEqual(changes / 2);
    expect(calls.workInObserver).toEqual([]);
    expect(calls.extractions).toBe(calls.annotates.length);

    // Every change is read within MAX_WAIT_MS of being made, though the page never goes quiet (without a
    // maximum wait, no change was read before the changes stopped): update n comes at t0 + n × 250 ms.
    const latency: number[] = [];
    for (let n = 1; (n * LIVE_INTERVAL_MS) + MAX_WAIT_MS <= changeMs; n++) {
      const madeAt = t0 + n * LIVE_INTERVAL_MS;
      const read = during.find((a) => a.at >= madeAt && a.text.includes(`Update ${n}:`));
      latency.push(read ? read.at - madeAt : Infinity);
    }
    expect(latency.length).toBeGreaterThan(60);
    // (The message goes out once the sliced extraction is done: a few zero-delay yields, a millisecond or two.)
    expect(Math.max(...latency)).toBeLessThanOrEqual(MAX_WAIT_MS + 20);
    expect(Math.max(...latency)).toBeGreaterThan(MAX_WAIT_MS / 2);
    // Still batched: about one read per MAX_WAIT_MS, not one per change.
    expect(during.length).toBeGreaterThanOrEqual(Math.floor(changeMs / (MAX_WAIT_MS + LIVE_INTERVAL_MS)));
    expect(during.length).toBeLessThanOrEqual(Math.ceil(changeMs / MAX_WAIT_MS) + 1);

    // The feed stops: one last read once the page has been quiet for SETTLE_MS, then none.
    clearInterval((window as { __slLive?: number }).__slLive);
    const before = calls.annotates.length;
    await vi.advanceTimersByTimeAsync(SETTLE_MS + LIVE_INTERVAL_MS);
    expect(calls.annotates.length).toBeLessThanOrEqual(before + 1);
    const settled = calls.annotates.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(calls.annotates.length).toBe(settled);
    expect(calls.annotates[calls.annotates.length - 1]!.text).toContain(`Update ${changes}:`);
    ac.abort();
  });
});
