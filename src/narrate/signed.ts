// A signed measure ("% reduction in violence"): said by what happened in the world, never by the sign of the figure.
import type { IndicatorAnalysis } from '../analyse/types.js';
import { valueText } from './figures.js';

export interface SignedMeasure {
  /** What the figure counts as positive: a reduction or an increase. */
  sense: 'reduction' | 'increase';
  /** What rose or fell, mid-sentence: "violence against the person offences with injury". */
  subject: string;
}

const SENSE: Readonly<Record<string, SignedMeasure['sense']>> = {
  reduction: 'reduction', decrease: 'reduction', fall: 'reduction',
  increase: 'increase', rise: 'increase', growth: 'increase',
};

/** `% Reduction in violence ...`, `Percentage increase in recycling`, `Reduction in burglary (%)`. */
const SIGNED_TITLE = /^(?:(?:%|percentage|per\s*cent)\s+)?(reduction|decrease|fall|increase|rise|growth)\s+in\s+(.+?)(?:\s*\(%\))?[.\s]*$/i;

/**
 * `Violence against …` → `violence against …`, `Complex HR queries` → `complex HR queries`; a title-cased name
 * (`Antisocial Behaviour`, `Audit Plan`) and an acronym (`NEET`) are left as written.
 */
export function midSentence(text: string): string {
  const t = text.trim();
  if (!/^[A-Z][a-z]/.test(t) || /^\S+\s+[A-Z][a-z]/.test(t)) return t;
  return `${t[0]?.toLowerCase() ?? ''}${t.slice(1)}`;
}

/** The measure a title names as a signed change, or null (a level, a count, a time). Only percentages are read this way. */
export function signedMeasure(a: Pick<IndicatorAnalysis, 'title' | 'unit'>): SignedMeasure | null {
  if (a.unit !== 'percent') return null;
  const m = SIGNED_TITLE.exec(a.title.trim());
  const sense = m?.[1] === undefined ? undefined : SENSE[m[1].toLowerCase()];
  if (m === null || sense === undefined || m[2] === undefined) return null;
  return { sense, subject: midSentence(m[2]) };
}

/**
 * "had risen by 9.0%" for a reduction of -9.0%; "had fallen by 3.0%" for a reduction of 3.0%; "showed no change" at
 * zero. The figure is given by its size: the verb carries the sign.
 */
export function worldChange(a: IndicatorAnalysis, signed: SignedMeasure, value: number): string {
  const size = valueText(a, Math.abs(value));
  if (size === valueText(a, 0)) return 'showed no change';
  const up = (value > 0) === (signed.sense === 'increase');
  return `had ${up ? 'risen' : 'fallen'} by ${size}`;
}

/** "a 5% reduction": the target in the measure's own words. */
export function signedTarget(a: IndicatorAnalysis, signed: SignedMeasure, target: number, targetText: string): string {
  if (target < 0) return `a ${targetText.replace(/^-/, '')} ${signed.sense === 'reduction' ? 'increase' : 'reduction'}`;
  return `a ${targetText} ${signed.sense}`;
}
