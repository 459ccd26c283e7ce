// The sentences of an exception report's introduction: what the indicator measures, its target, its calculation, its history.
import type { IndicatorAnalysis } from '../../analyse/types.js';
import { formatNumber, formatTarget, listInWords, midSentence as titleMidSentence, quarterAndYear, signedMeasure } from '../../narrate/index.js';
import { comparePeriods, isFinancialQuarter, periodEndDate, periodLabel, samePeriod, type Period } from '../../period.js';
import { streakUnit } from '../../narrate/labels.js';
import { ukDate } from './dates.js';
import { describe, HelperError, type BoardpackHelper } from './define.js';
import { indicatorArgument } from './indicators.js';
import { countOf } from './words.js';

/** What a figure in this unit is called in a sentence: "increase the percentage to 72%". */
const MEASURE: Record<IndicatorAnalysis['unit'], string> = {
  percent: 'the percentage',
  rate: 'the rate',
  number: 'the number',
  days: 'the average time taken',
  currency: 'the amount',
};

/** `Referrals to ...` → `referrals to ...`; an acronym (`CAF assessments`, `NEET`) or a name (`Audit Plan`) keeps its capitals. */
function midSentence(title: string): string {
  return titleMidSentence(title);
}

/** A title that already names what is measured: "Percentage of …", "Number of …", "Time taken to …". */
const ALREADY_A_MEASURE = /^(the\s+)?(percentage|proportion|rate|number|average|total|amount|time taken|cost|level)(?=\s|$)/i;

/** Signs that a title is a label, not a noun phrase: "Summary of Projects status - Number of days …", "Processing of …: Major". */
const NOT_A_NOUN_PHRASE = /\s[-–—]\s|:\s|;/;

/** A title as a sentence ends it: no trailing full stop, spaces collapsed. */
function trimmedTitle(title: string): string {
  return title.trim().replace(/\s+/g, ' ').replace(/[.;:,]+$/, '');
}

/**
 * "This indicator measures the percentage of complex HR queries resolved within 10 working days." A title that is not
 * a noun phrase ("Summary of Projects status - Number of days ahead / behind project timetable") is quoted as it is,
 * never forced into a sentence: 'This indicator is reported as “Summary of …”.'
 */
export function measuresSentence(a: IndicatorAnalysis): string {
  const title = trimmedTitle(a.title);
  const quoted = `This indicator is reported as “${title}”.`;
  if (title === '' ) return 'This indicator has no title in the scorecard.';
  if (NOT_A_NOUN_PHRASE.test(title)) return quoted;
  const signed = signedMeasure(a);
  if (signed !== null) return `This indicator measures the percentage ${signed.sense} in ${signed.subject}.`;
  // "% of X", "% X", "Percentage X" are all the percentage of X.
  const percent = /^(?:%|percentage|per\s*cent)\s*(?:of\s+)?(.+)$/i.exec(title);
  if (percent?.[1] !== undefined) return `This indicator measures the percentage of ${midSentence(percent[1])}.`;
  const what = midSentence(title);
  const named = ALREADY_A_MEASURE.exec(what);
  if (named !== null) return `This indicator measures ${named[1] === undefined ? `the ${what}` : what}.`;
  if (a.unit === 'percent') return `This indicator measures the percentage of ${what}.`;
  return quoted;
}

/** A numerator or denominator label as it follows "the number of": `Number of referrals` → `referrals`. */
function countedThing(label: string): string {
  return midSentence(label.trim().replace(/^(the\s+)?number\s+of\s+/i, ''));
}

/** `31 December 2009`, from the report period. */
function endOf(period: Period): string {
  return ukDate(periodEndDate(period));
}

/**
 * By when the target is to be met: its own Target date where the scorecard gives one ("by 31 March 2011"), else
 * the end of the report quarter ("by the end of Quarter 3 2009-10 (31 December 2009)"). A year-to-date target is the
 * one for this point in the year, so it is always due at the quarter's end; its date belongs to the year's target.
 */
function targetWhen(a: IndicatorAnalysis): string {
  if (a.targetDate !== null && a.measureType !== 'cumulative') return `by ${ukDate(a.targetDate)}`;
  return `by the end of ${quarterAndYear(a.period)} (${endOf(a.period)})`;
}

/** For a year-to-date target profiled from the year's: ", on the way to 100% for the year by 31 March 2015". */
function forTheYear(a: IndicatorAnalysis): string {
  if (a.measureType !== 'cumulative' || a.annualTarget === null) return '';
  const by = a.targetDate === null ? '' : ` by ${ukDate(a.targetDate)}`;
  return `, on the way to ${formatTarget(a.annualTarget, a.unit, a.decimals, a.indicator.ratePer)} for the year${by}`;
}

/**
 * "The target is to increase the percentage to 72% by the end of Quarter 3 2009-10 (31 December 2009)." A target
 * already met is to be kept: "to keep the percentage at or above 72%". Without a target says so. A year-to-date
 * measure's is "The year-to-date target".
 */
