// How many decimal places a figure is shown with: the unit's default, and the places a figure was typed with.
import type { Unit } from './read/types.js';

/** Decimals a unit is shown with when the scorecard gives none and its figures say nothing more: 64.7%, 80.4 per 10,000, 1,732, 21 days, £800. */
export function defaultDecimals(unit: Unit): number {
  return unit === 'percent' || unit === 'rate' ? 1 : 0;
}

/**
 * The decimal places a figure is written with: 2.6 → 1, 9.05 → 2, 88 → 0. Binary noise is cut first (12
 * significant digits), so 0.07 × 100 (7.000000000000001) counts as 7.
 */
export function decimalPlaces(x: number): number {
  if (!Number.isFinite(x)) return 0;
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return 0;
  // Most figures are short (64.7): with 12 significant digits or fewer, cutting to 12 changes nothing.
  const plain = String(Math.abs(x));
  const point = plain.indexOf('.');
  if (point > 0 && !plain.includes('e') && significantDigits(plain) <= 12) return plain.length - point - 1;
  const text = Number(Math.abs(x).toPrecision(12)).toString();
  const [mantissa = '', exponent] = text.split('e');
  const places = mantissa.split('.')[1]?.length ?? 0;
  return exponent === undefined ? places : Math.max(0, places - Number(exponent));
}

/** Significant digits in a plain decimal (no exponent, no sign): `0.0647` has 3, `64.70` would have 4. */
function significantDigits(plain: string): number {
  let first = 0;
  while (first < plain.length && (plain[first] === '0' || plain[first] === '.')) first++;
  let digits = 0;
  for (let i = first; i < plain.length; i++) if (plain[i] !== '.') digits++;
  return digits;
}
