// The Scorecard: what `read/` hands to `analyse/`. Plain data with the cell each value came from.
import type { Diagnostic, Where } from '../diagnostics.js';
import type { Month } from '../month.js';
import type { Period } from '../period.js';
import type { PaperSheet } from './paperSheet.js';

export type Polarity = 'higher' | 'lower';
export type Unit = 'percent' | 'number' | 'rate' | 'days' | 'currency';
export const UNITS: readonly Unit[] = ['percent', 'number', 'rate', 'days', 'currency'];

/**
 * How a figure is counted. `snapshot`: a position at the end of the quarter; `flow`: an amount in the quarter;
 * `cumulative`: the year to date, resetting each April; `rolling`: the 12 months to the quarter's end; `annual`:
 * one figure a year.
 */
export type MeasureType = 'snapshot' | 'flow' | 'cumulative' | 'rolling' | 'annual';
export const MEASURE_TYPES: readonly MeasureType[] = ['snapshot', 'flow', 'cumulative', 'rolling', 'annual'];
export const DEFAULT_MEASURE_TYPE: MeasureType = 'snapshot';

/**
 * How an annual target is spread over the year for a cumulative measure: the share of it due by the end of each
 * quarter (Q1..Q4, the last 1). `even` is 0.25, 0.5, 0.75, 1.
 */
export type TargetProfile = readonly [number, number, number, number];
export const EVEN_PROFILE: TargetProfile = [0.25, 0.5, 0.75, 1];

/** Most decimal places a figure is shown (and compared) at: beyond it scaled integers lose exactness for large counts and money. */
export const MAX_DECIMALS = 6;

export interface Indicator {
  id: string;
  title: string;
  /** Which way is good; null where none was given (allowed only without a target). */
  polarity: Polarity | null;
  unit: Unit;
  /**
   * Display precision as given, or inferred from the figures where they use more places than the unit's default
   * (2.6 and 2.7 with no Decimals: 1); null means the unit's default (1 for percent and rate, 0 otherwise).
   */
  decimals: number | null;
  /** Default target for every period (a period's own Target overrides it). */
  target: number | null;
  measureType: MeasureType;
  /** Where the measure type came from: its own column, a word in its title (to be confirmed), or the default. */
  measureTypeFrom: 'column' | 'title' | 'default';
  /** For cumulative measures: the target for the whole year, profiled to each quarter (a quarter's own Target wins). */
  annualTarget: number | null;
  /** The annual target's profile; null for none given (even). */
  targetProfile: TargetProfile | null;
  /** The date the target is to be met by (ISO `2011-03-31`); null: the end of the report quarter. */
  targetDate: string | null;
  /** Amber tolerance in the indicator's unit; null means 5% of the target's absolute value. */
  tolerance: number | null;
  /** For rates: "per 10,000" is 10000. */
  ratePer: number | null;
  theme: string | null;
  owner: string | null;
  definition: string | null;
  rationale: string | null;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  /** The indicator's row (cell of its ID). */
  where: Where;
  /** Its data queries are confirmed: a `Confirmed` column on the Indicators sheet says so. Absent means not. */
  confirmed?: boolean;
}

/** One indicator's figures for one quarter. Every number is in the indicator's unit (64.7 for 64.7%). */
export interface Observation {
  id: string;
  period: Period;
  value: number | null;
  /** This period's target, overriding the indicator's; null to use the indicator's. */
  target: number | null;
  numerator: number | null;
  denominator: number | null;
  statisticalNeighbours: number | null;
  england: number | null;
  region: number | null;
  /** The cell holding the value. */
  where: Where;
  /** For a quarter gathered from monthly rows: the months that made it, in order; absent or null for a quarterly row. */
  months?: Month[] | null;
  /** The row's `Confirmed` column says this figure has been checked with the service. Absent means not. */
  confirmed?: boolean;
}

/**
 * Something the reader settled that an officer should confirm (fractions read as percentages, decimals inferred):
 * analyse lists it with the data queries. `period` null: the indicator as a whole (listed at the report period).
 */
export interface ReadQuery {
  id: string;
  period: Period | null;
  code: 'percent-as-fraction' | 'decimals-inferred';
  where: Where;
  figure: number | null;
  reason: string;
  check: string;
  doubtsFigure: boolean;
}

/** An officer's narrative for an indicator: text kept as written (paragraphs, `- ` bullets). */
export interface Commentary {
  id: string;
  /** null: applies to every period. */
  period: Period | null;
  /** Lower-case section name as written: position, learning, actions, conclusion, ... */
  section: string;
  text: string;
  where: Where;
}

export interface Scorecard {
  /** The file it was read from, as given. */
  source: string;
  layout: 'long' | 'wide';
  /** In input order. */
  indicators: Indicator[];
  /** Grouped by indicator in input order, each indicator's in period order. */
  observations: Observation[];
  commentary: Commentary[];
  /** What the reader settled for an officer to confirm; absent where there is nothing. */
  readQueries?: ReadQuery[];
  /** The national and regional comparators as their column headers name them (`Scotland`, `South East`), where they do. */
  comparatorNames?: { national?: string; region?: string };
  /** The paper's own words from the workbook's Paper sheet, where it has one. */
  paper?: PaperSheet;
}

export interface ReadResult {
  /** null when there were errors. */
  scorecard: Scorecard | null;
  diagnostics: Diagnostic[];
}

/** Limits that keep a hostile or runaway workbook from taking the process down. */
export interface ReadLimits {
  /** Largest total unpacked size of the workbook's zip entries. */
  maxUnpackedBytes: number;
  maxEntries: number;
  /** Largest ratio of an entry's unpacked to packed size. */
  maxCompressionRatio: number;
  /** Rows in any one sheet. */
  maxRows: number;
  /** Heap for the parsing worker. */
  maxWorkerMemoryMb: number;
  timeoutMs: number;
}
