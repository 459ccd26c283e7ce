// A trend chart: the indicator's value by period, the target as a dashed line, each point's RAG status by shape and letter.

import type { ChartConfiguration, LegendItem, Plugin, PointStyle } from 'chart.js';
import type { ChartSpec, Status, TrendPoint } from '../../model/types.js';
import { axisStyle, sharedOptions } from './commonOptions.js';
import { formatAxisValue, formatChartValue } from './formatValue.js';
import { documentFontFamily } from './fonts.js';
import { drawLabel, textWidth, whiteBackground, type TextContext } from './labels.js';
import { inkPalette, ragLetter, ragPalette, ragWord } from './palette.js';
import { canvasFont, type ChartTheme } from './theme.js';

export type TrendSpec = Extract<ChartSpec, { kind: 'trend' }>;
type TrendConfiguration = ChartConfiguration<'line', (number | null)[], string>;

/** Shapes differ by status so the chart reads in greyscale and to readers who cannot tell red from amber. */
export const trendPointStyle: Record<Status | 'notRated', PointStyle> = {
  red: 'triangle',
  amber: 'rectRot',
  green: 'circle',
  notRated: 'rect',
};

// A triangle and a diamond look smaller than a circle of the same radius; enlarge them to match by eye.
const pointScale: Record<Status | 'notRated', number> = { red: 1.3, amber: 1.2, green: 1, notRated: 0.9 };

export function statusKey(status: Status | null): Status | 'notRated' {
  return status ?? 'notRated';
}

/**
 * How the two series are drawn, shared by the Chart.js configuration and the direct layout (trendLayout.ts): the
 * actual line with a RAG shape at each point, the target as a dashed line with a short solid tick at each target.
 */
export function trendSeriesStyle(theme: ChartTheme) {
  return {
    actual: { colour: inkPalette.actualLine, widthPx: theme.lineWidthPx },
    actualPoint: (status: Status | null) => {
      const key = statusKey(status);
      return { style: trendPointStyle[key], radiusPx: theme.pointRadiusPx * pointScale[key], colour: ragPalette[key] };
    },
    target: { colour: inkPalette.target, widthPx: theme.lineWidthPx * 0.75, dash: theme.targetDashPx },
    targetPoint: { style: 'line' as const, radiusPx: theme.pointRadiusPx * 1.5 },
  };
}

export function checkTrend(spec: TrendSpec): void {
  if (spec.points.length === 0) throw new Error(`trend chart "${spec.title}": no periods to plot`);
  for (const point of spec.points) {
    for (const [name, value] of [['value', point.value], ['target', point.target]] as const) {
      if (value !== null && !Number.isFinite(value)) {
        throw new Error(`trend chart "${spec.title}": ${point.period} ${name} ${value} is not a finite number`);
      }
    }
  }
}

/** Headroom above and below the data for the value labels and status letters; counts never dip below zero. */
export function suggestedRange(points: TrendPoint[]): { suggestedMin?: number; suggestedMax?: number } {
  const values = points.flatMap((p) => [p.value, p.target]).filter((v): v is number => v !== null);
  if (values.length === 0) return {};
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = high === low ? Math.max(Math.abs(high) * 0.1, 1) : (high - low) * 0.15;
  return { suggestedMin: low >= 0 ? Math.max(0, low - pad) : low - pad, suggestedMax: high + pad };
}

export function trendLegendItems(spec: TrendSpec, theme: ChartTheme): LegendItem[] {
  const items: LegendItem[] = [
    { text: 'Actual', pointStyle: 'line', strokeStyle: inkPalette.actualLine, fillStyle: inkPalette.actualLine, lineWidth: theme.lineWidthPx, datasetIndex: 0 },
  ];
  if (spec.points.some((p) => p.target !== null)) {
    items.push({
      text: 'Target',
      pointStyle: 'line',
      strokeStyle: inkPalette.target,
      fillStyle: inkPalette.target,
      lineWidth: theme.lineWidthPx,
      lineDash: [theme.targetDashPx[0] / 2, theme.targetDashPx[1] / 2],
      datasetIndex: 1,
    });
  }
  const plotted = spec.points.filter((p) => p.value !== null);
  for (const status of ['red', 'amber', 'green'] as const) {
    if (!plotted.some((p) => p.status === status)) continue;
    items.push({ text: `${ragWord[status]} (${ragLetter[status]})`, pointStyle: trendPointStyle[status], fillStyle: ragPalette[status], strokeStyle: ragPalette[status], lineWidth: 0 });
  }
  if (plotted.some((p) => p.status === null)) {
    items.push({ text: ragWord.notRated, pointStyle: trendPointStyle.notRated, fillStyle: ragPalette.notRated, strokeStyle: ragPalette.notRated, lineWidth: 0 });
  }
  return items;
}

/**
 * True where the line climbs away on both sides (a dip), so the space above the point is crossed by the line and the
 * value reads better below it. An end point compares with its one neighbour.
 */
export function isDip(points: TrendPoint[], index: number): boolean {
  const value = points[index]?.value ?? null;
  if (value === null) return false;
  const neighbours = [points[index - 1]?.value ?? null, points[index + 1]?.value ?? null].filter((v): v is number => v !== null);
  return neighbours.length > 0 && neighbours.every((n) => n > value);
}

