// `boardpack run --config FILE`: the unattended month-end build of every job in a run config, in parallel workers.
import { availableParallelism } from 'node:os';
import { exitCodeFor, ExitCode, type Failure } from '../diagnostics.js';
import { loadRunConfig } from '../run/config.js';
import { barProgress, lineProgress, silentProgress } from '../run/progress.js';
import { runJobs, RunRecordError, RunSetupError, type RunHooks, type RunProgress, type RunReport } from '../run/runner.js';
import { stableJson } from '../run/stableJson.js';
import { printDiagnostics, type CommandIo } from './io.js';

export interface RunArgs {
  config: string;
  job?: string | undefined;
  concurrency?: number | undefined;
  json?: boolean | undefined;
  quiet?: boolean | undefined;
}

export interface RunCommandOptions {
  /** Test hooks passed to the runner (injected faults, a pause before renaming). */
  hooks?: RunHooks;
  /** Where progress goes and whether it is a terminal; default process.stderr. */
  progressStream?: NodeJS.WritableStream & { isTTY?: boolean };
  /** Stop cleanly on SIGTERM and SIGINT (default true); tests running in-process turn it off. */
  handleSignals?: boolean;
}

/** The failure a signal that stopped the run stands for (its exit status is what a shell reports for a process killed by it). */
const SIGNAL_FAILURE = { SIGTERM: 'terminated', SIGINT: 'interrupted' } as const satisfies Record<string, Failure>;

/** Exit status when a job was held for unconfirmed data queries (holdOnQueries) and nothing worse happened. */
export const HELD_FOR_QUERIES_EXIT = ExitCode.heldForQueries;

const JOB_FAILURE = { ok: null, 'invalid-input': 'invalid-input', held: 'held-for-queries', 'render-failed': 'render-failed' } as const satisfies Record<RunReport['jobs'][number]['status'], Failure | null>;

/**
 * The most serious of the jobs' failures (see exitCodeFor): 3 some job failed to render or its papers could not be
 * written; else 1 some job's input was invalid; else 4 some job was held for unconfirmed data queries; else 0.
 */
export function runExitCode(report: RunReport): number {
  return exitCodeFor(...report.jobs.map((j) => JOB_FAILURE[j.status]));
}

function progressFor(args: RunArgs, options: RunCommandOptions, workers: number): RunProgress {
  if (args.quiet === true) return silentProgress;
  const stream = options.progressStream ?? process.stderr;
  if (stream.isTTY === true) return barProgress(stream);
  return lineProgress((line) => stream.write(`${line}\n`), workers);
}

function printReport(io: CommandIo, report: RunReport, quiet: boolean): void {
  for (const path of report.repaired) io.err(`finished putting in place the papers of ${path}, which a stopped run left half done; its manifest entry now matches them`);
  for (const path of report.staleTempsRemoved) if (!quiet) io.err(`removed a temporary file left by an earlier run: ${path}`);
  for (const job of report.jobs) {
    if (job.status === 'ok') {
      if (quiet) continue;
      const { new: fresh, continuing, resolved } = job.exceptions;
      io.out(`${job.name}: ok, ${job.period ?? ''}: ${job.files.length} ${job.files.length === 1 ? 'file' : 'files'}; exceptions ${fresh.length} new, ${continuing.length} continuing, ${resolved.length} resolved; ${job.warnings.length} ${job.warnings.length === 1 ? 'warning' : 'warnings'}`);
      continue;
    }
    io.err(`${job.name}: ${job.status}${job.period === null ? '' : `, ${job.period}`}; the previous papers were left in place`);
    for (const e of job.errors) io.err(`  ${e}`);
  }
  if (report.stopped) io.err('run stopped by a signal: papers already put in place are whole and their manifest entries say so; the other jobs and the exception register were not updated. Run again to finish.');
  else if (!quiet) for (const m of report.manifests) io.out(`manifest: ${m}`);
}

export async function runCommand(args: RunArgs, io: CommandIo, options: RunCommandOptions = {}): Promise<number> {
  const concurrency = args.concurrency ?? availableParallelism();
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    io.err(`boardpack: --concurrency takes a whole number of workers, 1 or more; got ${String(args.concurrency)}`);
    return exitCodeFor('usage');
  }
  const loaded = await loadRunConfig(args.config);
  if (loaded.config === null) {
    printDiagnostics(io, loaded.diagnostics);
    return exitCodeFor('usage');
  }
  const config = loaded.config;
  if (args.job !== undefined && !config.jobs.some((j) => j.name === args.job)) {
    io.err(`boardpack: no job named "${args.job}" in ${args.config}; its jobs are ${config.jobs.map((j) => j.name).join(', ')}`);
    return exitCodeFor('usage');
  }

  const controller = new AbortController();
  let stoppedBy: keyof typeof SIGNAL_FAILURE | null = null;
  const onSignal = (signal: keyof typeof SIGNAL_FAILURE): void => {
    stoppedBy ??= signal;
    controller.abort();
  };
  const onTerm = (): void => onSignal('SIGTERM');
  const onInt = (): void => onSignal('SIGINT');
  const handleSignals = options.handleSignals ?? true;
  if (handleSignals) {
    process.on('SIGTERM', onTerm);
    process.on('SIGINT', onInt);
  }
  let report: RunReport;
  try {
    report = await runJobs({
      config,
      only: args.job ?? null,
      concurrency,
      progress: progressFor(args, options, concurrency),
      signal: controller.signal,
      hooks: options.hooks,
    });
  } catch (e) {
    if (e instanceof RunSetupError) {
      printDiagnostics(io, e.diagnostics);
      return exitCodeFor('usage');
    }
    if (e instanceof RunRecordError) {
      printDiagnostics(io, e.diagnostics);
      return exitCodeFor('render-failed');
    }
    throw e;
  } finally {
    if (handleSignals) {
      process.off('SIGTERM', onTerm);
      process.off('SIGINT', onInt);
    }
  }

  const exitCode = report.stopped ? exitCodeFor(SIGNAL_FAILURE[stoppedBy ?? 'SIGTERM']) : runExitCode(report);
  if (args.json === true) io.out(stableJson({ exitCode, ...report }).trimEnd());
  printReport(args.json === true ? { out: () => {}, err: io.err } : io, report, args.quiet === true);
  return exitCode;
}
