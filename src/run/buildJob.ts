// One job of a run, as a worker builds it: each paper staged in the job's folder as it is rendered, with the
// exception history the register holds.
import { join } from 'node:path';
import { buildPapers } from '../build.js';
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import { Staging } from '../output.js';
import { periodFromLabel, periodSlug } from '../period.js';
import type { ReadLimits } from '../read/index.js';
import type { RunLimits } from './config.js';
import { queriesJson } from '../commands/queryRows.js';
import { exceptionHistoryFor } from './register.js';
import type { JobOutcome, JobRequest } from './types.js';

const MB = 1024 * 1024;

/** The run's limits in the read stage's terms; only the ones the run config set. */
export function readLimitsOf(limits: RunLimits): Partial<ReadLimits> {
  return {
    ...(limits.maxUnpackedMb !== null ? { maxUnpackedBytes: Math.round(limits.maxUnpackedMb * MB) } : {}),
    ...(limits.maxRows !== null ? { maxRows: limits.maxRows } : {}),
  };
}

const errorsIn = (ds: readonly Diagnostic[]): Diagnostic[] => ds.filter((d) => d.severity === 'error');
const warningsIn = (ds: readonly Diagnostic[]): Diagnostic[] => ds.filter((d) => d.severity === 'warning');

/**
 * Never throws: a bad workbook or template is `invalid-input` with every error; anything thrown while rendering
 * is `render-failed` with its message. With holdOnQueries, a scorecard with unconfirmed queries that doubt a figure
 * is `held`: its papers are dropped, never put in place. Whatever is staged is removed unless the job is ok.
 */
export async function buildJob(request: JobRequest, onFile: (name: string) => void): Promise<JobOutcome> {
  const staged: { staging: Staging | null } = { staging: null };
  const outcome = await buildStaged(request, onFile, staged);
  if (outcome.status !== 'ok') await staged.staging?.discard();
  return outcome;
}

/** buildJob's work; `staged.staging` is the job's staging once the build starts rendering. */
async function buildStaged(request: JobRequest, onFile: (name: string) => void, staged: { staging: Staging | null }): Promise<JobOutcome> {
  const { job, limits, fault } = request;
  const period: string | null = job.period === 'latest' ? null : job.period;
  const register = { version: 1 as const, jobs: { [job.name]: { periods: request.reported } } };
  try {
    let rendered = 0;
    const result = await buildPapers({
      data: job.scorecard,
      papers: job.papers,
      formats: job.formats,
      config: job.paperConfig,
      period: period === null ? undefined : periodFromLabel(period),
      date: job.date ?? undefined,
      limits: readLimitsOf(limits),
      exceptionHistory: (reportPeriod) => exceptionHistoryFor(register, job.name, reportPeriod),
      stage: (reportPeriod) => (staged.staging = new Staging(request.outputRoot, join(job.output, periodSlug(reportPeriod), job.name))),
      onFile: (name) => {
        rendered += 1;
        onFile(name);
        if (fault !== null && rendered >= fault.afterFiles) throw new Error(`injected fault after ${rendered} rendered files (test hook)`);
      },
    });
    // Back to the label: the outcome crosses to the runner's process as plain data.
    const analysisPeriod = result.analysis?.period?.toString() ?? period;
    if (hasErrors(result.diagnostics) || result.analysis === null || analysisPeriod === null) {
      return { status: 'invalid-input', period: analysisPeriod, errors: errorsIn(result.diagnostics), warnings: warningsIn(result.diagnostics) };
    }
    const queries = queriesJson(result.analysis).map((q) => ({ ...q, period: String(q.period) }));
    if (job.holdOnQueries && queries.some((q) => q.doubtsFigure && !q.confirmed)) {
      return { status: 'held', period: analysisPeriod, warnings: warningsIn(result.diagnostics), queries };
    }
    return {
      status: 'ok',
      period: analysisPeriod,
      staged: staged.staging?.files ?? [],
      warnings: warningsIn(result.diagnostics),
      exceptions: result.analysis.exceptions.map((e) => e.id),
      indicators: result.analysis.indicators.map((a) => ({ id: a.id, title: a.title, rag: a.rag, redStreak: a.redStreak })),
      queries,
    };
  } catch (e) {
    return { status: 'render-failed', period, error: e instanceof Error ? e.message : String(e) };
  }
}
