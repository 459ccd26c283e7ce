// A ChartSpec laid out by Chart.js at its placed size and recorded as marks: the vector drawing both renderers use.

import type { ChartItem } from 'chart.js';
import type { ChartSpec } from '../../model/types.js';
import { preparedChartJs } from './chartJs.js';
import { chartConfiguration, valueScaleId } from './configuration.js';
import type { ChartDrawing, ValueAxis } from './drawing.js';
import { DrawingRecorder } from './drawingRecorder.js';
import { hatchFill } from './paint.js';
import { chartPixelSize, type ChartSize } from './size.js';
import { chartTheme } from './theme.js';

interface LaidOutScale {
  min: number;
  max: number;
  ticks: { value: number }[];
}

/** The value axis Chart.js chose: its limits and the step between its ticks. */
function valueAxisOf(scale: LaidOutScale | undefined): ValueAxis | null {
  if (scale === undefined || !Number.isFinite(scale.min) || !Number.isFinite(scale.max)) return null;
  const values = scale.ticks.map((t) => t.value);
  const steps = values.slice(1).map((v, i) => v - (values[i] ?? v)).filter((s) => s > 0);
  const step = steps.length === 0 ? scale.max - scale.min : Math.min(...steps);
  return { min: scale.min, max: scale.max, step: Math.round(step * 1e9) / 1e9 };
}

/** Lays the chart out and records it. Synchronous: with animation off, Chart.js draws inside its constructor. */
export function drawChart(spec: ChartSpec, size: ChartSize): ChartDrawing {
  const pixels = chartPixelSize(size);
  const theme = chartTheme(pixels.dpi);
  const configuration = chartConfiguration(spec, theme, pixels, (style, spacingPx, strokePx) =>
    hatchFill(style.fill, style.hatch === 'cross' ? 'cross' : 'diagonal', spacingPx, strokePx),
  );
  const recorder = new DrawingRecorder(pixels.width, pixels.height);
  const Chart = preparedChartJs();
  const chart = new Chart(recorder as unknown as ChartItem, configuration);
  try {
    const scale = chart.scales[valueScaleId(spec)] as unknown as LaidOutScale | undefined;
    return { ...recorder.drawing(pixels.dpi), valueAxis: valueAxisOf(scale) };
  } finally {
    chart.destroy();
  }
}
