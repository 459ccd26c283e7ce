// One indicator's analysis for the report period: value, change, direction, RAG, streak, comparators, history.
import { addQuarters, periodIndex, samePeriod, type FinancialQuarter } from '../period.js';
import type { Commentary, Indicator, Observation, ReadQuery } from '../read/types.js';
import type { DataQuery, IndicatorAnalysis, QuarterResult } from './types.js';
import { comparatorGap } from './comparators.js';
import { directionOfTravel } from './direction.js';
import { buildHistory } from './history.js';
import { comparisonBasis, comparisonPeriod, quarterWithoutFigureIsExpected, targetInForce } from './measures.js';
import { resolveDecimals } from './precision.js';
import { findDataQueries, reportFigureQueried, type Confirmation, type QueryQuarter } from './queries/index.js';
import { ragRating, resolveTolerance } from './rag.js';
import { isException, redStreak } from './streaks.js';

export interface IndicatorInput {
  indicator: Indicator;
  /** This indicator's observations, keyed by periodIndex. */
  byIndex: ReadonlyMap<number, Observation>;
  /** This indicator's commentary rows, in input order. */
  commentary: readonly Commentary[];
  /** What the reader settled for an officer to confirm (fractions, decimals inferred). */
  readQueries: readonly ReadQuery[];
}

/** The data queries on the indicator's quarters, each with its cell and whether it is confirmed. */
function queriesOf(input: IndicatorInput, history: readonly QuarterResult[], decimals: number, confirmations: readonly Confirmation[]): DataQuery[] {
  const { indicator, byIndex } = input;
  const quarters: QueryQuarter[] = history.map((q) => ({
    period: q.period,
    value: q.value,
    target: q.target,
    numerator: q.numerator,
    denominator: q.denominator,
    where: byIndex.get(periodIndex(q.period))?.where ?? null,
  }));
  const observationAt = (period: FinancialQuarter) => byIndex.get(periodIndex(period));
  return findDataQueries({ indicator, decimals, quarters }, input.readQueries, { indicator, observationAt, confirmations });
}

function valueAt(byIndex: ReadonlyMap<number, Observation>, period: FinancialQuarter): number | null {
  return byIndex.get(periodIndex(period))?.value ?? null;
}

/** The latest quarter with a figure, for a measure reported once a year. */
function latestFigure(history: readonly QuarterResult[]): IndicatorAnalysis['latest'] {
  const last = history.findLast((q) => q.value !== null);
  return last === undefined || last.value === null ? null : { period: last.period, value: last.value, rag: last.rag };
}

/** `confirmations`: the config's list of confirmed queries. A queried report figure is never an exception until confirmed. */
export function analyseIndicator(input: IndicatorInput, reportPeriod: FinancialQuarter, exceptionThreshold: number, confirmations: readonly Confirmation[] = []): IndicatorAnalysis {
  const { indicator, byIndex } = input;
  const decimals = resolveDecimals(indicator);
  const type = indicator.measureType;
  const current = byIndex.get(periodIndex(reportPeriod));
  const previousPeriod = addQuarters(reportPeriod, -1);
  const yearOnYearPeriod = addQuarters(reportPeriod, -4);
  const value = current?.value ?? null;
  const previous = valueAt(byIndex, previousPeriod);
  const comparedPeriod = comparisonPeriod(type, reportPeriod);
  const compared = valueAt(byIndex, comparedPeriod);
  const { target, from: targetFrom } = targetInForce(indicator, current, reportPeriod);
  const tolerance = resolveTolerance(target, indicator.tolerance);
  const history = buildHistory(indicator, byIndex, reportPeriod, decimals);
  const streak = redStreak(history, quarterWithoutFigureIsExpected(type));
  const compare = (comparator: number | null) => comparatorGap(value, comparator, indicator.polarity, decimals);
  const queries = queriesOf(input, history, decimals, confirmations);
  const valueQueried = reportFigureQueried(queries, reportPeriod);
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
    measureType: type,
    comparedWith: { basis: comparisonBasis(type), period: comparedPeriod, value: compared },
    change: value !== null && compared !== null ? value - compared : null,
    yearOnYearPeriod,
    yearOnYear: valueAt(byIndex, yearOnYearPeriod),
    direction: directionOfTravel(value, compared, indicator.polarity, decimals),
    target,
    targetFrom,
    annualTarget: type === 'cumulative' || type === 'annual' ? indicator.annualTarget : null,
    targetDate: indicator.targetDate,
    latest: type === 'annual' ? latestFigure(history) : null,
    tolerance,
    rag: ragRating({ value, target, tolerance, polarity: indicator.polarity, decimals }),
    redStreak: streak,
    exception: isException(streak, exceptionThreshold) && !valueQueried,
    comparators: {
      statisticalNeighbours: compare(current?.statisticalNeighbours ?? null),
      england: compare(current?.england ?? null),
      region: compare(current?.region ?? null),
    },
    history,
    indicator,
    queries,
    valueQueried,
    commentary: input.commentary.filter((c) => c.period === null || samePeriod(c.period, reportPeriod)),
  };
}
