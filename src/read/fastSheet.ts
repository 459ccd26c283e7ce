// One worksheet's cells read straight from its XML with one scan, giving exactly the grid exceljs's model gives.
import { normaliseCell } from './cell.js';
import type { CellValue } from './cell.js';
import { WireWriter, type WireSheet } from './gridWire.js';
import { attributeOf, attributesOf, NotForFastReader, xmlText } from './xmlText.js';

/** What a cell's style says about its number: its format code (exceljs's `cell.numFmt`) and whether it is a date. */
export interface CellStyle {
  numFmt: string | undefined;
  isDate: boolean;
}

export interface SheetContext {
  sharedStrings: readonly string[];
  /** By style index (the cell's `s`); exceljs ignores style 0 and any index past the end. */
  styles: readonly CellStyle[];
  date1904: boolean;
}

/** exceljs reads only unprefixed SpreadsheetML element names (`<c>`, never `<x:c>`); so does this reader. */
const P = '';
const SHEET_DATA = new RegExp(String.raw`<${P}sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/${P}sheetData>)`);
/** A cell element, as the pattern the fast reader was first written with reads it: `forEachCellTag` finds the same. */
export const CELL = new RegExp(String.raw`<${P}c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/${P}c>)`, 'g');
const FORMULA = new RegExp(String.raw`<${P}f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/${P}f>)`);
const VALUE = new RegExp(String.raw`<${P}v(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/${P}v>)`);
const INLINE = new RegExp(String.raw`<${P}is\b[^>]*?(?:\/>|>([\s\S]*?)<\/${P}is>)`);
const RUN = new RegExp(String.raw`<${P}r(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/${P}r>)`, 'g');
const TEXT = new RegExp(String.raw`<${P}t(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/${P}t>)`, 'g');
const PHONETIC = new RegExp(String.raw`<${P}rPh\b[^>]*?(?:\/>|>[\s\S]*?<\/${P}rPh>)`, 'g');

