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

/** A problem the CSV parser met, in the user's words, with the line it starts on (1-based, as an editor numbers lines). */
export interface CsvProblem {
  severity: 'error' | 'warning';
  code: string;
  line: number;
  message: string;
}

export interface ParsedCsv {
  grid: SheetGrid;
  problems: CsvProblem[];
}

/** Line breaks as Excel and old Macs write them: CRLF, LF, or a lone CR. */
const LINE_BREAK = /\r\n|\r|\n/g;

/** The 1-based line holding the character at `index`. */
function lineAt(text: string, index: number): number {
  const end = Math.min(Math.max(index, 0), text.length);
  return (text.slice(0, end).match(LINE_BREAK) ?? []).length + 1;
}

/** Papaparse reports an unterminated quote just after it opens; the quote is the last `"` at or before that point. */
function quoteLine(text: string, index: number): number {
  const quote = text.lastIndexOf('"', Math.max(index, 0));
  return lineAt(text, quote === -1 ? index : quote);
}

/** The first few characters from `index`, for a message: `"open quote,1`. */
function excerpt(text: string, index: number): string {
  const rest = text.slice(Math.max(index, 0)).split(/\r?\n/)[0] ?? '';
  return rest.length > 40 ? `${rest.slice(0, 40)}…` : rest;
}

/**
 * Papaparse's errors in plain words. An unterminated quote swallows every line after it into one field, so it is an
 * error at the line where the quote opens; a stray quote inside a quoted field is kept as written, with a warning.
 * A single-column file has no delimiter to find, which is not a problem here.
 */
const spansLines = (fields: readonly string[] | undefined): boolean => fields !== undefined && fields.some((f) => /[\r\n]/.test(f));

function csvProblems(text: string, errors: readonly Papa.ParseError[], records: readonly string[][]): CsvProblem[] {
  const problems: CsvProblem[] = [];
  const lines = countLines(text);
  for (const e of errors) {
    const index = e.index ?? 0;
    if (e.code === 'MissingQuotes') {
      const line = quoteLine(text, index);
      problems.push({
        severity: 'error',
        code: 'csv-unclosed-quote',
        line,
        message: `the quote opened on line ${line} is never closed, so every line after it (to line ${lines}) would be read as one field: close the quote, or remove it (a quote inside a quoted field is written twice: "")`,
      });
    } else if (e.code === 'InvalidQuotes' && spansLines(records[e.row ?? -1])) {
      // A quote left open reaches a later quote and Papaparse calls that a malformed field: the lines between are lost.
      const line = quoteLine(text, index);
      problems.push({
        severity: 'error',
        code: 'csv-unclosed-quote',
        line,
        message: `the quote opened on line ${line} is not closed on that line, so the lines after it up to the next quote were read as one field: close the quote, or remove it (a quote inside a quoted field is written twice: "")`,
      });
    } else if (e.code === 'InvalidQuotes') {
      const line = lineAt(text, index);
      problems.push({
        severity: 'warning',
        code: 'csv-stray-quote',
        line,
        message: `a quoted field on line ${line} has a quote inside it that is not doubled (${excerpt(text, index)}); it was read as written: write a quote inside a quoted field as ""`,
      });
    } else if (e.type !== 'Delimiter') {
      const line = lineAt(text, index);
      problems.push({ severity: 'error', code: 'csv-unreadable', line, message: `line ${line} cannot be read as CSV (${e.message.toLowerCase()}): check it in a text editor` });
    }
  }
  // One message per line and kind: a stray quote that also leaves a field open is reported as the open quote.
  const opened = new Set(problems.filter((p) => p.code === 'csv-unclosed-quote').map((p) => p.line));
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code} ${p.line}`;
    if (seen.has(key) || (p.code === 'csv-stray-quote' && opened.has(p.line))) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every field stays text: dates are read later by parsePeriod the UK way (`01-02-2024` is 1 February), and
 * numbers by readNumber, so nothing here guesses a type.
 */
export function parseCsv(text: string, sheetName: string): ParsedCsv {
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
  return { grid: { name: sheetName, rows }, problems: csvProblems(text, parsed.errors, parsed.data) };
}

/** Lines in the file (CRLF, LF or a lone CR ends one), counted cheaply before parsing so a runaway file is refused early. */
export function countLines(text: string): number {
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  return lines;
}
