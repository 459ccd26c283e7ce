// What every data check looks at: one indicator's quarters up to the report period, each with its cell.
import type { Where } from '../../diagnostics.js';
import type { FinancialQuarter } from '../../period.js';
import type { Indicator, Unit } from '../../read/types.js';
import type { DataQuery, DataQueryCode } from '../types.js';

export interface QueryQuarter {
  period: FinancialQuarter;
  value: number | null;
  /** The target in force (a cumulative measure's profiled share of the year's). */
  target: number | null;
  numerator: number | null;
  denominator: number | null;
  /** The value's cell; null for a quarter with no row at all. */
  where: Where | null;
}

export interface QuerySubject {
  indicator: Indicator;
  decimals: number;
  /** Oldest first, gaps included; the last is the report period. */
  quarters: readonly QueryQuarter[];
}

/** A query before it is checked against the confirmations. */
export type FoundQuery = Omit<DataQuery, 'confirmed'>;

export function query(subject: QuerySubject, q: QueryQuarter, code: DataQueryCode, fields: Pick<DataQuery, 'figure' | 'reason' | 'check' | 'doubtsFigure'>): FoundQuery {
  return { id: subject.indicator.id, period: q.period, code, where: q.where ?? subject.indicator.where, ...fields };
}

/** A figure as a service lead reads it: 99.6%, 2.7, 9.05 days, £800. */
export function figureText(value: number, unit: Unit, decimals: number): string {
  const text = value.toLocaleString('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  switch (unit) {
    case 'percent':
      return `${text}%`;
    case 'currency':
      return value < 0 ? `-£${text.slice(1)}` : `£${text}`;
    case 'days':
      return `${text} days`;
    default:
      return text;
  }
}

export const show = (subject: QuerySubject, value: number): string => figureText(value, subject.indicator.unit, subject.decimals);

/** Quarters that have a figure, with the figure typed as a number. */
export function withFigures(quarters: readonly QueryQuarter[]): (QueryQuarter & { value: number })[] {
  return quarters.filter((q): q is QueryQuarter & { value: number } => q.value !== null);
}

/** A title that measures a change ("% reduction in violence"): its figures may go below 0, and 0 is an ordinary figure. */
const CHANGE_TITLE = /\b(?:reduction|change|increase|decrease|growth|difference|variance|variation)\b/i;

export function measuresAChange(title: string): boolean {
  return CHANGE_TITLE.test(title);
}

/** Figures below zero anywhere (days behind a timetable, a fall): 0 is then a middle value, not a floor. */
export function goesBelowZero(subject: QuerySubject): boolean {
  return subject.quarters.some((q) => q.value !== null && q.value < 0);
}
