// Red streaks: consecutive quarters rated red, ending at the report period, which make an exception.
import type { FinancialQuarter } from '../period.js';
import type { QuarterResult } from './types.js';

/** Default consecutive red quarters that make an exception (the LSP's "two or more consecutive quarters"). */
export const DEFAULT_EXCEPTION_THRESHOLD = 2;

/**
 * Quarters rated red, counted back from the last quarter of the history (the report period). Anything not red
 * ends it: amber, green, or not rated (no value, no target, or no observation for the quarter at all).
 * `figuresOnly` (an annual measure): the quarters between its yearly figures are passed over, so the streak counts
 * red figures in a row; it still starts only at a red report period.
 */
export function redStreak(history: readonly QuarterResult[], figuresOnly = false): number {
  return redStreakPeriods(history, figuresOnly).length;
}

/** The periods of the current red streak, oldest first. */
export function redStreakPeriods(history: readonly QuarterResult[], figuresOnly = false): FinancialQuarter[] {
  const red: FinancialQuarter[] = [];
  if (history.at(-1)?.rag !== 'red') return red;
  for (let i = history.length - 1; i >= 0; i -= 1) {
    const q = history[i]!;
    if (figuresOnly && q.value === null) continue;
    if (q.rag !== 'red') break;
    red.unshift(q.period);
  }
  return red;
}

export function isException(streak: number, threshold: number): boolean {
  return streak >= threshold;
}
