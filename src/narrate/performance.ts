// The performance sentence: this quarter's figure, what it is compared with and the target, in the words of its measure type.
import type { IndicatorAnalysis } from '../analyse/types.js';
import { financialYearLabel, type Period } from '../period.js';
import { changeText, shownChange, targetText, valueText } from './figures.js';
import { quarterAndYear, quarterName, sameFinancialYear } from './periods.js';

/** Quarter names, with their years when the two quarters fall in different financial years (Quarter 4 2015-16). */
function quarterNames(now: Period, before: Period): { now: string; before: string } {
  if (sameFinancialYear(now, before)) return { now: quarterName(now), before: quarterName(before) };
  return { now: quarterAndYear(now), before: quarterAndYear(before) };
}

/**
 * How each measure type names its figure and the one it is compared with:
 * - snapshot: "Performance at the end of Quarter 3 is 64.7% (… from 60.4% at the end of Quarter 2)" (the seed papers' words);
 * - flow: "The total for Quarter 3 is 891 (… from 866 in Quarter 2)"; a percentage: "Performance in Quarter 3 is …";
 * - cumulative: "By the end of Quarter 2, the year-to-date figure is 57.4% (… from 52.0% at the same point last year)";
 * - rolling: "In the 12 months to the end of Quarter 3, the figure is 891 (… from 866 in the 12 months to the end of Quarter 2)";
 * - annual: "The figure for 2016-17 is 891 (… from 866 in 2015-16)".
 */
interface Phrasing {
  /** The sentence's opening up to the figure: "Performance at the end of Quarter 3 is". */
  opening: string;
  /** Where the compared figure stands: "at the end of Quarter 2", "at the same point last year". */
  before: string;
  /** "No data was reported for …": the quarter or year with no figure. */
  missingBefore: string;
}

function phrasing(a: IndicatorAnalysis): Phrasing {
  const names = quarterNames(a.period, a.comparedWith.period);
  switch (a.measureType) {
    case 'snapshot':
      return { opening: `Performance at the end of ${names.now} is`, before: `at the end of ${names.before}`, missingBefore: names.before };
    case 'flow': {
      const what = a.unit === 'percent' || a.unit === 'rate' ? 'Performance in' : 'The total for';
      return { opening: `${what} ${names.now} is`, before: `in ${names.before}`, missingBefore: names.before };
    }
    case 'cumulative':
      return {
        opening: `By the end of ${quarterName(a.period)}, the year-to-date figure is`,
        before: 'at the same point last year',
        missingBefore: `the same point last year (${quarterAndYear(a.comparedWith.period)})`,
      };
    case 'rolling':
      return {
        opening: `In the 12 months to the end of ${names.now}, the figure is`,
        before: `in the 12 months to the end of ${names.before}`,
        missingBefore: `the 12 months to the end of ${names.before}`,
      };
    case 'annual':
      return {
        opening: `The figure for ${financialYearLabel(a.period)} is`,
        before: `in ${financialYearLabel(a.comparedWith.period)}`,
        missingBefore: financialYearLabel(a.comparedWith.period),
      };
  }
}

/** `(an increase of 4.3 percentage points from 60.4% at the end of Quarter 2)`, or `unchanged at` when it prints the same. */
function movement(a: IndicatorAnalysis, value: number, compared: number, before: string): { verb: string; aside: string } {
  const shown = valueText(a, value);
  const change = shownChange(a, compared, value);
  if (change === 0) return { verb: `unchanged at ${shown}`, aside: ` (the same as ${before})` };
  const kind = change > 0 ? 'an increase' : 'a decrease';
  return { verb: shown, aside: ` (${kind} of ${changeText(a, change)} from ${valueText(a, compared)} ${before})` };
}

/**
 * ", against a target of 72%"; for a year-to-date figure, the target for this point in the year ("against a profiled
 * target of 50% for this point in the year, of 100% for the year"); "" without a target.
 */
function against(a: IndicatorAnalysis): string {
  if (a.target === null) return '';
  const target = targetText(a, a.target);
  if (a.measureType !== 'cumulative') return `, against a target of ${target}`;
  if (a.targetFrom === 'profile' && a.annualTarget !== null) {
    return `, against a profiled target of ${target} for this point in the year (${targetText(a, a.annualTarget)} for the whole year)`;
  }
  return `, against a year-to-date target of ${target}`;
}

/** An annual measure in a quarter without its figure: its latest figure, said as the year's, never as this quarter's. */
function annualWithoutFigure(a: IndicatorAnalysis): string {
  if (a.latest === null) return 'This indicator is reported once a year; no figure has been reported yet.';
  return `This indicator is reported once a year; the latest figure, for ${financialYearLabel(a.latest.period)}, is ${valueText(a, a.latest.value)}.`;
}

/**
 * "Performance at the end of Quarter 3 is 64.7% (an increase of 4.3 percentage points from 60.4% at the end of
 * Quarter 2), against a target of 72%." Missing figures are said plainly: "No data was reported for Quarter 2."
 */
export function performanceSentence(a: IndicatorAnalysis): string {
  if (a.value === null) {
    if (a.measureType === 'annual') return annualWithoutFigure(a);
    return `No data was reported for ${quarterNames(a.period, a.comparedWith.period).now}.`;
  }
  const words = phrasing(a);
  if (a.comparedWith.value === null) {
    return `${words.opening} ${valueText(a, a.value)}${against(a)}. No data was reported for ${words.missingBefore}.`;
  }
  const { verb, aside } = movement(a, a.value, a.comparedWith.value, words.before);
  return `${words.opening} ${verb}${aside}${against(a)}.`;
}
