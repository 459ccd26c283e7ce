// Whether a figure agrees with its numerator and denominator, allowing for the rounding of all three.
import { decimalPlaces } from './decimals.js';

/**
 * How far an indicator's counts may be from the truth: official statistics often round counts to the nearest 5
 * (725, 795), so when every numerator and denominator is a multiple of 5 each may be 2.5 out; otherwise counts are exact.
 */
export function countRounding(counts: readonly number[]): number {
  return counts.length > 0 && counts.every((c) => Number.isInteger(c) && c % 5 === 0) ? 2.5 : 0;
}

/**
 * True when `value` is numerator ÷ denominator × `scale` (100 for a percentage), to the places the value is written
 * with (88.3 may be 88.25 to 88.35) and within the counts' own rounding (`countSlack`, from countRounding).
 */
export function agreesWithCounts(value: number, numerator: number, denominator: number, scale: number, countSlack = 0): boolean {
  const valueSlack = 0.5 * 10 ** -decimalPlaces(value) + 1e-9;
  const low = Math.max(0, denominator - countSlack);
  const high = denominator + countSlack;
  if (low <= 0 || denominator <= 0) return false;
  const smallest = ((numerator - countSlack) / high) * scale;
  const largest = ((numerator + countSlack) / low) * scale;
  return value >= smallest - valueSlack && value <= largest + valueSlack;
}
