// One quarter's figure from its monthly rows, by measure type: a flow adds up, a position takes the quarter's last month.
import { monthIndex, type Month } from '../month.js';
import type { MeasureType, Observation, Unit } from './types.js';

/** A month's or a quarter's figures, every number in the indicator's unit. */
type Figures = Pick<Observation, 'value' | 'target' | 'numerator' | 'denominator' | 'statisticalNeighbours' | 'england' | 'region'>;

/** One month's figures as read. */
export interface MonthFigures extends Figures {
  month: Month;
}

/** A quarter's figures; `value` is null when the quarter cannot honestly be given (a month of a flow missing, or the quarter's last month). */
export interface QuarterFromMonths extends Figures {
  /** The months with a figure, in order. */
  months: Month[];
  /** The quarter's months with no figure, in order. */
  missing: Month[];
  /** How the figure was made, for the reader's message: `sum`, `ratio`, `mean`, `last`. */
  method: 'sum' | 'ratio' | 'mean' | 'last' | 'none';
}

/** A flow of a percentage or rate does not add up: with counts it is their ratio, without them the mean of the months. */
function isRatioUnit(unit: Unit): boolean {
  return unit === 'percent' || unit === 'rate';
}

/** Undo binary noise from adding decimals (0.1 + 0.2), keeping 12 significant figures as exceljs reads them. */
function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

function sum(values: readonly (number | null)[]): number | null {
  if (values.length === 0 || values.some((v) => v === null)) return null;
  return tidy((values as number[]).reduce((a, b) => a + b, 0));
}

function mean(values: readonly (number | null)[]): number | null {
  const total = sum(values);
  return total === null ? null : tidy(total / values.length);
}

function lastGiven(values: readonly (number | null)[]): number | null {
  for (let i = values.length - 1; i >= 0; i--) if (values[i] !== null) return values[i]!;
  return null;
}

/**
 * The quarter made from its months (`quarterMonths`: the quarter's three months, in order). A flow is the sum of three
 * months (for a percentage or rate, the ratio of the summed numerator and denominator, or failing those the mean of the
 * months); a snapshot, cumulative, rolling or annual figure is the quarter's last month, as it stood at the quarter end.
 * A month missing is never made up: a flow short of a month, or a position without the quarter's last month, has no
 * figure for the quarter.
 */
export function quarterFromMonths(
  rows: readonly MonthFigures[],
  quarterMonths: readonly Month[],
  measureType: MeasureType,
  unit: Unit,
  ratePer: number | null,
): QuarterFromMonths {
  const byIndex = new Map(rows.map((r) => [monthIndex(r.month), r]));
  const inQuarter = quarterMonths.map((m) => byIndex.get(monthIndex(m)) ?? null);
  const given = inQuarter.filter((r): r is MonthFigures => r !== null && r.value !== null);
  const missing = quarterMonths.filter((_, i) => inQuarter[i] === null || inQuarter[i]!.value === null);
  const months = given.map((r) => r.month);
  const empty = { value: null, target: null, numerator: null, denominator: null, statisticalNeighbours: null, england: null, region: null };
  if (measureType !== 'flow') {
    const last = inQuarter[inQuarter.length - 1];
    if (last === null || last === undefined || last.value === null) return { ...empty, months, missing, method: 'none' };
    return {
      value: last.value, target: last.target, numerator: last.numerator, denominator: last.denominator,
      statisticalNeighbours: last.statisticalNeighbours, england: last.england, region: last.region,
      months, missing, method: 'last',
    };
  }
  if (missing.length > 0) return { ...empty, months, missing, method: 'none' };
  const all = inQuarter as MonthFigures[];
  const column = <K extends keyof Omit<MonthFigures, 'month'>>(k: K) => all.map((r) => r[k]);
  const ratio = isRatioUnit(unit);
  const numerator = sum(column('numerator'));
  const denominator = sum(column('denominator'));
  const combine = ratio ? mean : sum;
  let value: number | null;
  let method: QuarterFromMonths['method'];
  if (ratio && numerator !== null && denominator !== null && denominator !== 0) {
    value = tidy((numerator / denominator) * (unit === 'percent' ? 100 : (ratePer ?? 1)));
    method = 'ratio';
  } else {
    value = combine(column('value'));
    method = ratio ? 'mean' : 'sum';
  }
  return {
    value,
    // A percentage's target is the level to reach, not an amount per month: the quarter keeps its last month's.
    target: ratio ? lastGiven(column('target')) : sum(column('target')),
    numerator,
    denominator,
    statisticalNeighbours: combine(column('statisticalNeighbours')),
    england: combine(column('england')),
    region: combine(column('region')),
    months,
    missing,
    method,
  };
}
