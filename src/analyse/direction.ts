// Direction of travel: is the latest quarter better or worse than the one before, by the indicator's polarity.
import type { Polarity } from '../read/types.js';
import type { Direction } from './types.js';
import { sameAtPrecision } from './precision.js';

/**
 * `unchanged` when the change is zero at display precision, read as the change between the figures as printed:
 * 64.66 and 64.74 both print 64.7%, so calling that an increase would contradict the paper; 64.71 → 64.75 prints
 * 64.7% → 64.8%, an increase of 0.1 though the raw change (0.04) would round to 0.0. Otherwise improving or
 * worsening by polarity; null without both figures, or without polarity (we cannot say which way is good).
 */
export function directionOfTravel(
  value: number | null,
  previous: number | null,
  polarity: Polarity | null,
  decimals: number,
): Direction | null {
  if (value === null || previous === null) return null;
  if (sameAtPrecision(value, previous, decimals)) return 'unchanged';
  if (polarity === null) return null;
  const rose = value > previous;
  return rose === (polarity === 'higher') ? 'improving' : 'worsening';
}
