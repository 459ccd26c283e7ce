// The report period: which quarter a paper is about, and the quarters either side of it.
import { error, warning, type Diagnostic } from '../diagnostics.js';
import { comparePeriods, financialQuarter, type FinancialQuarter, type Period } from '../period.js';
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
  period: FinancialQuarter | null;
  diagnostics: Diagnostic[];
}

/** The period asked for (read from what the user typed before it gets here), else the latest with any value. */
export function chooseReportPeriod(scorecard: Scorecard, requested: Period | undefined): ReportPeriodChoice {
  const diagnostics: Diagnostic[] = [];
  const where = { file: scorecard.source };
  if (requested !== undefined) {
    const period = financialQuarter(requested);
    if (!hasAnyValueIn(scorecard, period)) {
      diagnostics.push(warning('period-without-data', `no indicator has a value for ${period}; every figure for it will read "no data"`, where));
    }
    return { period, diagnostics };
  }
  const latest = latestPeriodWithValue(scorecard);
  if (latest !== null) return { period: financialQuarter(latest), diagnostics };
  const observed = latestObservedPeriod(scorecard);
  if (observed !== null) {
    diagnostics.push(warning('no-values', 'the scorecard has no values in any quarter; every figure will read "no data"', where));
    return { period: financialQuarter(observed), diagnostics };
  }
  diagnostics.push(error('no-observations', 'the scorecard has no quarters of data to report on', where));
  return { period: null, diagnostics };
}
