// A month-end run: every job built in the worker pool, its papers put in place whole, then manifests, then registers.
import { readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import { existingFolderInside, OutputPathError } from '../safePaths.js';
import { removeStaleTemps, replaceFiles, RunStopped, writeFileAtomically } from './atomicFiles.js';
import { isInside, type RunConfig, type RunJob } from './config.js';
import {
  describeExceptions, describeFile, failedEntry, nextManifest, okEntry, parseManifest,
  type Manifest, type ManifestFile, type ManifestJob,
} from './manifest.js';
import { WorkerPool } from './pool.js';
import { emptyRegister, exceptionChanges, exceptionHistoryFor, parseRegister, recordPeriod, type ExceptionRegister } from './register.js';
import { periodFolder, runFolderProblems } from './runFolders.js';
import { stableJson } from './stableJson.js';
import type { JobFault, JobOutcome, JobStatus, QueryBrief } from './types.js';

export { periodFolder } from './runFolders.js';

export const MANIFEST = 'manifest.json';
export const REGISTER = 'exception-register.json';

/** What the runner tells whoever is watching (a progress bar, log lines, nothing). */
export interface RunProgress {
  start(jobs: readonly RunJob[]): void;
  file(job: string, name: string): void;
  finish(job: string, status: JobStatus, detail: string): void;
  stop(): void;
}

export interface RunHooks {
  /** Test hook: the named jobs' workers throw after rendering that many files. */
  faults?: Readonly<Record<string, JobFault>>;
  /** Test hook: runs when a job's files are all staged under temporary names and none renamed yet. */
  beforeRename?: (job: string, signal: AbortSignal | undefined) => Promise<void>;
}

export interface RunOptions {
  config: RunConfig;
  /** `--job NAME`: only this job (it must be in the config). */
  only: string | null;
  concurrency: number;
  progress: RunProgress;
  signal?: AbortSignal | undefined;
  hooks?: RunHooks | undefined;
}

export interface JobReport {
  name: string;
  status: JobStatus;
  period: string | null;
  /** Paths relative to the run's outputRoot. */
  files: ManifestFile[];
  errors: string[];
  warnings: string[];
  exceptions: ManifestJob['exceptions'];
}

export interface RunReport {
  jobs: JobReport[];
  /** Manifests written, relative to the outputRoot. */
  manifests: string[];
  /** Temporary files an earlier, killed run left behind, now removed. */
  staleTempsRemoved: string[];
  /** True when a signal stopped the run: papers already put in place are whole; no manifest or register was written. */
  stopped: boolean;
}

/** A problem with the run as a whole (an unreadable register): nothing was built. */
export class RunSetupError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'RunSetupError';
  }
}

/** The papers are in place but a manifest or the register could not be written (a full disk, a folder in the way). */
export class RunRecordError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'RunRecordError';
  }
}

/** Writes a manifest or the register; a failure names the file instead of surfacing as a bare system error. */
async function writeRecord(outputRoot: string, path: string, text: string): Promise<void> {
  try {
    await writeFileAtomically(outputRoot, path, text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new RunRecordError([{ severity: 'error', code: 'record-not-written', message: `could not be written (${reason}); the papers are in place, but this file still describes the last run`, where: { file: path } }]);
  }
}

interface Finished {
  job: RunJob;
  outcome: JobOutcome;
  /** For ok jobs: the files as written, relative to the period folder. */
  written: ManifestFile[];
  /** Set when writing failed after a good build. */
  writeError: string | null;
}

const registerPath = (output: string): string => join(output, REGISTER);
const manifestPath = (output: string, period: string): string => join(output, periodFolder(period), MANIFEST);

async function readOptional(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    const reason = e instanceof Error ? e.message : String(e);
    throw new RunSetupError([{ severity: 'error', code: 'record-unreadable', message: `cannot be read (${reason})`, where: { file: path } }]);
  }
}

async function loadRegister(output: string): Promise<ExceptionRegister> {
  const path = registerPath(output);
  const text = await readOptional(path);
  if (text === null) return emptyRegister();
  const parsed = parseRegister(text);
  if ('problem' in parsed) {
    throw new RunSetupError([{ severity: 'error', code: 'register-invalid', message: `the exception register cannot be trusted (${parsed.problem}); restore it from backup or move it aside to start a new one`, where: { file: path } }]);
  }
  return parsed.register;
}

/**
 * Temporary files left by a killed run, in every folder this run writes to: the output, its periods, the jobs'
 * folders. A folder reached through a link out of the outputRoot is not one this run writes to (runFolderProblems
 * has refused any it would): it is skipped, never tidied.
 */
