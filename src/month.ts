// Calendar months, for scorecards kept month by month: `Apr 2022` is one typed value, gathered later into its quarter.

/** A calendar month: `year` is the calendar year (2023 for January 2023), `month` 1-12. */
export interface Month {
  year: number;
  month: number;
}

const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** 1-12 for a month name or its usual abbreviation (`Sep`, `Sept`, `September`); null otherwise. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const index = MONTH_NAMES.findIndex((m) => m.startsWith(w) && (w.length === 3 || w === m || w === 'sept'));
  return index === -1 ? null : index + 1;
}

/** `Apr 2022`: how papers and messages name a month. */
export function monthLabel(m: Month): string {
  const name = MONTH_NAMES[m.month - 1]!;
  return `${name.charAt(0).toUpperCase()}${name.slice(1, 3)} ${m.year}`;
}

/** `April 2022`, for sentences. */
export function monthName(m: Month): string {
  const name = MONTH_NAMES[m.month - 1]!;
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${m.year}`;
}

/** A whole number that orders months: consecutive months differ by one. */
export function monthIndex(m: Month): number {
  return m.year * 12 + (m.month - 1);
}

export function monthFromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  return { year, month: index - year * 12 + 1 };
}

/** Two-digit years: 70-99 are the 1900s, the rest the 2000s (as the quarter parser reads them). */
function fullYear(twoDigits: number): number {
  return twoDigits >= 70 ? 1900 + twoDigits : 2000 + twoDigits;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function monthOf(year: number, month: number | null): Month | null {
  return month === null || month < 1 || month > 12 || !Number.isInteger(year) ? null : { year, month };
}

const MONTH_WORD = String.raw`([a-z]{3,9}\.?)`;
const NAMED = new RegExp(String.raw`^${MONTH_WORD}\s*[,\-\s]\s*(\d{4})$`, 'i');
const NAMED_SHORT_YEAR = new RegExp(String.raw`^${MONTH_WORD}\s*[-\s']\s*(\d{2})$`, 'i');
/** `2022-04`, `2022/04`: year and month. */
const YEAR_MONTH = /^(\d{4})[-/](\d{1,2})$/;
/** `04/2022`, `4-2022`: month and year. */
const MONTH_YEAR = /^(\d{1,2})[-/](\d{4})$/;
/** UK dates, day first. */
const UK_DATE = /^(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/;

function parseMonthText(raw: string): Month | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  let m = NAMED.exec(text);
  if (m) return monthOf(Number(m[2]), monthNumber(m[1]!));
  m = NAMED_SHORT_YEAR.exec(text);
  if (m) return monthOf(fullYear(Number(m[2])), monthNumber(m[1]!));
  m = YEAR_MONTH.exec(text);
  if (m) return monthOf(Number(m[1]), Number(m[2]));
  m = MONTH_YEAR.exec(text);
  if (m) return monthOf(Number(m[2]), Number(m[1]));
  m = UK_DATE.exec(text);
  if (m) return validDay(Number(m[3]), Number(m[2]), Number(m[1])) ? monthOf(Number(m[3]), Number(m[2])) : null;
  m = ISO_DATE.exec(text);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3])) ? monthOf(Number(m[1]), Number(m[2])) : null;
  return null;
}

/**
 * The calendar month a cell names, or null when it names none (a quarter such as `2016-17 Q3` or `Oct-Dec 2016`
 * is not a month). Accepts `Apr 2022`, `April 2022`, `Apr-22`, `2022-04`, `04/2022`, UK and ISO dates and Dates
 * (read in UTC, as exceljs builds them).
 */
export function parseMonth(input: unknown): Month | null {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return null;
    return { year: input.getUTCFullYear(), month: input.getUTCMonth() + 1 };
  }
  if (typeof input !== 'string') return null;
  return parseMonthText(input);
}
