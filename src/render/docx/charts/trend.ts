// A trend chart as a native line chart: Actual with its values, the target dashed, and one marker-only series per
// RAG status, each point in its status's shape and colour with its letter beside it, as in the PDF.

import type { ChartSpec, Status } from '../../../model/types.js';
import { inkPalette, ragLetter, ragPalette, ragWord, type ValueAxis } from '../../charts/index.js';
import { chartText, categoryAxis, CATEGORY_AXIS_ID, VALUE_AXIS_ID, valueAxis } from './chartSpace.js';
import { line, noLabels, noLine, numberFormat, richText, shapeProperties, solidFill, textProperties, valueOnly, xmlText, labelHalo } from './drawingml.js';
import { seriesXml, type ChartSheet } from './series.js';

type TrendSpec = Extract<ChartSpec, { kind: 'trend' }>;
type StatusKey = Status | 'notRated';

/** Word's marker shapes for the PDF's: triangle, diamond, circle, square; sizes in points, matched by eye. */
const marker: Record<StatusKey, { symbol: string; sizePt: number }> = {
  red: { symbol: 'triangle', sizePt: 8 },
  amber: { symbol: 'diamond', sizePt: 8 },
  green: { symbol: 'circle', sizePt: 6 },
  notRated: { symbol: 'square', sizePt: 5 },
};

const statusOrder: StatusKey[] = ['red', 'amber', 'green', 'notRated'];

/** A dip (the line climbs away on both sides) has its value below the point and its letter above, as in the PDF. */
function isDip(spec: TrendSpec, index: number): boolean {
  const value = spec.points[index]?.value ?? null;
  if (value === null) return false;
  const neighbours = [spec.points[index - 1]?.value ?? null, spec.points[index + 1]?.value ?? null].filter((v): v is number => v !== null);
  return neighbours.length > 0 && neighbours.every((n) => n > value);
}

function statusOf(status: Status | null): StatusKey {
  return status ?? 'notRated';
}

const flags = (showVal: 0 | 1): string =>
  `<c:showLegendKey val="0"/><c:showVal val="${showVal}"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>`;

function valueLabels(spec: TrendSpec, formatCode: string): string {
  const dips = spec.points.flatMap((p, i) => (p.value !== null && isDip(spec, i) ? [i] : []));
  const below = dips.map((i) => `<c:dLbl><c:idx val="${i}"/><c:numFmt formatCode="${xmlText(formatCode)}" sourceLinked="0"/>${labelHalo}${textProperties(chartText)}<c:dLblPos val="b"/>${valueOnly}</c:dLbl>`);
  return `<c:dLbls>${below.join('')}<c:numFmt formatCode="${xmlText(formatCode)}" sourceLinked="0"/>${labelHalo}${textProperties(chartText)}<c:dLblPos val="t"/>${valueOnly}</c:dLbls>`;
}

/** Each rated point's letter, in bold on the side away from its value. */
function letterLabels(spec: TrendSpec, status: Status): string {
  const letters = spec.points.flatMap((p, i) =>
    p.value !== null && p.status === status
      ? [`<c:dLbl><c:idx val="${i}"/><c:tx>${richText(ragLetter[status], { ...chartText, bold: true })}</c:tx>${labelHalo}<c:dLblPos val="${isDip(spec, i) ? 't' : 'b'}"/>${flags(1)}</c:dLbl>`]
      : [],
  );
  return `<c:dLbls>${letters.join('')}${labelHalo}${textProperties({ ...chartText, bold: true })}${flags(0)}</c:dLbls>`;
}

export function trendPlot(spec: TrendSpec, scale: ValueAxis | null): { plot: string; sheet: ChartSheet } {
  const formatCode = numberFormat(spec.decimals, spec.valueSuffix);
  const hasTarget = spec.points.some((p) => p.target !== null);
  const statuses = statusOrder.filter((s) => spec.points.some((p) => p.value !== null && statusOf(p.status) === s));
  const sheet: ChartSheet = {
    categoryHeading: 'Period',
    categories: spec.points.map((p) => p.period),
    series: [
      { name: 'Actual', values: spec.points.map((p) => p.value) },
      ...(hasTarget ? [{ name: 'Target', values: spec.points.map((p) => p.target) }] : []),
      ...statuses.map((s) => ({
        name: s === 'notRated' ? ragWord.notRated : `${ragWord[s]} (${ragLetter[s]})`,
        values: spec.points.map((p) => (statusOf(p.status) === s ? p.value : null)),
        repeats: 0,
      })),
    ],
  };
  const series = [
    seriesXml(sheet, 0, { look: shapeProperties(line(inkPalette.actualLine, 1.5)), marker: '<c:marker><c:symbol val="none"/></c:marker>', labels: valueLabels(spec, formatCode), formatCode }, 'line'),
  ];
  if (hasTarget) {
    const targetMarker = `<c:marker><c:symbol val="dash"/><c:size val="6"/>${shapeProperties(solidFill(inkPalette.target), line(inkPalette.target, 1.125))}</c:marker>`;
    series.push(seriesXml(sheet, 1, { look: shapeProperties(line(inkPalette.target, 1.125, true)), marker: targetMarker, labels: noLabels, formatCode }, 'line'));
  }
  statuses.forEach((status, i) => {
    const shape = marker[status];
    const markerXml = `<c:marker><c:symbol val="${shape.symbol}"/><c:size val="${shape.sizePt}"/>${shapeProperties(solidFill(ragPalette[status]), noLine)}</c:marker>`;
    const labels = status === 'notRated' ? noLabels : letterLabels(spec, status);
    series.push(seriesXml(sheet, (hasTarget ? 2 : 1) + i, { look: shapeProperties(noLine), marker: markerXml, labels, formatCode }, 'line'));
  });
  const plot =
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series.join('')}<c:marker val="1"/>` +
    `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/></c:lineChart>` +
    categoryAxis('b', false) +
    valueAxis({ position: 'l', scale, suffix: spec.valueSuffix, decimals: spec.decimals, crossesAtMax: false });
  return { plot, sheet };
}
