// The fast reader: an .xlsx read straight from its XML (zip directory, shared strings, number formats, sheet cells)
// into the same sheet grids exceljs gives, without building exceljs's whole workbook model. Anything it does not
// handle exactly as exceljs does, it declines (null), and the workbook is read by exceljs instead.
import { readFileSync } from 'node:fs';
import { sheetWire, sharedStringText, type CellStyle, type SheetContext } from './fastSheet.js';
import type { SheetGrid } from './grid.js';
import { decodeGrids, type WireSheet } from './gridWire.js';
import { attributeOf, attributesOf, NotForFastReader } from './xmlText.js';
import { ZipParts } from './zipParts.js';

/** exceljs reads only unprefixed SpreadsheetML element names (`<c>`, never `<x:c>`); so does this reader. */
const P = '';
const element = (name: string, flags = ''): RegExp => new RegExp(String.raw`<${P}${name}\b([^>]*?)(?:\/>|>([\s\S]*?)<\/${P}${name}>)`, flags);

/** exceljs's built-in number formats (those with one code for every locale); any other built-in id has none. */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?',
  13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM',
  20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy "h":mm', 37: '#,##0 ;(#,##0)', 38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)', 40: '#,##0.00 ;[Red](#,##0.00)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0',
  49: '@',
};

/** exceljs's `utils.isDateFmt`: a date or time code outside quotes and brackets. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return /[ymdhMsb]+/.test(numFmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function cellStyles(stylesXml: string | undefined): CellStyle[] {
  if (stylesXml === undefined) return [];
  const custom = new Map<number, string>();
  const numFmts = element('numFmts').exec(stylesXml);
  for (const m of (numFmts?.[2] ?? '').matchAll(element('numFmt', 'g'))) {
    const id = parseInt(attributeOf(m[1] ?? '', 'numFmtId') ?? '', 10);
    const code = attributeOf(m[1] ?? '', 'formatCode');
    if (Number.isFinite(id) && code !== undefined) custom.set(id, code);
  }
  const xfs = element('cellXfs').exec(stylesXml);
  return [...(xfs?.[2] ?? '').matchAll(element('xf', 'g'))].map((m) => {
    const id = parseInt(attributeOf(m[1] ?? '', 'numFmtId') ?? '0', 10);
    const numFmt = id ? (custom.get(id) || BUILT_IN_FORMATS[id]) : undefined;
    return { numFmt: numFmt || undefined, isDate: isDateFormat(numFmt) };
  });
}

function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  return [...xml.matchAll(element('si', 'g'))].map((m) => sharedStringText(m[2] ?? ''));
}

/** Each sheet's name and its part (`xl/worksheets/sheet1.xml`), in workbook order, as exceljs pairs them. */
function sheetParts(workbookXml: string, relsXml: string, zip: ZipParts): { name: string; part: string }[] {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(element('Relationship', 'g'))) {
    const id = attributeOf(m[1] ?? '', 'Id');
    const target = attributeOf(m[1] ?? '', 'Target');
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  const sheets = element('sheets').exec(workbookXml);
  return [...(sheets?.[2] ?? '').matchAll(element('sheet', 'g'))].map((m) => {
    const attributes = attributesOf(m[1] ?? '');
    const name = attributes.get('name');
    const rId = [...attributes].find(([key]) => key.endsWith(':id'))?.[1];
    const target = rId === undefined ? undefined : targets.get(rId);
    const part = target === undefined ? '' : `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    // exceljs reads only xl/worksheets/sheetN.xml parts; a chart sheet, or a part named otherwise, is for it to judge.
    if (name === undefined || !/^xl\/worksheets\/sheet\d+\.xml$/.test(part) || !zip.has(part)) throw new NotForFastReader(`sheet part ${part}`);
    return { name, part };
  });
}

/** Prefixed SpreadsheetML elements (`<x:c>`) read differently in exceljs (as nothing): left to it. */
const PREFIXED = /<[\w.-]+:(?:workbook|sheets?|sst|si|t|r|styleSheet|numFmts?|cellXfs|xf|worksheet|sheetData|row|c|v|f|is)[\s>/]/;

function required(text: string | undefined | null, part: string): string {
  const found = optional(text, part);
  if (found === undefined) throw new NotForFastReader(`part ${part}`);
  return found;
}

function optional(text: string | undefined | null, part: string): string | undefined {
  if (text === null || (text !== undefined && PREFIXED.test(text))) throw new NotForFastReader(`part ${part}`);
  return text;
}

/**
 * The workbook's sheets in the wire form the worker sends (gridWire.ts), or null when the fast reader declines it
 * (exceljs then reads it, and reports any damage). Only for a file the archive guard has passed: sizes, entry counts
 * and ratios are already checked. `opened`: the zip as the guard read it (its parts already inflated).
 */
export function readWorkbookFastWire(file: string, opened?: ZipParts): WireSheet[] | null {
  try {
    const zip = opened ?? ZipParts.open(readFileSync(file));
    if (zip === null) return null;
    const workbookXml = required(zip.text('xl/workbook.xml'), 'workbook');
    const parts = sheetParts(workbookXml, required(zip.text('xl/_rels/workbook.xml.rels'), 'workbook relationships'), zip);
    const properties = element('workbookPr').exec(workbookXml);
    const context: SheetContext = {
      sharedStrings: sharedStrings(optional(zip.text('xl/sharedStrings.xml'), 'shared strings')),
      styles: cellStyles(optional(zip.text('xl/styles.xml'), 'styles')),
      date1904: attributeOf(properties?.[1] ?? '', 'date1904') === '1',
    };
    return parts.map(({ name, part }) => sheetWire(name, required(zip.text(part), part), context));
  } catch (err) {
    if (err instanceof NotForFastReader) return null;
    throw err;
  }
}

/** The same, as sheet grids (as exceljs's reading gives them, to compare with it). */
export function readWorkbookFast(file: string, opened?: ZipParts): SheetGrid[] | null {
  const wire = readWorkbookFastWire(file, opened);
  return wire === null ? null : decodeGrids(wire);
}
