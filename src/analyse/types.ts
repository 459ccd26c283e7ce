// The Analysis: what `analyse/` computes for a report period, and what every paper reports.
import type { Diagnostic } from '../diagnostics.js';
import type { FinancialQuarter, Period } from '../period.js';
import type { Commentary, Indicator, Polarity, Unit } from '../read/types.js';

export type Rag = 'red' | 'amber' | 'green';
export type Direction = 'improving' | 'worsening' | 'unchanged';

/**
 * One quarter of an indicator's history, as analysed. Every period in the Analysis is a FinancialQuarter: a typed
 * value that prints as its label (`2016-17 Q3`) in templates and JSON.
 */
export interface QuarterResult {
  period: FinancialQuarter;
  value: number | null;
  target: number | null;
  rag: Rag | null;
  numerator: number | null;
  denominator: number | null;
  statisticalNeighbours: number | null;
  england: number | null;
  region: number | null;
}

/** Our value against a comparator: gap = value − comparator; better by polarity (null without polarity). */
export interface ComparatorGap {
  comparator: number;
  gap: number;
  better: boolean | null;
}

export interface IndicatorAnalysis {
  id: string;
  title: string;
  unit: Unit;
  polarity: Polarity | null;
  /** Resolved display precision. */
  decimals: number;
  /** The report period. */
  period: FinancialQuarter;
  value: number | null;
  previousPeriod: FinancialQuarter;
  previous: number | null;
  /** value − previous, unrounded (percentage points for percent measures). */
  change: number | null;
  yearOnYearPeriod: FinancialQuarter;
  yearOnYear: number | null;
  direction: Direction | null;
  target: number | null;
  /** Resolved amber tolerance in the indicator's unit; null without a target. */
  tolerance: number | null;
  rag: Rag | null;
  redStreak: number;
  exception: boolean;
  comparators: {
    statisticalNeighbours: ComparatorGap | null;
    england: ComparatorGap | null;
    region: ComparatorGap | null;
  };
  /** Every quarter from the indicator's first up to the report period, in order (gaps included as nulls). */
  history: QuarterResult[];
  /** The indicator as read (definition, rationale, labels, theme, owner). */
  indicator: Indicator;
  /** Commentary for the report period (and period-less commentary), in input order. */
  commentary: Commentary[];
}

export interface ExceptionSummary {
  id: string;
  redStreak: number;
  /** The red quarters, oldest first. */
  periods: FinancialQuarter[];
}

export interface Analysis {
  /** The report period; null only when the scorecard has no quarters at all (an error diagnostic says so). */
  period: FinancialQuarter | null;
  indicators: IndicatorAnalysis[];
  exceptions: ExceptionSummary[];
  diagnostics: Diagnostic[];
}

export interface AnalyseOptions {
  /** The report period (a user's `--period` is read at the command line); default the latest period with any value. */
  period?: Period;
  /** Consecutive red quarters that make an exception. Default 2. */
  exceptionThreshold?: number;
}
