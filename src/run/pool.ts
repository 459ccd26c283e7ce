// A fixed number of worker processes building jobs from a queue; a worker that dies fails only the job it held.
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RUN_WORKER_ARGUMENT } from '../commandNames.js';
import { knownV8 } from '../startup/v8Release.js';
import type { JobOutcome, JobRequest, WorkerMessage } from './types.js';

/**
 * The V8 settings each worker starts with, for a pool of `size` workers on a machine with `cores` cores.
 *
 * - `--heap-growing-percent=100`: V8 lets a heap grow up to four times what survived its last full collection
 *   before collecting again, so a worker sat at about 400 MB whatever its jobs kept alive. Growing by at most
 *   double keeps it lower. No limit is set: a job with a 500-indicator paper needs 400 to 500 MB of heap, and
 *   a hard limit would stop it.
 * - `--single-threaded`, when there are at least as many workers as cores: a worker otherwise collects garbage and
 *   optimises code on background threads, so one worker already keeps 1.5 cores busy and two workers on two cores
 *   got in each other's way. A pool smaller than the machine keeps those threads: a lone worker is faster with
 *   them (26 s against 31 s for the run below).
 * - `--max-semi-space-size=64` (MB): a paper's object tree outlives V8's default young generation (16 MB a half),
 *   so each scavenge copied much of it, and garbage collection took a sixth of a worker's time. With room for it, a
 *   warm 60-indicator job with every paper took 10–15% less time (four interleaved rounds: 1.07–1.27 s against
 *   1.20–1.50 s), for about 70 MB more per worker; 128 MB gained nothing more and cost 190 MB. The run below: one
 *   worker 23.5 s against 27.2 s, two 18.5 s against 19.8 s (and 4 of 5 interleaved pairs faster, by 4% on
 *   average), its peak 856 MB against 729 MB.
 * - TurboFan's inlining is off too, set by the start-up every worker runs through (`withoutInlining`,
 *   src/startup/index.ts), as for a command.
 *
 * A two-worker run of 20 jobs × 60 indicators, all papers (`npx tsx bench/jobs.ts --paper all`), interleaved runs
 * on this 2-core machine: as Node starts, 18.7–21.5 s and 936–1,017 MB for the process tree; single-threaded,
 * 18.1–19.8 s and 940–997 MB; with both settings, 18.7–21.5 s and 667–758 MB.
 */
export function workerV8Flags(size: number, cores: number): string[] {
  return ['--heap-growing-percent=100', '--max-semi-space-size=64', ...(size >= cores ? ['--single-threaded'] : [])];
}

/**
 * The settings the workers start with: as workerV8Flags gives them on the V8 releases known to have them (11 to 13,
 * src/startup/v8Release.ts), with no process started to ask; on any other, only if that Node.js starts with them.
 * Asking took about a tenth of a second, on the way to starting the first worker.
 */
export function workerFlagsFor(size: number, cores: number, v8Version: string = process.versions.v8, accepted: (flags: readonly string[]) => readonly string[] = acceptedByNode): readonly string[] {
  const flags = workerV8Flags(size, cores);
  return knownV8(v8Version) ? flags : accepted(flags);
}

const acceptedFlags = new Map<string, boolean>();

/**
 * `flags` if this Node.js starts with them, else none: a flag a later release dropped would stop every worker before
 * it built anything ("bad option"), where without it the run is only slower or larger. Asked once per process.
 */
export function acceptedByNode(flags: readonly string[]): readonly string[] {
  if (flags.length === 0) return flags;
  const key = flags.join(' ');
  let accepted = acceptedFlags.get(key);
  if (accepted === undefined) {
    accepted = spawnSync(process.execPath, [...flags, '-e', ''], { stdio: 'ignore', timeout: 30_000 }).status === 0;
    acceptedFlags.set(key, accepted);
  }
  return accepted ? flags : [];
}