/**
 * Each value beside its point (above, or below at a dip) and the status letter on the other side. Value labels that
 * would collide are dropped from the left, so the latest period, the one a board reads first, always keeps its label;
 * letters are narrow and always drawn. `elements` are the points' pixel positions, one per period.
 */
export function drawTrendLabels(ctx: TextContext, spec: TrendSpec, theme: ChartTheme, elements: readonly { x: number; y: number }[], chartWidth: number): void {
  const valueFont = canvasFont(theme.textPx, documentFontFamily);
  const letterFont = canvasFont(theme.textPx, documentFontFamily, 'bold');
  let leftmostKept = Number.POSITIVE_INFINITY;
  for (let i = spec.points.length - 1; i >= 0; i -= 1) {
    const point = spec.points[i];
    const element = elements[i];
    if (point === undefined || point.value === null || element === undefined) continue;
    const offset = theme.pointRadiusPx * pointScale[statusKey(point.status)] + theme.labelGapPx / 2;
    const above = { y: element.y - offset, baseline: 'bottom' as const };
    const below = { y: element.y + offset, baseline: 'top' as const };
    const [valueSide, letterSide] = isDip(spec.points, i) ? [below, above] : [above, below];
    const text = formatChartValue(point.value, spec.decimals, spec.valueSuffix);
    const width = textWidth(ctx, text, valueFont);
    const x = Math.min(Math.max(element.x, width / 2), chartWidth - width / 2);
    if (x + width / 2 + theme.labelGapPx <= leftmostKept) {
      drawLabel(ctx, { text, x, ...valueSide, align: 'center', font: valueFont, sizePx: theme.textPx, colour: inkPalette.text, halo: true }, theme);
      leftmostKept = x - width / 2;
    }
    if (point.status !== null) {
      drawLabel(ctx, { text: ragLetter[point.status], x: element.x, ...letterSide, align: 'center', font: letterFont, sizePx: theme.textPx, colour: inkPalette.text, halo: true }, theme);
    }
  }
}

function trendLabels(spec: TrendSpec, theme: ChartTheme): Plugin<'line'> {
  return {
    id: 'boardpackTrendLabels',
    afterDatasetsDraw(chart) {
      drawTrendLabels(chart.ctx as unknown as TextContext, spec, theme, chart.getDatasetMeta(0).data, chart.width);
    },
  };
}

/** The axes' own options: periods across with no gridlines and no slanted labels, values up to 7 ticks. */
export function trendScaleOptions(spec: TrendSpec, theme: ChartTheme) {
  return {
    x: { offset: true, grid: false, maxRotation: 0, autoSkipPadding: theme.textPx },
    y: {
      range: suggestedRange(spec.points),
      maxTicksLimit: 7,
      precision: spec.decimals,
      label: (value: number) => formatAxisValue(value, spec.decimals, spec.valueSuffix),
    },
  };
}

export function trendConfiguration(spec: TrendSpec, theme: ChartTheme, widthPx: number): TrendConfiguration {
  checkTrend(spec);
  const series = trendSeriesStyle(theme);
  const points = spec.points.map((p) => series.actualPoint(p.status));
  const shared = sharedOptions(theme, spec.title, widthPx);
  const axis = axisStyle(theme);
  const scales = trendScaleOptions(spec, theme);
  return {
    type: 'line',
    data: {
      labels: spec.points.map((p) => p.period),
      datasets: [
        {
          label: 'Actual',
          data: spec.points.map((p) => p.value),
          borderColor: series.actual.colour,
          borderWidth: series.actual.widthPx,
          spanGaps: false,
          pointStyle: points.map((p) => p.style),
          pointRadius: points.map((p) => p.radiusPx),
          pointBackgroundColor: points.map((p) => p.colour),
          pointBorderColor: points.map((p) => p.colour),
          pointBorderWidth: 0,
          order: 0,
        },
        {
          label: 'Target',
          data: spec.points.map((p) => p.target),
          borderColor: series.target.colour,
          borderWidth: series.target.widthPx,
          borderDash: series.target.dash,
          spanGaps: false,
          // A short solid tick at each target, so a target with no neighbour still shows.
          pointStyle: series.targetPoint.style,
          pointRadius: series.targetPoint.radiusPx,
          pointBorderColor: series.target.colour,
          pointBorderWidth: series.target.widthPx,
          order: 1,
        },
      ],
    },
    options: {
      ...shared,
      plugins: {
        ...shared.plugins,
        legend: { ...shared.plugins.legend, labels: { ...shared.plugins.legend.labels, generateLabels: () => trendLegendItems(spec, theme) } },
      },
      scales: {
        x: { ...axis, offset: scales.x.offset, grid: { ...axis.grid, display: scales.x.grid }, ticks: { ...axis.ticks, maxRotation: scales.x.maxRotation, autoSkipPadding: scales.x.autoSkipPadding } },
        y: {
          ...axis,
          ...scales.y.range,
          ticks: { ...axis.ticks, maxTicksLimit: scales.y.maxTicksLimit, precision: scales.y.precision, callback: (value) => scales.y.label(Number(value)) },
        },
      },
    },
    plugins: [whiteBackground as Plugin<'line'>, trendLabels(spec, theme)],
  };
}
