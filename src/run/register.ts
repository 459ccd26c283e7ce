// The exception register: per job, which indicators were reported as exceptions in which periods (pure; no I/O).
import { z } from 'zod';
import { parseRecord } from './recordJson.js';
import type { ExceptionHistory } from '../build.js';
import { comparePeriods, financialQuarter, parsePeriod, periodFromLabel, periodLabel, type FinancialQuarter, type Period } from '../period.js';

/**
 * `jobs[job].periods[label]` (`2016-17 Q3`) is the sorted list of indicator IDs reported as exceptions when that period was
 * built. A period with no exceptions is kept as `[]`: it still counts as a run, so "resolved since the last run"
 * knows what the last run was. Recording a period again replaces its list, so a re-run never double-counts.
 */
export interface ExceptionRegister {
  version: 1;
  jobs: Record<string, { periods: Record<string, string[]> }>;
}

const registerSchema = z
  .object({
    version: z.literal(1),
    jobs: z.record(z.string(), z.object({ periods: z.record(z.string(), z.array(z.string())) }).strict()),
  })
  .strict();

export const emptyRegister = (): ExceptionRegister => ({ version: 1, jobs: {} });

/**
 * The register as read from disk, or the reason it cannot be trusted. Someone may have mended it by hand, so a
 * period is read as a person would write it and kept under its canonical label; two spellings of one quarter are
 * refused rather than merged.
 */
export function parseRegister(text: string): { register: ExceptionRegister } | { problem: string } {
  const parsed = parseRecord(text, registerSchema, 'an exception register');
  if ('problem' in parsed) return parsed;
  const jobs: ExceptionRegister['jobs'] = {};
  for (const [job, entry] of Object.entries(parsed.data.jobs)) {
    const periods: Record<string, string[]> = {};
    const writtenAs = new Map<string, string>();
    for (const [written, ids] of Object.entries(entry.periods)) {
      const period = parsePeriod(written);
      if (period === null) return { problem: `jobs.${job}.periods: "${written}" is not a quarter` };
      const label = periodLabel(period);
      const earlier = writtenAs.get(label);
      if (earlier !== undefined) return { problem: `jobs.${job}.periods: "${earlier}" and "${written}" are the same quarter` };
      writtenAs.set(label, written);
      periods[label] = ids;
    }
    jobs[job] = { periods };
  }
  return { register: { version: 1, jobs } };
}

/**
 * A report period: typed, or the canonical label a worker reported it by (text, as everything crossing between
 * processes is). Any other text is a bug, not a clerk's typing, so it throws rather than being guessed at.
 */
export type ReportPeriod = Period | string;

function quarterOf(period: ReportPeriod): FinancialQuarter {
  return typeof period === 'string' ? periodFromLabel(period) : financialQuarter(period);
}

/** The periods recorded for a job strictly before `period`, oldest first, each with the exceptions reported then. */
function recordedBefore(register: ExceptionRegister, job: string, period: FinancialQuarter): { period: FinancialQuarter; ids: string[] }[] {
  return Object.entries(register.jobs[job]?.periods ?? {})
    .map(([label, ids]) => ({ period: periodFromLabel(label), ids }))
    .filter((r) => comparePeriods(r.period, period) < 0)
    .sort((a, b) => comparePeriods(a.period, b.period));
}

/**
 * What the papers for `period` may say about earlier reports: per indicator still reported at the last run before
 * this period, the unbroken run of recorded periods it was reported in, oldest first. An exception that closed and
 * has come back is a new one: "still red" would tell councillors something false. Only periods before this one
 * count, so re-building a period gives the same history (and the same bytes).
 */
export function exceptionHistoryFor(register: ExceptionRegister, job: string, period: ReportPeriod): ExceptionHistory {
  const earlier = recordedBefore(register, job, quarterOf(period));
  const history: Record<string, FinancialQuarter[]> = {};
  for (const id of earlier.at(-1)?.ids ?? []) {
    const run: FinancialQuarter[] = [];
    for (let i = earlier.length - 1; i >= 0 && earlier[i]!.ids.includes(id); i--) run.unshift(earlier[i]!.period);
    history[id] = run;
  }
  return history;
}

export interface ExceptionChanges {
  /** Exceptions now that were not reported at the last run before this period (never, or closed since). */
  new: string[];
  /** Exceptions now that were already reported at the last run before this period. */
  continuing: string[];
  /** Exceptions in the last run before this period that are no longer exceptions. */
  resolved: string[];
  /** The last period recorded before this one, if any. */
  lastPeriod: FinancialQuarter | null;
}

export function exceptionChanges(register: ExceptionRegister, job: string, period: ReportPeriod, current: readonly string[]): ExceptionChanges {
  const last = recordedBefore(register, job, quarterOf(period)).at(-1) ?? null;
  const reportedLastTime = new Set(last?.ids ?? []);
  const now = new Set(current);
  const sorted = [...now].sort();
  return {
    new: sorted.filter((id) => !reportedLastTime.has(id)),
    continuing: sorted.filter((id) => reportedLastTime.has(id)),
    resolved: [...(last?.ids ?? [])].filter((id) => !now.has(id)).sort(),
    lastPeriod: last?.period ?? null,
  };
}

/** The register with `period` recorded for `job` under its label (replacing any earlier record of the same period). */
export function recordPeriod(register: ExceptionRegister, job: string, period: ReportPeriod, exceptions: readonly string[]): ExceptionRegister {
  const entry = register.jobs[job] ?? { periods: {} };
  const label = periodLabel(quarterOf(period));
  return {
    version: 1,
    jobs: { ...register.jobs, [job]: { periods: { ...entry.periods, [label]: [...new Set(exceptions)].sort() } } },
  };
}
