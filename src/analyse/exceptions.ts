// The exception list: indicators red for the threshold number of consecutive quarters, in input order.
import type { ExceptionSummary, IndicatorAnalysis } from './types.js';
import { quarterWithoutFigureIsExpected } from './measures.js';
import { redStreakPeriods } from './streaks.js';

export function exceptionSummaries(indicators: readonly IndicatorAnalysis[]): ExceptionSummary[] {
  return indicators
    .filter((a) => a.exception)
    .map((a) => ({ id: a.id, redStreak: a.redStreak, periods: redStreakPeriods(a.history, quarterWithoutFigureIsExpected(a.measureType)) }));
}
