// A job worker's work (a child process the run pool starts): builds each job it is sent and sends back the files
// and the outcome. Started as src/run/worker.ts (the modules as built, or TypeScript under tsx), or through the
// command line's start-up from its bundle (src/startup/index.ts), which then compiles from its code cache.
import { buildJob } from './buildJob.js';
import type { JobRequest, WorkerMessage } from './types.js';

/** Serves jobs until the run closes the channel; `afterFirstJob` runs once, when the first job is done. */
export function serveJobs(afterFirstJob: () => void = () => {}): void {
  const send = process.send?.bind(process);
  if (send === undefined) throw new Error('a job worker runs only as a child process started by the run pool');
  const post = (message: WorkerMessage): Promise<void> =>
    new Promise((resolve, reject) => send(message, undefined, undefined, (err) => (err === null ? resolve() : reject(err))));
  let first = true;
  process.on('message', (request: JobRequest) => {
    const name = request.job.name;
    void buildJob(request, (file) => void post({ type: 'file', job: name, name: file }))
      .then((outcome) => post({ type: 'done', job: name, outcome }))
      .then(() => {
        if (!first) return;
        first = false;
        afterFirstJob();
      });
  });
  // The runner closing the channel (or dying) ends the worker: it must never outlive the run.
  process.on('disconnect', () => process.exit(0));
}