export function targetSentence(a: IndicatorAnalysis): string {
  if (a.target === null) return `There is no target for this indicator in ${quarterAndYear(a.period)}.`;
  const target = formatTarget(a.target, a.unit, a.decimals, a.indicator.ratePer);
  const when = `${targetWhen(a)}${forTheYear(a)}`;
  const measure = MEASURE[a.unit];
  const theTarget = a.measureType === 'cumulative' ? 'The year-to-date target' : 'The target';
  const signed = signedMeasure(a);
  // "% reduction in violence": the target is a reduction, never "to increase the percentage to 5%".
  if (signed !== null) return `${theTarget} is a ${target} ${signed.sense} ${when}.`;
  if (a.polarity === null) return `${theTarget} is ${target} ${when}.`;
  if (a.rag === 'green' && !a.valueQueried) return `${theTarget} is to keep ${measure} at or ${a.polarity === 'higher' ? 'above' : 'below'} ${target}; it was met ${when}.`;
  return `${theTarget} is to ${a.polarity === 'higher' ? 'increase' : 'reduce'} ${measure} to ${target} ${when}.`;
}

/**
 * "The calculation is the number of children who went on to receive an Initial Assessment during the year – 1,732,
 * as a percentage of the number of children referred into Children's Social Care during the year – 2,677
 * (31 December 2009 figures)." Figures not reported are said so; empty without both labels (nothing to say).
 */
export function calculationSentence(a: IndicatorAnalysis): string {
  const numeratorLabel = countedThing(a.indicator.numeratorLabel ?? '');
  const denominatorLabel = countedThing(a.indicator.denominatorLabel ?? '');
  if (numeratorLabel === '' || denominatorLabel === '') return '';
  const now = a.history.at(-1);
  // A queried figure's parts are as doubtful as the figure: the calculation is described without them.
  const reported = now !== undefined && samePeriod(now.period, a.period) && !a.valueQueried;
  const numerator = reported ? now.numerator : null;
  const denominator = reported ? now.denominator : null;
  const figure = (n: number | null): string => (n === null ? '' : ` – ${formatNumber(n, Number.isInteger(n) ? 0 : a.decimals)}`);
  const relation =
    a.unit === 'percent' ? 'as a percentage of' : a.unit === 'rate' && a.indicator.ratePer !== null ? `expressed per ${formatNumber(a.indicator.ratePer, 0)} of` : 'divided by';
  const end = endOf(a.period);
  const sentence = `The calculation is the number of ${numeratorLabel}${figure(numerator)}, ${relation} the number of ${denominatorLabel}${figure(denominator)}`;
  if (a.valueQueried) return `${sentence}.`;
  if (numerator === null && denominator === null) return `${sentence}. Neither figure was reported for ${quarterAndYear(a.period)}.`;
  if (numerator === null || denominator === null) {
    return `${sentence} (${end} figures). The number of ${numerator === null ? numeratorLabel : denominatorLabel} was not reported for ${quarterAndYear(a.period)}.`;
  }
  return `${sentence} (${end} figures).`;
}

/**
 * "This report presents to the LSP Executive Board the current position with regard to the performance of NI68 –
 * Referrals ... – following two quarters where the target was reported as red."
 */
export function exceptionSummarySentence(a: IndicatorAnalysis, boardName: string): string {
  const unit = streakUnit(a.measureType);
  const quarters = a.redStreak >= 2 ? countOf(a.redStreak, `consecutive ${unit}`) : `a ${unit}`;
  return `This report presents to the ${boardName} the current position with regard to the performance of ${a.id} – ${a.title} – following ${quarters} where the target was reported as red.`;
}

/**
 * "This indicator was reported to the LSP Executive Board in 2009-10 Q2; it is still red." Periods the register holds
 * that are not before the report period are left out (a rerun of the same quarter is not "before"). Empty for none.
 */
export function reportedBeforeSentence(a: IndicatorAnalysis, history: unknown, boardName: string): string {
  if (typeof history !== 'object' || history === null || Array.isArray(history)) throw new HelperError(`expects exceptionHistory (periods by indicator id), got ${describe(history)}`);
  const periods: unknown = (history as Record<string, unknown>)[a.id];
  if (periods === undefined || periods === null) return '';
  if (!Array.isArray(periods) || !periods.every(isFinancialQuarter)) throw new HelperError(`exceptionHistory.${a.id} is not a list of periods`);
  const before = periods.filter((p) => comparePeriods(p, a.period) < 0).sort(comparePeriods);
  if (before.length === 0) return '';
  const still = a.rag === 'red' ? 'it is still red' : a.rag === null ? 'it is not rated this quarter' : `it is now ${a.rag}`;
  return `This indicator was reported to the ${boardName} in ${listInWords(before.map(periodLabel))}; ${still}.`;
}

function textArgument(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new HelperError(`expects ${what}, got ${describe(value)}`);
  return value;
}

export const measures: BoardpackHelper = ([a]) => measuresSentence(indicatorArgument(a));
export const target: BoardpackHelper = ([a]) => targetSentence(indicatorArgument(a));
export const calculation: BoardpackHelper = ([a]) => calculationSentence(indicatorArgument(a));
export const exceptionSummary: BoardpackHelper = ([a, board]) => exceptionSummarySentence(indicatorArgument(a), textArgument(board, 'the board name'));
export const reportedBefore: BoardpackHelper = ([a, history, board]) => reportedBeforeSentence(indicatorArgument(a), history, textArgument(board, 'the board name'));
