/** The worker thread's loop: a Job in, a JobResult out (see `pool.ts`). */
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './job';

parentPort!.on('message', (job: Job) => parentPort!.postMessage(runJob(job)));
parentPort!.postMessage({ ready: true });
