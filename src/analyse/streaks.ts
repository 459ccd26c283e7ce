// Red streaks: consecutive quarters rated red, ending at the report period, which make an exception.
import type { FinancialQuarter } from '../period.js';
import type { QuarterResult } from './types.js';

/** Default consecutive red quarters that make an exception (the LSP's "two or more consecutive quarters"). */
export const DEFAULT_EXCEPTION_THRESHOLD = 2;

/**
 * Quarters rated red, counted back from the last quarter of the history (the report period). Anything not red
 * ends it: amber, green, or not rated (no value, no target, or no observation for the quarter at all).
 */
export function redStreak(history: readonly QuarterResult[]): number {
  let streak = 0;
  for (let i = history.length - 1; i >= 0 && history[i]?.rag === 'red'; i -= 1) streak += 1;
  return streak;
}

/** The periods of the current red streak, oldest first. */
export function redStreakPeriods(history: readonly QuarterResult[]): FinancialQuarter[] {
  const streak = redStreak(history);
  return history.slice(history.length - streak).map((q) => q.period);
}

export function isException(streak: number, threshold: number): boolean {
  return streak >= threshold;
}
