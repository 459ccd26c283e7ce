// Targets that look wrong: one that stops, one of zero, one that changes part-way through a year.
import type { FoundQuery, QueryQuarter, QuerySubject } from './subject.js';
import { goesBelowZero, query, show } from './subject.js';

/**
 * A target of 0 that a figure can always meet (higher is better), or that replaced a real one: a blank keyed as 0?
 * Not for figures that go below zero (days ahead or behind a timetable), where 0 is the natural target.
 */
function zeroTarget(subject: QuerySubject, q: QueryQuarter, earlier: readonly QueryQuarter[]): FoundQuery[] {
  if (q.target !== 0 || q.value === null) return [];
  const hadTarget = earlier.some((p) => p.target !== null && p.target !== 0);
  if (goesBelowZero(subject) || (subject.indicator.polarity !== 'higher' && !hadTarget)) return [];
  return [
    query(subject, q, 'target-zero', {
      figure: null,
      reason: `the target for ${q.period} is 0${hadTarget ? ', after a target of ' + show(subject, earlier.findLast((p) => p.target !== null && p.target !== 0)!.target!) : ''}, so the rating means nothing: a missing target keyed as 0?`,
      check: `Ask the service for the ${q.period} target, or confirm that it is 0.`,
      doubtsFigure: true,
    }),
  ];
}

/** A target that stops: the quarter before had one, this quarter has a figure and none. */
function missingTarget(subject: QuerySubject, q: QueryQuarter, before: QueryQuarter | undefined): FoundQuery[] {
  if (before === undefined || before.target === null || q.target !== null || q.value === null) return [];
  return [
    query(subject, q, 'target-missing', {
      figure: null,
      reason: `no target for ${q.period}, though ${before.period} had one (${show(subject, before.target)}), so it is not rated`,
      check: `Ask the service for the ${q.period} target, or confirm that it has been dropped.`,
      doubtsFigure: false,
    }),
  ];
}

/** A position or amount's target changing within a financial year (a year-to-date target grows by design). */
function changedTarget(subject: QuerySubject, q: QueryQuarter, before: QueryQuarter | undefined): FoundQuery[] {
  if (subject.indicator.measureType === 'cumulative' || q.period.quarter === 1 || before === undefined) return [];
  if (q.target === null || before.target === null || q.target === before.target || q.target === 0) return [];
  return [
    query(subject, q, 'target-changed', {
      figure: null,
      reason: `the target changed within the year, from ${show(subject, before.target)} in ${before.period} to ${show(subject, q.target)} in ${q.period}`,
      check: 'Confirm the change, or give the measure type if the figures are year to date (cumulative).',
      doubtsFigure: false,
    }),
  ];
}

/** An annual measure's target belongs to the quarter of its figure, so its quarters are not compared. */
export function targetQueries(subject: QuerySubject): FoundQuery[] {
  if (subject.indicator.measureType === 'annual') return [];
  const { quarters } = subject;
  return quarters.flatMap((q, i) => [
    ...missingTarget(subject, q, quarters[i - 1]),
    ...(q.target === 0 ? zeroTarget(subject, q, quarters.slice(0, i)) : []),
    ...changedTarget(subject, q, quarters[i - 1]),
  ]);
}
