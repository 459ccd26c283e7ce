// A comparison chart as a native clustered column chart: our value beside each comparator, every bar labelled, the
// third and fourth series hatched as in the PDF so they stay apart in greyscale.

import type { ChartSpec } from '../../../model/types.js';
import { comparisonSeriesStyles, seriesStyle, type ValueAxis } from '../../charts/index.js';
import { chartText, categoryAxis, CATEGORY_AXIS_ID, VALUE_AXIS_ID, valueAxis } from './chartSpace.js';
import { colour, line, noLine, numberFormat, shapeProperties, solidFill, textProperties, valueOnly, xmlText, labelHalo } from './drawingml.js';
import { seriesXml, type ChartSheet } from './series.js';

type ComparisonSpec = Extract<ChartSpec, { kind: 'comparison' }>;

/** Word's preset patterns for the PDF's hatches: white stripes over the series colour. */
const pattern = { diagonal: 'wdUpDiag', cross: 'diagCross' } as const;

/** The council's own series' default colour: the PDF swaps exactly this colour for the house accent, and so does this. */
const OWN_SERIES = comparisonSeriesStyles[0]?.fill.toLowerCase() ?? '';

function fillFor(index: number, accent: string | null): string {
  const style = seriesStyle(index);
  const fill = accent !== null && style.fill.toLowerCase() === OWN_SERIES ? accent : style.fill;
  if (style.hatch === 'none') return shapeProperties(solidFill(fill), noLine);
  return shapeProperties(`<a:pattFill prst="${pattern[style.hatch]}"><a:fgClr>${colour('#ffffff')}</a:fgClr><a:bgClr>${colour(fill)}</a:bgClr></a:pattFill>`, line(fill, 0.75));
}

/** `accent`: the house accent for the council's own series (the first), as the PDF draws it; its default colour when null. */
export function comparisonPlot(spec: ComparisonSpec, scale: ValueAxis | null, accent: string | null = null): { plot: string; sheet: ChartSheet } {
  const formatCode = numberFormat(spec.decimals, spec.valueSuffix);
  const sheet: ChartSheet = { categoryHeading: 'Period', categories: [...spec.categories], series: spec.series.map((s) => ({ name: s.name, values: [...s.values] })) };
  const labels = `<c:dLbls><c:numFmt formatCode="${xmlText(formatCode)}" sourceLinked="0"/>${labelHalo}${textProperties(chartText)}<c:dLblPos val="outEnd"/>${valueOnly}</c:dLbls>`;
  const series = spec.series.map((_s, i) => seriesXml(sheet, i, { look: `${fillFor(i, accent)}<c:invertIfNegative val="0"/>`, labels, formatCode }, 'bar'));
  const plot =
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series.join('')}` +
    `<c:gapWidth val="60"/><c:overlap val="0"/><c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/></c:barChart>` +
    categoryAxis('b', false) +
    valueAxis({ position: 'l', scale, suffix: spec.valueSuffix, decimals: spec.decimals, crossesAtMax: false });
  return { plot, sheet };
}
