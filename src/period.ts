// UK financial-year quarters: Q1 = Apr-Jun, Q2 = Jul-Sep, Q3 = Oct-Dec, Q4 = Jan-Mar. Canonical label `2016-17 Q3`.

export type Quarter = 1 | 2 | 3 | 4;

/** A financial quarter. `year` is the calendar year the financial year starts in (2016 for 2016-17). */
export interface Period {
  year: number;
  quarter: Quarter;
}

/** `2016-17 Q3`: the label used in every output. */
export function periodLabel(p: Period): string {
  const next = String((p.year + 1) % 100).padStart(2, '0');
  return `${p.year}-${next} Q${p.quarter}`;
}

/** A whole number that orders periods: consecutive quarters differ by one. */
export function periodIndex(p: Period): number {
  return p.year * 4 + (p.quarter - 1);
}

export function periodFromIndex(index: number): Period {
  const year = Math.floor(index / 4);
  return { year, quarter: ((index - year * 4) + 1) as Quarter };
}

export function addQuarters(p: Period, n: number): Period {
  return periodFromIndex(periodIndex(p) + n);
}

export function comparePeriods(a: Period, b: Period): number {
  return periodIndex(a) - periodIndex(b);
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.year === b.year && a.quarter === b.quarter;
}

/** The financial quarter containing a calendar month (1-12) of a calendar year. */
export function periodOfMonth(calendarYear: number, month: number): Period {
  if (month >= 4) return { year: calendarYear, quarter: (Math.floor((month - 4) / 3) + 1) as Quarter };
  return { year: calendarYear - 1, quarter: 4 };
}

/** The last day of the quarter, as an ISO date (`2016-12-31`). */
export function periodEndDate(p: Period): string {
  const ends = { 1: '06-30', 2: '09-30', 3: '12-31', 4: '03-31' } as const;
  const year = p.quarter === 4 ? p.year + 1 : p.year;
  return `${year}-${ends[p.quarter]}`;
}
