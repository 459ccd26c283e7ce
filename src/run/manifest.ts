// The manifest a run leaves beside each period's papers: files with sizes and hashes, exceptions, warnings, status.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { parseRecord } from './recordJson.js';
import type { Rag } from '../analyse/types.js';
import { periodLabel, type Period } from '../period.js';
import type { ExceptionChanges } from './register.js';
import type { IndicatorBrief, JobStatus, QueryBrief } from './types.js';

export interface ManifestFile {
  /** Relative to the manifest's folder: `<job>/<file>`. */
  name: string;
  bytes: number;
  sha256: string;
}

export interface ManifestException {
  id: string;
  title: string;
  rag: Rag | null;
  redStreak: number;
  /** Earlier periods it was reported in (continuing), or the period it was last reported in (resolved). */
  reportedIn: string[];
  /** What a clerk reads: "new exception: red for 2 consecutive quarters", "returned to amber; exception closed". */
  note: string;
}

export interface ManifestJob {
  status: JobStatus;
  /** The papers this run wrote (status ok). */
  files: ManifestFile[];
  /** After a failure: the papers still in place from the job's last good build of this period, untouched. */
  keptFromLastGoodRun: ManifestFile[];
  exceptions: { new: ManifestException[]; continuing: ManifestException[]; resolved: ManifestException[] };
  /** Formatted diagnostics with their place (`warning: Values!C14: ...`). */
  warnings: string[];
  errors: string[];
  /** The scorecard's data queries, confirmed or not (absent in manifests written before queries were found). */
  queries?: QueryBrief[];
}

export interface Manifest {
  version: 1;
  period: string;
  jobs: Record<string, ManifestJob>;
}

export function describeFile(name: string, bytes: Uint8Array): ManifestFile {
  return { name, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}

const noExceptions = (): ManifestJob['exceptions'] => ({ new: [], continuing: [], resolved: [] });

const quarters = (n: number): string => `${n} consecutive ${n === 1 ? 'quarter' : 'quarters'}`;

function closedNote(rag: Rag | null): string {
  return rag === null ? 'no longer rated red (not rated this quarter); exception closed' : `returned to ${rag}; exception closed`;
}

/** The manifest's exceptions for a job: which are new, which continue (and since when), which closed. */
export function describeExceptions(changes: ExceptionChanges, history: Readonly<Record<string, readonly Period[]>>, indicators: readonly IndicatorBrief[]): ManifestJob['exceptions'] {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const brief = (id: string): IndicatorBrief => byId.get(id) ?? { id, title: '(no longer in the scorecard)', rag: null, redStreak: 0 };
  return {
    new: changes.new.map((id) => {
      const i = brief(id);
      return { ...i, reportedIn: [], note: `new exception: red for ${quarters(i.redStreak)}` };
    }),
    continuing: changes.continuing.map((id) => {
      const i = brief(id);
      const reportedIn = (history[id] ?? []).map(periodLabel);
      return { ...i, reportedIn, note: `reported to the board in ${reportedIn.join(', ')}; still red` };
    }),
    resolved: changes.resolved.map((id) => {
      const i = brief(id);
      return { ...i, reportedIn: changes.lastPeriod === null ? [] : [periodLabel(changes.lastPeriod)], note: closedNote(i.rag) };
    }),
  };
}

export function okEntry(files: ManifestFile[], exceptions: ManifestJob['exceptions'], warnings: string[], queries: QueryBrief[] = []): ManifestJob {
  return { status: 'ok', files: [...files].sort((a, b) => a.name.localeCompare(b.name, 'en')), keptFromLastGoodRun: [], exceptions, warnings, errors: [], queries };
}

/** A failed job: the previous good papers stay where they were, and the manifest says which they are. */
export function failedEntry(status: Exclude<JobStatus, 'ok'>, errors: string[], warnings: string[], previous: ManifestJob | undefined, queries: QueryBrief[] = []): ManifestJob {
  const kept = previous === undefined ? [] : previous.status === 'ok' ? previous.files : previous.keptFromLastGoodRun;
  return { status, files: [], keptFromLastGoodRun: kept, exceptions: noExceptions(), warnings, errors, queries };
}

/**
 * The period's manifest after this run. A whole run describes exactly its own jobs; a `--job` run replaces only
 * its job's entry and keeps the others, so machines building one job each still leave one complete manifest.
 */
export function nextManifest(period: string, previous: Manifest | null, entries: Readonly<Record<string, ManifestJob>>, wholeRun: boolean): Manifest {
  const kept = wholeRun || previous === null ? {} : previous.jobs;
  return { version: 1, period, jobs: { ...kept, ...entries } };
}

const manifestFileSchema = z.object({ name: z.string(), bytes: z.number(), sha256: z.string() }).loose();

/** What a run relies on in a manifest it reads back; the rest of each entry is kept as written. */
const manifestSchema = z
  .object({
    version: z.literal(1),
    period: z.string(),
    jobs: z.record(
      z.string(),
      z.object({ status: z.enum(['ok', 'invalid-input', 'render-failed', 'held']), files: z.array(manifestFileSchema), keptFromLastGoodRun: z.array(manifestFileSchema) }).loose(),
    ),
  })
  .loose();

/**
 * A manifest read back from disk, or why it cannot be trusted. The run does not rebuild one it cannot read: that
 * would drop other jobs' entries (a `--job` run keeps them) and forget which papers a job's new ones supersede.
 */
export function parseManifest(text: string): { manifest: Manifest } | { problem: string } {
  const parsed = parseRecord(text, manifestSchema, 'a manifest');
  // The entries as written (the schema checks only what a run relies on and keeps the rest).
  return 'problem' in parsed ? parsed : { manifest: parsed.data as unknown as Manifest };
}
