/**
 * Per-tab cancellable sliced work for the background (one thread for every tab): each job is a
 * generator run one step at a time, the newest job first, with a pause between steps so that
 * messages from other tabs are handled. A tab's new job cancels its old one; a closed tab's job is
 * cancelled. So one hostile tab delays another tab by at most one step of its work.
 */

type Job = { seq: number; steps: Generator<void, unknown>; done: (value: unknown) => void };

export type TabQueueOptions = {
  /** Gives the event loop back between steps (a macrotask by default; tests pass their own). */
  pause?: () => Promise<void>;
};

export class TabQueue {
  private jobs = new Map<number, Job>();
  private seq = 0;
  private running = false;
  private readonly pause: () => Promise<void>;

  constructor(options: TabQueueOptions = {}) {
    this.pause = options.pause ?? (() => new Promise((resolve) => setTimeout(resolve, 0)));
  }

  /** Runs `steps` for `tabId`; resolves with its result, or null when cancelled (a newer job for the tab, or `cancel`). */
  run<T>(tabId: number, steps: Generator<void, T>): Promise<T | null> {
    this.cancel(tabId);
    return new Promise<T | null>((resolve) => {
      this.jobs.set(tabId, { seq: ++this.seq, steps, done: resolve as (value: unknown) => void });
      void this.loop();
    });
  }

  /** Drops a tab's job (its promise resolves null). */
  cancel(tabId: number): void {
    const job = this.jobs.get(tabId);
    if (!job) return;
    this.jobs.delete(tabId);
    job.steps.return(undefined);
    job.done(null);
  }

  /** Tabs with work waiting (for tests and the bench). */
  get pending(): number {
    return this.jobs.size;
  }

  private async loop(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.jobs.size > 0) {
        let tabId = -1;
        let job: Job | null = null;
        for (const [id, j] of this.jobs) if (!job || j.seq > job.seq) [tabId, job] = [id, j];
        let step: IteratorResult<void, unknown>;
        try {
          step = job!.steps.next();
        } catch (err) {
          this.jobs.delete(tabId);
          console.error('[sourcelight] annotation failed in tab', tabId, err);
          job!.done(null);
          continue;
        }
        if (step.done) {
          this.jobs.delete(tabId);
          job!.done(step.value);
        }
        await this.pause();
      }
    } finally {
      this.running = false;
    }
  }
}
