// Queried figures: a figure in doubt is never stated as fact; its sentence says it has been queried with the service.
import type { DataQuery, IndicatorAnalysis } from '../analyse/types.js';
import { samePeriod, type Period } from '../period.js';
import { quarterAndYear, quarterName, sameFinancialYear } from './periods.js';

/** Queries that hold a figure out of the papers: they doubt the figure and nobody has confirmed it. */
function open(a: Pick<IndicatorAnalysis, 'queries'>): DataQuery[] {
  return (a.queries ?? []).filter((q) => q.doubtsFigure && !q.confirmed);
}

/** True when the figure for `period` is queried (the report quarter's also by `valueQueried`). */
export function isQueried(a: Pick<IndicatorAnalysis, 'queries' | 'valueQueried' | 'period'>, period: Period): boolean {
  if (a.valueQueried && samePeriod(period, a.period)) return true;
  return open(a).some((q) => samePeriod(q.period, period));
}

/** The quarters whose figures are queried, as the analysis holds them. */
export function queriedPeriods(a: Pick<IndicatorAnalysis, 'queries' | 'valueQueried' | 'period' | 'history'>): Period[] {
  return a.history.map((q) => q.period).filter((p) => isQueried(a, p));
}

/** "a zero after 99.6% the quarter before; a missing return keyed as 0?": the queries' reasons, as the analysis words them. */
function reasons(a: Pick<IndicatorAnalysis, 'queries'>, period: Period): string {
  const said = open(a)
    .filter((q) => samePeriod(q.period, period))
    .map((q) => q.reason.trim().replace(/[.;:,]+$/, ''))
    .filter((r) => r !== '');
  return [...new Set(said)].join('; ');
}

/**
 * "The figure for Quarter 2 has been queried with the service (0.0% after 99.6% the quarter before: a missing return
 * keyed as 0?) and is not reported until it is confirmed." The one place a queried figure may appear: in its reason.
 */
export function querySentence(a: Pick<IndicatorAnalysis, 'queries' | 'period'>, period: Period = a.period): string {
  const why = reasons(a, period);
  const quarter = sameFinancialYear(period, a.period) ? quarterName(period) : quarterAndYear(period);
  return `The figure for ${quarter} has been queried with the service${why === '' ? '' : ` (${why})`} and is not reported until it is confirmed.`;
}

/** Sentences that may carry a queried figure are those that say it is queried. */
export const QUERY_WORDING = 'has been queried with the service';
