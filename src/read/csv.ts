// A CSV scorecard as one sheet: decoded (UTF-8 with or without BOM, UTF-16, or Excel's Windows-1252), delimiter detected.
import Papa from 'papaparse';
import type { CellValue } from './cell.js';
import type { GridRow, SheetGrid } from './grid.js';

/**
 * Windows-1252's 0x80-0x9F (€, curly quotes, en and em dashes). Node 20's TextDecoder('windows-1252') decodes
 * as Latin-1 and leaves these as control characters, so they are mapped here.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (ch) => String.fromCharCode(WINDOWS_1252_HIGH[ch.charCodeAt(0) - 0x80]!));
}

/**
 * Excel's "CSV UTF-8" starts with a BOM; its plain "CSV" is Windows-1252 (a `£` is byte 0xA3, which is not
 * valid UTF-8), and "Unicode text" is UTF-16LE. Strict UTF-8 first, so a file that is not UTF-8 falls back.
 */
export function decodeCsv(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Every field stays text: dates are read later by parsePeriod the UK way (`01-02-2024` is 1 February), and
 * numbers by readNumber, so nothing here guesses a type.
 */
export function parseCsv(text: string, sheetName: string): SheetGrid {
  const parsed = Papa.parse<string[]>(text, {
    delimiter: '',
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: false,
  });
  const rows: GridRow[] = [];
  parsed.data.forEach((fields, index) => {
    const cells = new Map<number, CellValue>();
    fields.forEach((field, column) => {
      if (field.trim() !== '') cells.set(column + 1, { kind: 'text', text: field });
    });
    if (cells.size > 0) rows.push({ row: index + 1, cells });
  });
  return { name: sheetName, rows };
}

/** Lines in the file, counted cheaply before parsing so a runaway file is refused early. */
export function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}
