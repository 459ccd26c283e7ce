// Indicators named as a councillor knows them: by title, with the code in brackets for finding it in the scorecard.
import type { IndicatorAnalysis } from '../analyse/types.js';

/** "% Complex HR queries resolved within 10 working days (HR05)"; the code alone when there is no title. */
export function indicatorName(a: Pick<IndicatorAnalysis, 'id' | 'title'>): string {
  const title = a.title.trim().replace(/\s+/g, ' ').replace(/[.;:,]+$/, '');
  if (title === '' || title === a.id) return a.id;
  return `${title} (${a.id})`;
}

/** A "%" title's change word: "% Reduction in violence" is a percentage reduction, not a percentage of reductions. */
const CHANGE_WORD = /^%\s*(reduction|change|increase|decrease|growth|rise|fall|improvement|variance|variation|difference)\b/i;

/**
 * The name opening a bullet, a "%" said in words: "Percentage of new benefit claims decided within 14 days (RB02)",
 * "Percentage reduction in violence against the person ... (SNH02)".
 */
export function indicatorNameFirst(a: Pick<IndicatorAnalysis, 'id' | 'title'>): string {
  const name = indicatorName(a)
    .replace(CHANGE_WORD, (_all, word: string) => `Percentage ${word.toLowerCase()}`)
    .replace(/^%\s*(?=of\b)/i, 'Percentage ')
    .replace(/^%\s*/, 'Percentage of ');
  return `${name[0]?.toUpperCase() ?? ''}${name.slice(1)}`;
}
