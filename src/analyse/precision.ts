// Display precision: every comparison a reader can see (RAG, direction, better/worse) is made on the figures as shown.
import { defaultDecimals } from '../decimals.js';
import { MAX_DECIMALS, type Indicator } from '../read/types.js';

export { defaultDecimals, MAX_DECIMALS };

export function isUsableDecimals(decimals: number): boolean {
  return Number.isInteger(decimals) && decimals >= 0 && decimals <= MAX_DECIMALS;
}

/** The indicator's display precision: its own `Decimals` (or the places its figures use, as the reader inferred them), else the unit's default. */
export function resolveDecimals(indicator: Pick<Indicator, 'decimals' | 'unit'>): number {
  if (indicator.decimals !== null && isUsableDecimals(indicator.decimals)) return indicator.decimals;
  return defaultDecimals(indicator.unit);
}

/**
 * The figure as shown, as a whole number of display units (64.66 at 1 decimal → 647).
 * Rounds half away from zero on the decimal as written, as a spreadsheet does: the product is first cut to 15
 * significant digits, so 72 − 3.6 (68.39999999999999) is 684 and 0.285 at 2 decimals is 29, never 28.
 */
export function toDisplayUnits(x: number, decimals: number): number {
  const product = Math.abs(x) * 10 ** decimals;
  // Cutting to 15 digits moves the product by under 1e-14 of itself, which changes the rounding only near a half:
  // elsewhere the string round trip (most of the time analysis spent here) is skipped.
  const nearHalf = Math.abs(product - Math.floor(product) - 0.5) <= product * 1e-13;
  const units = Math.round(nearHalf ? Number(product.toPrecision(15)) : product);
  return x < 0 && units !== 0 ? -units : units;
}

/** The figure as shown, as a number (68.39999999999999 at 1 decimal → 68.4); never −0. */
export function roundToDisplay(x: number, decimals: number): number {
  return toDisplayUnits(x, decimals) / 10 ** decimals;
}

/** True when a and b look the same at this precision (64.66 and 64.74 are both 64.7). */
export function sameAtPrecision(a: number, b: number, decimals: number): boolean {
  return toDisplayUnits(a, decimals) === toDisplayUnits(b, decimals);
}

/** True when x shows as zero at this precision (0.04 at 1 decimal). */
export function zeroAtPrecision(x: number, decimals: number): boolean {
  return toDisplayUnits(x, decimals) === 0;
}
