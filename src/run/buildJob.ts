// One job of a run, as a worker builds it: check the workbook, settle the period, build every paper in memory.
import { analyse } from '../analyse/index.js';
import { buildPapers } from '../build.js';
import { hasErrors, type Diagnostic } from '../diagnostics.js';
import { readScorecard, type ReadLimits } from '../read/index.js';
import type { RunLimits } from './config.js';
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
 * is `render-failed` with its message. The scorecard is read once more up front only when it must be: to apply
 * the run's limits (buildPapers does not take limits yet) or to learn which quarter is `latest`.
 */
export async function buildJob(request: JobRequest, onFile: (name: string) => void): Promise<JobOutcome> {
  const { job, limits, fault } = request;
  let period: string | null = job.period === 'latest' ? null : job.period;
  try {
    const readLimits = readLimitsOf(limits);
    if (period === null || Object.keys(readLimits).length > 0) {
      const read = await readScorecard(job.scorecard, { limits: readLimits });
      if (read.scorecard === null || hasErrors(read.diagnostics)) {
        return { status: 'invalid-input', period, errors: errorsIn(read.diagnostics), warnings: warningsIn(read.diagnostics) };
      }
      if (period === null) {
        const analysis = analyse(read.scorecard, { exceptionThreshold: job.paperConfig.exceptions.threshold });
        if (hasErrors(analysis.diagnostics)) return { status: 'invalid-input', period, errors: errorsIn(analysis.diagnostics), warnings: warningsIn(analysis.diagnostics) };
        period = analysis.period;
      }
    }
    const reportPeriod = period;
    const history = exceptionHistoryFor({ version: 1, jobs: { [job.name]: { periods: request.reported } } }, job.name, reportPeriod);
    let rendered = 0;
    const result = await buildPapers({
      data: job.scorecard,
      papers: job.papers,
      formats: job.formats,
      config: job.paperConfig,
      period: reportPeriod,
      date: job.date ?? undefined,
      exceptionHistory: history,
      onFile: (name) => {
        rendered += 1;
        onFile(name);
        if (fault !== null && rendered >= fault.afterFiles) throw new Error(`injected fault after ${rendered} rendered files (test hook)`);
      },
    });
    const analysisPeriod = result.analysis?.period ?? reportPeriod;
    if (hasErrors(result.diagnostics) || result.analysis === null) {
      return { status: 'invalid-input', period: analysisPeriod, errors: errorsIn(result.diagnostics), warnings: warningsIn(result.diagnostics) };
    }
    return {
      status: 'ok',
      period: analysisPeriod,
      files: result.files,
      warnings: warningsIn(result.diagnostics),
      exceptions: result.analysis.exceptions.map((e) => e.id),
      indicators: result.analysis.indicators.map((a) => ({ id: a.id, title: a.title, rag: a.rag, redStreak: a.redStreak })),
    };
  } catch (e) {
    return { status: 'render-failed', period, error: e instanceof Error ? e.message : String(e) };
  }
}
