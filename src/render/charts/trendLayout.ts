// A trend chart laid out and drawn directly, without Chart.js: the same marks, in the same order, at the same
// coordinates as Chart.js 4.6.1 draws for trendConfiguration (trendChart.ts), at a small part of the cost.
//
// This is a port of what Chart.js does for that one configuration, operation for operation so the floating-point
// results are identical: the layout, title, legend and scales shared with the bar charts (chartLayout.ts), and the
// line controller (segments with spanGaps off, fastPathSegment for the solid line, pathSegment for the dashed one,
// point shapes). It draws on the same DrawingRecorder, with the same canvas calls, so the recorded drawing is the same.
// Anything outside that configuration stays with Chart.js (see trendLayoutHandles); test/render/trendLayout.test.ts
// compares the two on real and generated specs.

import {
  drawChartFurniture,
  CategoryScale,
  chartDefaults,
  clipArea,
  drawPoint,
  knownPointStyles,
  layout,
  LegendBox,
  LinearScale,
  scaleOptions,
  TitleBox,
  toFont,
  toPadding,
  valueAxisOf,
  type PointStyle,
} from './chartLayout.js';
import { axisStyle, sharedOptions } from './commonOptions.js';
import type { ChartDrawing } from './drawing.js';
import { DrawingRecorder } from './drawingRecorder.js';
import type { ChartPixelSize } from './size.js';
import type { ChartTheme } from './theme.js';
import { checkTrend, drawTrendLabels, trendLegendItems, trendScaleOptions, trendSeriesStyle, type TrendSpec } from './trendChart.js';

// ---- the chart ----

interface Point {
  x: number;
  y: number;
  skip: boolean;
}

interface Series {
  values: readonly (number | null)[];
  colour: string;
  widthPx: number;
  dash: readonly number[];
  pointStyle: (i: number) => PointStyle;
  pointRadius: (i: number) => number;
  pointBorderWidth: number;
  pointFill: (i: number) => string;
  pointStroke: (i: number) => string;
}

/** PointElement.size: the point's diameter with its hover radius and border, for overflow and clipping. */
function pointSize(radius: number, borderWidth: number): number {
  radius = radius || 0;
  radius = Math.max(radius, (radius && chartDefaults.hoverRadius) || 0);
  const border = (radius && borderWidth) || 0;
  return (radius + border) * 2;
}

function maxOverflow(series: Series, border: number): number {
  const count = series.values.length;
  if (!count) return border;
  const first = pointSize(series.pointRadius(0), series.pointBorderWidth);
  const last = pointSize(series.pointRadius(count - 1), series.pointBorderWidth);
  return Math.max(border, first, last) / 2;
}

/** Runs of drawable points: _computeSegments with spanGaps off and no loop. */
function segmentsOf(points: readonly Point[]): { start: number; end: number }[] {
  const count = points.length;
  if (!count) return [];
  let start = 0;
  let end = count - 1;
  while (start < count && points[start]?.skip) start++;
  start %= count;
  while (end > start && points[end % count]?.skip) end--;
  end %= count;
  const max = end < start ? end + count : end;
  const result: { start: number; end: number }[] = [];
  // solidSegments: a skipped point ends a run; the next drawn point starts one.
  let runStart: number | null = start;
  let last: number | null = start;
  let prev = points[start];
  for (let e = start + 1; e <= max; ++e) {
    const cur = points[e % count];
    if (cur === undefined) continue;
    if (cur.skip) {
      if (prev !== undefined && !prev.skip) {
        result.push({ start: (runStart ?? 0) % count, end: (e - 1) % count });
        runStart = last = null;
      }
    } else {
      last = e;
      if (prev?.skip) runStart = e;
    }
    prev = cur;
  }
  if (last !== null) result.push({ start: (runStart ?? 0) % count, end: last % count });
  return result;
}

