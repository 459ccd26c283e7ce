// Drawing text onto a chart: a white page behind everything, and labels with a white halo so they read over lines.

import type { Chart, Plugin } from 'chart.js';
import { inkPalette } from './palette.js';
import type { ChartTheme } from './theme.js';

/** PNG transparency prints as black or grey on some printers and in Word; paint the page white first. */
export const whiteBackground: Plugin = {
  id: 'boardpackWhiteBackground',
  beforeDraw(chart: Chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = inkPalette.background;
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
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
  lineJoin: string;
  lineWidth: number;
  strokeStyle: unknown;
  fillStyle: unknown;
  save(): void;
  restore(): void;
  fillText(text: string, x: number, y: number): void;
  strokeText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
}

export interface LabelPlacement {
  text: string;
  x: number;
  y: number;
  align: 'left' | 'center' | 'right';
  baseline: 'top' | 'middle' | 'bottom';
  font: string;
  colour: string;
  /** Off for text on a solid fill, where a white outline would look like a glitch. */
  halo: boolean;
}

export function drawLabel(ctx: TextContext, label: LabelPlacement, theme: ChartTheme): void {
  ctx.save();
  ctx.font = label.font;
  ctx.textAlign = label.align;
  ctx.textBaseline = label.baseline;
  if (label.halo) {
    ctx.lineJoin = 'round';
    ctx.lineWidth = theme.haloPx;
    ctx.strokeStyle = inkPalette.background;
    ctx.strokeText(label.text, label.x, label.y);
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
