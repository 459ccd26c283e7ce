// What crosses between the runner and its workers: one job to build, and how it ended (plain, cloneable data).
import type { Diagnostic } from '../diagnostics.js';
import type { Rag } from '../analyse/types.js';
import type { StagedFile } from '../output.js';
import type { RunJob, RunLimits } from './config.js';

/** A deliberate failure for tests: the worker throws after rendering this many files of the job. */
export interface JobFault {
  afterFiles: number;
}

export interface JobRequest {
  job: RunJob;
  /** The run's outputRoot: the worker stages the papers inside it, never through a link out of it. */
  outputRoot: string;
  limits: RunLimits;
  /** The job's entry in the exception register: period → exception IDs reported then. */
  reported: Record<string, string[]>;
  fault: JobFault | null;
}

/** `held`: built, but not put in place, because its scorecard has unconfirmed data queries (holdOnQueries). */
export type JobStatus = 'ok' | 'invalid-input' | 'render-failed' | 'held';

/** A data query as the manifest lists it (see DataQuery). */
export interface QueryBrief {
  id: string;
  period: string;
  code: string;
  where: string;
  figure: number | null;
  reason: string;
  check: string;
  doubtsFigure: boolean;
  confirmed: boolean;
}

/** An indicator as the manifest names it. */
export interface IndicatorBrief {
  id: string;
  title: string;
  rag: Rag | null;
  redStreak: number;
}

export type JobOutcome =
  /** ok: the papers are staged under temporary names in the job's folder (the runner renames them into place). */
  | { status: 'ok'; period: string; staged: StagedFile[]; warnings: Diagnostic[]; exceptions: string[]; indicators: IndicatorBrief[]; queries: QueryBrief[] }
  | { status: 'held'; period: string; warnings: Diagnostic[]; queries: QueryBrief[] }
  | { status: 'invalid-input'; period: string | null; errors: Diagnostic[]; warnings: Diagnostic[] }
  | { status: 'render-failed'; period: string | null; error: string };

export type WorkerMessage =
  | { type: 'file'; job: string; name: string }
  | { type: 'done'; job: string; outcome: JobOutcome };
