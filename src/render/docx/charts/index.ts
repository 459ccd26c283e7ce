// render/docx/charts: a ChartSpec as a native Word chart part (DrawingML chart with cached values and an embedded
// workbook), on the value axis the shared drawing laid out, so Word and LibreOffice draw it and a clerk can edit it.

import type { ChartSpec } from '../../../model/types.js';
import type { ValueAxis } from '../../charts/index.js';
import { chartSpace } from './chartSpace.js';
import { comparisonPlot } from './comparison.js';
import { ragSummaryPlot } from './ragSummary.js';
import type { ChartSheet } from './series.js';
import { trendPlot } from './trend.js';
import { chartWorkbook } from './workbook.js';

export interface NativeChart {
  /** word/charts/chartN.xml */
  chartXml: string;
  /** The embedded .xlsx its series refer to. */
  workbook: Uint8Array;
}

/** The relationship id, inside the chart part's own relationships, of its embedded workbook. */
export const WORKBOOK_RELATIONSHIP = 'rId1';

/** How the house style shows in a chart: the accent colour for the council's own comparison series (null: its default). */
export interface ChartLook {
  accent: string | null;
}

function plotFor(spec: ChartSpec, scale: ValueAxis | null, look: ChartLook): { plot: string; sheet: ChartSheet } | null {
  switch (spec.kind) {
    case 'trend':
      return trendPlot(spec, scale);
    case 'comparison':
      return comparisonPlot(spec, scale, look.accent);
    case 'rag-summary':
      return ragSummaryPlot(spec, scale);
    default:
      // A kind Word has no native form for here: the caller places the drawing as a picture instead.
      return null;
  }
}

/** The native chart for a spec, or null when its kind has no native form (the figure then falls back to a picture). */
export function nativeChart(spec: ChartSpec, scale: ValueAxis | null, look: ChartLook = { accent: null }): NativeChart | null {
  const plotted = plotFor(spec, scale, look);
  if (plotted === null) return null;
  return { chartXml: chartSpace({ title: spec.title, plot: plotted.plot, workbookRelationship: WORKBOOK_RELATIONSHIP }), workbook: chartWorkbook(plotted.sheet) };
}
