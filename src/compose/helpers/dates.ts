// Dates and ordinals as a UK council writes them: `12 January 2010`, `12th`.
import { HelperError, describe, type BoardpackHelper } from './define.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2010-01-12` → `12 January 2010`; rejects what is not a real calendar date. */
export function ukDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = match === null ? [NaN, NaN, NaN] : [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (match === null || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new HelperError(`"${iso}" is not a date written YYYY-MM-DD`);
  }
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 101st, 111th. */
export function ordinal(n: number): string {
  const lastTwo = Math.abs(n) % 100;
  const last = Math.abs(n) % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

export const date: BoardpackHelper = ([value]) => {
  if (typeof value !== 'string') throw new HelperError(`expects an ISO date (YYYY-MM-DD), got ${describe(value)}`);
  return ukDate(value);
};

export const ordinalHelper: BoardpackHelper = ([value]) => {
  if (typeof value !== 'number' || !Number.isInteger(value)) throw new HelperError(`expects a whole number, got ${describe(value)}`);
  return ordinal(value);
};