/**
 * Child processes, not worker threads. node-canvas loads and draws in worker threads, but two things go wrong
 * there: the process segfaults (exit 139) when a thread that drew charts ends, and a thread's process.env is a
 * copy, so render/charts' private fontconfig never reaches the C library and charts come out with the host's
 * hinting (different bytes from `boardpack build`). In a child process both are as in a single build.
 * Under vitest or tsx the worker is TypeScript (src/run/worker.ts), so the child loads tsx first; built, it starts as
 * the command does (bin/boardpack.js --boardpack-run-worker), from the bundle and its code cache where current.
 */
function startWorker(v8Flags: readonly string[]): ChildProcess {
  const typescript = import.meta.url.endsWith('.ts');
  const [entry, args] = typescript ? [fileURLToPath(new URL('./worker.ts', import.meta.url)), []] : [fileURLToPath(new URL('../../bin/boardpack.js', import.meta.url)), [RUN_WORKER_ARGUMENT]];
  // tsx's package root holds dist/loader.mjs, what `node --import tsx` loads.
  const tsxLoader = (): string => pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'loader.mjs')).href;
  const execArgv = [...v8Flags, ...(typescript ? ['--import', tsxLoader()] : [])];
  // Advanced serialisation carries the papers' bytes as Uint8Arrays rather than JSON arrays of numbers.
  return fork(entry, args, { execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
}

interface Task {
  request: JobRequest;
  resolve: (outcome: JobOutcome) => void;
}

interface Slot {
  worker: ChildProcess | null;
  task: Task | null;
}

const STDERR_TAIL = 2_000;

export class WorkerPool {
  private readonly slots: Slot[];
  private readonly queue: Task[] = [];
  private closed = false;
  /** Every worker's process id: a worker stopped mid-job leaves staged files named with it, which the run removes. */
  readonly pids: number[] = [];
  private readonly v8Flags: readonly string[];
  /** `onFile` hears each file as a worker renders it (for progress). */
  constructor(size: number, private readonly onFile: (job: string, name: string) => void) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => ({ worker: null, task: null }));
    this.v8Flags = workerFlagsFor(this.slots.length, availableParallelism());
  }

  /**
   * Starts `count` of the workers (at most the pool's size) before there is a job for them: a worker takes about half
   * a second of a core to load its code, which it can do while the run readies its folders.
   */
  start(count: number): void {
    for (const slot of this.slots.slice(0, count)) {
      if (slot.worker === null && !this.closed) slot.worker = this.spawn(slot);
    }
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

  /** Ends every worker; jobs still queued or running end as `render-failed`. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.resolve({ status: 'render-failed', period: null, error: 'the run was stopped before this job started' });
    await Promise.all(
      this.slots.map(async (slot) => {
        const { worker, task } = slot;
        slot.worker = null;
        slot.task = null;
        task?.resolve({ status: 'render-failed', period: null, error: 'the run was stopped while this job was building' });
        if (worker === null || worker.exitCode !== null || worker.signalCode !== null) return;
        const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
        // A busy worker is stopped; an idle one leaves when its channel closes.
        if (task !== null) worker.kill('SIGKILL');
        else if (worker.connected) worker.disconnect();
        await exited;
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
      slot.worker.send(task.request);
    }
  }

  private spawn(slot: Slot): ChildProcess {
    const worker = startWorker(this.v8Flags);
    if (worker.pid !== undefined) this.pids.push(worker.pid);
    let stderr = '';
    worker.stderr?.setEncoding('utf8');
    worker.stderr?.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL);
    });
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
      const last = stderr.trim().split('\n').at(-1);
      finish({ status: 'render-failed', period: null, error: last === undefined || last === '' ? reason : `${reason}: ${last}` });
    };
    worker.on('error', (err: Error) => died(`the worker building this job could not run: ${err.message}`));
    worker.on('exit', (code, signal) => died(`the worker building this job stopped unexpectedly (${signal ?? `exit code ${code}`})`));
    return worker;
  }
}
