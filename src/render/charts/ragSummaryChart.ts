// A RAG summary: one stacked bar per theme, red to not rated in a fixed order, the count written on each segment.

import type { ChartConfiguration, Plugin } from 'chart.js';
import type { ChartSpec } from '../../model/types.js';
import { axisStyle, sharedOptions } from './commonOptions.js';
import { documentFontFamily } from './fonts.js';
import { drawLabel, textWidth, whiteBackground, type TextContext } from './labels.js';
import { inkPalette, ragPalette, ragWord } from './palette.js';
import { canvasFont, type ChartTheme } from './theme.js';
import { wrapWords } from './wrapWords.js';

export type RagSummarySpec = Extract<ChartSpec, { kind: 'rag-summary' }>;
type RagSummaryConfiguration = ChartConfiguration<'bar', number[], string[]>;

/** Always this order, so a reader who cannot tell the colours apart still knows which segment is which. */
export const ragSummaryOrder = ['red', 'amber', 'green', 'notRated'] as const;

export function checkRagSummary(spec: RagSummarySpec): void {
  if (spec.groups.length === 0) throw new Error(`RAG summary "${spec.title}": no themes to plot`);
  for (const group of spec.groups) {
    for (const status of ragSummaryOrder) {
      const count = group[status];
      if (!Number.isInteger(count) || count < 0) {
        throw new Error(`RAG summary "${spec.title}": ${group.label} ${ragWord[status]} count ${count} is not a whole number of indicators`);
      }
    }
  }
}

/** Theme names wrap onto lines of about 24 characters so the axis does not squeeze the bars. */
export function wrapThemeLabel(label: string, maxChars = 24): string[] {
  return wrapWords(label, maxChars);
}

/** A segment as the bar controller places it: x at its end, base at its start, y at its middle. */
export interface SegmentGeometry {
  x: number;
  y: number;
  base: number;
}

/**
 * How the bars and axes are set, shared by the Chart.js configuration and the direct layout (barLayout.ts): stacked
 * lying bars with a white rule at each segment's end, a square legend marker, whole-number counts along the bottom.
 */
export function ragSummaryStyle(theme: ChartTheme) {
  return {
    // A white rule between segments keeps neighbouring red and amber apart in greyscale.
    border: { colour: inkPalette.background, width: { left: 0, right: theme.hairlinePx * 2, top: 0, bottom: 0 }, skipped: false as const },
    maxBarThickness: theme.textPx * 2.5,
    legendPointStyle: 'rect' as const,
    scales: { x: { stacked: true, beginAtZero: true, precision: 0 }, y: { stacked: true, grid: false } },
  };
}

/** One series per status, in stacking order, as both the Chart.js configuration and the direct layout draw them. */
export function ragSummarySeries(spec: RagSummarySpec, theme: ChartTheme) {
  const style = ragSummaryStyle(theme);
  return ragSummaryOrder.map((status) => ({
    label: ragWord[status],
    values: spec.groups.map((g) => g[status]),
    backgroundColor: ragPalette[status],
    borderColor: style.border.colour,
    borderWidth: style.border.width,
    borderSkipped: style.border.skipped,
    maxBarThickness: style.maxBarThickness,
  }));
}

/**
 * The count in white on each segment; a segment too narrow for its number is left bare rather than overprinted.
 * `segments(d)` are dataset d's segments (one per theme), as placed.
 */
export function drawRagSegmentCounts(ctx: TextContext, spec: RagSummarySpec, theme: ChartTheme, segments: (dataset: number) => readonly unknown[]): void {
  const font = canvasFont(theme.textPx, documentFontFamily, 'bold');
  ragSummaryOrder.forEach((status, d) => {
    const placed = segments(d);
    spec.groups.forEach((group, i) => {
      const count = group[status];
      const segment = placed[i] as SegmentGeometry | undefined;
      if (count === 0 || segment === undefined) return;
      const text = String(count);
      const left = Math.min(segment.x, segment.base);
      const width = Math.abs(segment.x - segment.base);
      if (textWidth(ctx, text, font) + theme.labelGapPx > width) return;
      drawLabel(ctx, { text, x: left + width / 2, y: segment.y, align: 'center', baseline: 'middle', font, sizePx: theme.textPx, colour: inkPalette.onFill, halo: false }, theme);
    });
  });
}

function segmentCounts(spec: RagSummarySpec, theme: ChartTheme): Plugin<'bar'> {
  return {
    id: 'boardpackRagSegmentCounts',
    afterDatasetsDraw(chart) {
      drawRagSegmentCounts(chart.ctx as unknown as TextContext, spec, theme, (d) => chart.getDatasetMeta(d).data);
    },
  };
}

export function ragSummaryConfiguration(spec: RagSummarySpec, theme: ChartTheme, widthPx: number): RagSummaryConfiguration {
  checkRagSummary(spec);
  const shared = sharedOptions(theme, spec.title, widthPx);
  const axis = axisStyle(theme);
  const style = ragSummaryStyle(theme);
  return {
    type: 'bar',
    data: {
      labels: spec.groups.map((g) => wrapThemeLabel(g.label)),
      datasets: ragSummarySeries(spec, theme).map(({ values, ...series }) => ({ ...series, data: [...values] })),
    },
    options: {
      ...shared,
      indexAxis: 'y',
      plugins: { ...shared.plugins, legend: { ...shared.plugins.legend, labels: { ...shared.plugins.legend.labels, pointStyle: style.legendPointStyle } } },
      scales: {
        x: { ...axis, stacked: style.scales.x.stacked, beginAtZero: style.scales.x.beginAtZero, ticks: { ...axis.ticks, precision: style.scales.x.precision } },
        y: { ...axis, stacked: style.scales.y.stacked, grid: { ...axis.grid, display: style.scales.y.grid } },
      },
    },
    plugins: [whiteBackground as Plugin<'bar'>, segmentCounts(spec, theme)],
  };
}
