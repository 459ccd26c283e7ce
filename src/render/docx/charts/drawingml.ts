// DrawingML pieces a chart part is built from: colours, lines, text properties, cached strings and numbers.

import { documentFontFamily } from '../../charts/index.js';
import { runText } from '../text.js';

export const C_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
export const A_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Text for an element or attribute: characters XML forbids dropped, the reserved five escaped. */
export const xmlText = (text: string): string => runText(text).replace(/[&<>"]/g, (c) => XML_ESCAPES[c] ?? c);

const emuPerPoint = 12700;

export const colour = (hex: string): string => `<a:srgbClr val="${hex.slice(1).toUpperCase()}"/>`;
export const solidFill = (hex: string): string => `<a:solidFill>${colour(hex)}</a:solidFill>`;
export const noLine = '<a:ln><a:noFill/></a:ln>';

export function line(hex: string, widthPt: number, dashed = false): string {
  return `<a:ln w="${Math.round(widthPt * emuPerPoint)}" cap="rnd">${solidFill(hex)}${dashed ? '<a:prstDash val="dash"/>' : ''}<a:round/></a:ln>`;
}

export const shapeProperties = (...parts: string[]): string => `<c:spPr>${parts.join('')}</c:spPr>`;

export interface TextStyle {
  sizePt: number;
  bold?: boolean;
  colour: string;
}

function runProperties(style: TextStyle, element: 'a:defRPr' | 'a:rPr'): string {
  const lang = element === 'a:rPr' ? ' lang="en-GB"' : '';
  return (
    `<${element}${lang} sz="${Math.round(style.sizePt * 100)}" b="${style.bold === true ? 1 : 0}">` +
    `${solidFill(style.colour)}<a:latin typeface="${documentFontFamily}"/><a:cs typeface="${documentFontFamily}"/></${element}>`
  );
}

/** c:txPr: how Word sets the text of an axis, legend or set of data labels. */
export function textProperties(style: TextStyle): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProperties(style, 'a:defRPr')}</a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>`;
}

/** c:rich: text written out in full, for the title and a point's own label (its RAG letter). */
export function richText(text: string, style: TextStyle): string {
  return (
    `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProperties(style, 'a:defRPr')}</a:pPr>` +
    `<a:r>${runProperties(style, 'a:rPr')}<a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich>`
  );
}

/** An Excel number format for chart values: fixed decimals, thousands commas, the suffix as literal text. */
export function numberFormat(decimals: number, suffix: string): string {
  const digits = decimals > 0 ? `.${'0'.repeat(decimals)}` : '';
  const literal = suffix === '' ? '' : `"${suffix.replace(/"/g, '')}"`;
  return `#,##0${digits}${literal}`;
}

/** The places a step needs: 2.5 → 1, 20 → 0. */
export function decimalsOf(step: number): number {
  const text = String(Math.round(step * 1e6) / 1e6);
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/** A column letter in the embedded sheet, from 0: A, B, ... Z, AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A reference into the embedded sheet: Sheet1!$B$2:$B$9. */
export function sheetRange(column: number, firstRow: number, lastRow: number): string {
  const c = columnLetter(column);
  return firstRow === lastRow ? `Sheet1!$${c}$${firstRow}` : `Sheet1!$${c}$${firstRow}:$${c}$${lastRow}`;
}

export function stringReference(range: string, values: readonly string[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${range}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache></c:strRef>`;
}

/** Cached numbers; a missing value has no c:pt, which Word and LibreOffice draw as a gap. */
export function numberReference(range: string, values: readonly (number | null)[], formatCode: string): string {
  const points = values.flatMap((v, i) => (v === null ? [] : [`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`])).join('');
  return `<c:numRef><c:f>${range}</c:f><c:numCache><c:formatCode>${xmlText(formatCode)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`;
}

/** The flags every c:dLbls / c:dLbl ends with: only the value shown. */
export const valueOnly =
  '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>';
export const noLabels = '<c:dLbls><c:delete val="1"/></c:dLbls>';

/** A white box behind a data label, as the PDF's labels have, so a label stays legible where it crosses a line. */
export const labelHalo = `<c:spPr>${solidFill('#ffffff')}${noLine}</c:spPr>`;
