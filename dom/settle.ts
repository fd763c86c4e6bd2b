/**
 * Batches page changes for re-annotation: the work runs once the article has been quiet for
 * `settleMs`, and at the latest `maxWaitMs` after the first change of a batch, so a page that changes
 * every few hundred milliseconds is still re-read every couple of seconds. `queue()` only moves a
 * timer: it is what the MutationObserver callback calls, and it does no other work.
 */

type Timers = {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
};

const defaultTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  now: () => performance.now(),
};

export class ChangeBatcher {
  private timer: unknown = undefined;
  /** When the first change of the batch now waiting came (null: nothing waiting). */
  private firstAt: number | null = null;

  constructor(
    private readonly run: () => void,
    private readonly settleMs: number,
    private readonly maxWaitMs: number,
    private readonly timers: Timers = defaultTimers,
  ) {}

  /** Notes one change (or a batch of them). */
  queue(): void {
    const now = this.timers.now();
    this.firstAt ??= now;
    const wait = Math.max(0, Math.min(this.settleMs, this.firstAt + this.maxWaitMs - now));
    this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => this.fire(), wait);
  }

  /** Drops whatever is waiting. */
  cancel(): void {
    this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.firstAt = null;
  }

  private fire(): void {
    this.timer = undefined;
    this.firstAt = null;
    this.run();
  }
}
