// UK financial-year quarters: Q1 = Apr-Jun, Q2 = Jul-Sep, Q3 = Oct-Dec, Q4 = Jan-Mar. Canonical label `2016-17 Q3`.
import { monthNumber } from './month.js';

export type Quarter = 1 | 2 | 3 | 4;

/** A financial quarter. `year` is the calendar year the financial year starts in (2016 for 2016-17). */
export interface Period {
  readonly year: number;
  readonly quarter: Quarter;
}

/** `2016-17`: the financial year a quarter falls in. */
export function financialYearLabel(p: Period): string {
  return `${p.year}-${String((p.year + 1) % 100).padStart(2, '0')}`;
}

/** `2016-17 Q3`: the label used in every output. */
export function periodLabel(p: Period): string {
  return `${financialYearLabel(p)} Q${p.quarter}`;
}

/** `2016-17-Q3`: a quarter as part of a file or folder name (papers, `--emit` files, a run's period folders). */
export function periodSlug(p: Period): string {
  return periodLabel(p).replace(' ', '-');
}

/**
 * A quarter as the analysis and the papers hold it, from the moment it is chosen: frozen, and printed as its
 * label wherever it lands (a template's `{{period}}`, `JSON.stringify`, a template literal), so no label ever
 * needs reading back. Made only by `financialQuarter` (and the arithmetic below).
 */
export class FinancialQuarter implements Period {
  readonly year: number;
  readonly quarter: Quarter;

  private constructor(year: number, quarter: Quarter) {
    this.year = year;
    this.quarter = quarter;
    Object.freeze(this);
  }

  /** Made once per quarter and shared: they are frozen, so one value per quarter is safe (and period arithmetic is cheap). */
  private static readonly made = new Map<number, FinancialQuarter>();

  /** The one way to make one; `financialQuarter` is its name outside this file. */
  static of(p: Period): FinancialQuarter {
    if (p instanceof FinancialQuarter) return p;
    // A Period can arrive as plain data (a worker's message, a test literal): check what the types cannot.
    if (!Number.isInteger(p.year) || !(p.quarter === 1 || p.quarter === 2 || p.quarter === 3 || p.quarter === 4)) {
      throw new RangeError(`not a financial quarter: ${JSON.stringify(p)}`);
    }
    // Years a scorecard can name are shared; any other (period arithmetic far off, a hostile file) is made afresh.
    if (p.year < 0 || p.year > 9999) return new FinancialQuarter(p.year, p.quarter);
    const index = p.year * 4 + (p.quarter - 1);
    let made = FinancialQuarter.made.get(index);
    if (made === undefined) FinancialQuarter.made.set(index, (made = new FinancialQuarter(p.year, p.quarter)));
    return made;
  }

  toString(): string {
    return periodLabel(this);
  }

  toJSON(): string {
    return periodLabel(this);
  }
}

/** A quarter as a typed value that prints as its label. */
export function financialQuarter(p: Period): FinancialQuarter {
  return FinancialQuarter.of(p);
}

export function isFinancialQuarter(value: unknown): value is FinancialQuarter {
  return value instanceof FinancialQuarter;
}

const CANONICAL_LABEL = /^(\d{4})-(\d{2}) Q([1-4])$/;

/**
 * Exactly `2016-17 Q3`, as boardpack itself writes it (in its register, across to its workers), else null. Not
 * for what people type: that is `parsePeriod`'s job. `Q3 2016/17` or `2016-17  Q3` here means something other
 * than boardpack wrote the text, and guessing would hide it.
 */
export function parsePeriodLabel(text: string): FinancialQuarter | null {
  const m = CANONICAL_LABEL.exec(text);
  if (m === null) return null;
  const year = Number(m[1]);
  if (Number(m[2]) !== (year + 1) % 100) return null;
  return financialQuarter({ year, quarter: Number(m[3]) as Quarter });
}

/** A label boardpack wrote itself and now reads back (a register key, a worker's report): anything else is a bug. */
export function periodFromLabel(label: string): FinancialQuarter {
  const period = parsePeriodLabel(label);
  if (period === null) throw new Error(`"${label}" is not a period label as boardpack writes it (such as "2016-17 Q3")`);
  return period;
}

/** A whole number that orders periods: consecutive quarters differ by one. */
export function periodIndex(p: Period): number {
  return p.year * 4 + (p.quarter - 1);
}

export function periodFromIndex(index: number): FinancialQuarter {
  const year = Math.floor(index / 4);
  return financialQuarter({ year, quarter: ((index - year * 4) + 1) as Quarter });
}

