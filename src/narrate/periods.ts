// Quarters in words: `2016-17 Q3` → `Quarter 3`, `Quarter 3 2016-17`.
import { financialYearLabel, type Period } from '../period.js';

/** `2016-17 Q3` → `Quarter 3`. */
export function quarterName(period: Period): string {
  return `Quarter ${period.quarter}`;
}

/** `2016-17 Q3` → `Quarter 3 2016-17`. */
export function quarterAndYear(period: Period): string {
  return `Quarter ${period.quarter} ${financialYearLabel(period)}`;
}

/** True when both are quarters of the same financial year. */
export function sameFinancialYear(a: Period, b: Period): boolean {
  return a.year === b.year;
}
