// The RAG sentence: how the indicator is rated, for how long, and whether it is at least moving the right way.
import type { IndicatorAnalysis } from '../analyse/types.js';
import { targetText } from './figures.js';
import { consecutiveQuarters, streakUnit } from './labels.js';
import { quarterName } from './periods.js';

/** `below` for higher-is-better (short of the target), `above` for lower-is-better. */
function shortOf(a: IndicatorAnalysis): string {
  return a.polarity === 'lower' ? 'above' : 'below';
}

/**
 * "the 72% target", "the £750,000 target"; a bare count or duration reads better as "the target of 40"; a
 * year-to-date figure is held to the target for this point in the year ("the year-to-date target of 50%").
 */
function theTarget(a: IndicatorAnalysis & { target: number }): string {
  const text = targetText(a, a.target);
  if (a.measureType === 'cumulative') return `the year-to-date target of ${text}`;
  return a.unit === 'percent' || a.unit === 'currency' ? `the ${text} target` : `the target of ${text}`;
}

function ratedPhrase(a: IndicatorAnalysis & { target: number }): string {
  switch (a.rag) {
    case 'red': {
      const streak = consecutiveQuarters(a.redStreak, streakUnit(a.measureType));
      return streak === '' ? 'This is rated red' : `This is rated red ${streak}`;
    }
    case 'amber':
      return `This is rated amber, within tolerance of ${theTarget(a)}`;
    case 'green':
      return `This is rated green, meeting ${theTarget(a)}`;
    case null:
      return 'This is not rated';
  }
}

/**
 * "This is rated red for the second consecutive quarter." / "This is rated amber, within tolerance of the 72%
 * target; performance is improving but still below target." / "There is no target for this indicator."
 */
export function ragSentence(a: IndicatorAnalysis): string {
  if (a.value === null && a.measureType === 'annual') return `It is not rated for ${quarterName(a.period)}, as its figure is reported once a year.`;
  if (a.value === null) return `This is not rated for ${quarterName(a.period)} as no data was reported.`;
  if (a.target === null) return 'There is no target for this indicator.';
  if (a.rag === null) return 'This is not rated: the scorecard does not say whether a higher or lower figure is better.';
  const rated = ratedPhrase({ ...a, target: a.target });
  const stillShort = a.direction === 'improving' && (a.rag === 'red' || a.rag === 'amber');
  // A year-to-date figure always grows through the year: what improved is its standing against last year's.
  const better = a.measureType === 'cumulative' ? 'it is better than at the same point last year' : 'performance is improving';
  return stillShort ? `${rated}; ${better} but still ${shortOf(a)} target.` : `${rated}.`;
}
