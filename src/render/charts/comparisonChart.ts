// A comparison chart: grouped bars, our value beside its comparators for each period, every bar labelled with its value.

import type { ChartConfiguration, Color, Plugin } from 'chart.js';
import type { ChartSpec } from '../../model/types.js';
import { axisStyle, sharedOptions } from './commonOptions.js';
import { documentFontFamily } from './fonts.js';
import { formatAxisValue, formatChartValue } from './formatValue.js';
import { drawLabel, textWidth, whiteBackground, type TextContext } from './labels.js';
import { inkPalette, seriesStyle, type SeriesStyle } from './palette.js';
import { canvasFont, type ChartTheme } from './theme.js';

export type ComparisonSpec = Extract<ChartSpec, { kind: 'comparison' }>;
type ComparisonConfiguration = ChartConfiguration<'bar', (number | null)[], string>;

/** Makes the fill for a hatched series; it needs a canvas, so the caller that owns one supplies it. */
export type HatchMaker = (style: SeriesStyle) => Color;

export function checkComparison(spec: ComparisonSpec): void {
  if (spec.categories.length === 0) throw new Error(`comparison chart "${spec.title}": no categories to plot`);
  if (spec.series.length === 0) throw new Error(`comparison chart "${spec.title}": no series to plot`);
  for (const series of spec.series) {
    if (series.values.length !== spec.categories.length) {
      throw new Error(
        `comparison chart "${spec.title}": series "${series.name}" has ${series.values.length} values for ${spec.categories.length} categories`,
      );
    }
    series.values.forEach((value, i) => {
      if (value !== null && !Number.isFinite(value)) {
        throw new Error(`comparison chart "${spec.title}": series "${series.name}", ${spec.categories[i]}: ${value} is not a finite number`);
      }
    });
  }
}

/** A bar as the bar controller places it: x at its middle, y at its end, base at its start. */
export interface BarGeometry {
  x: number;
  y: number;
  base: number;
  width: number;
}

/** Writes one bar's label: level above the bar when it fits the bar's width, turned upright when it would not. */
function labelBar(ctx: TextContext, bar: BarGeometry, text: string, negative: boolean, font: string, theme: ChartTheme): void {
  const width = textWidth(ctx, text, font);
  const gap = theme.labelGapPx / 2;
  if (width <= bar.width + gap) {
    drawLabel(ctx, { text, x: bar.x, y: negative ? bar.y + gap : bar.y - gap, align: 'center', baseline: negative ? 'top' : 'bottom', font, sizePx: theme.textPx, colour: inkPalette.text, halo: true }, theme);
    return;
  }
  const rotated = ctx as TextContext & { translate(x: number, y: number): void; rotate(angle: number): void };
  // Upright, the halo box runs along the text: start it clear of the bar's end, not over it.
  const uprightGap = gap + theme.haloPx / 2;
  rotated.save();
  rotated.translate(bar.x, negative ? bar.y + uprightGap : bar.y - uprightGap);
  rotated.rotate(-Math.PI / 2);
  drawLabel(ctx, { text, x: 0, y: 0, align: negative ? 'right' : 'left', baseline: 'middle', font, sizePx: theme.textPx, colour: inkPalette.text, halo: true }, theme);
  rotated.restore();
}

/**
 * Every bar carries its value, and a missing value says "n/a" at the baseline rather than looking like zero.
 * `bars(s)` are series s's bars (one per category), as placed.
 */
export function drawComparisonLabels(ctx: TextContext, spec: ComparisonSpec, theme: ChartTheme, bars: (series: number) => readonly unknown[]): void {
  const font = canvasFont(theme.textPx, documentFontFamily);
  spec.series.forEach((series, s) => {
    const placed = bars(s);
    series.values.forEach((value, i) => {
      const bar = placed[i] as BarGeometry | undefined;
      if (bar === undefined) return;
      const geometry = value === null ? { ...bar, y: bar.base } : bar;
      const text = value === null ? 'n/a' : formatChartValue(value, spec.decimals, spec.valueSuffix);
      labelBar(ctx, geometry, text, value !== null && value < 0, font, theme);
    });
  });
}

function comparisonLabels(spec: ComparisonSpec, theme: ChartTheme): Plugin<'bar'> {
  return {
    id: 'boardpackComparisonLabels',
    afterDatasetsDraw(chart) {
      drawComparisonLabels(chart.ctx as unknown as TextContext, spec, theme, (s) => chart.getDatasetMeta(s).data);
    },
  };
}

// Liberation Sans digits are 0.556 em; 0.6 em per character leaves a margin for letters in suffixes such as " days".
const estimatedEmPerCharacter = 0.6;

/**
 * Axis limits that leave room beyond each bar's end for its label, estimated before layout from the placed size:
 * Chart.js has no notion of labels outside bars, so without this the tallest bar's label runs into the legend.
 */
