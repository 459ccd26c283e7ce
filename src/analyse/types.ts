// The Analysis: what `analyse/` computes for a report period, and what every paper reports.
import type { Diagnostic, Where } from '../diagnostics.js';
import type { FinancialQuarter, Period } from '../period.js';
import type { Commentary, Indicator, MeasureType, Polarity, Unit } from '../read/types.js';
import type { ComparisonBasis, TargetInForce } from './measures.js';

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
  /** For a quarter gathered from monthly rows, the months that made it (`Apr 2022`); null for a quarterly figure. */
  months: string[] | null;
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
  /** How the figure is counted: a position, an amount in the quarter, year to date, a rolling year, or annual. */
  measureType: MeasureType;
  /**
   * The figure this one is judged against: the previous quarter's, or for a cumulative (year-to-date) or annual
   * measure the same point last year. `change` and `direction` are measured from it.
   */
  comparedWith: { basis: ComparisonBasis; period: FinancialQuarter; value: number | null };
  /** value − comparedWith.value, unrounded (percentage points for percent measures). */
  change: number | null;
  yearOnYearPeriod: FinancialQuarter;
  yearOnYear: number | null;
  direction: Direction | null;
  target: number | null;
  /** Where the target came from: the quarter's own, the annual target profiled to the quarter, or the standing one. */
  targetFrom: TargetInForce['from'];
  /** A cumulative measure's target for the whole year, when one is given. */
  annualTarget: number | null;
  /** When the target is to be met (ISO date), where the scorecard says; null means by the end of the quarter. */
  targetDate: string | null;
  /** An annual measure's latest figure on or before the report period (its quarter, figure and rating); else null. */
  latest: { period: FinancialQuarter; value: number; rag: Rag | null } | null;
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
  /** Data queries on this indicator's figures up to the report period, oldest first (see DataQuery). */
  queries: DataQuery[];
  /**
   * The report quarter's figure has an unconfirmed query that casts doubt on it: papers say it has been queried with
   * the service instead of stating it, and it is left out of key points and exception detection.
   */
  valueQueried: boolean;
}

/** Why a figure is doubtful, in words a service lead understands. */
export type DataQueryCode =
  | 'zero-after-history'
  | 'unusual-jump'
  | 'repeated-value'
  | 'target-missing'
  | 'target-zero'
  | 'target-changed'
  | 'polarity-contradicts-title'
  | 'percent-out-of-range'
  | 'percent-as-fraction'
  | 'numerator-denominator-mismatch'
  | 'looks-year-to-date'
  | 'decimals-inferred';

/**
 * A data query: a figure a performance officer would check with the service before a paper states it.
 * `doubtsFigure`: the figure itself may be wrong (held out of papers until confirmed); otherwise it is advice (a
 * target changed in the year, decimals inferred) that the papers can carry.
 */
export interface DataQuery {
  id: string;
  period: FinancialQuarter;
  code: DataQueryCode;
  /** The cell to look at. */
  where: Where;
  /** The figure queried, in the indicator's unit; null where the query is about something else (a target, a polarity). */
  figure: number | null;
  /** Why it is queried: "0.0% after 99.6% the quarter before: a missing return keyed as 0?" */
  reason: string;
  /** What to check: "Ask IT Services for the figure, or confirm that the website was down all quarter." */
  check: string;
  doubtsFigure: boolean;
  /** Marked confirmed in the workbook's Confirmed column or the config's list. */
  confirmed: boolean;
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
  /** Every data query, by indicator in input order, then by quarter. */
  queries: DataQuery[];
  diagnostics: Diagnostic[];
}

export interface AnalyseOptions {
  /** The report period (a user's `--period` is read at the command line); default the latest period with any value. */
  period?: Period;
  /** Consecutive red quarters that make an exception. Default 2. */
  exceptionThreshold?: number;
  /** Confirmed data queries from the config: `HR05` (all of an indicator's) or `IT06 2014-15 Q2` (one quarter's). */
  confirmedQueries?: readonly string[];
}
