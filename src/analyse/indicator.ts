// One indicator's analysis for the report period: value, change, direction, RAG, streak, comparators, history.
import { addQuarters, periodIndex, samePeriod, type FinancialQuarter } from '../period.js';
import type { Commentary, Indicator, Observation } from '../read/types.js';
import type { IndicatorAnalysis } from './types.js';
import { comparatorGap } from './comparators.js';
import { directionOfTravel } from './direction.js';
import { buildHistory, targetFor } from './history.js';
import { resolveDecimals } from './precision.js';
import { ragRating, resolveTolerance } from './rag.js';
import { isException, redStreak } from './streaks.js';

export interface IndicatorInput {
  indicator: Indicator;
  /** This indicator's observations, keyed by periodIndex. */
  byIndex: ReadonlyMap<number, Observation>;
  /** This indicator's commentary rows, in input order. */
  commentary: readonly Commentary[];
}

function valueAt(byIndex: ReadonlyMap<number, Observation>, period: FinancialQuarter): number | null {
  return byIndex.get(periodIndex(period))?.value ?? null;
}

export function analyseIndicator(input: IndicatorInput, reportPeriod: FinancialQuarter, exceptionThreshold: number): IndicatorAnalysis {
  const { indicator, byIndex } = input;
  const decimals = resolveDecimals(indicator);
  const current = byIndex.get(periodIndex(reportPeriod));
  const previousPeriod = addQuarters(reportPeriod, -1);
  const yearOnYearPeriod = addQuarters(reportPeriod, -4);
  const value = current?.value ?? null;
  const previous = valueAt(byIndex, previousPeriod);
  const target = targetFor(indicator, current);
  const tolerance = resolveTolerance(target, indicator.tolerance);
  const history = buildHistory(indicator, byIndex, reportPeriod, decimals);
  const streak = redStreak(history);
  const compare = (comparator: number | null) => comparatorGap(value, comparator, indicator.polarity, decimals);
  return {
    id: indicator.id,
    title: indicator.title,
    unit: indicator.unit,
    polarity: indicator.polarity,
    decimals,
    period: reportPeriod,
    value,
    previousPeriod,
    previous,
    change: value !== null && previous !== null ? value - previous : null,
    yearOnYearPeriod,
    yearOnYear: valueAt(byIndex, yearOnYearPeriod),
    direction: directionOfTravel(value, previous, indicator.polarity, decimals),
    target,
    tolerance,
    rag: ragRating({ value, target, tolerance, polarity: indicator.polarity, decimals }),
    redStreak: streak,
    exception: isException(streak, exceptionThreshold),
    comparators: {
      statisticalNeighbours: compare(current?.statisticalNeighbours ?? null),
      england: compare(current?.england ?? null),
      region: compare(current?.region ?? null),
    },
    history,
    indicator,
    commentary: input.commentary.filter((c) => c.period === null || samePeriod(c.period, reportPeriod)),
  };
}
