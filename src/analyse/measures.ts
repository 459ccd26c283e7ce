// What a measure type means for the analysis: which target is in force, what a figure is compared with, what streaks count.
import { addQuarters, type FinancialQuarter, type Period } from '../period.js';
import { EVEN_PROFILE, type Indicator, type MeasureType, type Observation } from '../read/types.js';

/**
 * What the direction of travel is judged against. A position, an amount in the quarter or a rolling year moves
 * quarter to quarter; a year-to-date figure always grows through the year, so it is set against the same point last
 * year; an annual figure against last year's.
 */
export type ComparisonBasis = 'previous quarter' | 'same point last year' | 'previous year';

export function comparisonBasis(type: MeasureType): ComparisonBasis {
  if (type === 'cumulative') return 'same point last year';
  if (type === 'annual') return 'previous year';
  return 'previous quarter';
}

/** The quarter whose figure this one is compared with. */
export function comparisonPeriod(type: MeasureType, period: Period): FinancialQuarter {
  return addQuarters(period, comparisonBasis(type) === 'previous quarter' ? -1 : -4);
}

export interface TargetInForce {
  target: number | null;
  /** Where it came from: the quarter's own Target, the annual target profiled to the quarter, or the standing Target. */
  from: 'quarter' | 'profile' | 'standing' | 'none';
}

/**
 * The target in force for a quarter: its own Target; for a cumulative measure with an annual target, the share of it
 * due by the quarter's end (its profile, else even); else the indicator's standing Target. A target of 0 is a target.
 */
export function targetInForce(indicator: Indicator, observation: Observation | undefined, period: Period): TargetInForce {
  const own = observation?.target ?? null;
  if (own !== null) return { target: own, from: 'quarter' };
  if (indicator.measureType === 'cumulative' && indicator.annualTarget !== null) {
    const share = (indicator.targetProfile ?? EVEN_PROFILE)[period.quarter - 1]!;
    return { target: Number((indicator.annualTarget * share).toPrecision(12)), from: 'profile' };
  }
  if (indicator.measureType === 'annual' && indicator.annualTarget !== null && indicator.target === null) {
    return { target: indicator.annualTarget, from: 'standing' };
  }
  return indicator.target === null ? { target: null, from: 'none' } : { target: indicator.target, from: 'standing' };
}

/**
 * Whether a quarter without a figure is simply not a reporting quarter: an annual measure has one figure a year, so
 * its other quarters are neither missing nor rated, and they do not break a run of red years.
 */
export function quarterWithoutFigureIsExpected(type: MeasureType): boolean {
  return type === 'annual';
}
