// The same figure to the last decimal for three or more quarters running: often copied forward, not measured.
import { addQuarters, samePeriod } from '../../period.js';
import type { FoundQuery, QuerySubject } from './subject.js';
import { query, show, withFigures } from './subject.js';

/** Quarters running with the same figure that make a query. */
export const REPEATS_TO_QUERY = 3;

/**
 * 0, and 100 for a percentage, are where many measures rest (every call answered, no incidents), so they repeat
 * honestly; an annual figure repeats in every quarter of its year by design.
 */
function restsThere(subject: QuerySubject, value: number): boolean {
  return value === 0 || (subject.indicator.unit === 'percent' && value === 100);
}

export function repeatedValue(subject: QuerySubject): FoundQuery[] {
  if (subject.indicator.measureType === 'annual') return [];
  const figures = withFigures(subject.quarters);
  const found: FoundQuery[] = [];
  let run = 1;
  for (let i = 1; i < figures.length; i++) {
    const q = figures[i]!;
    const before = figures[i - 1]!;
    run = q.value === before.value && samePeriod(before.period, addQuarters(q.period, -1)) ? run + 1 : 1;
    if (run < REPEATS_TO_QUERY || restsThere(subject, q.value)) continue;
    const first = figures[i - run + 1]!;
    found.push(
      query(subject, q, 'repeated-value', {
        figure: q.value,
        reason: `${show(subject, q.value)} in ${q.period}, exactly the same figure for ${run} quarters running (since ${first.period}): copied forward from an earlier quarter?`,
        check: `Ask the service for the ${q.period} figure, or confirm that it has not changed.`,
        doubtsFigure: true,
      }),
    );
  }
  return found;
}
