// The RAG sentence: how the indicator is rated, for how long, and whether it is at least moving the right way.
import type { IndicatorAnalysis } from '../analyse/types.js';
import { targetText } from './figures.js';
import { consecutiveQuarters } from './labels.js';
import { quarterName } from './periods.js';

/** `below` for higher-is-better (short of the target), `above` for lower-is-better. */
function shortOf(a: IndicatorAnalysis): string {
  return a.polarity === 'lower' ? 'above' : 'below';
}

/** "the 72% target", "the £750,000 target"; a bare count or duration reads better as "the target of 40". */
function theTarget(a: IndicatorAnalysis & { target: number }): string {
  const text = targetText(a, a.target);
  return a.unit === 'percent' || a.unit === 'currency' ? `the ${text} target` : `the target of ${text}`;
}

function ratedPhrase(a: IndicatorAnalysis & { target: number }): string {
  switch (a.rag) {
    case 'red': {
      const streak = consecutiveQuarters(a.redStreak);
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
  if (a.value === null) return `This is not rated for ${quarterName(a.period)} as no data was reported.`;
  if (a.target === null) return 'There is no target for this indicator.';
  if (a.rag === null) return 'This is not rated: the scorecard does not say whether a higher or lower figure is better.';
  const rated = ratedPhrase({ ...a, target: a.target });
  const stillShort = a.direction === 'improving' && (a.rag === 'red' || a.rag === 'amber');
  return stillShort ? `${rated}; performance is improving but still ${shortOf(a)} target.` : `${rated}.`;
}
