// A fixed number of worker threads building jobs from a queue; a worker that dies fails only the job it held.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { JobOutcome, JobRequest, WorkerMessage } from './types.js';

/**
 * As src/read/runWorker.ts does: under vitest or tsx this module and the worker are TypeScript, and on Node 20
 * `execArgv: ['--import', 'tsx']` does not reach a worker's entry module, so a small bootstrap registers tsx's
 * loader inside the worker and then imports it. Built (dist/*.js), the worker starts plainly.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url));
  const entry = new URL('./worker.ts', import.meta.url).href;
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true });
}

interface Task {
  request: JobRequest;
  resolve: (outcome: JobOutcome) => void;
}

interface Slot {
  worker: Worker | null;
  task: Task | null;
}

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Task[] = [];
  private closed = false;

  /** `onFile` hears each file as a worker renders it (for progress). */
  constructor(size: number, private readonly onFile: (job: string, name: string) => void) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => ({ worker: null, task: null }));
  }

  /** Builds one job on the next free worker; always resolves, with `render-failed` if its worker died. */
  build(request: JobRequest): Promise<JobOutcome> {
    return new Promise((resolve) => {
      if (this.closed) {
        resolve({ status: 'render-failed', period: null, error: 'the run was stopped before this job started' });
        return;
      }
      this.queue.push({ request, resolve });
      this.dispatch();
    });
  }

  /** Stops every worker; jobs still queued or running end as `render-failed`. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.resolve({ status: 'render-failed', period: null, error: 'the run was stopped before this job started' });
    await Promise.all(
      this.slots.map(async (slot) => {
        const { worker, task } = slot;
        slot.worker = null;
        slot.task = null;
        task?.resolve({ status: 'render-failed', period: null, error: 'the run was stopped while this job was building' });
        if (worker !== null) await worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task !== null || this.closed) continue;
      const task = this.queue.shift();
      if (task === undefined) return;
      slot.task = task;
      if (slot.worker === null) slot.worker = this.spawn(slot);
      slot.worker.postMessage(task.request);
    }
  }

  private spawn(slot: Slot): Worker {
    const worker = startWorker();
    const finish = (outcome: JobOutcome): void => {
      const task = slot.task;
      slot.task = null;
      task?.resolve(outcome);
      this.dispatch();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'file') this.onFile(message.job, message.name);
      else finish(message.outcome);
    });
    const died = (reason: string): void => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      void worker.terminate();
      finish({ status: 'render-failed', period: null, error: reason });
    };
    worker.on('error', (err: Error) => {
      const oom = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
      died(oom ? 'the worker ran out of memory building this job' : `the worker building this job failed: ${err.message}`);
    });
    worker.on('exit', (code) => died(`the worker building this job stopped unexpectedly (exit code ${code})`));
    return worker;
  }
}
