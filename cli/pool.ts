/**
 * Where pages are annotated: in this thread for `--jobs 1`, else in a pool of worker threads
 * (`node:worker_threads`), one page at a time per worker. The caller bounds how many jobs are in
 * flight; the pool only queues them for the next free worker. A worker that dies fails its page
 * (an error line) and is replaced.
 */
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobResult } from './job';

export type Runner = { run(job: Job): Promise<JobResult>; close(): Promise<void> };

/** `--jobs 1`: the engine in this thread, yielding to the event loop between pages (output, progress). */
export function inThread(): Runner {
  return {
    run: (job) => new Promise((resolve) => setImmediate(() => resolve(runJob(job)))),
    close: async () => {},
  };
}

type Slot = { worker: Worker; job: Job | null; resolve: ((r: JobResult) => void) | null };

/** A pool of `n` worker threads. */
export function workerPool(n: number): Runner {
  const url = new URL('./worker.mjs', import.meta.url);
  const slots: Slot[] = [];
  const queue: { job: Job; resolve: (r: JobResult) => void }[] = [];
  let closing = false;

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(url), job: null, resolve: null };
    slot.worker.on('message', (msg: JobResult | { ready: true }) => {
      if ('ready' in msg) return;
      const done = slot.resolve;
      slot.job = null;
      slot.resolve = null;
      done?.(msg);
      next(slot);
    });
    let dead = false;
    const fail = (why: string) => {
      if (dead) return;
      dead = true;
      const { job, resolve } = slot;
      slot.job = null;
      slot.resolve = null;
      if (job && resolve) resolve({ seq: job.seq, failed: `worker failed: ${why}` });
      if (closing) return;
      const i = slots.indexOf(slot);
      if (i >= 0) {
        slots[i] = spawn();
        next(slots[i]!);
      }
    };
    slot.worker.on('error', (err) => fail(err.message));
    slot.worker.on('exit', (code) => fail(`exit code ${code}`));
    return slot;
  };

  const next = (slot: Slot) => {
    if (slot.job || queue.length === 0) return;
    const { job, resolve } = queue.shift()!;
    slot.job = job;
    slot.resolve = resolve;
    slot.worker.postMessage(job);
  };

  for (let i = 0; i < n; i++) slots.push(spawn());
  return {
    run: (job) => new Promise((resolve) => {
      queue.push({ job, resolve });
      const free = slots.find((s) => !s.job);
      if (free) next(free);
    }),
    close: async () => {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
