// One c:ser: its name, categories and values as references into the embedded sheet, each with its cached copy.

import { numberReference, sheetRange, stringReference } from './drawingml.js';

/** The embedded sheet: a header row (category heading, then series names), then one row per category. */
export interface ChartSheet {
  categoryHeading: string;
  categories: string[];
  series: SheetSeries[];
}

export interface SheetSeries {
  name: string;
  values: (number | null)[];
  /**
   * The series whose cell each value repeats (a RAG status series repeats Actual at its own points): the sheet writes
   * a formula there, so a figure corrected once in Word's data sheet moves the status marker with it.
   */
  repeats?: number;
}

export interface SeriesParts {
  /** c:spPr (and for a bar, c:invertIfNegative), written before the points. */
  look: string;
  /** c:marker for a line series; empty for a bar. */
  marker?: string;
  /** c:dLbls */
  labels: string;
  formatCode: string;
}

/** Series `index` of the sheet (column index + 1), in the element order CT_LineSer and CT_BarSer share. */
export function seriesXml(sheet: ChartSheet, index: number, parts: SeriesParts, kind: 'line' | 'bar'): string {
  const series = sheet.series[index];
  if (series === undefined) throw new Error(`render/docx: chart "${sheet.categoryHeading}" has no series ${index}`);
  const column = index + 1;
  const lastRow = sheet.categories.length + 1;
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx>${stringReference(sheetRange(column, 1, 1), [series.name])}</c:tx>` +
    `${parts.look}${parts.marker ?? ''}${parts.labels}` +
    `<c:cat>${stringReference(sheetRange(0, 2, lastRow), sheet.categories)}</c:cat>` +
    `<c:val>${numberReference(sheetRange(column, 2, lastRow), series.values, parts.formatCode)}</c:val>` +
    `${kind === 'line' ? '<c:smooth val="0"/>' : ''}</c:ser>`
  );
}
