// Starting the workbook worker with a heap limit and a timeout, so a hostile file ends in a diagnostic, not a crash.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerOptions } from 'node:worker_threads';
import { error } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { SheetGrid } from './grid.js';
import { decodeGrids } from './gridWire.js';
import type { ReadLimits } from './types.js';
import { unreadableWorkbook } from './workbookDamage.js';
import type { WorkerReply, WorkerRequest } from './workerProtocol.js';

export type WorkerOutcome = { ok: true; sheets: SheetGrid[] } | { ok: false; diagnostic: Diagnostic } | GuardRefusal;
/** The archive guard's reasons not to parse the file (when the read asked for the guard). */
export type GuardRefusal = { ok: false; refused: Diagnostic[] };

/**
 * Under vitest or tsx this module is TypeScript and so is the worker, which plain Node cannot load. On Node 20
 * `execArgv: ['--import', 'tsx']` does not reach a worker's entry module, so a small bootstrap registers tsx's
 * loader inside the worker and then imports the worker. Built (dist/*.js), the worker starts plainly.
 */
function startWorker(options: WorkerOptions): Worker {
  // Built, the worker is our own code and needs none of the process's flags (V8's apply to the whole process
  // anyway); inherited, `--input-type` stopped it (ERR_INPUT_TYPE_NOT_ALLOWED: a script run as
  // `node --input-type=module -e …` could read no workbook and was told the workbook looked damaged).
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./workbookWorker.js', import.meta.url), { ...options, execArgv: [] });
  const entry = new URL('./workbookWorker.ts', import.meta.url).href;
  // tsx's exports map points `require` at index.cjs; its ESM twin sits beside it.
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

function describeWorkerError(err: Error, limits: ReadLimits, file: string): Diagnostic {
  if ((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return error('workbook-too-complex', `reading the workbook needed more than ${limits.maxWorkerMemoryMb} MB of memory; it may be damaged or built to exhaust memory`, { file });
  }
  // The worker's own words are a JavaScript error; the reader names the damage itself (see workbookDamage.ts).
  return unreadableWorkbook(file);
}

function fromReply(reply: WorkerReply, file: string): WorkerOutcome {
  if (reply.ok) return { ok: true, sheets: decodeGrids(reply.sheets) };
  if ('refused' in reply) return reply;
  return { ok: false, diagnostic: error(reply.code, reply.message, reply.sheet === undefined ? { file } : { file, sheet: reply.sheet }) };
}

/**
 * exceljs makes many short-lived objects; a worker's default young generation is small enough that scavenging
 * costs about a fifth of the read. Kept to a quarter of the heap so a small heap limit still means what it says.
 */
function youngGenerationMb(limits: ReadLimits): number {
  return Math.max(1, Math.min(64, Math.floor(limits.maxWorkerMemoryMb / 4)));
}

/**
 * Starting a worker and loading exceljs into it costs more than reading a typical scorecard, so after a clean
 * reply the worker waits (unreferenced, so it never keeps the process alive) for the next read with the same
 * limits. A worker that failed, ran out of memory or timed out is never reused.
 */
let idle: { worker: Worker; key: string; forget: () => void } | null = null;

function takeWorker(limits: ReadLimits): { worker: Worker; key: string } {
  const resourceLimits = { maxOldGenerationSizeMb: limits.maxWorkerMemoryMb, maxYoungGenerationSizeMb: youngGenerationMb(limits) };
  const key = JSON.stringify(resourceLimits);
  if (idle !== null && idle.key === key) {
    const { worker, forget } = idle;
    idle = null;
    // The idle watch goes with the idle spell: left on, every reuse would add another exit listener.
    worker.off('exit', forget);
    worker.ref();
    return { worker, key };
  }
  return { worker: startWorker({ resourceLimits, stdout: false, stderr: false }), key };
}

function keepForNextRead(slot: { worker: Worker; key: string }): void {
  if (idle !== null) {
    void slot.worker.terminate();
    return;
  }
  slot.worker.unref();
  // An idle worker that dies (it should not) is simply forgotten.
  const forget = (): void => {
    if (idle?.worker === slot.worker) idle = null;
  };
  slot.worker.once('exit', forget);
  idle = { ...slot, forget };
}

/** A read under way: its outcome, and a way to keep the process alive for it. */
export interface WorkbookRead {
  outcome: Promise<WorkerOutcome>;
  /** A read started in the background does not keep the process alive; the one who awaits it holds it. */
  hold(): void;
}

/**
 * Parses the workbook in a worker under the limits' heap size and timeout. With `guard`, the worker first checks the
 * archive (archiveGuard.ts) and parses only a file the guard accepts; in the worker, the check runs beside whatever
 * the main thread is doing (loading the command's modules) instead of waiting for its turns.
 */
export function startWorkbookRead(file: string, limits: ReadLimits, options: { guard?: boolean; background?: boolean } = {}): WorkbookRead {
  const request: WorkerRequest = { file, maxRows: limits.maxRows, ...(options.guard === true ? { guard: limits } : {}) };
  const slot = takeWorker(limits);
  const { worker } = slot;
  let settled = false;
  let timer: NodeJS.Timeout | undefined;
  const outcome = new Promise<WorkerOutcome>((resolve) => {
    const settle = (result: WorkerOutcome, reusable: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // Only our own listeners: Worker keeps internal ones (removeAllListeners would stop its messages).
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reusable) keepForNextRead(slot);
      else void worker.terminate();
      resolve(result);
    };
    timer = setTimeout(() => {
      settle({ ok: false, diagnostic: error('workbook-timeout', `reading the workbook took longer than ${limits.timeoutMs / 1000} seconds and was stopped; it may be damaged or built to stall the reader`, { file }) }, false);
    }, limits.timeoutMs);
    const onMessage = (reply: WorkerReply): void => settle(fromReply(reply, file), reply.ok);
    const onError = (err: Error): void => settle({ ok: false, diagnostic: describeWorkerError(err, limits, file) }, false);
    const onExit = (code: number): void =>
      settle({ ok: false, diagnostic: error('unreadable-workbook', `the workbook reader stopped unexpectedly (exit code ${code})`, { file }) }, false);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(request);
  });
  const hold = (): void => {
    if (settled) return;
    worker.ref();
    timer?.ref();
  };
  if (options.background === true) {
    worker.unref();
    timer?.unref();
  }
  return { outcome, hold };
}

export function parseWorkbookInWorker(file: string, limits: ReadLimits, options: { guard?: boolean } = {}): Promise<WorkerOutcome> {
  return startWorkbookRead(file, limits, options).outcome;
}