async function cleanStaleTemps(outputRoot: string, jobs: readonly RunJob[]): Promise<string[]> {
  const removed: string[] = [];
  const tidy = async (dir: string): Promise<void> => {
    try {
      removed.push(...(await removeStaleTemps(outputRoot, dir)));
    } catch (e) {
      if (!(e instanceof OutputPathError)) throw e;
    }
  };
  for (const output of [...new Set(jobs.map((j) => j.output))].sort()) {
    await tidy(output);
    let periods: string[] = [];
    try {
      const real = await existingFolderInside(outputRoot, output);
      periods = real === null ? [] : (await readdir(real, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    } catch {
      continue;
    }
    for (const period of periods) {
      await tidy(join(output, period));
      for (const job of jobs.filter((j) => j.output === output)) await tidy(join(output, period, job.name));
    }
  }
  return removed;
}

/** Diagnostics name files relative to the run config's folder, so the manifest reads the same on any machine. */
function formatFor(config: RunConfig, diagnostics: readonly Diagnostic[]): string[] {
  const base = dirname(config.file);
  return diagnostics.map((d) => formatDiagnostic(d.where.file === undefined ? d : { ...d, where: { ...d.where, file: relative(base, d.where.file) || basename(d.where.file) } }));
}

export async function runJobs(options: RunOptions): Promise<RunReport> {
  const { config, progress, signal, hooks } = options;
  const jobs = options.only === null ? config.jobs : config.jobs.filter((j) => j.name === options.only);
  const unsafe = await runFolderProblems(config.outputRoot, jobs, config.file);
  if (unsafe.length > 0) throw new RunSetupError(unsafe);
  const staleTempsRemoved = await cleanStaleTemps(config.outputRoot, jobs);
  const registers = new Map<string, ExceptionRegister>();
  for (const output of new Set(jobs.map((j) => j.output))) registers.set(output, await loadRegister(output));
  const registerOf = (job: RunJob): ExceptionRegister => registers.get(job.output) ?? emptyRegister();

  // The manifest of a period as it stood before this run: which files a job had, to tidy and to keep on failure.
  const previousManifests = new Map<string, Promise<Manifest | null>>();
  const previousManifest = (output: string, period: string): Promise<Manifest | null> => {
    const path = manifestPath(output, period);
    let found = previousManifests.get(path);
    if (found === undefined) {
      found = readOptional(path).then((text) => (text === null ? null : parseManifest(text)));
      previousManifests.set(path, found);
    }
    return found;
  };

  progress.start(jobs);
  const pool = new WorkerPool(Math.min(options.concurrency, jobs.length), (job, name) => progress.file(job, name));
  const stopPool = (): void => void pool.close();
  signal?.addEventListener('abort', stopPool, { once: true });
  let stopped = false;

  const buildAndWrite = async (job: RunJob): Promise<Finished> => {
    const outcome = await pool.build({ job, limits: config.limits, reported: registerOf(job).jobs[job.name]?.periods ?? {}, fault: hooks?.faults?.[job.name] ?? null });
    if (outcome.status !== 'ok') return { job, outcome, written: [], writeError: null };
    const jobDir = join(job.output, periodFolder(outcome.period), job.name);
    try {
      await replaceFiles(config.outputRoot, jobDir, outcome.files, {
        signal,
        ...(hooks?.beforeRename !== undefined ? { beforeRename: (s: AbortSignal | undefined) => hooks.beforeRename!(job.name, s) } : {}),
      });
    } catch (e) {
      if (e instanceof RunStopped) stopped = true;
      return { job, outcome, written: [], writeError: `could not put the papers in place: ${e instanceof Error ? e.message : String(e)}` };
    }
    await removeSuperseded(config.outputRoot, jobDir, job.name, outcome.files.map((f) => f.name), await previousManifest(job.output, outcome.period));
    return { job, outcome, written: outcome.files.map((f) => describeFile(`${job.name}/${f.name}`, f.bytes)), writeError: null };
  };

  let finished: Finished[];
  try {
    finished = await Promise.all(
      jobs.map(async (job) => {
        const result = await buildAndWrite(job);
        const status: JobStatus = result.writeError !== null ? 'render-failed' : result.outcome.status;
        progress.finish(job.name, status, result.writeError ?? detailOf(result.outcome));
        // The bytes are on disk; let them go before the next job's arrive.
        if (result.outcome.status === 'ok') result.outcome.files = [];
        return result;
      }),
    );
  } finally {
    signal?.removeEventListener('abort', stopPool);
    await pool.close();
    progress.stop();
  }
  if (signal?.aborted === true) stopped = true;

  const reports: JobReport[] = [];
  const groups = new Map<string, { output: string; period: string; entries: Record<string, ManifestJob> }>();
  const groupOf = (output: string, period: string): { output: string; period: string; entries: Record<string, ManifestJob> } => {
    const key = manifestPath(output, period);
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { output, period, entries: {} }));
    return group;
  };
  const unplaced: { job: RunJob; entry: (previous: ManifestJob | undefined) => ManifestJob }[] = [];

  for (const { job, outcome, written, writeError } of finished) {
    const register = registerOf(job);
    if (outcome.status === 'ok' && writeError === null) {
      const warnings = formatFor(config, outcome.warnings);
      const history = exceptionHistoryFor(register, job.name, outcome.period);
      const exceptions = describeExceptions(exceptionChanges(register, job.name, outcome.period, outcome.exceptions), history, outcome.indicators);
      groupOf(job.output, outcome.period).entries[job.name] = okEntry(written, exceptions, warnings, outcome.queries);
      const prefix = relative(config.outputRoot, join(job.output, periodFolder(outcome.period)));
      reports.push({ name: job.name, status: 'ok', period: outcome.period, files: written.map((f) => ({ ...f, name: join(prefix, f.name) })), errors: [], warnings, exceptions });
      continue;
    }
    const status: Exclude<JobStatus, 'ok'> = writeError !== null ? 'render-failed' : outcome.status === 'ok' ? 'render-failed' : outcome.status;
    const errors = writeError !== null ? [writeError] : outcome.status === 'invalid-input' ? formatFor(config, outcome.errors) : failureOf(outcome);
    const warnings = outcome.status === 'invalid-input' || outcome.status === 'held' ? formatFor(config, outcome.warnings) : [];
    const queries = outcome.status === 'held' ? outcome.queries : [];
    reports.push({ name: job.name, status, period: outcome.period, files: [], errors, warnings, exceptions: { new: [], continuing: [], resolved: [] } });
    const entry = (previous: ManifestJob | undefined): ManifestJob => failedEntry(status, errors, warnings, previous, queries);
    if (outcome.period !== null) groupOf(job.output, outcome.period).entries[job.name] = entry((await previousManifest(job.output, outcome.period))?.jobs[job.name]);
    else unplaced.push({ job, entry });
  }
  // A job that failed before its period was known (`latest` and an unreadable workbook) is listed in every
  // manifest this run writes in its output folder.
  for (const { job, entry } of unplaced) {
    for (const group of groups.values()) {
      if (group.output === job.output) group.entries[job.name] = entry((await previousManifest(group.output, group.period))?.jobs[job.name]);
    }
  }

  const manifests: string[] = [];
  if (!stopped) {
    for (const [path, group] of [...groups].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
      const manifest = nextManifest(group.period, await previousManifest(group.output, group.period), group.entries, options.only === null);
      await writeRecord(config.outputRoot, path, stableJson(manifest));
      manifests.push(relative(config.outputRoot, path));
    }
    // The register last: only once every paper and manifest is in place does this period count as reported.
    for (const [output, register] of [...registers].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
      let next = register;
      for (const { job, outcome, writeError } of finished) {
        if (job.output === output && outcome.status === 'ok' && writeError === null) next = recordPeriod(next, job.name, outcome.period, outcome.exceptions);
      }
      if (next !== register) await writeRecord(config.outputRoot, registerPath(output), stableJson(next));
    }
  }
  return { jobs: reports.sort((a, b) => a.name.localeCompare(b.name, 'en')), manifests, staleTempsRemoved, stopped };
}

