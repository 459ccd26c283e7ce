// The frame of a chart part: the chart space with its title, legend and axes, in the papers' type and greys.

import type { ValueAxis } from '../../charts/index.js';
import { inkPalette } from '../../charts/index.js';
import { A_NS, C_NS, R_NS, decimalsOf, line, noLine, numberFormat, richText, shapeProperties, solidFill, textProperties, xmlText } from './drawingml.js';

export const CATEGORY_AXIS_ID = 111;
export const VALUE_AXIS_ID = 222;

export const chartText = { sizePt: 8, colour: inkPalette.text } as const;
const titleText = { sizePt: 9, bold: true, colour: inkPalette.text } as const;

export function categoryAxis(position: 'b' | 'l', reversed: boolean): string {
  return (
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="${reversed ? 'maxMin' : 'minMax'}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${position}"/><c:numFmt formatCode="General" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `${shapeProperties(line(inkPalette.axis, 0.5))}${textProperties(chartText)}` +
    `<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`
  );
}

export interface ValueAxisOptions {
  position: 'l' | 'b';
  /** The limits and step the PDF's chart shows; null leaves them to Word. */
  scale: ValueAxis | null;
  /** Suffix on the tick labels ("%", " days"), as on the PDF's axis. */
  suffix: string;
  /** Fewest decimals a tick may need, when there is no scale to read them from. */
  decimals: number;
  /** With the categories reversed (first at the top), the value axis must cross at the far end to stay at the bottom. */
  crossesAtMax: boolean;
}

export function valueAxis(options: ValueAxisOptions): string {
  const { scale } = options;
  const limits = scale === null ? '' : `<c:max val="${scale.max}"/><c:min val="${scale.min}"/>`;
  const decimals = scale === null ? options.decimals : decimalsOf(scale.step);
  return (
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/>${limits}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${options.position}"/>` +
    `<c:majorGridlines>${shapeProperties(line(inkPalette.gridline, 0.5))}</c:majorGridlines>` +
    `<c:numFmt formatCode="${xmlText(numberFormat(decimals, options.suffix))}" sourceLinked="0"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `${shapeProperties(line(inkPalette.axis, 0.5))}${textProperties(chartText)}` +
    `<c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="${options.crossesAtMax ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/>` +
    `${scale === null ? '' : `<c:majorUnit val="${scale.step}"/>`}</c:valAx>`
  );
}

export interface ChartSpaceOptions {
  title: string;
  /** The c:lineChart or c:barChart element followed by its two axes. */
  plot: string;
  /** The relationship id of the embedded workbook that holds the chart's data. */
  workbookRelationship: string;
}

export function chartSpace(options: ChartSpaceOptions): string {
  const title = options.title.trim() === '' ? '<c:autoTitleDeleted val="1"/>' : `<c:title><c:tx>${richText(options.title, titleText)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:date1904 val="0"/><c:lang val="en-GB"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:plotArea><c:layout/>${options.plot}${shapeProperties('<a:noFill/>', noLine)}</c:plotArea>` +
    `<c:legend><c:legendPos val="t"/><c:overlay val="0"/>${textProperties(chartText)}</c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `${shapeProperties(solidFill(inkPalette.background), noLine)}${textProperties(chartText)}` +
    `<c:externalData r:id="${options.workbookRelationship}"><c:autoUpdate val="0"/></c:externalData></c:chartSpace>`
  );
}
