// Key points for the front of a paper: every exception (grouped when there are many), then the largest movements.
import type { Analysis, IndicatorAnalysis } from '../analyse/types.js';
import { DEFAULT_TOLERANCE_SHARE } from '../analyse/rag.js';
import { changeText, shownChange, valueText } from './figures.js';
import type { ComparisonBasis } from '../analyse/measures.js';
import { listInWords, numberInWords, ordinalWord, streakUnit } from './labels.js';
import { shownDirection } from './movement.js';
import { indicatorName, indicatorNameFirst } from './names.js';
import { isQueried } from './queries.js';
import { NO_SETTINGS, type NarrateSettings } from './settings.js';
import { signedMeasure } from './signed.js';

export const DEFAULT_KEY_POINTS = 5;

/** "red for a second consecutive quarter", "red for 11 consecutive quarters", "red this quarter". */
function redFor(a: IndicatorAnalysis): string {
  const unit = streakUnit(a.measureType);
  if (a.redStreak <= 1) return `red this ${unit}`;
  const word = ordinalWord(a.redStreak);
  return word === null ? `red for ${a.redStreak} consecutive ${unit}s` : `red for a ${word} consecutive ${unit}`;
}

/** "Referrals to children's social care going on to initial assessment (NI 68) red for a second consecutive quarter" */
function exceptionPoint(a: IndicatorAnalysis): string {
  return `${indicatorNameFirst(a)} ${redFor(a)}`;
}

/**
 * Many exceptions are grouped by how long they have been red, so none is cut from the front page:
 * "Seven indicators red for a second consecutive quarter: A (HR05), B (HS08) … and G (SNH02)".
 */
function groupedExceptionPoints(exceptions: readonly IndicatorAnalysis[]): string[] {
  const groups = new Map<string, IndicatorAnalysis[]>();
  for (const a of exceptions) groups.set(redFor(a), [...(groups.get(redFor(a)) ?? []), a]);
  return [...groups].map(([red, list]) => {
    if (list.length === 1 && list[0] !== undefined) return exceptionPoint(list[0]);
    const count = numberInWords(list.length);
    return `${count[0]?.toUpperCase() ?? ''}${count.slice(1)} indicators ${red}: ${listInWords(list.map(indicatorName))}`;
  });
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
 * Only a movement that clears the noise band is news; a signed measure ("% reduction") is left to its paragraph.
 */
function movement(a: IndicatorAnalysis, settings: NarrateSettings): Movement | null {
  const compared = a.comparedWith.value;
  if (a.value === null || compared === null || signedMeasure(a) !== null) return null;
  const direction = shownDirection(a, settings);
  if (direction !== 'improving' && direction !== 'worsening') return null;
  const change = shownChange(a, compared, a.value);
  const scale = a.tolerance !== null && a.tolerance > 0 ? a.tolerance : Math.abs(compared) * DEFAULT_TOLERANCE_SHARE;
  if (change === 0 || !(scale > 0)) return null;
  return { a, change, size: Math.abs(change) / scale };
}

/** "Referrals … (NI 68) improving: up 4.3 percentage points to 64.7%" */
function movementPoint({ a, change }: Movement, settings: NarrateSettings): string {
  const way = change > 0 ? 'up' : 'down';
  const on = SINCE[a.comparedWith.basis];
  return `${indicatorNameFirst(a)} ${shownDirection(a, settings) ?? 'changed'}: ${way} ${changeText(a, change)}${on} to ${valueText(a, a.value)}`;
}

/** Said after the change where it is not against last quarter: a year-to-date figure is compared a year back. */
const SINCE: Readonly<Record<ComparisonBasis, string>> = {
  'previous quarter': '',
  'same point last year': ' on the same point last year',
  'previous year': ' on last year',
};

/** A figure queried with the service is not news until it is confirmed; neither is a movement from one. */
function doubtful(a: IndicatorAnalysis): boolean {
  return a.valueQueried || isQueried(a, a.comparedWith.period);
}

/**
 * Bullet phrases for the front page: every exception, one to a bullet when they fit within `max`, else grouped by
 * how long they have been red (never cut); then, up to `max` in all, the largest improvements and declines by change
 * relative to tolerance, largest first (ties in input order). Exceptions are not repeated as movements; queried
 * figures are left out.
 */
export function keyPoints(analysis: Pick<Analysis, 'indicators'>, max: number = DEFAULT_KEY_POINTS, settings: NarrateSettings = NO_SETTINGS): string[] {
  const limit = Number.isFinite(max) ? Math.max(0, Math.floor(max)) : DEFAULT_KEY_POINTS;
  // A template asking for no key points gets none; any other limit never cuts an exception.
  if (limit === 0) return [];
  const exceptions = analysis.indicators.filter((a) => a.exception && a.redStreak > 0 && !a.valueQueried);
  const exceptionPoints = exceptions.length <= limit ? exceptions.map(exceptionPoint) : groupedExceptionPoints(exceptions);
  const movements = analysis.indicators
    .filter((a) => !a.exception && !doubtful(a))
    .map((a) => movement(a, settings))
    .filter((m): m is Movement => m !== null && m.size >= MARKED_MOVEMENT)
    .map((m, order) => ({ m, order }))
    .sort((x, y) => y.m.size - x.m.size || x.order - y.order)
    .map(({ m }) => movementPoint(m, settings));
  return [...exceptionPoints, ...movements.slice(0, Math.max(0, limit - exceptionPoints.length))];
}
