// Key points for the front of a paper: exceptions first, then the largest movements, as short bullet phrases.
import type { Analysis, IndicatorAnalysis } from '../analyse/types.js';
import { DEFAULT_TOLERANCE_SHARE } from '../analyse/rag.js';
import { changeText, shownChange, valueText } from './figures.js';
import type { ComparisonBasis } from '../analyse/measures.js';
import { ordinalWord, streakUnit } from './labels.js';

export const DEFAULT_KEY_POINTS = 5;

/** "NI 68 red for a second consecutive quarter" / "CSC1 red for 11 consecutive quarters" */
function exceptionPoint(a: IndicatorAnalysis): string {
  const unit = streakUnit(a.measureType);
  if (a.redStreak === 1) return `${a.id} red this ${unit}`;
  const word = ordinalWord(a.redStreak);
  return word === null ? `${a.id} red for ${a.redStreak} consecutive ${unit}s` : `${a.id} red for a ${word} consecutive ${unit}`;
}

interface Movement {
  a: IndicatorAnalysis;
  change: number;
  /** The change as a multiple of the amber tolerance: how far it moved in steps the board already judges by. */
  size: number;
}

/** A movement worth a councillor's attention: half the amber tolerance or more (a 0.1-point wobble is not news). */
export const MARKED_MOVEMENT = 0.5;

/**
 * The change measured in tolerances, so a 2-point swing on a 72% target and a 25-case swing on a count of 800 compare
 * fairly. Without a target (or with a zero tolerance) the default 5% share of the previous figure stands in for one.
 */
function movement(a: IndicatorAnalysis): Movement | null {
  const compared = a.comparedWith.value;
  if (a.value === null || compared === null) return null;
  if (a.direction !== 'improving' && a.direction !== 'worsening') return null;
  const change = shownChange(a, compared, a.value);
  const scale = a.tolerance !== null && a.tolerance > 0 ? a.tolerance : Math.abs(compared) * DEFAULT_TOLERANCE_SHARE;
  if (change === 0 || !(scale > 0)) return null;
  return { a, change, size: Math.abs(change) / scale };
}

/** "NI 68 improving: up 4.3 percentage points to 64.7%" / "Re-referrals worsening: down 25 to 80" */
function movementPoint({ a, change }: Movement): string {
  const way = change > 0 ? 'up' : 'down';
  const on = SINCE[a.comparedWith.basis];
  return `${a.id} ${a.direction ?? 'changed'}: ${way} ${changeText(a, change)}${on} to ${valueText(a, a.value)}`;
}

/** Said after the change where it is not against last quarter: a year-to-date figure is compared a year back. */
const SINCE: Readonly<Record<ComparisonBasis, string>> = {
  'previous quarter': '',
  'same point last year': ' on the same point last year',
  'previous year': ' on last year',
};

/**
 * Up to `max` bullet phrases: every exception (input order), then the largest improvements and declines by change
 * relative to tolerance, largest first (ties in input order). Exceptions are not repeated as movements.
 */
export function keyPoints(analysis: Pick<Analysis, 'indicators'>, max: number = DEFAULT_KEY_POINTS): string[] {
  const limit = Number.isFinite(max) ? Math.max(0, Math.floor(max)) : DEFAULT_KEY_POINTS;
  const exceptions = analysis.indicators.filter((a) => a.exception && a.redStreak > 0).map(exceptionPoint);
  const movements = analysis.indicators
    .filter((a) => !a.exception)
    .map(movement)
    .filter((m): m is Movement => m !== null && m.size >= MARKED_MOVEMENT)
    .map((m, order) => ({ m, order }))
    .sort((x, y) => y.m.size - x.m.size || x.order - y.order)
    .map(({ m }) => movementPoint(m));
  return [...exceptions, ...movements].slice(0, limit);
}
