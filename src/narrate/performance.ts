// The performance sentence: this quarter's figure, the change from last quarter and the target, as the seed papers say it.
import type { IndicatorAnalysis } from '../analyse/types.js';
import { changeText, shownChange, targetText, valueText } from './figures.js';
import { quarterAndYear, quarterName, sameFinancialYear } from './periods.js';

/** Quarter names, with their years when the previous quarter is in another financial year (Quarter 4 2015-16). */
function quarterNames(a: IndicatorAnalysis): { now: string; before: string } {
  if (sameFinancialYear(a.period, a.previousPeriod)) return { now: quarterName(a.period), before: quarterName(a.previousPeriod) };
  return { now: quarterAndYear(a.period), before: quarterAndYear(a.previousPeriod) };
}

/** `(an increase of 4.3 percentage points from 60.4% at the end of Quarter 2)`, or `unchanged at` when it prints the same. */
function movement(a: IndicatorAnalysis, value: number, previous: number, before: string): { verb: string; aside: string } {
  const shown = valueText(a, value);
  const change = shownChange(a, previous, value);
  if (change === 0) return { verb: `is unchanged at ${shown}`, aside: ` (the same as at the end of ${before})` };
  const kind = change > 0 ? 'an increase' : 'a decrease';
  return { verb: `is ${shown}`, aside: ` (${kind} of ${changeText(a, change)} from ${valueText(a, previous)} at the end of ${before})` };
}

/**
 * "Performance at the end of Quarter 3 is 64.7% (an increase of 4.3 percentage points from 60.4% at the end of
 * Quarter 2), against a target of 72%." Missing figures are said plainly: "No data was reported for Quarter 2."
 */
export function performanceSentence(a: IndicatorAnalysis): string {
  const { now, before } = quarterNames(a);
  if (a.value === null) return `No data was reported for ${now}.`;
  const against = a.target === null ? '' : `, against a target of ${targetText(a, a.target)}`;
  if (a.previous === null) {
    return `Performance at the end of ${now} is ${valueText(a, a.value)}${against}. No data was reported for ${before}.`;
  }
  const { verb, aside } = movement(a, a.value, a.previous, before);
  return `Performance at the end of ${now} ${verb}${aside}${against}.`;
}
