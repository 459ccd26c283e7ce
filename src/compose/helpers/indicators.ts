// Helpers that read an indicator's analysis: `indicator` lookup, figures in their unit, RAG and direction words.
import type { Analysis, Direction, IndicatorAnalysis, Rag } from '../../analyse/types.js';
import type { Period } from '../../period.js';
import {
  comparatorSentence, directionArrow, directionLabel, formatTarget, formatValue, indicatorName, isQueried,
  keyPoints, performanceSentence, quarterAndYear, quarterName, ragLabel, ragSentence, shownDirection, signedChange,
} from '../../narrate/index.js';
import { MarkdownString } from '../escape.js';
import { describe, HelperError, periodArgument, stringArgument, type BoardpackHelper } from './define.js';
import { settingsOf } from './settings.js';

/** Written in a table cell in place of a figure queried with the service (its paragraph says why). */
export const QUERIED_CELL = 'Queried';

export function isIndicatorAnalysis(value: unknown): value is IndicatorAnalysis {
  return typeof value === 'object' && value !== null && 'id' in value && 'unit' in value && 'history' in value && 'indicator' in value;
}

export function indicatorArgument(value: unknown): IndicatorAnalysis {
  if (!isIndicatorAnalysis(value)) throw new HelperError(`expects an indicator (e.g. {{#each indicators}} ... this, or (indicator "NI68")), got ${describe(value)}`);
  return value;
}

/** `{{#with (indicator "NI68")}}`: the indicator's analysis, from the paper's `indicators` list. */
export const indicator: BoardpackHelper = (args, call) => {
  const id = stringArgument(args, 0, 'an indicator id');
  const root = (call.options.data as { root?: unknown } | undefined)?.root;
  const list = typeof root === 'object' && root !== null ? (root as { indicators?: unknown }).indicators : undefined;
  if (!Array.isArray(list)) throw new HelperError('the paper has no "indicators" list to look in');
  const found = list.find((a: unknown) => isIndicatorAnalysis(a) && a.id === id);
  if (found === undefined) throw new HelperError(`no indicator with id "${id}"`);
  return found;
};

const NUMERIC_FIELDS = ['value', 'target', 'previous', 'yearOnYear', 'tolerance'] as const;
type NumericField = (typeof NUMERIC_FIELDS)[number];

/**
 * `{{value a}}` the indicator's value in its unit (`64.7%`, `80.0 per 10,000`); `{{value a "target"}}` one of
 * its other figures (value, target, previous, yearOnYear, tolerance); `{{value a q.value}}` any number in its unit.
 */
export const value: BoardpackHelper = (args) => {
  const a = indicatorArgument(args[0]);
  const which = args.length > 1 ? args[1] : 'value';
  const ratePer = a.indicator.ratePer;
  if (which === null || typeof which === 'number') return formatValue(which, a.unit, a.decimals, ratePer);
  if (typeof which !== 'string' || !(NUMERIC_FIELDS as readonly string[]).includes(which)) {
    throw new HelperError(`the second argument is a number or one of ${NUMERIC_FIELDS.join(', ')}; got ${describe(which)}`);
  }
  const field = which as NumericField;
  const figure = a[field];
  const of: Partial<Record<NumericField, Period>> = { value: a.period, previous: a.previousPeriod, yearOnYear: a.yearOnYearPeriod };
  const period = of[field];
  if (period !== undefined && figure !== null && isQueried(a, period)) return QUERIED_CELL;
  return field === 'target' || field === 'tolerance' ? formatTarget(figure, a.unit, a.decimals, ratePer) : formatValue(figure, a.unit, a.decimals, ratePer);
};

/** `{{change a}}`: the change since last quarter between the figures as printed, signed (`+4.3 percentage points`, `-12`), or `no change`. */
export const change: BoardpackHelper = ([arg]) => {
  const a = indicatorArgument(arg);
  return isQueried(a, a.period) || isQueried(a, a.previousPeriod) ? QUERIED_CELL : signedChange(a);
};