/** exceljs's `_x000D_`-style escapes, decoded only where its text parser decodes them (shared strings, rich runs). */
export function decodeEscapes(text: string): string {
  return text.replace(/_x([0-9A-F]{4})_/g, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function texts(xml: string): string[] {
  return [...xml.matchAll(TEXT)].map((m) => xmlText(m[1] ?? ''));
}

/** The text of rich-text runs, joined: each run's text as exceljs's rich-text parser keeps it. */
function runsText(xml: string): string {
  return [...xml.matchAll(RUN)].map((run) => texts(run[1] ?? '').map(decodeEscapes).join('')).join('');
}

const hasRuns = (xml: string): boolean => new RegExp(String.raw`<${P}r[\s>/]`).test(xml);

/** A shared string item (`<si>`): its plain text, or its rich-text runs joined; phonetic guides left out. */
export function sharedStringText(itemXml: string): string {
  const xml = itemXml.replace(PHONETIC, '');
  const plain = texts(xml.replace(RUN, ''));
  if (hasRuns(xml)) {
    if (plain.length > 0) throw new NotForFastReader('a shared string with both plain and rich text');
    return runsText(xml);
  }
  return decodeEscapes(plain.at(-1) ?? '');
}

/** An inline string (`<is>`): exceljs joins its plain text undecoded, but decodes rich runs. */
function inlineText(xml: string): string {
  if (hasRuns(xml)) {
    if (texts(xml.replace(RUN, '')).length > 0) throw new NotForFastReader('an inline string with both plain and rich text');
    return runsText(xml);
  }
  return texts(xml).join('');
}

/** exceljs's `utils.xmlDecode`, which it applies a second time to `t="str"` text. */
function xmlDecodeAgain(text: string): string {
  const named: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' };
  return text.replace(/&([a-z]*);/g, (c) => named[c] ?? c);
}

/** exceljs's `utils.excelToDate`, coercing as it does (a text or error result becomes an invalid date, read as blank). */
function excelToDate(v: unknown, date1904: boolean): Date {
  return new Date(Math.round((Number(v) - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

/** A formula's cached result as exceljs types it by the cell's `t`. */
function formulaResult(type: string | undefined, text: string): unknown {
  if (type === 'str') return xmlDecodeAgain(text);
  if (type === 'b') return parseInt(text, 10) !== 0;
  if (type === 'e') return { error: text };
  return parseFloat(text);
}

/** The attributes exceljs reads from a `<c>` start tag. */
interface CellAttributes {
  r: string | undefined;
  t: string | undefined;
  s: string | undefined;
}

/**
 * A cell's start-tag attributes. Cells are written `r="C2" s="3" t="s"`: those are read in one pass, as `attributesOf`
 * reads them; anything else (an entity, a tab or line break to normalise, an attribute it would skip over) goes to it.
 */
function cellAttributes(raw: string): CellAttributes {
  const found: CellAttributes = { r: undefined, t: undefined, s: undefined };
  let i = 0;
  while (i < raw.length) {
    const c = raw.charCodeAt(i);
    if (c === 32) {
      i++;
      continue;
    }
    const equals = raw.indexOf('=', i);
    const quote = equals === -1 ? -1 : raw.charCodeAt(equals + 1);
    if (quote !== 34 && quote !== 39) return attributesGenerally(raw);
    const close = raw.indexOf(quote === 34 ? '"' : "'", equals + 2);
    if (close === -1) return attributesGenerally(raw);
    const name = raw.slice(i, equals);
    const value = raw.slice(equals + 2, close);
    if (!PLAIN_NAME.test(name) || NEEDS_DECODING.test(value)) return attributesGenerally(raw);
    if (name === 'r') found.r = value;
    else if (name === 't') found.t = value;
    else if (name === 's') found.s = value;
    i = close + 1;
  }
  return found;
}

const PLAIN_NAME = /^[\w.:-]+$/;
const NEEDS_DECODING = /[&\t\n\r]/;

function attributesGenerally(raw: string): CellAttributes {
  const all = attributesOf(raw);
  return { r: all.get('r'), t: all.get('t'), s: all.get('s') };
}

/** The text of the cell's `<v>`: most cells hold only `<v>…</v>`, read without a search. */
function valueText(inner: string): string | null {
  if (inner.startsWith('<v>') && inner.indexOf('</v>') === inner.length - 4 && inner.indexOf('<', 3) === inner.length - 4) return inner.slice(3, -4);
  if (!inner.includes('<v')) return null;
  const match = VALUE.exec(inner);
  return match === null ? null : (match[1] ?? '');
}

function cellValue(attributes: CellAttributes, inner: string, context: SheetContext): CellValue {
  const type = attributes.t;
  const styleIndex = attributes.s;
  const styleId = styleIndex === undefined ? undefined : parseInt(styleIndex, 10);
  const style = styleId ? context.styles[styleId] : undefined;
  // Most cells hold only <v>: skip the searches for what is plainly not there.
  const formula = inner.includes('<f') ? FORMULA.exec(inner) : null;
  const valueMatch = valueText(inner);
  const inline = inner.includes('<is') ? INLINE.exec(inner) : null;
  if (valueMatch !== null && inline !== null) throw new NotForFastReader('a cell with both a value and an inline string');
  const raw = valueMatch !== null ? xmlText(valueMatch) : inline !== null ? inlineText(inline[1] ?? '') : '';
  const value = raw === '' ? undefined : raw;
  if (formula !== null && (xmlText(formula[2] ?? '') !== '' || attributeOf(formula[1] ?? '', 't') !== undefined)) {
    if (value === undefined) throw new NotForFastReader('a formula saved without its result');
    let result = formulaResult(type, value);
    // exceljs drops a falsy result (0, FALSE, ""), so the cell reads as uncalculated there: that is for it to say.
    if (!result) throw new NotForFastReader('a formula whose result is 0, FALSE or empty');
    if (style?.isDate === true) result = excelToDate(result, context.date1904);
    return normaliseCell(result, style?.numFmt);
  }
  if (value === undefined) return { kind: 'blank' };
  switch (type) {
    case 's': {
      const text = context.sharedStrings[parseInt(value, 10)];
      if (text === undefined) throw new NotForFastReader('a shared string index past the end of the table');
      return normaliseCell(text, style?.numFmt);
    }
    case 'str':
      return normaliseCell(xmlDecodeAgain(value), style?.numFmt);
    case 'inlineStr':
      return normaliseCell(value, style?.numFmt);
    case 'b':
      return normaliseCell(parseInt(value, 10) !== 0, style?.numFmt);
    case 'e':
      return normaliseCell({ error: value }, style?.numFmt);
    default: {
      const number = parseFloat(value);
      return normaliseCell(style?.isDate === true ? excelToDate(number, context.date1904) : number, style?.numFmt);
    }
  }
}

/**
 * `C12` as row and column (one to three capital letters, then 1 to 9,999,999 without a leading zero); null for
 * anything else. exceljs cannot place a lower-case `c12` in a row, so neither does this reader.
 */
function cellReference(r: string | undefined): { row: number; column: number } | null {
  if (r === undefined) return null;
  let column = 0;
  let i = 0;
  for (; i < r.length && i < 4; i++) {
    const c = r.charCodeAt(i);
    if (c < 65 || c > 90) break;
    column = column * 26 + (c - 64);
  }
  const digits = r.length - i;
  if (i === 0 || i > 3 || digits < 1 || digits > 7 || r.charCodeAt(i) === 48) return null;
  let row = 0;
  for (; i < r.length; i++) {
    const d = r.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  return { row, column };
}

const isWordCharacter = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Calls `visit` with each `<c …/>` or `<c …>…</c>` in sheet XML, in order: its attribute text and what it holds,
 * exactly as `xml.matchAll(CELL)` finds them (tested against it), by searching for the tags rather than running the
 * pattern, and without an object per cell (a long sheet has tens of thousands).
 */
export function forEachCellTag(xml: string, visit: (attributes: string, inner: string) => void): void {
  for (let at = xml.indexOf('<c'); at !== -1; at = xml.indexOf('<c', at + 1)) {
    if (isWordCharacter(xml.charCodeAt(at + 2))) continue;
    const startEnd = xml.indexOf('>', at + 2);
    if (startEnd === -1) continue;
    const selfClosing = xml.charCodeAt(startEnd - 1) === 47 && startEnd - 1 >= at + 2;
    const end = selfClosing ? startEnd : xml.indexOf('</c>', startEnd + 1);
    if (end === -1) continue;
    visit(xml.slice(at + 2, selfClosing ? startEnd - 1 : startEnd), selfClosing ? '' : xml.slice(startEnd + 1, end));
    at = selfClosing ? startEnd : end + 3;
  }
}

function sheetData(sheetXml: string): string {
  const data = SHEET_DATA.exec(sheetXml);
  if (data === null) throw new NotForFastReader('no sheetData');
  return data[1] ?? '';
}

/** A `<row>` start tag's row number: digits, no leading zero, else null (entities and the like are for exceljs). */
function rowNumberOf(startTag: string): number | null {
  const r = ROW_NUMBER.exec(startTag);
  return r === null ? null : Number(r[2]);
}

const ROW_NUMBER = /\sr\s*=\s*(["'])([1-9]\d{0,6})\1/;

/** Whether a cell tag (`<c`, not `<col` or `<cfRule`) starts in xml between `from` and `to`. */
function cellTagBetween(xml: string, from: number, to: number): boolean {
  for (let at = xml.indexOf('<c', from); at !== -1 && at < to; at = xml.indexOf('<c', at + 2)) {
    if (!isWordCharacter(xml.charCodeAt(at + 2))) return true;
  }
  return false;
}

/**
 * The sheet's non-blank cells by row and column, as exceljs's `eachRow`/`eachCell` give them, in the wire form
 * (gridWire.ts): each cell written as it is read, with no grid of cell objects built first. Excel and every library
 * write rows numbered in order, each holding its own cells in order of column; a sheet written otherwise (a row
 * repeated or unnumbered, cells out of order or outside their row, as hand-edited XML can be) is declined, and
 * exceljs reads it as it alone knows how (a repeated row replaces the first, for one).
 */
export function sheetWire(name: string, sheetXml: string, context: SheetContext): WireSheet {
  const xml = sheetData(sheetXml);
  const writer = new WireWriter();
  let lastRow = 0;
  let at = 0;
  for (let start = xml.indexOf('<row', at); start !== -1; start = xml.indexOf('<row', at)) {
    const next = xml.charCodeAt(start + 4);
    if (next !== 32 && next !== 9 && next !== 10 && next !== 13 && next !== 62 && next !== 47) throw new NotForFastReader('an element named like a row');
    if (cellTagBetween(xml, at, start)) throw new NotForFastReader('a cell outside a row');
    const tagEnd = xml.indexOf('>', start);
    if (tagEnd === -1) throw new NotForFastReader('an unclosed row');
    const row = rowNumberOf(xml.slice(start, tagEnd));
    if (row === null || row <= lastRow) throw new NotForFastReader('rows unnumbered, repeated or out of order');
    lastRow = row;
    const selfClosing = xml.charCodeAt(tagEnd - 1) === 47;
    const end = selfClosing ? tagEnd : xml.indexOf('</row>', tagEnd);
    if (end === -1) throw new NotForFastReader('an unclosed row');
    at = selfClosing ? tagEnd + 1 : end + 6;
    if (selfClosing) continue;
    let lastColumn = 0;
    let started = false;
    forEachCellTag(xml.slice(tagEnd + 1, end), (rawAttributes, inner) => {
      const attributes = cellAttributes(rawAttributes);
      const place = cellReference(attributes.r);
      if (place === null) throw new NotForFastReader('a cell without its reference');
      if (place.row !== row || place.column <= lastColumn) throw new NotForFastReader('cells out of order, or outside their row');
      lastColumn = place.column;
      const value = cellValue(attributes, inner, context);
      // In order, a blank cell has nothing before it to clear: it is simply not there.
      if (value.kind === 'blank') return;
      if (!started) {
        writer.row(row);
        started = true;
      }
      writer.cell(place.column, value);
    });
  }
  if (cellTagBetween(xml, at, xml.length)) throw new NotForFastReader('a cell outside a row');
  return writer.sheet(name);
}
