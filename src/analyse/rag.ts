// RAG rating against target, at display precision: a figure shown as meeting the target meets it.
import type { Polarity } from '../read/types.js';
import type { Rag } from './types.js';
import { toDisplayUnits } from './precision.js';

/** Share of the target's size allowed as amber when the scorecard gives no `Tolerance`. */
export const DEFAULT_TOLERANCE_SHARE = 0.05;

/** The amber tolerance in the indicator's unit: its own `Tolerance`, else 5% of the target's absolute value. */
export function resolveTolerance(target: number | null, tolerance: number | null): number | null {
  if (target === null) return null;
  if (tolerance !== null) return Math.abs(tolerance);
  return Math.abs(target) * DEFAULT_TOLERANCE_SHARE;
}

export interface RagInput {
  value: number | null;
  target: number | null;
  /** Resolved tolerance (see resolveTolerance); ignored without a target. */
  tolerance: number | null;
  polarity: Polarity | null;
  decimals: number;
}

/**
 * Green when the value as shown meets the target as shown; amber when it is within tolerance (the bound, target ∓
 * tolerance, also as shown); red otherwise. Boundaries are inclusive. No value, no target or no polarity: not rated.
 * Compared as whole display units, so 71.96 (72.0) meets 72 and 68.4 is exactly at 72 − 3.6.
 */
export function ragRating({ value, target, tolerance, polarity, decimals }: RagInput): Rag | null {
  if (value === null || target === null || polarity === null) return null;
  const t = tolerance ?? 0;
  const shown = toDisplayUnits(value, decimals);
  const goal = toDisplayUnits(target, decimals);
  if (polarity === 'higher') {
    if (shown >= goal) return 'green';
    return shown >= toDisplayUnits(target - t, decimals) ? 'amber' : 'red';
  }
  if (shown <= goal) return 'green';
  return shown <= toDisplayUnits(target + t, decimals) ? 'amber' : 'red';
}
