// How an indicator is counted and targeted: Measure type, Annual target's profile and Target date, as officers write them.
import { monthNumber } from '../month.js';
import type { CellValue } from './cell.js';
import { describeCell } from './grid.js';
import type { MeasureType, TargetProfile } from './types.js';

const MEASURE_TYPE_WORDS: ReadonlyMap<string, MeasureType> = new Map([
  ...['snapshot', 'position', 'pointintime', 'asat', 'stock', 'periodend', 'endofperiod', 'endofquarter', 'level'].map((w) => [w, 'snapshot'] as const),
  ...['flow', 'inperiod', 'inquarter', 'perquarter', 'discrete', 'quarterly', 'activity', 'total', 'sum'].map((w) => [w, 'flow'] as const),
  ...['cumulative', 'cum', 'ytd', 'yeartodate', 'cumulativeytd', 'runningtotal'].map((w) => [w, 'cumulative'] as const),
  ...['rolling', 'rolling12months', 'rolling12month', '12monthrolling', '12monthsrolling', 'rollingyear', 'rolling12', 'last12months'].map((w) => [w, 'rolling'] as const),
  ...['annual', 'annually', 'yearly', 'yearend', 'outturn'].map((w) => [w, 'annual'] as const),
]);

export const MEASURE_TYPE_HINT = 'write snapshot (a position at the end of the quarter), flow (an amount in the quarter), cumulative (year to date), rolling (12 months to the quarter end) or annual';

/** `Year to date` → `cumulative`; null for words that name no measure type. */
export function measureTypeOfWord(written: string): MeasureType | null {
  return MEASURE_TYPE_WORDS.get(written.toLowerCase().replace(/[^a-z0-9]/g, '')) ?? null;
}

/** Words in a title that say the figure is a year-to-date total: the officer should confirm it with a Measure type. */
const CUMULATIVE_TITLE = /\b(cumulative|year[\s-]+to[\s-]+date|ytd)\b/i;

export function titleSaysCumulative(title: string): boolean {
  return CUMULATIVE_TITLE.test(title);
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/**
 * A target profile: `even`, or four percentages of the annual target, either due by the end of each quarter
 * (`25%, 50%, 80%, 100%`: rising, ending at 100%) or due in each quarter (`25, 25, 30, 20`: adding up to 100%).
 */
export function parseTargetProfile(written: string): Parsed<TargetProfile> {
  const text = written.trim().toLowerCase();
  if (text === 'even' || text === 'evenly' || text === 'flat' || text === 'straight line' || text === 'straight-line') {
    return { ok: true, value: [0.25, 0.5, 0.75, 1] };
  }
  const parts = text.split(/\s*[,;/|]\s*|\s+/).filter((p) => p !== '').map((p) => p.replace(/%$/, ''));
  const shares = parts.map(Number);
  const usage = 'write even, or four percentages of the annual target: due by the end of each quarter (25%, 50%, 75%, 100%) or in each quarter (25%, 25%, 25%, 25%)';
  if (shares.length !== 4 || shares.some((n) => !Number.isFinite(n) || n < 0)) return { ok: false, problem: `"${written}" is not a target profile: ${usage}` };
  const [a, b, c, d] = shares as [number, number, number, number];
  const byEnd = a <= b && b <= c && c <= d && Math.abs(d - 100) < 1e-9;
  if (byEnd) return { ok: true, value: [a / 100, b / 100, c / 100, 1] };
  if (Math.abs(a + b + c + d - 100) < 1e-6) return { ok: true, value: [a / 100, (a + b) / 100, (a + b + c) / 100, 1] };
  return { ok: false, problem: `"${written}" is not a target profile: the four shares neither end at 100% nor add up to 100%; ${usage}` };
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > lastDay) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDayOf(year: number, month: number): string | null {
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

const UK_DATE = /^(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9}\.?),?\s+(\d{4})$/i;
const MONTH_YEAR = /^([a-z]{3,9}\.?),?\s+(\d{4})$/i;

/**
 * A target date as an ISO date: a date cell, `31/03/2011`, `2011-03-31`, `31 March 2011`, or `March 2011` (its
 * last day). Papers print it as "31 March 2011".
 */
export function parseTargetDate(cell: CellValue): Parsed<string> {
  if (cell.kind === 'date') return { ok: true, value: cell.date.toISOString().slice(0, 10) };
  const bad = { ok: false as const, problem: `${describeCell(cell)} is not a date: write it as 31/03/2011 or 31 March 2011` };
  if (cell.kind !== 'text') return bad;
  const text = cell.text.trim().replace(/\s+/g, ' ');
  let date: string | null = null;
  let m = UK_DATE.exec(text);
  if (m) date = isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  else if ((m = ISO_DATE.exec(text))) date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  else if ((m = DAY_MONTH_YEAR.exec(text))) {
    const month = monthNumber(m[2]!);
    date = month === null ? null : isoDate(Number(m[3]), month, Number(m[1]));
  } else if ((m = MONTH_YEAR.exec(text))) {
    const month = monthNumber(m[1]!);
    date = month === null ? null : lastDayOf(Number(m[2]), month);
  }
  return date === null ? bad : { ok: true, value: date };
}
