// Chart colours chosen for print and for readers with colour-vision deficiency, and the WCAG contrast check behind them.

import type { Status } from '../../model/types.js';
import { contrastRatio, relativeLuminance } from '../../colour.js';

export { contrastRatio, relativeLuminance };

/**
 * RAG fills. Each keeps at least 3:1 against white (WCAG 1.4.11, graphical objects) and at least 4.5:1 under white
 * text, so counts written on a segment stay readable. GOV.UK orange (#f47738, 2.78:1) fails, hence the darker amber.
 * Red and amber are close in lightness, so charts never rely on colour alone: shapes, letters and words say the status.
 */
export const ragPalette = {
  red: '#d4351c',
  amber: '#b35c00',
  green: '#00703c',
  notRated: '#6f777b',
} as const satisfies Record<Status | 'notRated', string>;

/** The letter written beside a trend point, so the status reads in black and white. */
export const ragLetter: Record<Status, string> = { red: 'R', amber: 'A', green: 'G' };

/** The status in words, as the legend says it. */
export const ragWord: Record<Status | 'notRated', string> = {
  red: 'Red',
  amber: 'Amber',
  green: 'Green',
  notRated: 'Not rated',
};

/** Text and rules. Text colours keep 4.5:1 against white; gridlines are decoration and may be lighter. */
export const inkPalette = {
  text: '#0b0c0c',
  secondaryText: '#505a5f',
  onFill: '#ffffff',
  axis: '#505a5f',
  gridline: '#d8dadc',
  target: '#0b0c0c',
  actualLine: '#383f43',
  background: '#ffffff',
} as const;

/**
 * Comparison series, in order: our value first, then comparators. Lightness differs from one to the next and the
 * third and fourth are hatched, so bars stay distinct when printed in greyscale.
 */
export interface SeriesStyle {
  fill: string;
  hatch: 'none' | 'diagonal' | 'cross';
}
export const comparisonSeriesStyles: readonly SeriesStyle[] = [
  { fill: '#1d70b8', hatch: 'none' },
  { fill: '#383f43', hatch: 'none' },
  { fill: '#6f777b', hatch: 'diagonal' },
  { fill: '#949494', hatch: 'cross' },
];

/** The style for the nth series; more series than styles reuse them in order (the legend still names each). */
export function seriesStyle(index: number): SeriesStyle {
  const style = comparisonSeriesStyles[index % comparisonSeriesStyles.length];
  if (style === undefined) throw new Error(`seriesStyle: no style for series ${index}`);
  return style;
}

