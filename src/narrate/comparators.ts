// The comparator sentence: our figure against the national average, statistical neighbours and the region.
import type { IndicatorAnalysis } from '../analyse/types.js';
import { samePeriod, type Period } from '../period.js';
import { valueText } from './figures.js';
import { listInWords } from './labels.js';
import { closeness } from './movement.js';
import { quarterAndYear } from './periods.js';
import { isQueried } from './queries.js';
import { NO_SETTINGS, type ComparatorNames, type NarrateSettings } from './settings.js';

type ComparatorKey = 'england' | 'statisticalNeighbours' | 'region';

/** Listed national first, as the seed papers lead with the national average. */
const ORDER: readonly ComparatorKey[] = ['england', 'statisticalNeighbours', 'region'];

/** How far back a comparator's latest figure is still worth giving (with its own quarter): two years. */
const COMPARATOR_QUARTERS = 8;

/** "the England average", "the Scotland average", "the South East average", "the regional average". */
export function comparatorName(key: ComparatorKey, names: Partial<ComparatorNames> = {}): string {
  switch (key) {
    case 'england':
      // A column headed "National" says no more than that: "the national average".
      return `the ${names.national === undefined || names.national === null ? 'England' : names.national.replace(/^national$/i, 'national')} average`;
    case 'statisticalNeighbours':
      return 'the statistical neighbour average';
    case 'region':
      return names.region === undefined || names.region === null ? 'the regional average' : `the ${names.region} average`;
  }
}

/**
 * The comparator's figure for the report quarter, else its latest in the two years before (comparators are often
 * published a year behind), with the quarter it is for.
 */
function latestComparator(a: IndicatorAnalysis, key: ComparatorKey): { figure: number; period: Period } | null {
  const now = a.comparators[key];
  if (now !== null && Number.isFinite(now.comparator)) return { figure: now.comparator, period: a.period };
  const earlier = a.history.filter((q) => !samePeriod(q.period, a.period)).slice(-COMPARATOR_QUARTERS);
  const held = earlier.filter((q) => q[key] !== null && Number.isFinite(q[key])).at(-1);
  return held === undefined || held[key] === null ? null : { figure: held[key], period: held.period };
}

/** `better than`, `worse than`, `in line with` inside the noise band, `the same as` when they print equal. */
function relation(a: IndicatorAnalysis & { value: number }, comparator: number, settings: NarrateSettings): string {
  const near = closeness(a, comparator, a.value, settings);
  if (near === 'same') return 'the same as';
  if (near === 'close') return 'in line with';
  const higher = a.value > comparator;
  if (a.polarity === null) return higher ? 'higher than' : 'lower than';
  return higher === (a.polarity === 'higher') ? 'better than' : 'worse than';
}

/**
 * "This is better than the England average of 26.1% and in line with the statistical neighbour average of 24.0% for
 * Quarter 2 2015-16." A comparator from another quarter says which. Empty when there is no figure, the figure is
 * queried, or there is no comparator (callers skip it).
 */
export function comparatorSentence(a: IndicatorAnalysis, settings: NarrateSettings = NO_SETTINGS): string {
  if (a.value === null || a.valueQueried) return '';
  const value = a.value;
  const parts: string[] = [];
  for (const key of ORDER) {
    const held = latestComparator(a, key);
    if (held === null) continue;
    const when = samePeriod(held.period, a.period) ? '' : ` for ${quarterAndYear(held.period)}`;
    parts.push(`${relation({ ...a, value }, held.figure, settings)} ${comparatorName(key, settings.comparatorNames)} of ${valueText(a, held.figure)}${when}`);
  }
  return parts.length === 0 || isQueried(a, a.period) ? '' : `This is ${listInWords(parts)}.`;
}
