// A ChartSpec as a Chart.js configuration at one pixel size, whichever surface draws it (vector marks or a PNG).

import type { ChartConfiguration, Color } from 'chart.js';
import type { ChartSpec } from '../../model/types.js';
import { comparisonConfiguration, comparisonHatch } from './comparisonChart.js';
import type { SeriesStyle } from './palette.js';
import { ragSummaryConfiguration } from './ragSummaryChart.js';
import type { ChartTheme } from './theme.js';
import { trendConfiguration } from './trendChart.js';

/** The hatch a comparison series' bars are filled with, made by the surface that draws them. */
export type HatchMaker = (style: SeriesStyle, spacingPx: number, strokePx: number) => Color;

export function chartConfiguration(spec: ChartSpec, theme: ChartTheme, pixels: { width: number; height: number }, hatch: HatchMaker): ChartConfiguration {
  switch (spec.kind) {
    case 'trend':
      return trendConfiguration(spec, theme, pixels.width) as unknown as ChartConfiguration;
    case 'comparison': {
      const { spacingPx, strokePx } = comparisonHatch(theme);
      return comparisonConfiguration(spec, theme, pixels, (style) => hatch(style, spacingPx, strokePx)) as unknown as ChartConfiguration;
    }
    case 'rag-summary':
      return ragSummaryConfiguration(spec, theme, pixels.width) as unknown as ChartConfiguration;
    default:
      throw new Error(`render/charts: no renderer for chart kind "${(spec as { kind: string }).kind}"`);
  }
}

/** Which scale carries the values: the horizontal one for the RAG summary's lying bars, else the vertical one. */
export function valueScaleId(spec: ChartSpec): 'x' | 'y' {
  return spec.kind === 'rag-summary' ? 'x' : 'y';
}
