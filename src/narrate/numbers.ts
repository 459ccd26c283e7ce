// Numbers as a UK council writes them: 1,732 · 64.7% · £800,000 · 21.5 days · 80 per 10,000; rounded as RAG rounds.
import { MAX_DECIMALS, toDisplayUnits } from '../analyse/precision.js';
import type { Unit } from '../read/types.js';

/** Written wherever a figure is missing (or not a finite number): honest, never "NaN" or "null". */
export const NO_DATA = 'no data';

function usableDecimals(decimals: number): number {
  if (!Number.isFinite(decimals)) return 0;
  return Math.min(MAX_DECIMALS, Math.max(0, Math.round(decimals)));
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * `1,732`, `64.7`, `-2.7`; never `-0` (−0.04 at 1 decimal is `0.0`). Rounds half away from zero on the decimal
 * as written, exactly as the RAG rating does, so a figure shown as meeting its target is rated as meeting it.
 */
export function formatNumber(n: number, decimals: number): string {
  if (!Number.isFinite(n)) return NO_DATA;
  let d = usableDecimals(decimals);
  let units = toDisplayUnits(n, d);
  if (!Number.isFinite(units)) {
    // Near Number.MAX_VALUE the scaled figure overflows; a figure that size is a whole number anyway.
    d = 0;
    units = Math.round(n);
  }
  const digits = BigInt(Math.abs(units)).toString().padStart(d + 1, '0');
  const whole = groupThousands(digits.slice(0, digits.length - d));
  const fraction = d > 0 ? `.${digits.slice(digits.length - d)}` : '';
  return `${units < 0 ? '-' : ''}${whole}${fraction}`;
}

/** Like formatNumber, but a whole number drops its `.0`: targets and changes as people say them (72%, 1 percentage point). */
export function formatPlainNumber(n: number, decimals: number): string {
  return formatNumber(n, decimals).replace(/\.0+$/, '');
}

/** `per 10,000`; null when there is no base to name. */
function ratePhrase(ratePer: number | null | undefined): string | null {
  if (ratePer === null || ratePer === undefined || !Number.isFinite(ratePer) || ratePer <= 0) return null;
  return `per ${formatNumber(ratePer, 0)}`;
}

/** Attach the unit to a formatted number: `64.7%`, `£1,200` (`-£1,200`), `1 day`, `80 per 10,000`. */
function withUnit(text: string, unit: Unit, ratePer: number | null | undefined): string {
  switch (unit) {
    case 'percent':
      return `${text}%`;
    case 'currency':
      return text.startsWith('-') ? `-£${text.slice(1)}` : `£${text}`;
    case 'days':
      return `${text} ${text === '1' || text === '-1' ? 'day' : 'days'}`;
    case 'rate': {
      const per = ratePhrase(ratePer);
      return per === null ? text : `${text} ${per}`;
    }
    case 'number':
      return text;
  }
}

/** A value in its unit at its display precision: `64.7%`, `80.0 per 10,000`, `£800,000`, `21.5 days`; null → `no data`. */
export function formatValue(value: number | null, unit: Unit, decimals: number, ratePer?: number | null): string {
  if (value === null || !Number.isFinite(value)) return NO_DATA;
  return withUnit(formatNumber(value, decimals), unit, ratePer);
}

/** A target or threshold as a council writes it: `72%` for 72.0, `23.9%`, `£1,200`. */
export function formatTarget(value: number | null, unit: Unit, decimals: number, ratePer?: number | null): string {
  if (value === null || !Number.isFinite(value)) return NO_DATA;
  return withUnit(formatPlainNumber(value, decimals), unit, ratePer);
}

/**
 * The size of a change, without its sign (the sentence says increase or decrease): `2.7 percentage points`,
 * `1 percentage point`, `25`, `£1,200`, `3.5 days`, `4.1 per 10,000` (given ratePer; else just the number).
 * A whole number drops its `.0`.
 */
export function formatChange(change: number, unit: Unit, decimals: number, ratePer?: number | null): string {
  if (!Number.isFinite(change)) return NO_DATA;
  const text = formatPlainNumber(Math.abs(change), decimals);
  if (unit === 'percent') return `${text} ${text === '1' ? 'percentage point' : 'percentage points'}`;
  return withUnit(text, unit, ratePer);
}
