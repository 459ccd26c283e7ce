// A percentage outside 0–100: a slipped digit, or a count typed into a percentage.
import type { FoundQuery, QuerySubject } from './subject.js';
import { measuresAChange, query, show, withFigures } from './subject.js';

/** A share of a budget, target or plan may pass 100 (overspent, ahead of plan). */
const OVER_100_TITLE = /\bof (?:the )?(?:budget|target|plan|profile|forecast|capacity)\b/i;

export function percentOutOfRange(subject: QuerySubject): FoundQuery[] {
  const { unit, title } = subject.indicator;
  if (unit !== 'percent') return [];
  // A change may go below 0 ("% reduction in violence": -9% when violence rose) or above 100.
  const signed = measuresAChange(title);
  const mayPass100 = signed || OVER_100_TITLE.test(title);
  return withFigures(subject.quarters)
    .filter((q) => (q.value < 0 && !signed) || (q.value > 100 && !mayPass100))
    .map((q) =>
      query(subject, q, 'percent-out-of-range', {
        figure: q.value,
        reason: `${show(subject, q.value)} in ${q.period} is outside 0–100%`,
        check: 'Check the figure: a slipped digit, or a count typed where the percentage belongs?',
        doubtsFigure: true,
      }),
    );
}