/** The line through a segment: fastPathSegment for a solid line, pathSegment for a dashed one. */
function pathSegment(ctx: DrawingRecorder, points: readonly Point[], segment: { start: number; end: number }, dashed: boolean): void {
  const count = points.length;
  const start = Math.max(0, segment.start);
  const end = Math.min(count - 1, segment.end);
  const outside = (0 < segment.start && count - 1 < segment.start) || (0 > segment.end && count - 1 > segment.end);
  const ilen = end < start && !outside ? count + end - start : end - start;
  if (dashed) {
    let move = true;
    for (let i = 0; i <= ilen; ++i) {
      const point = points[(start + i) % count];
      if (point === undefined || point.skip) continue;
      if (move) {
        ctx.moveTo(point.x, point.y);
        move = false;
      } else {
        ctx.lineTo(point.x, point.y);
      }
    }
    return;
  }
  let avgX = 0;
  let countX = 0;
  let prevX: number | undefined;
  let minY = 0;
  let maxY = 0;
  let lastY = 0;
  const drawX = (): void => {
    if (minY !== maxY) {
      ctx.lineTo(avgX, maxY);
      ctx.lineTo(avgX, minY);
      ctx.lineTo(avgX, lastY);
    }
  };
  const first = points[start % count];
  if (first !== undefined) ctx.moveTo(first.x, first.y);
  for (let i = 0; i <= ilen; ++i) {
    const point = points[(start + i) % count];
    if (point === undefined || point.skip) continue;
    const { x, y } = point;
    const truncX = x | 0;
    if (truncX === prevX) {
      if (y < minY) minY = y;
      else if (y > maxY) maxY = y;
      avgX = (countX * avgX + x) / ++countX;
    } else {
      drawX();
      ctx.lineTo(x, y);
      prevX = truncX;
      countX = 0;
      minY = maxY = y;
    }
    lastY = y;
  }
  drawX();
}

function isPointInArea(point: Point, area: { left: number; top: number; right: number; bottom: number }, margin: number): boolean {
  margin = margin || 0.5;
  return point.x > area.left - margin && point.x < area.right + margin && point.y > area.top - margin && point.y < area.bottom + margin;
}

/**
 * Whether this layout draws the spec exactly as Chart.js would. It ports one configuration: the options below as
 * sharedOptions, axisStyle and trendScaleOptions set them, and the point shapes drawPoint has. A spec or an edited
 * configuration outside that (a new shape for a status, a legend at the bottom ...) is drawn by Chart.js instead, so
 * nothing is ever approximated. Every trend spec the model makes today is inside it (test/render/trendLayout.test.ts).
 */
export function trendLayoutHandles(spec: TrendSpec, theme: ChartTheme, widthPx: number): boolean {
  const { layout, plugins } = sharedOptions(theme, spec.title, widthPx);
  const { legend, title } = plugins;
  const scales = trendScaleOptions(spec, theme);
  const series = trendSeriesStyle(theme);
  const options =
    typeof layout.padding === 'object' &&
    title.align === 'start' &&
    legend.display &&
    legend.position === 'top' &&
    legend.align === 'start' &&
    legend.labels.usePointStyle &&
    scales.x.offset &&
    !scales.x.grid &&
    scales.x.maxRotation === 0 &&
    Number.isInteger(scales.y.precision) &&
    scales.y.precision >= 0;
  const shapes = [
    ...trendLegendItems(spec, theme).map((item) => item.pointStyle),
    ...spec.points.map((p) => series.actualPoint(p.status).style),
    series.targetPoint.style,
  ];
  return options && shapes.every((shape) => knownPointStyles.has(shape));
}

