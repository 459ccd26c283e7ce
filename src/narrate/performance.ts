// The performance sentence: this quarter's figure, what it is compared with and the target, in the words of its measure type.
import type { IndicatorAnalysis } from '../analyse/types.js';
import { financialYearLabel, type Period } from '../period.js';
import { changeText, shownChange, targetText, valueText } from './figures.js';
import { closeness } from './movement.js';
import { quarterAndYear, quarterName, sameFinancialYear } from './periods.js';
import { isQueried, querySentence } from './queries.js';
import { NO_SETTINGS, type NarrateSettings } from './settings.js';
import { signedMeasure, signedTarget, worldChange, type SignedMeasure } from './signed.js';

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
  /** When this figure stands, to open a sentence: "At the end of Quarter 3", "By the end of Quarter 2 (year to date)". */
  when: string;
}

function phrasing(a: IndicatorAnalysis): Phrasing {
  const names = quarterNames(a.period, a.comparedWith.period);
  switch (a.measureType) {
    case 'snapshot':
      return {
        opening: `Performance at the end of ${names.now} is`,
        before: `at the end of ${names.before}`,
        missingBefore: names.before,
        when: `At the end of ${names.now}`,
      };
    case 'flow': {
      const what = a.unit === 'percent' || a.unit === 'rate' ? 'Performance in' : 'The total for';
      return { opening: `${what} ${names.now} is`, before: `in ${names.before}`, missingBefore: names.before, when: `In ${names.now}` };
    }
    case 'cumulative':
      return {
        opening: `By the end of ${quarterName(a.period)}, the year-to-date figure is`,
        before: 'at the same point last year',
        missingBefore: `the same point last year (${quarterAndYear(a.comparedWith.period)})`,
        when: `By the end of ${quarterName(a.period)} (year to date)`,
      };
    case 'rolling':
      return {
        opening: `In the 12 months to the end of ${names.now}, the figure is`,
        before: `in the 12 months to the end of ${names.before}`,
        missingBefore: `the 12 months to the end of ${names.before}`,
        when: `In the 12 months to the end of ${names.now}`,
      };
    case 'annual':
      return {
        opening: `The figure for ${financialYearLabel(a.period)} is`,
        before: `in ${financialYearLabel(a.comparedWith.period)}`,
        missingBefore: financialYearLabel(a.comparedWith.period),
        when: `In ${financialYearLabel(a.period)}`,
      };
  }
}

/**
 * `(an increase of 4.3 percentage points from 60.4% at the end of Quarter 2)`; `unchanged at` only when the two print
 * the same; `(broadly unchanged from 87.9% …)` when they differ by less than the noise band, so a 0.1-point wobble is
 * never told as a movement.
 */
function movement(a: IndicatorAnalysis, value: number, compared: number, before: string, settings: NarrateSettings): { verb: string; aside: string } {
  const shown = valueText(a, value);
  const near = closeness(a, compared, value, settings);
  if (near === 'same') return { verb: `unchanged at ${shown}`, aside: ` (the same as ${before})` };
  if (near === 'close') return { verb: shown, aside: ` (broadly unchanged from ${valueText(a, compared)} ${before})` };
  const change = shownChange(a, compared, value);
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
  if (isQueried(a, a.latest.period)) return `This indicator is reported once a year. ${querySentence(a, a.latest.period)}`;
  return `This indicator is reported once a year; the latest figure, for ${financialYearLabel(a.latest.period)}, is ${valueText(a, a.latest.value)}.`;
}

/**
 * A "% reduction in violence" said by what happened: "At the end of Quarter 2, violence against the person offences
 * with injury had risen by 9.0% (recorded as a reduction of -9.0%, against a target of a 5% reduction); at the end of
 * Quarter 1 it had risen by 16.0%."
 */
function signedSentence(a: IndicatorAnalysis & { value: number }, signed: SignedMeasure, words: Phrasing): string {
  const target = a.target === null ? '' : `, against a target of ${signedTarget(a, signed, a.target, targetText(a, a.target))}`;
  const recorded = ` (recorded as a ${signed.sense} of ${valueText(a, a.value)}${target})`;
  const compared = a.comparedWith.value;
  const now = `${words.when}, ${signed.subject} ${worldChange(a, signed, a.value)}${recorded}`;
  if (compared === null) return `${now}. No data was reported for ${words.missingBefore}.`;
  if (isQueried(a, a.comparedWith.period)) return `${now}. ${querySentence(a, a.comparedWith.period)}`;
  return `${now}; ${words.before} it ${worldChange(a, signed, compared)}.`;
}

/**
 * "Performance at the end of Quarter 3 is 64.7% (an increase of 4.3 percentage points from 60.4% at the end of
 * Quarter 2), against a target of 72%." Missing figures are said plainly: "No data was reported for Quarter 2." A
 * queried figure is never stated: the sentence says it has been queried with the service.
 */
export function performanceSentence(a: IndicatorAnalysis, settings: NarrateSettings = NO_SETTINGS): string {
  if (a.valueQueried) return querySentence(a);
  if (a.value === null) {
    if (a.measureType === 'annual') return annualWithoutFigure(a);
    return `No data was reported for ${quarterNames(a.period, a.comparedWith.period).now}.`;
  }
  const words = phrasing(a);
  const signed = signedMeasure(a);
  if (signed !== null) return signedSentence({ ...a, value: a.value }, signed, words);
  if (a.comparedWith.value === null) {
    return `${words.opening} ${valueText(a, a.value)}${against(a)}. No data was reported for ${words.missingBefore}.`;
  }
  if (isQueried(a, a.comparedWith.period)) {
    return `${words.opening} ${valueText(a, a.value)}${against(a)}. ${querySentence(a, a.comparedWith.period)}`;
  }
  const { verb, aside } = movement(a, a.value, a.comparedWith.value, words.before, settings);
  return `${words.opening} ${verb}${aside}${against(a)}.`;
}
