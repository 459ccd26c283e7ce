// A chart as drawn: paths and text in the chart's pixels, the one layout both renderers place (PDF as vectors,
// DOCX as the picture fallback), plus the value axis's scale for a native Word chart to reuse.

import type { ChartFont } from './textMetrics.js';

/** A bar fill with white stripes over it, so comparison series stay apart in greyscale. */
export interface HatchFill {
  type: 'hatch';
  fill: string;
  style: 'diagonal' | 'cross';
  spacingPx: number;
  strokePx: number;
}

/** A flat `#rrggbb` colour or a hatch. */
export type Paint = string | HatchFill;

export interface StrokeStyle {
  colour: string;
  widthPx: number;
  /** Dash and gap lengths; empty for a solid line. */
  dash: number[];
  cap: 'butt' | 'round' | 'square';
  join: 'miter' | 'round' | 'bevel';
}

export interface PathMark {
  kind: 'path';
  /** SVG path data in absolute chart pixels, using only M, L, C and Z. */
  d: string;
  fill: Paint | null;
  stroke: StrokeStyle | null;
  /** Index into the drawing's clips, or null. */
  clip: number | null;
}

export interface TextMark {
  kind: 'text';
  text: string;
  /** Where the text starts on its baseline, in chart pixels. */
  x: number;
  y: number;
  font: ChartFont;
  colour: string;
  /** Clockwise, in degrees, about (x, y); -90 reads upwards. */
  rotation: number;
  clip: number | null;
}

export type Mark = PathMark | TextMark;

/** The value axis as laid out: Word draws its own axis, from the same limits and step. */
export interface ValueAxis {
  min: number;
  max: number;
  step: number;
}

export interface ChartDrawing {
  widthPx: number;
  heightPx: number;
  dpi: number;
  /** Clip paths (SVG path data) that marks refer to by index. */
  clips: string[];
  marks: Mark[];
  valueAxis: ValueAxis | null;
}
