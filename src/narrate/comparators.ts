// The comparator sentence: our figure against England, statistical neighbours and the region, better or worse by polarity.
import type { ComparatorGap, IndicatorAnalysis } from '../analyse/types.js';
import { valueText } from './figures.js';
import { listInWords } from './labels.js';

/** Listed England first, as the seed papers lead with the national average. */
const COMPARATORS = [
  ['england', 'the England average'],
  ['statisticalNeighbours', 'the statistical neighbour average'],
  ['region', 'the regional average'],
] as const;

/** `better than`, `worse than`, `the same as`; without polarity only `higher than` or `lower than`. */
function relation(gap: ComparatorGap, a: IndicatorAnalysis): string {
  if (gap.better === true) return 'better than';
  if (gap.better === false) return 'worse than';
  if (a.polarity !== null || a.value === null) return 'the same as';
  const printedLevel = valueText(a, a.value) === valueText(a, gap.comparator);
  if (printedLevel) return 'the same as';
  return gap.gap > 0 ? 'higher than' : 'lower than';
}


/**
 * "This is better than the England average of 26.1% and worse than the statistical neighbour average of 24.0%."
 * Lower-is-better: better means lower. Empty when there is no figure or no comparator (callers skip it).
 */
export function comparatorSentence(a: IndicatorAnalysis): string {
  if (a.value === null) return '';
  const parts: string[] = [];
  for (const [key, name] of COMPARATORS) {
    const gap = a.comparators[key];
    if (gap === null) continue;
    parts.push(`${relation(gap, a)} ${name} of ${valueText(a, gap.comparator)}`);
  }
  return parts.length === 0 ? '' : `This is ${listInWords(parts)}.`;
}