/** A queried figure is not rated until it is confirmed, whatever the analysis made of it. */
export function shownRag(a: IndicatorAnalysis): Rag | null {
  return a.valueQueried ? null : a.rag;
}

function ragArgument(value: unknown): Rag | null {
  if (isIndicatorAnalysis(value)) return shownRag(value);
  if (value === null || value === 'red' || value === 'amber' || value === 'green') return value;
  throw new HelperError(`expects an indicator or red/amber/green/null, got ${describe(value)}`);
}

/** `{{rag a}}` in a table cell: the shading marker and the word (`{rag:red} Red`); `Not rated` unshaded. */
export const rag: BoardpackHelper = ([arg]) => {
  if (isIndicatorAnalysis(arg) && arg.valueQueried) return `${ragLabel(null)} (${QUERIED_CELL.toLowerCase()})`;
  const status = ragArgument(arg);
  return new MarkdownString(status === null ? ragLabel(null) : `{rag:${status}} ${ragLabel(status)}`);
};

/** `{{ragLabel a}}`: the status in words, for sentences. */
export const ragWord: BoardpackHelper = ([arg]) => ragLabel(ragArgument(arg));

/**
 * `{{direction a}}`: arrow and word, `▲ Improving` (the word is there for screen readers and print); a movement inside
 * the noise band is `▶ Broadly unchanged`, and a queried figure has none.
 */
export const direction: BoardpackHelper = ([arg], call) => {
  if (isIndicatorAnalysis(arg)) {
    if (isQueried(arg, arg.period) || isQueried(arg, arg.comparedWith.period)) return `${directionArrow(null)} ${QUERIED_CELL}`;
    const shown = shownDirection(arg, settingsOf(call));
    if (shown === 'broadly unchanged') return `${directionArrow('unchanged')} Broadly unchanged`;
    return `${directionArrow(shown)} ${directionLabel(shown)}`;
  }
  const d = arg as Direction | null;
  if (d !== null && d !== 'improving' && d !== 'worsening' && d !== 'unchanged') throw new HelperError(`expects an indicator or a direction, got ${describe(arg)}`);
  return `${directionArrow(d)} ${directionLabel(d)}`;
};

/** `{{quarter period}}` → `Quarter 3`; `{{quarterAndYear period}}` → `Quarter 3 2016-17`. */
export const quarter: BoardpackHelper = (args) => quarterName(periodArgument(args, 0));
export const quarterYear: BoardpackHelper = (args) => quarterAndYear(periodArgument(args, 0));

export const performance: BoardpackHelper = ([arg], call) => performanceSentence(indicatorArgument(arg), settingsOf(call));
/** `{{ragSentence a}}` beside the performance sentence (the target is not repeated); `namesTarget=true` read on its own. */
export const ragStatement: BoardpackHelper = ([arg], call) => ragSentence(indicatorArgument(arg), settingsOf(call), { namesTarget: call.hash['namesTarget'] === true });
export const comparators: BoardpackHelper = ([arg], call) => comparatorSentence(indicatorArgument(arg), settingsOf(call));

/** `{{listWords (names exceptions)}}`: indicators by title with the code in brackets, "% Complex HR queries … (HR05)". */
export const names: BoardpackHelper = ([list]) => {
  if (!Array.isArray(list) || !list.every(isIndicatorAnalysis)) throw new HelperError(`expects a list of indicators, got ${describe(list)}`);
  return list.map(indicatorName);
};

/** `{{#each (keyPoints indicators)}}` (or the Analysis): the paper's key points, one phrase each; `max` default 5. */
export const keyPointList: BoardpackHelper = ([arg, max], call) => {
  const indicators = Array.isArray(arg) ? arg : typeof arg === 'object' && arg !== null && 'indicators' in arg ? (arg as Analysis).indicators : null;
  if (indicators === null || !indicators.every(isIndicatorAnalysis)) throw new HelperError(`expects the list of indicators, got ${describe(arg)}`);
  return keyPoints({ indicators }, typeof max === 'number' ? max : undefined, settingsOf(call));
};
