// render/charts: a ChartSpec laid out once on a recording surface (directly, by trendLayout.ts and barLayout.ts, the
// same drawing Chart.js makes; Chart.js, loaded only then, for a configuration they do not port and for PNGs) and
// returned as SVG, the vector drawing both renderers place: the PDF replays it as paths and real text, the DOCX takes
// its axis for a native Word chart.

import type { ChartConfiguration } from 'chart.js';
import type { ChartSpec } from '../../model/types.js';
import { drawChart } from './chartDrawing.js';
import { drawingAsWritten, writeChartSvg } from './chartSvg.js';
import { rememberChartDrawing } from './drawings.js';
import { chartConfiguration } from './configuration.js';
import { chartPixelSize, type ChartSize } from './size.js';
import { chartTheme } from './theme.js';

export { chartPixelSize, defaultDpi, minimumDpi, maximumDpi, type ChartSize, type ChartPixelSize } from './size.js';
export { contrastRatio, relativeLuminance, ragPalette, ragLetter, ragWord, inkPalette, comparisonSeriesStyles, seriesStyle } from './palette.js';
export { documentFontFamily } from './fonts.js';
export { formatChartValue, formatAxisValue } from './formatValue.js';
export { readChartSvg, writeChartSvg, drawingAsWritten } from './chartSvg.js';
export { chartDrawingOf } from './drawings.js';
export { drawChart } from './chartDrawing.js';
export type { ChartDrawing, HatchFill, Mark, Paint, PathMark, StrokeStyle, TextMark, ValueAxis } from './drawing.js';

/** What the renderers are given to draw a figure's chart (renderChart, or a cache in front of it). */
export type ChartRenderer = (spec: ChartSpec, size: { widthMm: number; heightMm: number }) => Promise<Uint8Array>;

const encoder = new TextEncoder();

/**
 * The chart at its placed size as SVG bytes (UTF-8): paths and text in the document font, laid out for the default
 * 200 dpi grid. The same spec and size give the same bytes. chartDrawingOf these bytes gives their drawing without
 * reading them.
 */
export async function renderChart(spec: ChartSpec, size: ChartSize): Promise<Uint8Array> {
  const drawing = drawChart(spec, size);
  const svg = encoder.encode(writeChartSvg(drawing));
  rememberChartDrawing(svg, drawingAsWritten(drawing));
  return svg;
}

/**
 * The chart as a PNG (default 200 dpi), for a reader that cannot show vectors: the picture behind a DOCX chart that
 * Word cannot draw natively. Safe to call concurrently; each call draws on its own canvas.
 */
export async function renderChartPng(spec: ChartSpec, size: ChartSize): Promise<Uint8Array> {
  // node-canvas is loaded only here: vector charts (every paper today) never need it.
  const { chartCanvasFor } = await import('./chartCanvas.js');
  const pixels = chartPixelSize(size);
  const canvas = chartCanvasFor(pixels.width, pixels.height);
  const theme = chartTheme(pixels.dpi);
  const configuration: ChartConfiguration = chartConfiguration(spec, theme, pixels, (style, spacingPx, strokePx) =>
    canvas.hatchPattern(style.fill, style.hatch === 'cross' ? 'cross' : 'diagonal', spacingPx, strokePx),
  );
  const png = await canvas.renderPng(configuration, pixels.dpi);
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
