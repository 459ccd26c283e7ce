// An indicator's quarters from its first observation up to the report period, gaps filled, each rated.
import { financialQuarter, periodFromIndex, periodIndex, type FinancialQuarter, type Period } from '../period.js';
import type { Indicator, Observation } from '../read/types.js';
import { monthLabel } from '../month.js';
import { targetInForce } from './measures.js';
import type { QuarterResult } from './types.js';
import { ragRating, resolveTolerance } from './rag.js';

/** The target in force for a quarter: its own, a cumulative measure's profiled share of the year's, else the standing one. */
export function targetFor(indicator: Indicator, observation: Observation | undefined, period: Period): number | null {
  return targetInForce(indicator, observation, period).target;
}

/** A quarter with no observation at all: no figures, so no rating (it breaks a red streak); the standing target still applies. */
function missingQuarter(indicator: Indicator, period: FinancialQuarter): QuarterResult {
  return {
    period,
    value: null,
    target: targetFor(indicator, undefined, period),
    rag: null,
    numerator: null,
    denominator: null,
    statisticalNeighbours: null,
    england: null,
    region: null,
    months: null,
  };
}

function observedQuarter(indicator: Indicator, observation: Observation, decimals: number): QuarterResult {
  const target = targetFor(indicator, observation, observation.period);
  const rag = ragRating({
    value: observation.value,
    target,
    tolerance: resolveTolerance(target, indicator.tolerance),
    polarity: indicator.polarity,
    decimals,
  });
  return {
    period: financialQuarter(observation.period),
    value: observation.value,
    target,
    rag,
    numerator: observation.numerator,
    denominator: observation.denominator,
    statisticalNeighbours: observation.statisticalNeighbours,
    england: observation.england,
    region: observation.region,
    months: observation.months?.map(monthLabel) ?? null,
  };
}

/**
 * Every quarter from the first observed (on or before the report period) to the report period, in order.
 * A quarter without an observation row has every figure null but keeps the indicator's standing target.
 * `byIndex` maps periodIndex → the indicator's observation.
 */
export function buildHistory(
  indicator: Indicator,
  byIndex: ReadonlyMap<number, Observation>,
  reportPeriod: Period,
  decimals: number,
): QuarterResult[] {
  const last = periodIndex(reportPeriod);
  let first = last + 1;
  for (const index of byIndex.keys()) if (index <= last && index < first) first = index;
  const history: QuarterResult[] = [];
  for (let index = first; index <= last; index += 1) {
    const observation = byIndex.get(index);
    history.push(observation === undefined ? missingQuarter(indicator, periodFromIndex(index)) : observedQuarter(indicator, observation, decimals));
  }
  return history;
}
