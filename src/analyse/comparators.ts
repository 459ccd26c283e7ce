// Our value against a benchmark (statistical neighbours, England, region): the gap and whether it is better.
import type { Polarity } from '../read/types.js';
import type { ComparatorGap } from './types.js';
import { sameAtPrecision } from './precision.js';

/**
 * gap = value − comparator, unrounded. `better` is null without polarity, and null when the two figures print the
 * same at display precision (the printed gap is zero: the same rule as `unchanged` direction). Otherwise
 * higher-is-better is better when the gap is positive, lower-is-better when negative. Null when a figure is missing.
 */
export function comparatorGap(
  value: number | null,
  comparator: number | null,
  polarity: Polarity | null,
  decimals: number,
): ComparatorGap | null {
  if (value === null || comparator === null) return null;
  const gap = value - comparator;
  const level = sameAtPrecision(value, comparator, decimals);
  const better = polarity === null || level ? null : gap > 0 === (polarity === 'higher');
  return { comparator, gap, better };
}
