// A month-end run: every job built in the worker pool, its papers put in place whole under a publish journal and its
// manifest entry written at once, then the whole-run manifests, then registers.
import { readdir, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';
import { existingFolderInside, makeFolderInside, OutputPathError } from '../safePaths.js';
import { removeStaleTemps, RunStopped, Staging, writeFileAtomically } from '../output.js';
import type { RunConfig, RunJob } from './config.js';
import { filesOnDisk, journalFor, journalName, removePapers, replayJournals } from './journal.js';
import {
  describeExceptions, failedEntry, nextManifest, okEntry, parseManifest,
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
  /**
   * Test hook: runs at each point of a job's publish, to kill the run there: `journalled` (journal written, nothing
   * renamed), `renamed 1`, `renamed 2` ... (after each rename), `published` (all renamed, superseded papers removed,
   * manifest not yet written), `recorded` (manifest written, journal not yet removed).
   */
  publishPoint?: (job: string, point: string) => Promise<void>;
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
  /** Jobs whose publish a killed run left half done, finished first (`<period>/<job>` under the outputRoot). */
  repaired: string[];
  /**
   * True when a signal stopped the run: papers already put in place are whole and their jobs' manifest entries say
   * so; the whole-run manifest rewrite and the register were skipped.
   */
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

/**
 * Any failure to bring a manifest up to date (it cannot be read, or written) as a RunRecordError: a job whose papers
 * are in place is not reported as failed, and the run exits 3 naming the file and saying it was not updated.
 */
function recordFailure(path: string, e: unknown): RunRecordError {
  if (e instanceof RunRecordError) return e;
  if (e instanceof RunSetupError) {
    const reason = e.diagnostics.map((d) => d.message).join('; ');
    const remedy = e.diagnostics.some((d) => d.code === 'record-invalid') ? 'restore it from backup (or move it aside)' : 'make it readable (or move it aside)';
    return new RunRecordError([{ severity: 'error', code: e.diagnostics[0]?.code ?? 'record-unreadable', message: `${reason}, so it was not updated; ${remedy}, then run again`, where: { file: path } }]);
  }
  const reason = e instanceof Error ? e.message : String(e);
  return new RunRecordError([{ severity: 'error', code: 'record-not-written', message: `could not be updated (${reason}); the papers are in place, but this file still describes the last run`, where: { file: path } }]);
}

interface Finished {
  job: RunJob;
  outcome: JobOutcome;
  /** For ok jobs put in place: their manifest entry (files relative to the period folder). */
  entry: ManifestJob | null;
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

/** A period's manifest as read back, or a RunSetupError naming it and saying why it cannot be trusted. */
function trustedManifest(path: string, text: string): Manifest {
  const parsed = parseManifest(text);
  if ('problem' in parsed) throw new RunSetupError([{ severity: 'error', code: 'record-invalid', message: `cannot be trusted as a manifest (${parsed.problem})`, where: { file: path } }]);
  return parsed.manifest;
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
async function cleanStaleTemps(outputRoot: string, jobs: readonly RunJob[], ownedBy: readonly number[] = []): Promise<string[]> {
  const removed: string[] = [];
  const tidy = async (dir: string): Promise<void> => {
    try {
      removed.push(...(await removeStaleTemps(outputRoot, dir, Date.now(), ownedBy)));
    } catch (e) {
      if (!(e instanceof OutputPathError)) throw e;
    }
  };
  for (const output of [...new Set(jobs.map((j) => j.output))].sort()) {
    await tidy(output);
    for (const period of await periodFoldersIn(outputRoot, output)) {
      await tidy(join(output, period));
      for (const job of jobs.filter((j) => j.output === output)) await tidy(join(output, period, job.name));
    }
  }
  return removed;
}

/** The folders in a job output folder (period folders), sorted; none when it is missing or not safely inside. */
async function periodFoldersIn(outputRoot: string, output: string): Promise<string[]> {
  try {
    const real = await existingFolderInside(outputRoot, output);
    return real === null ? [] : (await readdir(real, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  } catch {
    return [];
  }
}

/**
 * Before anything else: finishes every publish a killed run left half done (its journal still there), so the
 * papers and the manifest agree again. Returns `<period>/<job>` for each, relative to the outputRoot.
 */
async function repairUnfinishedPublishes(outputRoot: string, jobs: readonly RunJob[]): Promise<string[]> {
  const repaired: string[] = [];
  for (const output of [...new Set(jobs.map((j) => j.output))].sort()) {
    const names = new Set(jobs.filter((j) => j.output === output).map((j) => j.name));
    for (const period of await periodFoldersIn(outputRoot, output)) {
      const dir = join(output, period);
      try {
        for (const job of await replayJournals(outputRoot, dir, names, MANIFEST)) repaired.push(relative(outputRoot, join(dir, job)));
      } catch (e) {
        if (!(e instanceof OutputPathError)) throw e;
      }
    }
  }
  return repaired;
}

/** Diagnostics name files relative to the run config's folder, so the manifest reads the same on any machine. */
function formatFor(config: RunConfig, diagnostics: readonly Diagnostic[]): string[] {
  const base = dirname(config.file);
  return diagnostics.map((d) => formatDiagnostic(d.where.file === undefined ? d : { ...d, where: { ...d.where, file: relative(base, d.where.file) || basename(d.where.file) } }));
}

/**
 * Before any job: the run's folders checked (a RunSetupError names every problem), publishes a killed run left half
 * done finished, stale staging files removed, and each output folder's exception register read.
 */
async function readyFolders(outputRoot: string, jobs: readonly RunJob[], configFile: string): Promise<{ repaired: string[]; staleTempsRemoved: string[]; registers: Map<string, ExceptionRegister> }> {
  const unsafe = await runFolderProblems(outputRoot, jobs, configFile);
  if (unsafe.length > 0) throw new RunSetupError(unsafe);
  const repaired = await repairUnfinishedPublishes(outputRoot, jobs);
  const staleTempsRemoved = await cleanStaleTemps(outputRoot, jobs);
  const registers = new Map<string, ExceptionRegister>();
  for (const output of new Set(jobs.map((j) => j.output))) registers.set(output, await loadRegister(output));
  return { repaired, staleTempsRemoved, registers };
}

export async function runJobs(options: RunOptions): Promise<RunReport> {
  const { config, progress, signal, hooks } = options;
  const jobs = options.only === null ? config.jobs : config.jobs.filter((j) => j.name === options.only);
  // The workers load their code while the run readies its folders; a run that cannot start stops them again.
  const pool = new WorkerPool(Math.min(options.concurrency, jobs.length), (job, name) => progress.file(job, name));
  // A signal from here on stops the pool, and so every job not yet built; one that came before this stops it now.
  const stopPool = (): void => void pool.close();
  signal?.addEventListener('abort', stopPool, { once: true });
  if (signal?.aborted === true) stopPool();
  pool.start(jobs.length);
  const { repaired, staleTempsRemoved, registers } = await readyFolders(config.outputRoot, jobs, config.file).catch(async (e: unknown) => {
    signal?.removeEventListener('abort', stopPool);
    await pool.close();
    throw e;
  });
  const registerOf = (job: RunJob): ExceptionRegister => registers.get(job.output) ?? emptyRegister();

  // The manifest of a period as it stood before this run: which files a job had, to tidy and to keep on failure.
  const previousManifests = new Map<string, Promise<Manifest | null>>();
  const previousManifest = (output: string, period: string): Promise<Manifest | null> => {
    const path = manifestPath(output, period);
    let found = previousManifests.get(path);
    if (found === undefined) {
      found = readOptional(path).then((text) => (text === null ? null : trustedManifest(path, text)));
      previousManifests.set(path, found);
    }
    return found;
  };

  progress.start(jobs);
  let stopped = false;

  // The manifests as this run leaves them job by job: each job's entry is written as soon as its papers are in place.
  const current = new Map<string, Promise<Manifest>>();
  const recordJob = (output: string, period: string, job: string, entry: ManifestJob): Promise<Manifest> => {
    const path = manifestPath(output, period);
    const before = current.get(path) ?? previousManifest(output, period).then((m) => m ?? { version: 1 as const, period, jobs: {} });
    const after = before
      .then(async (manifest) => {
        const next: Manifest = { ...manifest, jobs: { ...manifest.jobs, [job]: entry } };
        await writeRecord(config.outputRoot, path, stableJson(next));
        return next;
      })
      .catch((e: unknown) => {
        throw recordFailure(path, e);
      });
    // A failed write leaves the manifest as it was for the next job's entry.
    current.set(path, after.catch(() => before));
    return after;
  };

  const entryOf = (job: RunJob, outcome: Extract<JobOutcome, { status: 'ok' }>): ManifestJob => {
    const register = registerOf(job);
    const history = exceptionHistoryFor(register, job.name, outcome.period);
    const exceptions = describeExceptions(exceptionChanges(register, job.name, outcome.period, outcome.exceptions), history, outcome.indicators);
    const files = outcome.staged.map((f): ManifestFile => ({ name: `${job.name}/${f.name}`, bytes: f.bytes, sha256: f.sha256 }));
    return okEntry(files, exceptions, formatFor(config, outcome.warnings), outcome.queries);
  };

  /**
   * Puts a built job's staged papers in place: the journal first (what is about to change and the manifest entry
   * that will say so), then the renames, the superseded papers removed, the manifest entry, and the journal gone.
   * A kill anywhere leaves the journal for the next run to finish the same steps.
   */
  const publish = async (job: RunJob, outcome: Extract<JobOutcome, { status: 'ok' }>): Promise<ManifestJob> => {
    const staging = Staging.adopt(config.outputRoot, join(job.output, periodFolder(outcome.period), job.name), outcome.staged, signal);
    const periodDir = join(job.output, periodFolder(outcome.period));
    const point = async (name: string): Promise<void> => hooks?.publishPoint?.(job.name, name);
    const entry = entryOf(job, outcome);
    try {
      if (hooks?.beforeRename !== undefined) await hooks.beforeRename(job.name, signal);
      if (signal?.aborted === true) throw new RunStopped();
    } catch (e) {
      await staging.discard();
      throw e;
    }
    let realPeriodDir: string;
    let previous: ManifestJob | undefined;
    try {
      realPeriodDir = await makeFolderInside(config.outputRoot, periodDir);
      // Which papers the new ones supersede; an unreadable manifest stops the job before anything is renamed.
      previous = (await previousManifest(job.output, outcome.period))?.jobs[job.name];
    } catch (e) {
      await staging.discard();
      throw e;
    }
    const made = new Set(entry.files.map((f) => f.name));
    const superseded = previous === undefined ? [] : [...previous.files, ...previous.keptFromLastGoodRun].map((f) => f.name).filter((n) => !made.has(n));
    const journal = join(periodDir, journalName(job.name));
    try {
      await writeFileAtomically(config.outputRoot, journal, stableJson(journalFor(realPeriodDir, outcome.period, job.name, entry, outcome.staged, superseded)));
    } catch (e) {
      await staging.discard();
      throw e;
    }
    await point('journalled');
    await staging.publish((k) => (k === 0 ? Promise.resolve() : point(`renamed ${k}`)));
    // The period folder as the user wrote it: the inside-the-root checks walk it from the outputRoot (which may be a link).
    await removePapers(config.outputRoot, periodDir, job.name, superseded);
    await point('published');
    try {
      await recordJob(job.output, outcome.period, job.name, entry);
    } catch (e) {
      // The papers are in place; the journal stays for the next run, and the whole-run manifest below tries again.
      if (e instanceof RunRecordError) return entry;
      throw e;
    }
    await point('recorded');
    await rm(journal, { force: true });
    return entry;
  };

  const buildAndWrite = async (job: RunJob): Promise<Finished> => {
    const outcome = await pool.build({ job, outputRoot: config.outputRoot, limits: config.limits, reported: registerOf(job).jobs[job.name]?.periods ?? {}, fault: hooks?.faults?.[job.name] ?? null });
    if (outcome.status !== 'ok') return { job, outcome, entry: null, writeError: null };
    try {
      return { job, outcome, entry: await publish(job, outcome), writeError: null };
    } catch (e) {
      if (e instanceof RunStopped) stopped = true;
      const reason = e instanceof RunRecordError ? e.diagnostics.map(formatDiagnostic).join('; ') : e instanceof Error ? e.message : String(e);
      return { job, outcome, entry: null, writeError: `could not put the papers in place: ${reason}` };
    }
  };

  let finished: Finished[];
  try {
    finished = await Promise.all(
      jobs.map(async (job) => {
        const result = await buildAndWrite(job);
        const status: JobStatus = result.writeError !== null ? 'render-failed' : result.outcome.status;
        progress.finish(job.name, status, result.writeError ?? detailOf(result.outcome));
        return result;
      }),
    );
  } finally {
    signal?.removeEventListener('abort', stopPool);
    await pool.close();
    progress.stop();
  }
  if (signal?.aborted === true) stopped = true;
  // Workers stopped mid-job leave their staging files: this run's own, whatever their age.
  if (stopped) await cleanStaleTemps(config.outputRoot, jobs, pool.pids);

  const reports: JobReport[] = [];
  const groups = new Map<string, { output: string; period: string; entries: Record<string, ManifestJob> }>();
  const groupOf = (output: string, period: string): { output: string; period: string; entries: Record<string, ManifestJob> } => {
    const key = manifestPath(output, period);
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { output, period, entries: {} }));
    return group;
  };
  const unplaced: { job: RunJob; entry: (output: string, period: string) => Promise<ManifestJob> }[] = [];

  for (const { job, outcome, entry: written, writeError } of finished) {
    if (outcome.status === 'ok' && writeError === null && written !== null) {
      groupOf(job.output, outcome.period).entries[job.name] = written;
      const prefix = relative(config.outputRoot, join(job.output, periodFolder(outcome.period)));
      reports.push({ name: job.name, status: 'ok', period: outcome.period, files: written.files.map((f) => ({ ...f, name: join(prefix, f.name) })), errors: [], warnings: written.warnings, exceptions: written.exceptions });
      continue;
    }
    const status: Exclude<JobStatus, 'ok'> = writeError !== null ? 'render-failed' : outcome.status === 'ok' ? 'render-failed' : outcome.status;
    const errors = writeError !== null ? [writeError] : outcome.status === 'invalid-input' ? formatFor(config, outcome.errors) : failureOf(outcome);
    const warnings = outcome.status === 'invalid-input' || outcome.status === 'held' ? formatFor(config, outcome.warnings) : [];
    const queries = outcome.status === 'held' ? outcome.queries : [];
    reports.push({ name: job.name, status, period: outcome.period, files: [], errors, warnings, exceptions: { new: [], continuing: [], resolved: [] } });
    // The papers kept from the last good run are those still on disk with the bytes it recorded.
    const entry = async (output: string, period: string): Promise<ManifestJob> => {
      const previous = await previousManifest(output, period).catch((e: unknown) => {
        throw recordFailure(manifestPath(output, period), e);
      });
      const kept = failedEntry(status, errors, warnings, previous?.jobs[job.name], queries);
      const dir = await existingFolderInside(config.outputRoot, join(output, periodFolder(period))).catch(() => null);
      return { ...kept, keptFromLastGoodRun: dir === null ? [] : await filesOnDisk(dir, kept.keptFromLastGoodRun) };
    };
    if (outcome.period !== null) groupOf(job.output, outcome.period).entries[job.name] = await entry(job.output, outcome.period);
    else unplaced.push({ job, entry });
  }
  // A job that failed before its period was known (`latest` and an unreadable workbook) is listed in every
  // manifest this run writes in its output folder.
  for (const { job, entry } of unplaced) {
    for (const group of groups.values()) {
      if (group.output === job.output) group.entries[job.name] = await entry(group.output, group.period);
    }
  }

  const manifests: string[] = [];
  if (!stopped) {
    for (const [path, group] of [...groups].sort(([a], [b]) => a.localeCompare(b, 'en'))) {
      const previous = await previousManifest(group.output, group.period).catch((e: unknown) => {
        throw recordFailure(path, e);
      });
      const manifest = nextManifest(group.period, previous, group.entries, options.only === null);
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
  return { jobs: reports.sort((a, b) => a.name.localeCompare(b.name, 'en')), manifests, staleTempsRemoved, repaired, stopped };
}

function detailOf(outcome: JobOutcome): string {
  if (outcome.status === 'ok') return `${outcome.staged.length} ${outcome.staged.length === 1 ? 'file' : 'files'}`;
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