export function valueAxisRoom(spec: ComparisonSpec, theme: ChartTheme, widthPx: number, heightPx: number): { suggestedMin: number; suggestedMax: number } {
  const labels = spec.series.flatMap((s) => s.values.map((v) => (v === null ? 'n/a' : formatChartValue(v, spec.decimals, spec.valueSuffix))));
  const longestLabelPx = Math.max(...labels.map((l) => l.length)) * theme.textPx * estimatedEmPerCharacter;
  const plotWidthPx = widthPx - longestLabelPx - theme.paddingPx * 2;
  const barWidthPx = Math.min((plotWidthPx / spec.categories.length) * 0.8 * 0.9 / spec.series.length, theme.textPx * 4);
  // Upright labels need their length in headroom; reserve it when the estimate is anywhere near the cut-over.
  const labelDepthPx = (longestLabelPx > barWidthPx * 0.8 ? longestLabelPx : theme.textPx * 1.2) + theme.labelGapPx;
  const plotHeightPx = heightPx - theme.titlePx * 1.5 - theme.textPx * 4.5 - theme.paddingPx;
  const share = Math.min(0.4, labelDepthPx / Math.max(plotHeightPx, 1));
  const values = spec.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  // Each bar's end must sit at least `share` of the axis span from the axis end: top T ≥ v + share × (T − B), and the
  // same at the bottom B. With bars both sides of zero both limits grow together; solved exactly below.
  let suggestedMax = high / (1 - share);
  let suggestedMin = low / (1 - share);
  if (low < 0 && high > 0) {
    const span = (high - low) / (1 - 2 * share);
    suggestedMax = (high + low + span) / 2;
    suggestedMin = (high + low - span) / 2;
  }
  return { suggestedMin, suggestedMax };
}

/** The hatch's line spacing and weight. */
export function comparisonHatch(theme: ChartTheme): { spacingPx: number; strokePx: number } {
  return { spacingPx: theme.labelGapPx * 1.5, strokePx: theme.hairlinePx * 1.5 };
}

/**
 * How the bars and axes are set, shared by the Chart.js configuration and the direct layout (barLayout.ts): each
 * series' fill (hatched from the third on) and outline, square legend boxes, periods across with every label level,
 * values up the side from zero with room for the bars' labels.
 */
export function comparisonStyle(spec: ComparisonSpec, theme: ChartTheme, pixels: { width: number; height: number }) {
  return {
    series: (index: number) => {
      const style = seriesStyle(index);
      return { style, borderWidth: style.hatch === 'none' ? 0 : theme.hairlinePx * 1.5 };
    },
    hatch: comparisonHatch(theme),
    maxBarThickness: theme.textPx * 4,
    legendUsePointStyle: false,
    scales: {
      x: { grid: false, maxRotation: 0, autoSkip: false },
      y: {
        beginAtZero: true,
        range: valueAxisRoom(spec, theme, pixels.width, pixels.height),
        maxTicksLimit: 7,
        precision: spec.decimals,
        label: (value: number) => formatAxisValue(value, spec.decimals, spec.valueSuffix),
      },
    },
  };
}

export function comparisonConfiguration(spec: ComparisonSpec, theme: ChartTheme, pixels: { width: number; height: number }, hatch: HatchMaker): ComparisonConfiguration {
  checkComparison(spec);
  const shared = sharedOptions(theme, spec.title, pixels.width);
  const axis = axisStyle(theme);
  const { series: seriesOptions, maxBarThickness, legendUsePointStyle, scales } = comparisonStyle(spec, theme, pixels);
  return {
    type: 'bar',
    data: {
      labels: [...spec.categories],
      datasets: spec.series.map((series, s) => {
        const { style, borderWidth } = seriesOptions(s);
        return {
          label: series.name,
          data: [...series.values],
          backgroundColor: style.hatch === 'none' ? style.fill : hatch(style),
          borderColor: style.fill,
          borderWidth,
          maxBarThickness,
        };
      }),
    },
    options: {
      ...shared,
      plugins: { ...shared.plugins, legend: { ...shared.plugins.legend, labels: { ...shared.plugins.legend.labels, usePointStyle: legendUsePointStyle } } },
      scales: {
        x: { ...axis, grid: { ...axis.grid, display: scales.x.grid }, ticks: { ...axis.ticks, maxRotation: scales.x.maxRotation, autoSkip: scales.x.autoSkip } },
        y: {
          ...axis,
          beginAtZero: scales.y.beginAtZero,
          ...scales.y.range,
          ticks: { ...axis.ticks, maxTicksLimit: scales.y.maxTicksLimit, precision: scales.y.precision, callback: (value) => scales.y.label(Number(value)) },
        },
      },
    },
    plugins: [whiteBackground as Plugin<'bar'>, comparisonLabels(spec, theme)],
  };
}
