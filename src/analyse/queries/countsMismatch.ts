// A figure that disagrees with its own numerator and denominator beyond rounding.
import { agreesWithCounts, countRounding } from '../../ratio.js';
import type { FoundQuery, QuerySubject } from './subject.js';
import { query, show, withFigures } from './subject.js';

/** A percentage is numerator ÷ denominator × 100, a rate × its base ("per 10,000"); other units say nothing of the pair. */
function scaleOf(subject: QuerySubject): number | null {
  if (subject.indicator.unit === 'percent') return 100;
  if (subject.indicator.unit === 'rate') return subject.indicator.ratePer;
  return null;
}

export function countsMismatch(subject: QuerySubject): FoundQuery[] {
  const scale = scaleOf(subject);
  if (scale === null) return [];
  const pairs = withFigures(subject.quarters).filter((q) => q.numerator !== null && q.denominator !== null && q.denominator > 0);
  const slack = countRounding(pairs.flatMap((q) => [q.numerator!, q.denominator!]));
  return pairs
    .filter((q) => !agreesWithCounts(q.value, q.numerator!, q.denominator!, scale, slack))
    .map((q) => {
      const worked = (q.numerator! / q.denominator!) * scale;
      return query(subject, q, 'numerator-denominator-mismatch', {
        figure: q.value,
        reason: `${show(subject, q.value)} in ${q.period}, but its Numerator and Denominator (${q.numerator} ÷ ${q.denominator}) give ${show(subject, worked)}`,
        check: 'Check which is right: the figure, the numerator or the denominator.',
        doubtsFigure: true,
      });
    });
}
