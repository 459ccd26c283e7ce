// A RAG summary as a native stacked bar chart: one bar per theme, first theme at the top, red to not rated in a fixed
// order, each segment's count in white (a zero count shows nothing).

import type { ChartSpec } from '../../../model/types.js';
import { inkPalette, ragPalette, ragWord, type ValueAxis } from '../../charts/index.js';
import { categoryAxis, CATEGORY_AXIS_ID, VALUE_AXIS_ID, valueAxis } from './chartSpace.js';
import { line, noLine, shapeProperties, solidFill, textProperties, valueOnly } from './drawingml.js';
import { seriesXml, type ChartSheet } from './series.js';

type RagSummarySpec = Extract<ChartSpec, { kind: 'rag-summary' }>;

const order = ['red', 'amber', 'green', 'notRated'] as const;
/** Positive counts as they are; the empty third section hides a zero. */
const countFormat = '0;-0;;@';

export function ragSummaryPlot(spec: RagSummarySpec, scale: ValueAxis | null): { plot: string; sheet: ChartSheet } {
  const sheet: ChartSheet = {
    categoryHeading: 'Theme',
    categories: spec.groups.map((g) => g.label),
    series: order.map((status) => ({ name: ragWord[status], values: spec.groups.map((g) => g[status]) })),
  };
  const labels = `<c:dLbls><c:numFmt formatCode="${countFormat}" sourceLinked="0"/><c:spPr><a:noFill/>${noLine}</c:spPr>${textProperties({ sizePt: 8, bold: true, colour: inkPalette.onFill })}<c:dLblPos val="ctr"/>${valueOnly}</c:dLbls>`;
  // A white rule between segments keeps neighbouring red and amber apart in greyscale.
  const series = order.map((status, i) =>
    seriesXml(sheet, i, { look: `${shapeProperties(solidFill(ragPalette[status]), line(inkPalette.background, 1))}<c:invertIfNegative val="0"/>`, labels, formatCode: '0' }, 'bar'),
  );
  const plot =
    `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series.join('')}` +
    `<c:gapWidth val="50"/><c:overlap val="100"/><c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/></c:barChart>` +
    categoryAxis('l', true) +
    valueAxis({ position: 'b', scale, suffix: '', decimals: 0, crossesAtMax: true });
  return { plot, sheet };
}
