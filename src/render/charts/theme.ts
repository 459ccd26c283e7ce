// Type sizes and line weights in print points, turned into pixels for one dpi, so a chart reads the same at any size.

import { pointsToPixels } from './size.js';

export interface ChartTheme {
  dpi: number;
  /** Axis ticks, legend and data labels: 8 pt, the smallest size a board paper uses. */
  textPx: number;
  /** The chart's title: 9 pt bold. */
  titlePx: number;
  lineWidthPx: number;
  hairlinePx: number;
  pointRadiusPx: number;
  /** Dash and gap of the target line. */
  targetDashPx: [number, number];
  /** Space between a mark and its label. */
  labelGapPx: number;
  /** White outline behind labels so they stay legible where they cross a line. */
  haloPx: number;
  paddingPx: number;
}

export function chartTheme(dpi: number): ChartTheme {
  const pt = (points: number): number => pointsToPixels(points, dpi);
  return {
    dpi,
    textPx: pt(8),
    titlePx: pt(9),
    lineWidthPx: pt(1.5),
    hairlinePx: pt(0.5),
    pointRadiusPx: pt(3),
    targetDashPx: [pt(4), pt(2.5)],
    labelGapPx: pt(2),
    haloPx: pt(2),
    paddingPx: pt(4),
  };
}

/** A CSS font string for canvas; the family is quoted because it has a space. */
export function canvasFont(sizePx: number, family: string, weight: 'normal' | 'bold' = 'normal'): string {
  return `${weight} ${sizePx.toFixed(2)}px "${family}"`;
}
