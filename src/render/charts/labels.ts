// Drawing text onto a chart: a white page behind everything, and labels with a white halo so they read over lines.

import type { Chart, Plugin } from 'chart.js';
import { inkPalette } from './palette.js';
import type { ChartTheme } from './theme.js';

/** PNG transparency prints as black or grey on some printers and in Word; paint the page white first. */
export function paintBackground(ctx: TextContext, width: number, height: number): void {
  ctx.save();
  ctx.fillStyle = inkPalette.background;
  ctx.fillRect(0, 0, width, height);
  ctx.restore();
}

export const whiteBackground: Plugin = {
  id: 'boardpackWhiteBackground',
  beforeDraw(chart: Chart) {
    paintBackground(chart.ctx as unknown as TextContext, chart.width, chart.height);
  },
};

/**
 * The part of the 2D context labels use. Written out because the project compiles without the DOM library, where
 * Chart.js's own context type lives.
 */
export interface TextContext {
  font: string;
  textAlign: string;
  textBaseline: string;
  fillStyle: unknown;
  save(): void;
  restore(): void;
  fillText(text: string, x: number, y: number): void;
  fillRect(x: number, y: number, width: number, height: number): void;
  measureText(text: string): { width: number };
}

export interface LabelPlacement {
  text: string;
  x: number;
  y: number;
  align: 'left' | 'center' | 'right';
  baseline: 'top' | 'middle' | 'bottom';
  font: string;
  /** The font's size in pixels, for the halo's height. */
  sizePx: number;
  colour: string;
  /** Off for text on a solid fill, where a white outline would look like a glitch. */
  halo: boolean;
}

/** Where the text's box starts, given the alignment point (x, y) and its width and height. */
function boxOrigin(label: LabelPlacement, width: number, height: number): { left: number; top: number } {
  const left = label.align === 'left' ? label.x : label.align === 'right' ? label.x - width : label.x - width / 2;
  const top = label.baseline === 'top' ? label.y : label.baseline === 'bottom' ? label.y - height : label.y - height / 2;
  return { left, top };
}

/**
 * Writes a label. The halo is a white box just larger than the text rather than a stroked outline: stroking glyph
 * outlines cost more than the rest of the chart's text put together.
 */
export function drawLabel(ctx: TextContext, label: LabelPlacement, theme: ChartTheme): void {
  ctx.save();
  ctx.font = label.font;
  ctx.textAlign = label.align;
  ctx.textBaseline = label.baseline;
  if (label.halo) {
    const width = ctx.measureText(label.text).width;
    // Canvas's top and bottom baselines are the em box's edges, so the box is one em high.
    const height = label.sizePx;
    const { left, top } = boxOrigin(label, width, height);
    const pad = theme.haloPx / 2;
    ctx.fillStyle = inkPalette.background;
    ctx.fillRect(left - pad, top - pad / 2, width + pad * 2, height + pad);
  }
  ctx.fillStyle = label.colour;
  ctx.fillText(label.text, label.x, label.y);
  ctx.restore();
}

export function textWidth(ctx: TextContext, text: string, font: string): number {
  ctx.save();
  ctx.font = font;
  const width = ctx.measureText(text).width;
  ctx.restore();
  return width;
}
