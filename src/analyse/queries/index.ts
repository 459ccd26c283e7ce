// Data queries: figures a performance officer would check with the service before a paper states them.
import { comparePeriods, financialQuarter, samePeriod, type FinancialQuarter } from '../../period.js';
import type { ReadQuery } from '../../read/types.js';
import type { DataQuery } from '../types.js';
import { isConfirmed, type ConfirmationSources } from './confirmations.js';
import { countsMismatch } from './countsMismatch.js';
import { looksYearToDate } from './looksYearToDate.js';
import { percentOutOfRange } from './percentRange.js';
import { polarityContradictsTitle } from './polarityTitle.js';
import { repeatedValue } from './repeatedValue.js';
import type { FoundQuery, QuerySubject } from './subject.js';
import { targetQueries } from './targets.js';
import { unusualJump } from './unusualJump.js';
import { zeroAfterHistory } from './zeroAfterHistory.js';

export { parseConfirmation, type Confirmation } from './confirmations.js';
export { polarityOfTitle } from './polarityTitle.js';
export { JUMP_MIN_MOVEMENTS, JUMP_MULTIPLE, JUMP_OVER_LARGEST } from './unusualJump.js';
export { REPEATS_TO_QUERY } from './repeatedValue.js';
export { YEAR_START_FALL_TO } from './looksYearToDate.js';
export type { QueryQuarter, QuerySubject } from './subject.js';

const CHECKS: readonly ((subject: QuerySubject) => FoundQuery[])[] = [
  zeroAfterHistory,
  unusualJump,
  repeatedValue,
  targetQueries,
  polarityContradictsTitle,
  percentOutOfRange,
  countsMismatch,
  looksYearToDate,
];

/** What the reader settled (fractions, decimals), placed on the report quarter when it concerns the whole indicator. */
function fromReader(readQueries: readonly ReadQuery[], reportPeriod: FinancialQuarter): FoundQuery[] {
  return readQueries.flatMap((r) => {
    const period = r.period === null ? reportPeriod : financialQuarter(r.period);
    if (comparePeriods(period, reportPeriod) > 0) return [];
    const { period: _period, ...rest } = r;
    return [{ ...rest, period }];
  });
}

/** Every query on one indicator's figures up to the report period, oldest first, each marked confirmed or not. */
export function findDataQueries(subject: QuerySubject, readQueries: readonly ReadQuery[], sources: ConfirmationSources): DataQuery[] {
  const reportPeriod = subject.quarters.at(-1)?.period;
  if (reportPeriod === undefined) return [];
  const found = [...CHECKS.flatMap((check) => check(subject)), ...fromReader(readQueries, reportPeriod)];
  return found
    .map((q) => ({ ...q, confirmed: isConfirmed(q, sources) }))
    .sort((a, b) => comparePeriods(a.period, b.period));
}

/** The report quarter's figure is in doubt until someone confirms it: papers hold it back, exceptions leave it out. */
export function reportFigureQueried(queries: readonly DataQuery[], reportPeriod: FinancialQuarter): boolean {
  return queries.some((q) => q.doubtsFigure && !q.confirmed && samePeriod(q.period, reportPeriod));
}