function detailOf(outcome: JobOutcome): string {
  if (outcome.status === 'ok') return `${outcome.files.length} ${outcome.files.length === 1 ? 'file' : 'files'}`;
  if (outcome.status === 'invalid-input') return outcome.errors.map(formatDiagnostic).join('; ');
  if (outcome.status === 'held') return heldMessage(outcome.queries);
  return outcome.error;
}

/** Why a job was held, naming the indicators a service lead must confirm or correct. */
function heldMessage(queries: readonly QueryBrief[]): string {
  const open = queries.filter((q) => q.doubtsFigure && !q.confirmed);
  const ids = [...new Set(open.map((q) => q.id))];
  return `held (holdOnQueries): ${open.length} unconfirmed data ${open.length === 1 ? 'query' : 'queries'} (${ids.join(', ')}); confirm or correct them (boardpack queries lists them), then run again`;
}

function failureOf(outcome: JobOutcome): string[] {
  if (outcome.status === 'held') return [heldMessage(outcome.queries)];
  if (outcome.status === 'render-failed') return [outcome.error];
  return [];
}

/**
 * Papers the job wrote last time for this period that this build did not (an exception that has closed): removed,
 * so a clerk never picks up a stale one. Only names the previous manifest listed, only inside the job's folder,
 * and never through a link out of the outputRoot (a paper that is itself a link loses the link, not its target).
 * Tidying is best effort: a name it cannot remove is left, and the run goes on.
 */
async function removeSuperseded(outputRoot: string, jobDir: string, job: string, current: readonly string[], previous: Manifest | null): Promise<void> {
  const entry = previous?.jobs[job];
  if (entry === undefined) return;
  const keep = new Set(current);
  for (const file of [...entry.files, ...entry.keptFromLastGoodRun]) {
    const name = file.name.startsWith(`${job}/`) ? file.name.slice(job.length + 1) : null;
    if (name === null || keep.has(name)) continue;
    const path = resolve(jobDir, name);
    if (!isInside(jobDir, path) || path === jobDir) continue;
    const folder = await existingFolderInside(outputRoot, dirname(path)).catch(() => null);
    if (folder !== null) await rm(join(folder, basename(path)), { force: true }).catch(() => undefined);
  }
}
