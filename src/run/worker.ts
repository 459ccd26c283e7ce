// The job worker's entry (a child process): builds each job it is sent and sends back the files and the outcome.
import { buildJob } from './buildJob.js';
import type { JobRequest, WorkerMessage } from './types.js';

const send = process.send?.bind(process);
if (send === undefined) throw new Error('src/run/worker.ts runs only as a child process started by the run pool');

const post = (message: WorkerMessage): Promise<void> =>
  new Promise((resolve, reject) => send(message, undefined, undefined, (err) => (err === null ? resolve() : reject(err))));

process.on('message', (request: JobRequest) => {
  const name = request.job.name;
  void buildJob(request, (file) => void post({ type: 'file', job: name, name: file })).then((outcome) => post({ type: 'done', job: name, outcome }));
});
// The runner closing the channel (or dying) ends the worker: it must never outlive the run.
process.on('disconnect', () => process.exit(0));
