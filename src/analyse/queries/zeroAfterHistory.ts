// A zero after non-zero figures: most often a missing return keyed as 0 (IT06's website uptime, 0.0% after 99.6%).
import type { FoundQuery, QuerySubject } from './subject.js';
import { goesBelowZero, measuresAChange, query, show, withFigures } from './subject.js';

/**
 * Not a query where a zero is plausible: the indicator has had a zero before, it goes below zero or measures a
 * change ("% reduction": no change is an ordinary figure),
 * its target is 0 (a count that aims at none), or it is a year-to-date figure in Quarter 1 (the year has just begun).
 */
export function zeroAfterHistory(subject: QuerySubject): FoundQuery[] {
  const figures = withFigures(subject.quarters);
  if (goesBelowZero(subject) || measuresAChange(subject.indicator.title)) return [];
  const found: FoundQuery[] = [];
  for (let i = 1; i < figures.length; i++) {
    const q = figures[i]!;
    const before = figures[i - 1]!;
    if (q.value !== 0 || before.value === 0 || figures.slice(0, i).some((p) => p.value === 0)) continue;
    if (q.target === 0 || (subject.indicator.measureType === 'cumulative' && q.period.quarter === 1)) continue;
    found.push(
      query(subject, q, 'zero-after-history', {
        figure: 0,
        reason: `${show(subject, 0)} in ${q.period} after ${show(subject, before.value)} in ${before.period}: a missing return keyed as 0?`,
        check: `Ask the service for the ${q.period} figure, or confirm that it really was 0.`,
        doubtsFigure: true,
      }),
    );
  }
  return found;
}