export function addQuarters(p: Period, n: number): FinancialQuarter {
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

/** A quarter number written as 1-4; null for anything else. */
function quarterNumber(text: string): Quarter | null {
  const n = Number(text);
  return n >= 1 && n <= 4 ? (n as Quarter) : null;
}

/** Two-digit years: 70-99 are the 1900s (`99/00` is 1999-00), the rest the 2000s. */
function fullYear(twoDigits: number): number {
  return twoDigits >= 70 ? 1900 + twoDigits : 2000 + twoDigits;
}

/** `2016/17`, `2016-17`, `2016/2017`, `16/17`: the financial year's starting calendar year, or null if the halves disagree. */
function financialYearStart(first: string, second: string): number | null {
  const start = first.length === 2 ? fullYear(Number(first)) : Number(first);
  const end = Number(second);
  const expected = second.length === 2 ? (start + 1) % 100 : start + 1;
  return end === expected ? start : null;
}

// The en dash is written as its regular expression escape (\u2013): the command line's bundle is kept in ASCII.
const FINANCIAL_YEAR = String.raw`(\d{4}|\d{2})\s*[/\-\u2013]\s*(\d{4}|\d{2})`;
const QUARTER = String.raw`(?:q|qtr|quarter)\s*([1-4])`;
const MONTH_WORD = String.raw`([a-z]{3,9}\.?)`;

const YEAR_THEN_QUARTER = new RegExp(String.raw`^(?:fy\s*)?${FINANCIAL_YEAR}\s*,?\s*${QUARTER}$`, 'i');
const QUARTER_THEN_YEAR = new RegExp(String.raw`^${QUARTER}\s*,?\s*(?:fy\s*)?${FINANCIAL_YEAR}$`, 'i');
const MONTH_RANGE = new RegExp(String.raw`^${MONTH_WORD}\s*(?:-|\u2013|to)\s*${MONTH_WORD}\s*,?\s*(\d{4})$`, 'i');
const MONTH_YEAR = new RegExp(String.raw`^${MONTH_WORD}\s*,?\s*(\d{4})$`, 'i');
/** `Dec-16`: how Excel shows a date formatted `mmm-yy`, often pasted as text. */
const MONTH_SHORT_YEAR = new RegExp(String.raw`^${MONTH_WORD}-(\d{2})$`, 'i');
/** UK dates: day first. */
const UK_DATE = /^(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/;

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parsePeriodText(raw: string): Period | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  let m = YEAR_THEN_QUARTER.exec(text);
  if (m) return quarterOf(financialYearStart(m[1]!, m[2]!), m[3]!);
  m = QUARTER_THEN_YEAR.exec(text);
  if (m) return quarterOf(financialYearStart(m[2]!, m[3]!), m[1]!);
  m = MONTH_RANGE.exec(text);
  if (m) return monthRange(m[1]!, m[2]!, Number(m[3]));
  m = MONTH_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[1]!);
    return month === null ? null : periodOfMonth(Number(m[2]), month);
  }
  m = MONTH_SHORT_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[1]!);
    return month === null ? null : periodOfMonth(fullYear(Number(m[2])), month);
  }
  m = UK_DATE.exec(text);
  if (m) return dateParts(Number(m[3]), Number(m[2]), Number(m[1]));
  m = ISO_DATE.exec(text);
  if (m) return dateParts(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

function quarterOf(year: number | null, quarter: string): Period | null {
  const q = quarterNumber(quarter);
  return year === null || q === null ? null : { year, quarter: q };
}

/** `Oct-Dec 2016`, `Jan-Mar 2017`: only the three months of one financial quarter, named by the calendar year. */
function monthRange(fromWord: string, toWord: string, calendarYear: number): Period | null {
  const from = monthNumber(fromWord);
  const to = monthNumber(toWord);
  if (from === null || to === null) return null;
  const startsQuarter = from === 1 || from === 4 || from === 7 || from === 10;
  if (!startsQuarter || to !== from + 2) return null;
  return periodOfMonth(calendarYear, from);
}

function dateParts(year: number, month: number, day: number): Period | null {
  return validDate(year, month, day) ? periodOfMonth(year, month) : null;
}

/**
 * The quarter a cell means, or null. Accepts `2016-17 Q3`, `2016/17 Q3`, `Q3 2016/17`, `Q3 2016-17`, `Q3 16/17`,
 * `Oct-Dec 2016`, `Dec 2016`, `December 2016`, UK dates (`31/12/2016`), ISO dates and JS Dates (the quarter
 * containing the day). Numbers are never periods: an Excel serial is a date only when the cell is date-formatted,
 * and then exceljs hands us a Date. Dates are read in UTC, as exceljs builds them. For what people write: cells,
 * `--period`, config files. The result is plain data, as the scorecard holds it (`--emit analysis` prints a
 * commentary row's period as `{year, quarter}`); `financialQuarter` makes it a labelled value.
 */
export function parsePeriod(input: unknown): Period | null {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return null;
    return periodOfMonth(input.getUTCFullYear(), input.getUTCMonth() + 1);
  }
  if (typeof input !== 'string') return null;
  return parsePeriodText(input);
}
