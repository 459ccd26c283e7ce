// Whether a movement is news: a change smaller than the noise band is "broadly unchanged", never improving or worsening.
import { DEFAULT_TOLERANCE_SHARE } from '../analyse/rag.js';
import { toDisplayUnits } from '../analyse/precision.js';
import type { Direction, IndicatorAnalysis } from '../analyse/types.js';
import { NO_SETTINGS, type NarrateSettings } from './settings.js';

/** A direction as the papers may claim it: `broadly unchanged` when the figures differ by less than the noise band. */
export type ShownDirection = Direction | 'broadly unchanged';

type Banded = Pick<IndicatorAnalysis, 'id' | 'decimals' | 'tolerance' | 'target'>;

/** One step of the figure as printed: 0.1 at one decimal place. */
export function displayStep(a: Pick<IndicatorAnalysis, 'decimals'>): number {
  return 10 ** -a.decimals;
}

/**
 * The noise band in the indicator's unit: the council's own for this indicator, else half the amber tolerance (half
 * of 5% of the figure compared with, without a target), never less than one display step.
 */
export function noiseBand(a: Banded, around: number | null, settings: NarrateSettings = NO_SETTINGS): number {
  const own = settings.noiseBands?.[a.id];
  const step = displayStep(a);
  if (own !== undefined && Number.isFinite(own)) return Math.max(Math.abs(own), step);
  const tolerance = a.tolerance !== null && Number.isFinite(a.tolerance) && a.tolerance > 0 ? a.tolerance : Math.abs(around ?? 0) * DEFAULT_TOLERANCE_SHARE;
  const half = Number.isFinite(tolerance) ? tolerance / 2 : 0;
  return Math.max(half, step);
}

/**
 * How two figures compare as printed: `same` when they print equal, `close` when they differ by less than the band,
 * else `apart`. Worked in display units, so 88.0 against 87.9 is one step, whatever the floating point says.
 */
export function closeness(a: Banded, from: number, to: number, settings: NarrateSettings = NO_SETTINGS): 'same' | 'close' | 'apart' {
  const steps = Math.abs(toDisplayUnits(to, a.decimals) - toDisplayUnits(from, a.decimals));
  if (steps === 0) return 'same';
  const bandSteps = noiseBand(a, from, settings) * 10 ** a.decimals;
  return steps < bandSteps - 1e-9 ? 'close' : 'apart';
}

/**
 * The direction a paper may claim: `unchanged` only when the printed figures are equal, `broadly unchanged` inside the
 * noise band, otherwise the analysis's improving or worsening; null without both figures or a better direction.
 */
export function shownDirection(a: IndicatorAnalysis, settings: NarrateSettings = NO_SETTINGS): ShownDirection | null {
  const compared = a.comparedWith.value;
  if (a.value === null || compared === null || !Number.isFinite(a.value) || !Number.isFinite(compared)) return a.direction === null ? null : a.direction;
  const near = closeness(a, compared, a.value, settings);
  if (near === 'same') return a.polarity === null ? null : 'unchanged';
  if (near === 'close') return 'broadly unchanged';
  if (a.polarity === null) return null;
  return a.direction;
}
