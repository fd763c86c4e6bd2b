/**
 * The re-annotation batcher (dom/settle.ts): quiet pages are re-read once after the changes settle;
 * a page that never stops changing is still re-read at least every max wait. Fake timers: no wall clock.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangeBatcher } from '../../dom/settle';

const timers = {
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clearTimeout: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => Date.now(),
};

describe('ChangeBatcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once for a burst of changes, after the page is quiet', () => {
    const run = vi.fn();
    const b = new ChangeBatcher(run, 300, 2000, timers);
    for (let i = 0; i < 50; i++) b.queue();
    vi.advanceTimersByTime(299);
    expect(run).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('re-reads at least every 2 s while changes come every 100 ms, and once more when they stop', () => {
    const run = vi.fn();
    const b = new ChangeBatcher(run, 300, 2000, timers);
    // 20 s of a change every 100 ms: without a maximum wait this would run 0 times.
    for (let t = 0; t < 20_000; t += 100) {
      b.queue();
      vi.advanceTimersByTime(100);
    }
    expect(run.mock.calls.length).toBeGreaterThanOrEqual(9);
    expect(run.mock.calls.length).toBeLessThanOrEqual(11); // still batched: about one per 2 s, not one per change
    const before = run.mock.calls.length;
    vi.advanceTimersByTime(50);
    b.queue(); // a last change, after which the page is quiet
    vi.advanceTimersByTime(299);
    expect(run.mock.calls.length).toBe(before);
    vi.advanceTimersByTime(1);
    expect(run.mock.calls.length).toBe(before + 1);
  });

  it('cancel drops what is waiting', () => {
    const run = vi.fn();
    const b = new ChangeBatcher(run, 300, 2000, timers);
    b.queue();
    b.cancel();
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
  });
});
