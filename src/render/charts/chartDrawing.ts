// A ChartSpec laid out at its placed size and recorded as marks: the vector drawing both renderers use. Every kind is
// laid out directly (trendLayout.ts, barLayout.ts: the same drawing Chart.js makes); Chart.js, loaded only then, draws
// a chart whose configuration the direct layouts do not port, and stays the reference the tests hold them to.

import type { ChartItem } from 'chart.js';
import type { ChartSpec } from '../../model/types.js';
import { preparedChartJs } from './chartJs.js';
import { chartConfiguration, valueScaleId } from './configuration.js';
import type { ChartDrawing } from './drawing.js';
import { DrawingRecorder } from './drawingRecorder.js';
import { seriesHatchFill } from './paint.js';
import { chartPixelSize, type ChartPixelSize, type ChartSize } from './size.js';
import { chartTheme } from './theme.js';
import { comparisonLayoutHandles, drawComparisonChart, drawRagSummaryChart, ragSummaryLayoutHandles } from './barLayout.js';
import { valueAxisOf } from './chartLayout.js';
import { drawTrendChart, trendLayoutHandles } from './trendLayout.js';

/**
 * Lays the chart out and records it. Synchronous: the direct layouts draw at once, and with animation off, Chart.js
 * draws inside its constructor.
 */
export function drawChart(spec: ChartSpec, size: ChartSize): ChartDrawing {
  const pixels = chartPixelSize(size);
  const theme = chartTheme(pixels.dpi);
  switch (spec.kind) {
    case 'trend':
      if (trendLayoutHandles(spec, theme, pixels.width)) return drawTrendChart(spec, pixels, theme);
      break;
    case 'rag-summary':
      if (ragSummaryLayoutHandles(spec, theme, pixels.width)) return drawRagSummaryChart(spec, pixels, theme);
      break;
    case 'comparison':
      if (comparisonLayoutHandles(spec, pixels, theme)) return drawComparisonChart(spec, pixels, theme);
      break;
  }
  return drawWithChartJs(spec, pixels);
}

/**
 * The chart as Chart.js lays it out on the recording surface. Every kind can be drawn this way; it is the reference
 * the direct layouts are tested against.
 */
export function drawWithChartJs(spec: ChartSpec, pixels: ChartPixelSize): ChartDrawing {
  const theme = chartTheme(pixels.dpi);
  const configuration = chartConfiguration(spec, theme, pixels, seriesHatchFill);
  const recorder = new DrawingRecorder(pixels.width, pixels.height);
  const Chart = preparedChartJs();
  const chart = new Chart(recorder as unknown as ChartItem, configuration);
  try {
    const scale = chart.scales[valueScaleId(spec)] as unknown as Parameters<typeof valueAxisOf>[0];
    return { ...recorder.drawing(pixels.dpi), valueAxis: valueAxisOf(scale) };
  } finally {
    chart.destroy();
  }
}
