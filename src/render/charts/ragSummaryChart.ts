// A RAG summary: one stacked bar per theme, red to not rated in a fixed order, the count written on each segment.

import type { ChartConfiguration, Plugin } from 'chart.js';
import type { ChartSpec } from '../../model/types.js';
import { axisStyle, sharedOptions } from './commonOptions.js';
import { documentFontFamily } from './fonts.js';
import { drawLabel, textWidth, whiteBackground } from './labels.js';
import { inkPalette, ragPalette, ragWord } from './palette.js';
import { canvasFont, type ChartTheme } from './theme.js';
import { wrapWords } from './wrapWords.js';

export type RagSummarySpec = Extract<ChartSpec, { kind: 'rag-summary' }>;
type RagSummaryConfiguration = ChartConfiguration<'bar', number[], string[]>;

/** Always this order, so a reader who cannot tell the colours apart still knows which segment is which. */
export const ragSummaryOrder = ['red', 'amber', 'green', 'notRated'] as const;

function checkRagSummary(spec: RagSummarySpec): void {
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

interface SegmentGeometry {
  x: number;
  y: number;
  base: number;
  height: number;
}

/** The count in white on each segment; a segment too narrow for its number is left bare rather than overprinted. */
function segmentCounts(spec: RagSummarySpec, theme: ChartTheme): Plugin<'bar'> {
  const font = canvasFont(theme.textPx, documentFontFamily, 'bold');
  return {
    id: 'boardpackRagSegmentCounts',
    afterDatasetsDraw(chart) {
      ragSummaryOrder.forEach((status, d) => {
        const segments = chart.getDatasetMeta(d).data;
        spec.groups.forEach((group, i) => {
          const count = group[status];
          const segment = segments[i] as unknown as SegmentGeometry | undefined;
          if (count === 0 || segment === undefined) return;
          const text = String(count);
          const left = Math.min(segment.x, segment.base);
          const width = Math.abs(segment.x - segment.base);
          if (textWidth(chart.ctx, text, font) + theme.labelGapPx > width) return;
          drawLabel(chart.ctx, { text, x: left + width / 2, y: segment.y, align: 'center', baseline: 'middle', font, sizePx: theme.textPx, colour: inkPalette.onFill, halo: false }, theme);
        });
      });
    },
  };
}

export function ragSummaryConfiguration(spec: RagSummarySpec, theme: ChartTheme, widthPx: number): RagSummaryConfiguration {
  checkRagSummary(spec);
  const shared = sharedOptions(theme, spec.title, widthPx);
  const axis = axisStyle(theme);
  return {
    type: 'bar',
    data: {
      labels: spec.groups.map((g) => wrapThemeLabel(g.label)),
      datasets: ragSummaryOrder.map((status) => ({
        label: ragWord[status],
        data: spec.groups.map((g) => g[status]),
        backgroundColor: ragPalette[status],
        // A white rule between segments keeps neighbouring red and amber apart in greyscale.
        borderColor: inkPalette.background,
        borderWidth: { left: 0, right: theme.hairlinePx * 2, top: 0, bottom: 0 },
        borderSkipped: false,
        maxBarThickness: theme.textPx * 2.5,
      })),
    },
    options: {
      ...shared,
      indexAxis: 'y',
      plugins: { ...shared.plugins, legend: { ...shared.plugins.legend, labels: { ...shared.plugins.legend.labels, pointStyle: 'rect' } } },
      scales: {
        x: { ...axis, stacked: true, beginAtZero: true, ticks: { ...axis.ticks, precision: 0 } },
        y: { ...axis, stacked: true, grid: { ...axis.grid, display: false } },
      },
    },
    plugins: [whiteBackground as Plugin<'bar'>, segmentCounts(spec, theme)],
  };
}
