// An indicator's figures in words: its value, target and the change shown, each in the indicator's unit.
import type { IndicatorAnalysis } from '../analyse/types.js';
import { toDisplayUnits } from '../analyse/precision.js';
import { formatChange, formatTarget, formatValue, NO_DATA } from './numbers.js';

type Figures = Pick<IndicatorAnalysis, 'unit' | 'decimals' | 'indicator'>;

export function valueText(a: Figures, value: number | null): string {
  return formatValue(value, a.unit, a.decimals, a.indicator.ratePer);
}

export function targetText(a: Figures, target: number | null): string {
  return formatTarget(target, a.unit, a.decimals, a.indicator.ratePer);
}

/**
 * The change between two figures as printed: the difference of the rounded figures (64.8 − 64.6 = 0.2), not the
 * rounded difference (0.12 → 0.1), so the words agree with the figures beside them. Zero when they print the same.
 */
export function shownChange(a: Pick<IndicatorAnalysis, 'decimals'>, from: number, to: number): number {
  return (toDisplayUnits(to, a.decimals) - toDisplayUnits(from, a.decimals)) / 10 ** a.decimals;
}

export function changeText(a: Figures, change: number): string {
  return formatChange(change, a.unit, a.decimals, a.indicator.ratePer);
}

/**
 * A table cell for the change since last quarter, as printed: `+4.3 percentage points`, `-25`, `no change`,
 * `no data`. Uses the change between the printed figures, so it never shows `+0` beside two equal figures.
 */
export function signedChange(a: Pick<IndicatorAnalysis, 'value' | 'previous' | 'unit' | 'decimals' | 'indicator'>): string {
  if (a.value === null || a.previous === null || !Number.isFinite(a.value) || !Number.isFinite(a.previous)) return NO_DATA;
  const change = shownChange(a, a.previous, a.value);
  if (change === 0) return 'no change';
  return `${change > 0 ? '+' : '-'}${changeText(a, change)}`;
}
