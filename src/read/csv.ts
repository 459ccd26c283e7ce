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

/** A record with a line break in a field (line breaks are LF by the time records are read). */
const spansLines = (fields: readonly string[] | undefined): boolean => fields !== undefined && fields.some((f) => f.includes('\n'));

const count = (text: string, delimiter: string): number => text.split(delimiter).length - 1;

/**
 * The number of cells a row of this file has: the commonest count among records on one line with at least two cells
 * (a title line has one; a record holding a line break may be a quote's runaway), the larger on a tie. If every
 * record spans lines, the commonest among all records with two or more. 0 when nothing has two cells (one column).
 */
function rowWidth(records: readonly string[][]): number {
  const commonest = (widths: number[]): number => {
    const tally = new Map<number, number>();
    for (const w of widths) tally.set(w, (tally.get(w) ?? 0) + 1);
    let best = 0;
    for (const [w, n] of tally) if (n > (tally.get(best) ?? 0) || (n === tally.get(best) && w > best)) best = w;
    return best;
  };
  const whole = records.filter((r) => r.length > 1 && !spansLines(r)).map((r) => r.length);
  return commonest(whole.length > 0 ? whole : records.filter((r) => r.length > 1).map((r) => r.length));
}

/**
 * A quoted field that holds line breaks is either a cell written over several lines (an officer's commentary with
 * Alt+Enter breaks in Excel) or a quote left open that Papaparse closed at a later quote, reading the rows between as
 * one cell without any error. It is taken as the second when:
 *  - one of its lines holds the delimiter as many times as a row of the file does (at least twice): that line is a
 *    whole row, not prose. Commentary with a comma or two in a sentence stays below a row's count in any file with
 *    enough columns to be a scorecard, and a single-column file has no delimiter to count; or
 *  - it ends with the delimiter: the quote that "closed" it stands where a cell starts, so it was written to open a
 *    cell (`...,"` at the end of a line, before a cell that starts with a line break), and the quote before it was
 *    never closed. Text that ends a cell in a comma just before its closing quote is rare enough to ask about.
 * The quote opens at the start of that field, so its line is the record's first line plus the line breaks in the
 * fields before it (every record ends at one line break; the line breaks in its fields are kept as they are).
 */
function swallowedRows(records: readonly string[][], delimiter: string): CsvProblem[] {
  const rowDelimiters = rowWidth(records) - 1;
  const problems: CsvProblem[] = [];
  let line = 1;
  for (const record of records) {
    let at = line;
    for (const field of record) {
      if (!field.includes('\n')) continue;
      const fieldLines = field.split('\n');
      const wholeRow = rowDelimiters >= 2 && fieldLines.some((l) => count(l, delimiter) >= rowDelimiters);
      if (wholeRow || field.endsWith(delimiter)) {
        const end = at + fieldLines.length - 1;
        problems.push({
          severity: 'error',
          code: 'csv-unclosed-quote',
          line: at,
          message: `the quote opened on line ${at} is not closed on that line, so lines ${at} to ${end} were read as one cell and the rows on them would be lost: close the quote on line ${at}, or remove it (a quote inside a quoted field is written twice: "")`,
        });
      }
      at += fieldLines.length - 1;
    }
    line = at + 1;
  }
  return problems;
}

/**
 * Papaparse's errors in plain words, and the quotes left open that it did not see. An unterminated quote swallows every
 * line after it into one field, so it is an error at the line where the quote opens; a stray quote inside a quoted
 * field is kept as written, with a warning. A single-column file has no delimiter to find, which is not a problem here.
 */
function csvProblems(text: string, errors: readonly Papa.ParseError[], records: readonly string[][], delimiter: string): CsvProblem[] {
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
  // A quote left open that Papaparse closed at a later quote without complaint (after the errors, so a line it names
  // too keeps the message above).
  problems.push(...swallowedRows(records, delimiter));
  // Once a quote is left open, every later quote pairs with the wrong partner, so what is found after the first open
  // quote is not about the file as written: that quote is named (with anything before it), and the rest is found
  // again once it is fixed.
  const firstOpen = problems.reduce((first, p) => (p.code === 'csv-unclosed-quote' ? Math.min(first, p.line) : first), Number.POSITIVE_INFINITY);
  // One message per line and kind: a stray quote that also leaves a field open is reported as the open quote.
  const opened = new Set(problems.filter((p) => p.code === 'csv-unclosed-quote').map((p) => p.line));
  const seen = new Set<string>();
  return problems
    .filter((p) => {
      const key = `${p.code} ${p.line}`;
      if (seen.has(key) || p.line > firstOpen || (p.code === 'csv-stray-quote' && opened.has(p.line))) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line);
}

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * The delimiter: the one whose commonest number of cells (two or more) among the first 200 records, times the cells
 * between delimiters, is largest (the more cells on a tie, then the order above). Papaparse's own guess reads ten
 * records with each delimiter and takes the steadiest (the smallest change in cells from one record to the next), so a
 * quote left open in them, which makes the right delimiter's records ragged (one swallows the lines after it), loses
 * to a wrong delimiter that splits only a value or two (`; DROP TABLE`, `Adults; older people`) into a steady two or
 * three cells. Here the rows the open quote leaves whole still count, each for its seven or eight delimiters against
 * the wrong one's one or two. A header row counts like any other, so a `;` file with decimal commas in its figures is
 * still read on `;`. No record with two cells for any delimiter (a single-column file): comma.
 */
function guessDelimiter(text: string): string {
  let best = ',';
  let bestScore = 0;
  let bestWidth = 0;
  for (const delimiter of DELIMITERS) {
    const tally = new Map<number, number>();
    for (const record of Papa.parse<string[]>(text, { delimiter, newline: '\n', preview: 200 }).data) {
      if (record.length > 1) tally.set(record.length, (tally.get(record.length) ?? 0) + 1);
    }
    let width = 0;
    for (const [w, n] of tally) if (n > (tally.get(width) ?? 0) || (n === tally.get(width) && w > width)) width = w;
    const score = (tally.get(width) ?? 0) * (width - 1);
    if (score > bestScore || (score === bestScore && width > bestWidth)) [best, bestScore, bestWidth] = [delimiter, score, width];
  }
  return best;
}

/**
 * Every field stays text: dates are read later by parsePeriod the UK way (`01-02-2024` is 1 February), and
 * numbers by readNumber, so nothing here guesses a type.
 *
 * Line breaks are made LF first, one for one: Papaparse takes a single kind of line break per file, and a file
 * pasted together from CRLF and LF parts (or an old Mac's lone CRs among them) would otherwise run rows together.
 * Lines keep their numbers, as an editor counts them, and a cell written over several lines keeps its breaks as LF.
 */
export function parseCsv(raw: string, sheetName: string): ParsedCsv {
  const text = raw.replace(LINE_BREAK, '\n');
  const delimiter = guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: '\n', skipEmptyLines: false });
  const rows: GridRow[] = [];
  parsed.data.forEach((fields, index) => {
    const cells = new Map<number, CellValue>();
    fields.forEach((field, column) => {
      if (field.trim() !== '') cells.set(column + 1, { kind: 'text', text: field });
    });
    if (cells.size > 0) rows.push({ row: index + 1, cells });
  });
  return { grid: { name: sheetName, rows }, problems: csvProblems(text, parsed.errors, parsed.data, delimiter) };
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
