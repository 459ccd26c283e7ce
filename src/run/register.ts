// The exception register: per job, which indicators were reported as exceptions in which periods (pure; no I/O).
import { z } from 'zod';
import type { ExceptionHistory } from '../build.js';
import { parsePeriod, periodIndex } from '../period.js';

/**
 * `jobs[job].periods[period]` is the sorted list of indicator IDs reported as exceptions when that period was
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

/** The register as read from disk, or the reason it cannot be trusted. */
export function parseRegister(text: string): { register: ExceptionRegister } | { problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { problem: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const parsed = registerSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: issue === undefined ? 'not an exception register' : `${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}` };
  }
  for (const [job, entry] of Object.entries(parsed.data.jobs)) {
    for (const period of Object.keys(entry.periods)) {
      if (parsePeriod(period) === null) return { problem: `jobs.${job}.periods: "${period}" is not a quarter` };
    }
  }
  return { register: parsed.data };
}

/** Orders period labels in time (labels from the register are canonical, so all parse). */
function byTime(a: string, b: string): number {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return (pa === null ? 0 : periodIndex(pa)) - (pb === null ? 0 : periodIndex(pb));
}

/** Periods recorded for a job strictly before `period`, oldest first. */
function periodsBefore(register: ExceptionRegister, job: string, period: string): string[] {
  const periods = register.jobs[job]?.periods ?? {};
  return Object.keys(periods).filter((p) => byTime(p, period) < 0).sort(byTime);
}

/**
 * What the papers for `period` may say about earlier reports: per indicator still reported at the last run before
 * this period, the unbroken run of recorded periods it was reported in, oldest first. An exception that closed and
 * has come back is a new one: "still red" would tell councillors something false. Only periods before this one
 * count, so re-building a period gives the same history (and the same bytes).
 */
export function exceptionHistoryFor(register: ExceptionRegister, job: string, period: string): ExceptionHistory {
  const periods = register.jobs[job]?.periods ?? {};
  const earlier = periodsBefore(register, job, period);
  const history: Record<string, string[]> = {};
  for (const id of periods[earlier.at(-1) ?? ''] ?? []) {
    const run: string[] = [];
    for (let i = earlier.length - 1; i >= 0 && (periods[earlier[i]!] ?? []).includes(id); i--) run.unshift(earlier[i]!);
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
  lastPeriod: string | null;
}

export function exceptionChanges(register: ExceptionRegister, job: string, period: string, current: readonly string[]): ExceptionChanges {
  const earlier = periodsBefore(register, job, period);
  const periods = register.jobs[job]?.periods ?? {};
  const lastPeriod = earlier.at(-1) ?? null;
  const reportedLastTime = new Set(lastPeriod === null ? [] : (periods[lastPeriod] ?? []));
  const now = new Set(current);
  const sorted = [...now].sort();
  return {
    new: sorted.filter((id) => !reportedLastTime.has(id)),
    continuing: sorted.filter((id) => reportedLastTime.has(id)),
    resolved: lastPeriod === null ? [] : [...(periods[lastPeriod] ?? [])].filter((id) => !now.has(id)).sort(),
    lastPeriod,
  };
}

/** The register with `period` recorded for `job` (replacing any earlier record of the same period). */
export function recordPeriod(register: ExceptionRegister, job: string, period: string, exceptions: readonly string[]): ExceptionRegister {
  const entry = register.jobs[job] ?? { periods: {} };
  return {
    version: 1,
    jobs: { ...register.jobs, [job]: { periods: { ...entry.periods, [period]: [...new Set(exceptions)].sort() } } },
  };
}
