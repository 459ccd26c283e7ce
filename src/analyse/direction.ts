// Direction of travel: is the latest quarter better or worse than the one before, by the indicator's polarity.
import type { Polarity } from '../read/types.js';
import type { Direction } from './types.js';
import { sameAtPrecision, zeroAtPrecision } from './precision.js';

/**
 * `unchanged` when the change shows as zero at display precision, or when both figures show the same (64.66 and
 * 64.74 are both 64.7%: calling that an increase would contradict the figures printed beside it). Otherwise
 * improving or worsening by polarity; null without both figures, or without polarity (we cannot say which way is good).
 */
export function directionOfTravel(
  value: number | null,
  previous: number | null,
  polarity: Polarity | null,
  decimals: number,
): Direction | null {
  if (value === null || previous === null) return null;
  const change = value - previous;
  if (zeroAtPrecision(change, decimals) || sameAtPrecision(value, previous, decimals)) return 'unchanged';
  if (polarity === null) return null;
  const rose = change > 0;
  return rose === (polarity === 'higher') ? 'improving' : 'worsening';
}
