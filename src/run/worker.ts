// The worker thread's entry: builds each job it is sent and posts back the files (as bytes) and the outcome.
import { parentPort } from 'node:worker_threads';
import { buildJob } from './buildJob.js';
import type { JobRequest, WorkerMessage } from './types.js';

const port = parentPort;
if (port === null) throw new Error('src/run/worker.ts runs only as a worker thread');

port.on('message', (request: JobRequest) => {
  const name = request.job.name;
  const post = (message: WorkerMessage): void => port.postMessage(message);
  void buildJob(request, (file) => post({ type: 'file', job: name, name: file })).then((outcome) => post({ type: 'done', job: name, outcome }));
});
