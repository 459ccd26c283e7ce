// The report period: which quarter a paper is about, and the quarters either side of it.
import { error, warning, type Diagnostic } from '../diagnostics.js';
import { comparePeriods, parsePeriod, periodLabel, type Period } from '../period.js';
import type { Scorecard } from '../read/types.js';

/** The latest quarter in which any indicator has a value; null when the scorecard has no values at all. */
export function latestPeriodWithValue(scorecard: Scorecard): Period | null {
  let latest: Period | null = null;
  for (const observation of scorecard.observations) {
    if (observation.value === null) continue;
    if (latest === null || comparePeriods(observation.period, latest) > 0) latest = observation.period;
  }
  return latest;
}

function latestObservedPeriod(scorecard: Scorecard): Period | null {
  let latest: Period | null = null;
  for (const observation of scorecard.observations) {
    if (latest === null || comparePeriods(observation.period, latest) > 0) latest = observation.period;
  }
  return latest;
}

function hasAnyValueIn(scorecard: Scorecard, period: Period): boolean {
  return scorecard.observations.some((o) => o.value !== null && comparePeriods(o.period, period) === 0);
}

export interface ReportPeriodChoice {
  /** null only when the scorecard has no observations at all and none was asked for. */
  period: Period | null;
  diagnostics: Diagnostic[];
}

/**
 * The period asked for, else the latest with any value. An unreadable label is an error diagnostic (the CLI stops
 * on it) but the default period is still used so that `--emit analysis` shows something useful beside the error.
 */
export function chooseReportPeriod(scorecard: Scorecard, requested: string | undefined): ReportPeriodChoice {
  const diagnostics: Diagnostic[] = [];
  const where = { file: scorecard.source };
  if (requested !== undefined) {
    const parsed = parsePeriod(requested);
    if (parsed !== null) {
      if (!hasAnyValueIn(scorecard, parsed)) {
        diagnostics.push(
          warning('period-without-data', `no indicator has a value for ${periodLabel(parsed)}; every figure for it will read "no data"`, where),
        );
      }
      return { period: parsed, diagnostics };
    }
    diagnostics.push(
      error('invalid-period', `"${requested}" is not a period: write the financial year and quarter, e.g. 2016-17 Q3 or Q3 2016/17`, where),
    );
  }
  const latest = latestPeriodWithValue(scorecard);
  if (latest !== null) return { period: latest, diagnostics };
  const observed = latestObservedPeriod(scorecard);
  if (observed !== null) {
    diagnostics.push(warning('no-values', 'the scorecard has no values in any quarter; every figure will read "no data"', where));
    return { period: observed, diagnostics };
  }
  diagnostics.push(error('no-observations', 'the scorecard has no quarters of data to report on', where));
  return { period: null, diagnostics };
}
