// render/charts: a ChartSpec drawn as a print-ready PNG, the same bytes for DOCX and PDF, in the document's font.

import type { ChartConfiguration } from 'chart.js';
import type { ChartSpec } from '../../model/types.js';
import { chartCanvasFor } from './chartCanvas.js';
import { chartPixelSize, type ChartSize } from './size.js';
import { chartTheme } from './theme.js';
import { comparisonConfiguration } from './comparisonChart.js';
import { ragSummaryConfiguration } from './ragSummaryChart.js';
import { trendConfiguration } from './trendChart.js';

export { chartPixelSize, defaultDpi, minimumDpi, maximumDpi, type ChartSize, type ChartPixelSize } from './size.js';
export { contrastRatio, relativeLuminance, ragPalette, ragLetter, ragWord, inkPalette, comparisonSeriesStyles } from './palette.js';
export { documentFontFamily } from './fonts.js';
export { formatChartValue, formatAxisValue } from './formatValue.js';

/** What the renderers are given to draw a figure's chart (renderChart, or a cache in front of it). */
export type ChartRenderer = (spec: ChartSpec, size: { widthMm: number; heightMm: number }) => Promise<Uint8Array>;

/**
 * Draws the chart at its placed size (default 200 dpi) and returns PNG bytes. The same spec and size give the same
 * bytes. Safe to call concurrently; each call draws on its own canvas.
 */
export async function renderChart(spec: ChartSpec, size: ChartSize): Promise<Uint8Array> {
  const pixels = chartPixelSize(size);
  const canvas = chartCanvasFor(pixels.width, pixels.height);
  const theme = chartTheme(pixels.dpi);
  let configuration: ChartConfiguration;
  switch (spec.kind) {
    case 'trend':
      configuration = trendConfiguration(spec, theme, pixels.width) as unknown as ChartConfiguration;
      break;
    case 'comparison':
      configuration = comparisonConfiguration(spec, theme, pixels, (style) =>
        canvas.hatchPattern(style.fill, style.hatch === 'cross' ? 'cross' : 'diagonal', theme.labelGapPx * 1.5, theme.hairlinePx * 1.5),
      ) as unknown as ChartConfiguration;
      break;
    case 'rag-summary':
      configuration = ragSummaryConfiguration(spec, theme, pixels.width) as unknown as ChartConfiguration;
      break;
    default:
      throw new Error(`render/charts: no renderer for chart kind "${(spec as { kind: string }).kind}"`);
  }
  const png = await canvas.renderPng(configuration, pixels.dpi);
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
