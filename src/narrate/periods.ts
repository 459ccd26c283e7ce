// Quarters in words: `2016-17 Q3` → `Quarter 3`, `Quarter 3 2016-17`.
import { parsePeriod, type Period } from '../period.js';

function financialYear(p: Period): string {
  return `${p.year}-${String((p.year + 1) % 100).padStart(2, '0')}`;
}

/** A label we cannot read is written back as given (trimmed), or `the quarter` if blank: never an empty phrase. */
function asGiven(period: string): string {
  const trimmed = period.trim();
  return trimmed === '' ? 'the quarter' : trimmed;
}

/** `2016-17 Q3` → `Quarter 3`. */
export function quarterName(period: string): string {
  const parsed = parsePeriod(period);
  return parsed === null ? asGiven(period) : `Quarter ${parsed.quarter}`;
}

/** `2016-17 Q3` → `Quarter 3 2016-17`. */
export function quarterAndYear(period: string): string {
  const parsed = parsePeriod(period);
  return parsed === null ? asGiven(period) : `Quarter ${parsed.quarter} ${financialYear(parsed)}`;
}

/** True when both labels are quarters of the same financial year. */
export function sameFinancialYear(a: string, b: string): boolean {
  const pa = parsePeriod(a);
  const pb = parsePeriod(b);
  return pa !== null && pb !== null && pa.year === pb.year;
}