/** The trend chart at this pixel size, as Chart.js would draw it for trendConfiguration. */
export function drawTrendChart(spec: TrendSpec, pixels: ChartPixelSize, theme: ChartTheme): ChartDrawing {
  checkTrend(spec);
  const { width, height } = pixels;
  const chart = { width, height };
  const shared = sharedOptions(theme, spec.title, width);
  const axis = axisStyle(theme);
  const scales = trendScaleOptions(spec, theme);
  const series = trendSeriesStyle(theme);
  const ctx = new DrawingRecorder(width, height);

  // Datasets in their draw order: Chart.js sorts by `order` (actual 0, target 1) and draws the last first.
  const actualPoints = spec.points.map((p) => series.actualPoint(p.status));
  const at = <T>(values: readonly T[], i: number): T => values[i % values.length] as T;
  const actual: Series = {
    values: spec.points.map((p) => p.value),
    colour: series.actual.colour,
    widthPx: series.actual.widthPx,
    dash: [],
    pointStyle: (i) => at(actualPoints, i).style as PointStyle,
    pointRadius: (i) => at(actualPoints, i).radiusPx,
    pointBorderWidth: 0,
    pointFill: (i) => at(actualPoints, i).colour,
    pointStroke: (i) => at(actualPoints, i).colour,
  };
  const target: Series = {
    values: spec.points.map((p) => p.target),
    colour: series.target.colour,
    widthPx: series.target.widthPx,
    dash: series.target.dash,
    pointStyle: () => series.targetPoint.style,
    pointRadius: () => series.targetPoint.radiusPx,
    pointBorderWidth: series.target.widthPx,
    pointFill: () => chartDefaults.backgroundColor,
    pointStroke: () => series.target.colour,
  };
  const datasets = [actual, target];

  // Boxes, as the Title and Legend plugins and the two scales make them.
  const titleOptions = shared.plugins.title;
  const title = new TitleBox(titleOptions.display, titleOptions.text, toFont(titleOptions.font), titleOptions.padding);
  const legendLabels = shared.plugins.legend.labels;
  const legend = new LegendBox(trendLegendItems(spec, theme), toFont(legendLabels.font), legendLabels.padding ?? chartDefaults.legendBoxPadding, { width: legendLabels.boxWidth, height: legendLabels.boxHeight }, legendLabels.usePointStyle);
  const x = new CategoryScale(
    scaleOptions(axis, { position: 'bottom', offset: scales.x.offset, gridDisplay: scales.x.grid, maxRotation: scales.x.maxRotation, autoSkipPadding: scales.x.autoSkipPadding }),
    chart,
    spec.points.map((p) => p.period),
  );
  const y = new LinearScale(scaleOptions(axis, { position: 'left', maxTicksLimit: scales.y.maxTicksLimit }), chart, {
    data: datasets.map((d) => d.values),
    suggested: scales.y.range,
    beginAtZero: false,
    precision: scales.y.precision,
    label: scales.y.label,
  });

  // Chart.update: the overflow of each dataset's end points pads the layout (the line's own width is not known yet).
  let minPadding = 0;
  for (const dataset of datasets) minPadding = Math.max(maxOverflow(dataset, 0), minPadding);
  const chartArea = layout(chart, toPadding(shared.layout.padding), minPadding, { title, legend, bottom: x, left: y });
  x.configure();
  y.configure();

  // Chart._updateDatasets: each point at its category and value.
  const pointsOf = (dataset: Series): Point[] =>
    dataset.values.map((value, i) => {
      const px = x.getPixelForValue(i);
      const py = value === null ? y.getBasePixel() : y.getPixelForValue(value);
      return { x: px, y: py, skip: Number.isNaN(px) || Number.isNaN(py) || value === null };
    });
  const points = datasets.map(pointsOf);

  // Chart.draw: the white page, the layers in z order, the datasets, the trend labels.
  drawChartFurniture(ctx, { width, height }, { x, y, legend, title, titleColour: titleOptions.color }, chartArea);
  for (let d = datasets.length - 1; d >= 0; d--) {
    const dataset = datasets[d];
    const datasetPoints = points[d];
    if (dataset === undefined || datasetPoints === undefined) continue;
    const overflow = maxOverflow(dataset, dataset.widthPx);
    clipArea(ctx, { left: x.left - overflow, right: x.right + overflow, top: y.top - overflow, bottom: y.bottom + overflow });
    if (datasetPoints.length && dataset.widthPx) {
      ctx.save();
      for (const segment of segmentsOf(datasetPoints)) {
        ctx.lineCap = 'butt';
        ctx.setLineDash([...dataset.dash]);
        ctx.lineDashOffset = 0;
        ctx.lineJoin = 'miter';
        ctx.lineWidth = dataset.widthPx;
        ctx.strokeStyle = dataset.colour;
        ctx.beginPath();
        pathSegment(ctx, datasetPoints, segment, dataset.dash.length > 0);
        ctx.stroke();
      }
      ctx.restore();
    }
    for (const [i, point] of datasetPoints.entries()) {
      const radius = dataset.pointRadius(i);
      if (point.skip || radius < 0.1 || !isPointInArea(point, chartArea, pointSize(radius, dataset.pointBorderWidth) / 2)) continue;
      ctx.strokeStyle = dataset.pointStroke(i);
      ctx.lineWidth = dataset.pointBorderWidth;
      ctx.fillStyle = dataset.pointFill(i);
      drawPoint(ctx, dataset.pointStyle(i), radius, dataset.pointBorderWidth, point.x, point.y);
    }
    ctx.restore();
  }
  drawTrendLabels(ctx, spec, theme, points[0] ?? [], width);

  return { ...ctx.drawing(pixels.dpi), valueAxis: valueAxisOf(y) };
}
