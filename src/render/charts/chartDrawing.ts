// A ChartSpec laid out at its placed size and recorded as marks: the vector drawing both renderers use. Trend charts
// are laid out directly (trendLayout.ts, the same drawing Chart.js makes); the other kinds by Chart.js.

import type { ChartItem } from 'chart.js';
import type { ChartSpec } from '../../model/types.js';
import { preparedChartJs } from './chartJs.js';
import { chartConfiguration, valueScaleId } from './configuration.js';
import type { ChartDrawing } from './drawing.js';
import { DrawingRecorder } from './drawingRecorder.js';
import { hatchFill } from './paint.js';
import { chartPixelSize, type ChartPixelSize, type ChartSize } from './size.js';
import { chartTheme } from './theme.js';
import { valueAxisOf } from './chartLayout.js';
import { drawTrendChart, trendLayoutHandles } from './trendLayout.js';

/** Lays the chart out and records it. Synchronous: with animation off, Chart.js draws inside its constructor. */
export function drawChart(spec: ChartSpec, size: ChartSize): ChartDrawing {
  const pixels = chartPixelSize(size);
  if (spec.kind === 'trend') {
    const theme = chartTheme(pixels.dpi);
    if (trendLayoutHandles(spec, theme, pixels.width)) return drawTrendChart(spec, pixels, theme);
  }
  return drawWithChartJs(spec, pixels);
}

/**
 * The chart as Chart.js lays it out on the recording surface. Every kind can be drawn this way; for trend charts it is
 * the reference the direct layout is tested against.
 */
export function drawWithChartJs(spec: ChartSpec, pixels: ChartPixelSize): ChartDrawing {
  const theme = chartTheme(pixels.dpi);
  const configuration = chartConfiguration(spec, theme, pixels, (style, spacingPx, strokePx) =>
    hatchFill(style.fill, style.hatch === 'cross' ? 'cross' : 'diagonal', spacingPx, strokePx),
  );
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
