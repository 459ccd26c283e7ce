// The chart's data as a small embedded workbook, so Word's "Edit Data" opens it and a clerk can correct a figure.

import { writeZip } from '../../../zipWriter.js';
import { columnLetter, xmlText } from './drawingml.js';
import type { ChartSheet } from './series.js';

const SPREADSHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function cell(column: number, row: number, value: string | number | null, repeats?: number): string {
  const ref = `${columnLetter(column)}${row}`;
  if (value === null) return '';
  if (typeof value === 'number' && repeats !== undefined) return `<c r="${ref}"><f>${columnLetter(repeats + 1)}${row}</f><v>${value}</v></c>`;
  if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t>${xmlText(value)}</t></is></c>`;
}

function sheetXml(sheet: ChartSheet): string {
  const header = [sheet.categoryHeading, ...sheet.series.map((s) => s.name)];
  const rows = [
    `<row r="1">${header.map((h, c) => cell(c, 1, h)).join('')}</row>`,
    ...sheet.categories.map(
      (category, i) =>
        `<row r="${i + 2}">${cell(0, i + 2, category)}${sheet.series.map((s, c) => cell(c + 1, i + 2, s.values[i] ?? null, s.repeats)).join('')}</row>`,
    ),
  ];
  return `${declaration}<worksheet xmlns="${SPREADSHEET_NS}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

/** An .xlsx of one sheet, Sheet1, that the chart's references (Sheet1!$B$2:$B$9) point into; reproducible bytes. */
export function chartWorkbook(sheet: ChartSheet): Uint8Array {
  const parts: [string, string][] = [
    [
      '[Content_Types].xml',
      `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ],
    ['_rels/.rels', `${declaration}<Relationships xmlns="${RELATIONSHIPS_NS}"><Relationship Id="rId1" Type="${OFFICE_RELATIONSHIP}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `${declaration}<workbook xmlns="${SPREADSHEET_NS}" xmlns:r="${OFFICE_RELATIONSHIP}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `${declaration}<Relationships xmlns="${RELATIONSHIPS_NS}"><Relationship Id="rId1" Type="${OFFICE_RELATIONSHIP}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`],
    ['xl/worksheets/sheet1.xml', sheetXml(sheet)],
  ];
  return writeZip(parts.map(([name, text]) => ({ name, data: text, compress: true })));
}
