// analyse(): a Scorecard and a report period in, the Analysis every paper reports out. Pure: no I/O, no clock.
import { error, warning, type Diagnostic } from '../diagnostics.js';
import { periodIndex, periodLabel, samePeriod } from '../period.js';
import type { Commentary, Observation, ReadQuery, Scorecard } from '../read/types.js';
import type { AnalyseOptions, Analysis, DataQuery, IndicatorAnalysis } from './types.js';
import { exceptionSummaries } from './exceptions.js';
import { analyseIndicator, type IndicatorInput } from './indicator.js';
import { quarterWithoutFigureIsExpected } from './measures.js';
import { chooseReportPeriod } from './periods.js';
import { parseConfirmation, type Confirmation } from './queries/index.js';
import { DEFAULT_EXCEPTION_THRESHOLD } from './streaks.js';

export type * from './types.js';
export { latestPeriodWithValue } from './periods.js';
export { resolveDecimals, defaultDecimals, toDisplayUnits, roundToDisplay, sameAtPrecision, zeroAtPrecision } from './precision.js';
export { ragRating, resolveTolerance, DEFAULT_TOLERANCE_SHARE } from './rag.js';
export { directionOfTravel } from './direction.js';
export { comparatorGap } from './comparators.js';
export { comparisonBasis, comparisonPeriod, targetInForce, type ComparisonBasis, type TargetInForce } from './measures.js';
export { redStreak, redStreakPeriods, DEFAULT_EXCEPTION_THRESHOLD } from './streaks.js';
export { parseConfirmation, polarityOfTitle, JUMP_MIN_MOVEMENTS, JUMP_MULTIPLE, JUMP_OVER_LARGEST, REPEATS_TO_QUERY, YEAR_START_FALL_TO, type Confirmation } from './queries/index.js';

function resolveThreshold(requested: number | undefined, diagnostics: Diagnostic[]): number {
  if (requested === undefined) return DEFAULT_EXCEPTION_THRESHOLD;
  if (Number.isInteger(requested) && requested >= 1) return requested;
  diagnostics.push(
    error('invalid-exception-threshold', `exception threshold ${String(requested)} is not a whole number of quarters (1 or more)`),
  );
  return DEFAULT_EXCEPTION_THRESHOLD;
}

/** Each indicator's observations by quarter and commentary, in input order. The first row for a quarter wins. */
function groupByIndicator(scorecard: Scorecard, diagnostics: Diagnostic[]): IndicatorInput[] {
  const observations = new Map<string, Map<number, Observation>>();
  const commentary = new Map<string, Commentary[]>();
  const readQueries = new Map<string, ReadQuery[]>();
  for (const indicator of scorecard.indicators) {
    observations.set(indicator.id, new Map());
    commentary.set(indicator.id, []);
    readQueries.set(indicator.id, []);
  }
  for (const q of scorecard.readQueries ?? []) readQueries.get(q.id)?.push(q);
  for (const observation of scorecard.observations) {
    const byIndex = observations.get(observation.id);
    if (byIndex === undefined) continue; // the reader reports rows for unknown indicators
    const index = periodIndex(observation.period);
    if (byIndex.has(index)) {
      diagnostics.push(
        warning(
          'duplicate-observation',
          `${observation.id} has more than one row for ${periodLabel(observation.period)}; the first is used`,
          observation.where,
        ),
      );
      continue;
    }
    byIndex.set(index, observation);
  }
  for (const row of scorecard.commentary) commentary.get(row.id)?.push(row);
  return scorecard.indicators.map((indicator) => ({
    indicator,
    byIndex: observations.get(indicator.id) ?? new Map<number, Observation>(),
    commentary: commentary.get(indicator.id) ?? [],
    readQueries: readQueries.get(indicator.id) ?? [],
  }));
}

export function analyse(scorecard: Scorecard, options: AnalyseOptions = {}): Analysis {
  const diagnostics: Diagnostic[] = [];
  const choice = chooseReportPeriod(scorecard, options.period);
  diagnostics.push(...choice.diagnostics);
  const threshold = resolveThreshold(options.exceptionThreshold, diagnostics);
  if (choice.period === null) return { period: null, indicators: [], exceptions: [], queries: [], diagnostics };
  const reportPeriod = choice.period;
  const confirmations = resolveConfirmations(options.confirmedQueries, diagnostics);
  const indicators = groupByIndicator(scorecard, diagnostics).map((input) => analyseIndicator(input, reportPeriod, threshold, confirmations));
  diagnostics.push(...indicators.flatMap((a) => unconfirmedQueries(a)));
  // When the whole quarter is empty, one warning (from chooseReportPeriod) says so; otherwise name each indicator.
  if (indicators.some((a) => a.value !== null)) diagnostics.push(...indicators.flatMap((a) => missingLatestFigure(a)));
  return { period: reportPeriod, indicators, exceptions: exceptionSummaries(indicators), queries: indicators.flatMap((a) => a.queries), diagnostics };
}

/**
 * An indicator reported a quarter in arrears has no figure for the report period, so it is not rated and any red
 * run it was on is broken: say so, or an exception could vanish from the papers without anyone noticing.
 */
function missingLatestFigure(a: IndicatorAnalysis): Diagnostic[] {
  if (a.value !== null || quarterWithoutFigureIsExpected(a.measureType)) return [];
  const last = a.history.findLast((q) => q.value !== null);
  if (last === undefined) return [];
  const wasRed = last.rag === 'red' ? `; it was rated red then, and without a figure for ${a.period} it is not rated or reported as an exception` : '';
  return [warning('no-figure-for-period', `${a.id} has no figure for ${a.period}; its latest is for ${last.period}${wasRed}`, a.indicator.where)];
}

/** The config's `queries.confirmed` list; an entry that names no quarter is an error (the config check catches it first). */
function resolveConfirmations(entries: readonly string[] | undefined, diagnostics: Diagnostic[]): Confirmation[] {
  return (entries ?? []).flatMap((entry) => {
    const confirmation = parseConfirmation(entry);
    if (confirmation !== null) return [confirmation];
    diagnostics.push(error('invalid-confirmation', `"${entry}" in queries.confirmed is not an indicator ID, or an ID and a quarter such as "IT06 2014-15 Q2"`));
    return [];
  });
}

/** Settled while reading, and already said there: listed with the queries, not warned twice. */
const SAID_BY_READER: ReadonlySet<DataQuery['code']> = new Set(['percent-as-fraction', 'decimals-inferred']);

/** One warning per unconfirmed query, at its cell; a doubted report figure says what that means for the papers. */
function unconfirmedQueries(a: IndicatorAnalysis): Diagnostic[] {
  return a.queries
    .filter((q) => !q.confirmed && !SAID_BY_READER.has(q.code))
    .map((q) => {
      const held = q.doubtsFigure && samePeriod(q.period, a.period);
      const consequence = held ? `: ${a.id} is not rated or reported as an exception until this is confirmed or corrected` : '';
      return warning(q.code, `${a.id}: ${q.reason}${consequence}`, q.where);
    });
}
