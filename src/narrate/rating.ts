// The RAG sentence: how the indicator is rated, for how long, how far from target, and whether it is moving the right way.
import type { IndicatorAnalysis } from '../analyse/types.js';
import { changeText, shownChange, targetText } from './figures.js';
import { consecutiveQuarters, streakUnit } from './labels.js';
import { shownDirection } from './movement.js';
import { quarterName } from './periods.js';
import { isQueried } from './queries.js';
import { NO_SETTINGS, type NarrateSettings } from './settings.js';
import { signedMeasure } from './signed.js';

type Targeted = IndicatorAnalysis & { target: number; value: number };

export interface RagSentenceOptions {
  /**
   * Name the target's figure ("short of the 72% target"): for a sentence read on its own. Beside the performance
   * sentence, which has already given the target, it is left out: a paragraph states its target once.
   */
  namesTarget?: boolean;
}

/**
 * "the 72% target", "the £750,000 target"; a bare count or duration reads better as "the target of 40"; a
 * year-to-date figure is held to the target for this point in the year ("the year-to-date target of 50%").
 */
function theTarget(a: Targeted): string {
  const text = targetText(a, a.target);
  if (a.measureType === 'cumulative') return `the year-to-date target of ${text}`;
  return a.unit === 'percent' || a.unit === 'currency' ? `the ${text} target` : `the target of ${text}`;
}

/** "12.9 percentage points short of target", "1.1 days above the target of 8": how far the printed figure is off. */
function gapToTarget(a: Targeted, named: boolean): string {
  const gap = shownChange(a, a.target, a.value);
  if (gap === 0) return '';
  const target = named ? theTarget(a) : 'target';
  const worse = a.polarity === 'lower' ? gap > 0 : gap < 0;
  const side = a.polarity === 'lower' ? (gap > 0 ? 'above' : 'below') : gap < 0 ? 'short of' : 'above';
  return worse ? `${changeText(a, gap)} ${side} ${target}` : '';
}

function ratedPhrase(a: Targeted, named: boolean, signed: boolean): string {
  const gap = signed ? '' : gapToTarget(a, named);
  switch (a.rag) {
    case 'red': {
      const streak = consecutiveQuarters(a.redStreak, streakUnit(a.measureType));
      const rated = streak === '' ? 'This is rated red' : `This is rated red ${streak}`;
      return gap === '' ? rated : `${rated}, ${gap}`;
    }
    case 'amber':
      return gap === '' ? 'This is rated amber, within tolerance of target' : `This is rated amber, ${gap} but within tolerance`;
    case 'green':
      return named ? `This is rated green, meeting ${theTarget(a)}` : 'This is rated green';
    case null:
      return 'This is not rated';
  }
}

/**
 * "This is rated red for the second consecutive quarter, 7.3 percentage points short of target." / "This is rated
 * amber, 1.2 percentage points short of target but within tolerance; performance is improving." / "There is no target
 * for this indicator." Improving is said only of a movement that clears the noise band; a queried figure is not rated.
 */
export function ragSentence(a: IndicatorAnalysis, settings: NarrateSettings = NO_SETTINGS, options: RagSentenceOptions = {}): string {
  if (a.valueQueried) return `It is not rated for ${quarterName(a.period)} until the figure is confirmed.`;
  if (a.value === null && a.measureType === 'annual') return `It is not rated for ${quarterName(a.period)}, as its figure is reported once a year.`;
  if (a.value === null) return `This is not rated for ${quarterName(a.period)} as no data was reported.`;
  if (a.target === null) return 'There is no target for this indicator.';
  if (a.rag === null) return 'This is not rated: the scorecard does not say whether a higher or lower figure is better.';
  // A signed measure ("% reduction") has already been said by what happened; "improving" would mislead.
  const signed = signedMeasure(a) !== null;
  const rated = ratedPhrase({ ...a, target: a.target, value: a.value }, options.namesTarget === true, signed);
  const compared = isQueried(a, a.comparedWith.period) ? null : shownDirection(a, settings);
  const improving = !signed && compared === 'improving' && (a.rag === 'red' || a.rag === 'amber');
  // A year-to-date figure always grows through the year: what improved is its standing against last year's.
  const better = a.measureType === 'cumulative' ? 'it is better than at the same point last year' : 'performance is improving';
  return improving ? `${rated}; ${better}.` : `${rated}.`;
}
