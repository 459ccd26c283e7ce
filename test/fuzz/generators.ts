// Hostile scorecards for the fuzz suite, generated from a seed: workbooks, damaged zips, CSVs and configs.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A small, fast, seeded random source (mulberry32): the same seed always gives the same case. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  }
}

/** The seed of the index-th case of a run: spread out, so neighbouring cases share nothing. */
export function caseSeed(runSeed: number, index: number): number {
  let h = (runSeed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export interface FuzzFile {
  name: string;
  bytes: Uint8Array;
}

export interface FuzzCase {
  seed: number;
  /** What was made, e.g. `xlsx long +merges +hostile-ids damaged:shared-string-index`. */
  kind: string;
  files: FuzzFile[];
  /** The scorecard's file name (one of files). */
  data: string;
  /** The config's file name, if the case has one. */
  config?: string;
  /** The sheet names the case's workbook was made with (a CSV's sheet is its file name). */
  sheets: string[];
  /** Text each paper built from this case must print literally, somewhere (from indicator titles). */
  literals: string[];
  /** The line of the CSV where a quote opens and never closes: validate must say so there. */
  unterminatedQuoteLine?: number;
}

// ---- Hostile ingredients ----

/**
 * Text that means something to Markdown, HTML, Handlebars, PDF content streams, XML or a shell, each with a piece
 * that must come out literally in a paper (null where layout may fairly change it).
 */
export const INJECTION_CASES: readonly (readonly [text: string, marker: string | null])[] = [
  ['**bold** _em_ [link](javascript:alert(1)) ![img](file:///etc/passwd)', '**bold** _em_ [link](javascript:alert(1))'],
  ['<script>alert("x")</script><b>bold</b>&amp;&lt;', '<script>alert('],
  ['{{council}} {{{meeting.date}}} {{#each indicators}}x{{/each}} {{> partial}} {{lookup this "constructor"}}', '{{council}} {{{meeting.date}}} {{#each indicators}}x{{/each}}'],
  ['{{#with (lookup this "__proto__")}}{{/with}}', '{{#with (lookup this'],
  [') Tj ET BT /F1 99 Tf (pwned) Tj ET q 1 0 0 1 0 0 cm Q endstream endobj %%EOF', ') Tj ET BT /F1 99 Tf (pwned) Tj ET'],
  ['\\(escaped\\) \\\\ %PDF-1.7', '%PDF-1.7'],
  ['# Heading\n\n- list\n- item\n\n| a | b |\n|---|---|\n| 1 | 2 |', null],
  ['---\nfront: matter\n---', 'front: matter'],
  ['$(rm -rf /) `id` ; DROP TABLE indicators; --', '$(rm -rf /) `id` ; DROP TABLE indicators;'],
  ['=HYPERLINK("http://evil","click") +SUM(A1) @cmd', '+SUM(A1) @cmd'],
  ['\u202Eevil\u202C \u200F\u200E \uFEFF zero\u200Bwidth', null],
  ['😀 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ﷽ Z̷̢̛a̸l̶g̵o̷', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'],
  ['<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>', '<!ENTITY e SYSTEM'],
  ['\\u0000 %s %n %x {0} ${process.env.HOME}', '%s %n %x {0} ${process.env.HOME}'],
];
export const INJECTIONS = INJECTION_CASES.map(([text]) => text);

/** IDs that must never become a path, a control character in a name, or a reversed file name. */
export const HOSTILE_IDS = [
  '../../etc/passwd',
  '..\\..\\windows',
  '/abs/path',
  'a/b',
  'NUL\u0000ID',
  '\u202EFDP.exe',
  'CON',
  '.',
  '..',
  ' ',
  'x'.repeat(300),
  'ID with spaces',
  'ΔΣ-01',
  '<b>ID</b>',
  '{{id}}',
  'id:colon',
  '*?|"',
];

/** Characters XML 1.0 forbids, and lone surrogates. */
const ILLEGAL_XML = ['\u0000', '\u0001', '\u0008', '\u000B', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF'];

const ORDINARY_IDS = ['NI68', 'NI60', 'HR05', 'C01', 'RB05', 'LS05', 'IT06', 'SNH02', 'RR1', 'SAT1'];
const TITLES = [
  'Referrals going on to initial assessment',
  'Core assessments completed in time',
  'Days lost to sickness per FTE',
  'Cumulative business rates collected (YTD)',
  'Contacts received',
  '% of complaints resolved within 10 working days',
  'Residents satisfied with the area',
];
const POLARITIES = ['higher', 'lower', 'Higher', 'LOWER', 'higher is better', 'Lower is better', '', 'sideways', 'up', '↑'];
const UNITS = ['percent', 'number', 'rate', 'days', 'currency', '%', '', 'Applications', 'per 1,000', '£'];
const MEASURE_TYPES = ['', 'snapshot', 'flow', 'cumulative', 'rolling', 'annual', 'YTD', 'year to date', 'monthly?', 'bogus'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Numbers and number-like text at the edges. */
function hostileNumber(rng: Rng): ExcelJS.CellValue {
  return rng.pick<() => ExcelJS.CellValue>([
    () => rng.pick(['NaN', 'nan', 'Infinity', '-Infinity', 'inf', '1e999', '-1e999', '0x1F', '0b101', '1_000', '+-5', '--5', '5-']),
    () => rng.pick([Number.MAX_VALUE, Number.MIN_VALUE, -Number.MAX_VALUE, Number.MAX_SAFE_INTEGER + 2, 1e21, 1e-300, -0, 0]),
    () => rng.pick(['-0', '-0.0', '0.000', '1/2', '3/4', '½', '¼', '1 1/2', '2/0', '0/0']),
    () => rng.pick(['12.5%', '12.5 %', '%12.5', '1,234.5', '1.234,5', '£1,000', '(500)', '−12', '12.5pp', ' 64.7 ', '64.7\u00A0', '6,47']),
    () => rng.pick(['n/a', '-', '*', 'tbc', 'TBC', 'x', '..', ':', 'c', 'suppressed', '<5', '>100']),
    () => new Date(Date.UTC(rng.int(1899, 2100), rng.int(0, 11), rng.int(1, 28))),
    () => rng.pick([{ error: '#DIV/0!' }, { error: '#N/A' }, { error: '#VALUE!' }, { error: '#REF!' }, { error: '#NAME?' }, { error: '#NUM!' }, { error: '#NULL!' }] as ExcelJS.CellValue[]),
    () => ({ formula: rng.pick(['1/0', 'NA()', 'A1+B1', 'SUM(C2:C9)', 'Values!ZZ99999', 'INDIRECT("x")']), result: rng.pick<ExcelJS.CellValue>([undefined as unknown as ExcelJS.CellValue, 5, { error: '#DIV/0!' }, 'text', true]) }) as ExcelJS.CellValue,
    () => ({ richText: [{ text: String(rng.int(0, 9)) }, { font: { bold: true }, text: `${rng.int(0, 99)}.5` }] }),
    () => ({ text: '64.7', hyperlink: rng.pick(['javascript:alert(1)', 'file:///etc/passwd', 'http://x']) }),
    () => rng.chance(0.5),
    () => rng.next() * 10 ** rng.int(-12, 15) * (rng.chance(0.3) ? -1 : 1),
    () => rng.int(-5, 5) / rng.pick([3, 7, 9, 11]),
  ])();
}

function hostileText(rng: Rng): string {
  return rng.pick<() => string>([
    () => rng.pick(INJECTIONS),
    () => 'word '.repeat(rng.int(200, 2000)),
    () => 'W'.repeat(rng.pick([1000, 5000, 32767])),
    () => `text${rng.pick(ILLEGAL_XML)}with${rng.pick(ILLEGAL_XML)}illegal`,
    () => rng.pick(HOSTILE_IDS),
    () => '',
    () => '\r\n\t \n',
  ])();
}

// ---- The scorecard as a plain grid, before it becomes a file ----

type Cell = ExcelJS.CellValue;
interface Sheet {
  name: string;
  rows: Cell[][];
  merges: string[];
  state?: 'hidden' | 'veryHidden';
}

interface Quarter {
  year: number;
  quarter: number;
}

interface Built {
  sheets: Sheet[];
  latest: Quarter | null;
}

function quarterLabel(rng: Rng, q: Quarter, valid = false): Cell {
  const yy = (n: number): string => String(n % 100).padStart(2, '0');
  const endMonth = ((q.quarter * 3 + 2) % 12) + 1; // Q1 ends June (6), Q4 ends March (3)
  const calendarYear = q.quarter === 4 ? q.year + 1 : q.year;
  const monthName = MONTHS[endMonth - 1]!;
  return rng.pick<() => Cell>([
    () => `${q.year}-${yy(q.year + 1)} Q${q.quarter}`,
    () => `${q.year}-${yy(q.year + 1)} Q${q.quarter}`,
    () => `${q.year}/${yy(q.year + 1)} Q${q.quarter}`,
    () => `Q${q.quarter} ${q.year}/${yy(q.year + 1)}`,
    () => `Q${q.quarter} ${yy(q.year)}/${yy(q.year + 1)}`,
    () => `${monthName} ${calendarYear}`,
    () => new Date(Date.UTC(calendarYear, endMonth - 1, 28)),
    ...(valid ? [] : [() => rng.pick(['2016-17 Q5', 'Q0 2016/17', '2017-16 Q1', 'Smarch 2016', '', 'Quarter 3', '2016-17 Q3 ', '2016–17 Q3'])]),
  ])();
}

/** Edge figures the reader must take (or skip) without an error. */
function edgeFigure(rng: Rng): Cell {
  return rng.pick<Cell>([-0, 0, 1e-300, 5e-324, 123456789012.5, 0.5, 1 / 3, 2 / 7, 99.99999, '12.5%', '1,234.5', '64.7 ', 'n/a', '-', null, 100, 1e15]);
}

function indicatorRow(rng: Rng, id: Cell, valid: boolean): Cell[] {
  if (valid)
    return [
      id,
      rng.chance(0.5) ? rng.pick(TITLES) : rng.chance(0.8) ? rng.pick(INJECTIONS) : rng.pick(['W'.repeat(rng.pick([300, 2000])), 'word '.repeat(300), '\u202Eevil title\u202C']),
      rng.pick(['higher', 'lower']),
      rng.pick(['percent', 'number', 'rate', 'days', 'currency']),
      rng.chance(0.8) ? rng.int(1, 100) : edgeFigure(rng),
      rng.pick(['', 'snapshot', 'flow', 'cumulative', 'rolling', 'annual']),
    ];
  return [
    id,
    rng.chance(0.9) ? rng.pick(TITLES) : hostileText(rng),
    rng.pick(POLARITIES),
    rng.pick(UNITS),
    rng.chance(0.85) ? rng.int(0, 100) : hostileNumber(rng),
    rng.pick(MEASURE_TYPES),
  ];
}

const INDICATOR_HEADERS = ['ID', 'Title', 'Polarity', 'Unit', 'Target', 'Measure type'];

interface Options {
  /** Only what the reader accepts: hostile text in titles and commentary, edge figures; the papers should build. */
  valid: boolean;
  hostileIds: boolean;
  hostileValues: number;
}

function chooseIds(rng: Rng, count: number, options: Options): Cell[] {
  const ids: Cell[] = rng.shuffle(ORDINARY_IDS).slice(0, count);
  while (ids.length < count) ids.push(`K${ids.length}`);
  if (options.hostileIds) for (let i = 0; i < ids.length; i++) if (rng.chance(0.4)) ids[i] = rng.chance(0.8) ? rng.pick(HOSTILE_IDS) : hostileNumber(rng);
  if (count > 1 && rng.chance(0.2)) ids[count - 1] = ids[0]!; // a duplicate ID
  return ids;
}

function figure(rng: Rng, options: Options): Cell {
  if (rng.chance(options.hostileValues)) return options.valid ? edgeFigure(rng) : hostileNumber(rng);
  if (rng.chance(0.05)) return null;
  return Math.round(rng.next() * 1000) / 10;
}

function quarters(rng: Rng, valid: boolean): Quarter[] {
  const count = valid ? rng.pick([1, 2, 3, 4, 5, 8]) : rng.pick([0, 1, 2, 3, 4, 5, 8, 12]);
  let year = rng.int(2008, 2024);
  let quarter = rng.int(1, 4);
  const list: Quarter[] = [];
  for (let i = 0; i < count; i++) {
    list.push({ year, quarter });
    quarter += 1;
    if (quarter > 4) {
      quarter = 1;
      year += 1;
    }
  }
  return list;
}

function longSheets(rng: Rng, options: Options): Built {
  const ids = chooseIds(rng, options.valid ? rng.pick([1, 2, 3, 5]) : rng.pick([0, 1, 2, 3, 5, 8]), options);
  const periods = quarters(rng, options.valid);
  const indicators: Sheet = { name: 'Indicators', rows: [INDICATOR_HEADERS, ...ids.map((id) => indicatorRow(rng, id, options.valid))], merges: [] };
  const values: Cell[][] = [['ID', 'Period', 'Value', 'Target', 'England']];
  for (const id of ids) for (const q of periods) values.push([id, quarterLabel(rng, q, options.valid), figure(rng, options), rng.chance(0.3) ? rng.int(10, 90) : null, rng.chance(0.3) ? figure(rng, options) : null]);
  return { sheets: [indicators, { name: 'Values', rows: values, merges: [] }], latest: periods.at(-1) ?? null };
}

function wideSheets(rng: Rng, options: Options, monthly: boolean): Built {
  const ids = chooseIds(rng, options.valid ? rng.pick([1, 2, 4]) : rng.pick([0, 1, 2, 4, 6]), options);
  const periods = quarters(rng, options.valid);
  const columns: Cell[] = monthly
    ? periods.flatMap((q) =>
        [0, 1, 2].map((m) => {
          const month = ((q.quarter - 1) * 3 + 3 + m) % 12; // April is month index 3
          const year = q.quarter === 4 ? q.year + 1 : q.year;
          return rng.pick<() => Cell>([() => `${MONTHS[month]} ${year}`, () => `${year}-${String(month + 1).padStart(2, '0')}`, () => new Date(Date.UTC(year, month, 1))])();
        }),
      )
    : periods.map((q) => quarterLabel(rng, q, options.valid));
  const rows: Cell[][] = [[...INDICATOR_HEADERS, ...columns]];
  for (const id of ids) rows.push([...indicatorRow(rng, id, options.valid), ...columns.map(() => figure(rng, options))]);
  if (rng.chance(0.2)) rows.unshift(['Quarterly performance scorecard'], []); // title rows above the header
  return { sheets: [{ name: rng.pick(['Scorecard', 'Performance', 'Sheet1', 'KPIs 2016-17']), rows, merges: [] }], latest: periods.at(-1) ?? null };
}

/** An open-data long file: one row per area per quarter (the council, its neighbours, England). */
function openDataSheets(rng: Rng, options: Options): Built {
  const ids = chooseIds(rng, rng.pick([1, 2, 3]), options);
  const periods = quarters(rng, options.valid);
  const areas = ['Hart', 'Rushmoor', 'Surrey Heath', 'England', 'South East'];
  const rows: Cell[][] = [['Area', 'ID', 'Title', 'Polarity', 'Unit', 'Period', 'Value']];
  for (const area of areas) for (const id of ids) for (const q of periods) rows.push([area, id, rng.pick(TITLES), 'higher', rng.pick(['percent', 'Applications', 'number']), quarterLabel(rng, q, options.valid), figure(rng, options)]);
  return { sheets: [{ name: 'Values', rows, merges: [] }], latest: periods.at(-1) ?? null };
}

function commentarySheet(rng: Rng, sheets: Sheet[], latest: Cell, valid: boolean): Sheet {
  const ids = sheets.flatMap((s) => s.rows.slice(1).map((r) => r[0])).filter((id) => id !== undefined && id !== null);
  const sections = ['performance', 'definition', 'rationale', 'further action', 'conclusion', 'local performance', 'achievements', 'priorities'];
  const rows: Cell[][] = [['ID', 'Period', 'Section', 'Text']];
  for (let i = rng.int(1, 6); i > 0; i--)
    rows.push(
      valid
        ? [rng.pick(ids.length > 0 ? ids : ['NI68']), latest, rng.pick(sections), rng.chance(0.8) ? rng.pick(INJECTIONS) : hostileText(rng).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/g, '') || 'text']
        : [ids.length > 0 && rng.chance(0.8) ? rng.pick(ids) : 'NOPE', rng.pick([latest, '', 'latest', 'Q3 2016/17']), rng.pick([...sections, 'nonsense', '']), hostileText(rng)],
    );
  return { name: 'Commentary', rows, merges: [] };
}

// ---- Mutations of the grid: headers, columns, rows, merges, sheets ----

const HEADER_VARIANTS: Record<string, string[]> = {
  ID: ['id', ' ID ', 'Ref', 'KPI', 'I.D.', 'Identifier', 'Ident', ''],
  Period: ['period', 'Quarter', 'PERIOD ', 'Date', 'Perod'],
  Value: ['value', 'Actual', 'Outturn', 'Valu e', 'Figure', ''],
  Polarity: ['Good is', 'Direction', 'polarity', 'Polarit'],
  Title: ['Indicator', 'Description', 'Name', 'title'],
};

function mutateHeaders(rng: Rng, sheet: Sheet): string | null {
  const header = sheet.rows.find((r) => r.length > 2);
  if (header === undefined) return null;
  const what = rng.pick(['rename', 'shuffle', 'drop', 'duplicate']);
  const index = rng.int(0, header.length - 1);
  if (what === 'rename') {
    const variants = HEADER_VARIANTS[String(header[index])] ?? ['', 'Column', String(header[index]).toUpperCase()];
    header[index] = rng.pick(variants);
  } else if (what === 'shuffle') {
    const order = rng.shuffle(header.map((_, i) => i));
    for (const row of sheet.rows) {
      const copy = [...row];
      order.forEach((from, to) => (row[to] = copy[from] ?? null));
    }
  } else if (what === 'drop') {
    for (const row of sheet.rows) row.splice(index, 1);
  } else header.push(header[index] ?? 'ID');
  return `headers:${what}`;
}

function mutateRows(rng: Rng, sheet: Sheet): string {
  const what = rng.pick(['duplicate', 'blank', 'ragged', 'empty-sheet', 'header-only', 'huge-row']);
  const body = sheet.rows.length > 1 ? rng.int(1, sheet.rows.length - 1) : 0;
  if (what === 'duplicate' && sheet.rows.length > 1) sheet.rows.splice(body, 0, [...sheet.rows[body]!]);
  else if (what === 'blank') sheet.rows.splice(body, 0, []);
  else if (what === 'ragged') sheet.rows[body] = (sheet.rows[body] ?? []).slice(0, rng.int(0, 2));
  else if (what === 'empty-sheet') sheet.rows = [];
  else if (what === 'header-only') sheet.rows = sheet.rows.slice(0, 1);
  else sheet.rows.push(Array.from({ length: rng.int(50, 300) }, () => figure(rng, { valid: false, hostileIds: false, hostileValues: 0.5 })));
  return `rows:${what}`;
}

function columnName(n: number): string {
  let name = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

function addMerges(rng: Rng, sheet: Sheet): void {
  for (let i = rng.int(1, 3); i > 0; i--) {
    const top = rng.int(1, Math.max(1, sheet.rows.length));
    const left = rng.int(1, 6);
    const range = `${columnName(left)}${top}:${columnName(left + rng.int(0, 2))}${top + rng.int(0, 2)}`;
    if (range.split(':')[0] !== range.split(':')[1] && !sheet.merges.some((m) => m.split(':')[0] === range.split(':')[0])) sheet.merges.push(range);
  }
}

/** Sprinkles hostile values (and, now and then, illegal XML characters) over the body cells. */
function sprinkle(rng: Rng, sheet: Sheet, count: number): void {
  for (let i = 0; i < count && sheet.rows.length > 1; i++) {
    const row = sheet.rows[rng.int(1, sheet.rows.length - 1)]!;
    if (row.length === 0) continue;
    row[rng.int(0, row.length - 1)] = rng.chance(0.6) ? hostileNumber(rng) : hostileText(rng);
  }
}

// ---- Sheets → bytes ----

/** exceljs cannot write every cell value: what it refuses (lone surrogates in names, bad merges) is simplified. */
async function workbookBytes(sheets: Sheet[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // exceljs stamps the wall clock into docProps: fixed, so a seed makes the same bytes (and the same truncation) every time.
  workbook.created = workbook.modified = new Date(Date.UTC(2017, 0, 12));
  const used = new Set<string>();
  for (const spec of sheets) {
    let name = spec.name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
    while (used.has(name.toLowerCase())) name = `${name.slice(0, 28)}_${used.size}`;
    used.add(name.toLowerCase());
    spec.name = name;
    const sheet = workbook.addWorksheet(name, spec.state === undefined ? {} : { state: spec.state });
    spec.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell !== null && cell !== undefined) sheet.getCell(r + 1, c + 1).value = cell;
      }),
    );
    for (const range of spec.merges) {
      try {
        sheet.mergeCells(range);
      } catch {
        // exceljs refuses overlapping merges; the others are enough.
      }
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function csvField(rng: Rng, cell: Cell, delimiter: string): string {
  let text: string;
  if (cell === null || cell === undefined) text = '';
  else if (cell instanceof Date) text = rng.pick([cell.toISOString().slice(0, 10), `${cell.getUTCDate()}/${cell.getUTCMonth() + 1}/${cell.getUTCFullYear()}`]);
  else if (typeof cell === 'object') text = 'error' in cell ? String(cell.error) : 'formula' in cell ? `=${String(cell.formula)}` : 'richText' in cell ? cell.richText.map((t) => t.text).join('') : 'text' in cell ? String(cell.text) : '';
  else text = String(cell);
  return /["\r\n]/.test(text) || text.includes(delimiter) || rng.chance(0.1) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvBytes(rng: Rng, sheet: Sheet): { bytes: Uint8Array; tweaks: string[]; quoteLine: number | null } {
  const tweaks: string[] = [];
  const delimiter = rng.pick([',', ',', ',', ';', '\t']);
  const endings = rng.pick(['\r\n', '\n', '\r', 'mixed']);
  if (delimiter !== ',') tweaks.push(`delimiter:${JSON.stringify(delimiter)}`);
  tweaks.push(`endings:${JSON.stringify(endings)}`);
  const lines = sheet.rows.map((row) => row.map((cell) => csvField(rng, cell, delimiter)).join(delimiter));
  const quoteAt = lines.length > 0 && rng.chance(0.15) ? rng.int(0, lines.length - 1) : null;
  if (quoteAt !== null) lines[quoteAt] = `${lines[quoteAt]}${delimiter}"unterminated ${rng.pick(['', 'quote', 'field, with comma'])}`;
  if (rng.chance(0.1)) lines.push('', '', '');
  let text = '';
  let quoteLine: number | null = null;
  lines.forEach((line, i) => {
    // The physical line: quoted fields earlier in the file may hold line breaks of their own.
    if (i === quoteAt) quoteLine = 1 + (text.match(/\r\n|\r|\n/g)?.length ?? 0) + (line.slice(0, line.lastIndexOf('"unterminated')).match(/\r\n|\r|\n/g)?.length ?? 0);
    text += line + (endings === 'mixed' ? rng.pick(['\r\n', '\n', '\r']) : endings);
  });
  if (quoteLine !== null) tweaks.push(`unterminated-quote:line-${quoteLine}`);
  const encoding = rng.pick(['utf8', 'utf8', 'utf8-bom', 'utf16le-bom', 'latin1', 'nul']);
  if (encoding !== 'utf8') tweaks.push(`encoding:${encoding}`);
  const body =
    encoding === 'utf8-bom'
      ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
      : encoding === 'utf16le-bom'
        ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
        : encoding === 'latin1'
          ? Buffer.from(text.replace(/[^\u0000-\u00ff]/g, '?'), 'latin1') // Buffer keeps only the low byte: U+0322 would become a stray quote
          : encoding === 'nul'
            ? Buffer.from(text.replace(/,/g, (c) => (rng.chance(0.1) ? '\u0000' : c)), 'utf8')
            : Buffer.from(text, 'utf8');
  // NULs for commas may swallow the quote's own delimiter: then it is no longer a quote that opens a field.
  return { bytes: new Uint8Array(body), tweaks, quoteLine: encoding === 'nul' ? null : quoteLine };
}

// ---- Damaged workbooks: real parts edited with jszip, or the zip's bytes broken ----

async function damage(rng: Rng, bytes: Uint8Array): Promise<{ bytes: Uint8Array; how: string }> {
  const how = rng.pick([
    'truncated',
    'flipped-bytes',
    'shared-string-index',
    'renamed-part',
    'missing-part',
    'truncated-part',
    'illegal-xml-chars',
    'external-entity',
    'entity-expansion',
    'not-a-zip',
    'empty-file',
    'garbage-xml',
    'bad-dimension',
  ]);
  if (how === 'truncated') return { bytes: bytes.slice(0, rng.int(0, bytes.length - 1)), how };
  if (how === 'flipped-bytes') {
    const copy = bytes.slice();
    for (let i = rng.int(1, 20); i > 0; i--) copy[rng.int(0, copy.length - 1)] = rng.int(0, 255);
    return { bytes: copy, how };
  }
  if (how === 'not-a-zip') return { bytes: new TextEncoder().encode(rng.pick(['%PDF-1.7\n%%EOF', 'ID,Period,Value\nNI68,2016-17 Q3,5\n', '\u0000'.repeat(64), 'PK\u0003\u0004 not really'])), how };
  if (how === 'empty-file') return { bytes: new Uint8Array(0), how };
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((p) => !zip.files[p]!.dir);
  const xmlParts = parts.filter((p) => p.endsWith('.xml') || p.endsWith('.rels'));
  const sheetsXml = parts.filter((p) => p.startsWith('xl/worksheets/sheet'));
  const edit = async (part: string, change: (xml: string) => string): Promise<void> => {
    const file = zip.file(part);
    if (file !== null) zip.file(part, change(await file.async('string')));
  };
  if (how === 'shared-string-index') {
    const index = rng.pick(['99999', '-1', '1.5', 'abc', '', '4294967296']);
    for (const part of sheetsXml) await edit(part, (xml) => xml.replace(/(t="s"[^>]*>\s*<v>)\d+(<\/v>)/, `$1${index}$2`));
    if (rng.chance(0.3)) zip.remove('xl/sharedStrings.xml');
  } else if (how === 'renamed-part') {
    const part = rng.pick(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', sheetsXml[0] ?? 'xl/styles.xml', 'xl/sharedStrings.xml']);
    const file = zip.file(part);
    if (file !== null) {
      zip.file(rng.pick([part.toUpperCase(), `${part}.bak`, 'xl/worksheets/sheet99.xml', part.replace('xl/', '')]), await file.async('uint8array'));
      zip.remove(part);
    }
  } else if (how === 'missing-part') zip.remove(rng.pick(parts));
  else if (how === 'truncated-part') await edit(rng.pick(xmlParts), (xml) => xml.slice(0, rng.int(0, xml.length - 1)));
  else if (how === 'illegal-xml-chars') await edit(rng.pick(xmlParts), (xml) => xml.replace(/>([^<]{1,})</, (_m, text: string) => `>${text}${rng.pick(ILLEGAL_XML)}${rng.pick(ILLEGAL_XML)}<`));
  else if (how === 'external-entity')
    await edit(rng.pick(['xl/sharedStrings.xml', 'xl/workbook.xml', sheetsXml[0] ?? 'xl/workbook.xml']), (xml) =>
      xml.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').replace(/<t>([^<]*)<\/t>/, '<t>&xxe;</t>'),
    );
  else if (how === 'entity-expansion') {
    const entities = ['<!ENTITY a0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i};`.repeat(10)}">`)].join('');
    await edit('xl/sharedStrings.xml', (xml) => xml.replace(/^<\?xml[^>]*\?>/, `<?xml version="1.0"?><!DOCTYPE x [${entities}]>`).replace(/<t>([^<]*)<\/t>/, '<t>&a9;</t>'));
  } else if (how === 'garbage-xml') await edit(rng.pick(xmlParts), (xml) => rng.pick(['', 'not xml at all', '<?xml version="1.0"?><unclosed>', `${xml}<extra/>`, xml.replace(/<\/?sheetData>/, '')]));
  else await edit(sheetsXml[0] ?? 'xl/workbook.xml', (xml) => xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="${rng.pick(['A1:XFD1048576', 'ZZZZ1', '', 'A0:B-1'])}"/>`).replace(/ r="([A-Z]+)(\d+)"/, ` r="${rng.pick(['A0', 'XFE1', '', 'A1048577', 'a1'])}"`));
  return { bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), how };
}

// ---- Configs (YAML) with wrong types, unknown keys and hostile text ----

function configText(rng: Rng): { text: string; how: string } {
  const how = rng.pick(['good', 'good', 'wrong-types', 'unknown-keys', 'syntax', 'hostile-text', 'alias-bomb', 'empty', 'not-a-mapping', 'proto']);
  const text = (value: string): string => JSON.stringify(value); // JSON strings are YAML strings
  const base = [`council: ${text('Hart District Council')}`, 'meeting:', '  committee: Cabinet', '  date: 2017-01-12', 'exceptions:', '  threshold: 2'];
  switch (how) {
    case 'wrong-types':
      return {
        how,
        text: rng.pick([
          'council: 123\nmeeting:\n  date: 2017-13-45\n',
          'exceptions:\n  threshold: two\n',
          'exceptions:\n  threshold: 0.5\n',
          'exceptions:\n  threshold: -1e309\n',
          'meeting: [1, 2, 3]\n',
          'contactOfficers: "Jane"\n',
          'contactOfficers:\n  - name: ""\n',
          'measureType: weekly\n',
          'noiseBands:\n  NI68: -1\n  NI60: lots\n',
          'meeting:\n  status: Secret\n  cabinetMembers: yes\n',
          'queries:\n  confirmed: [42, null, "IT06 2014-15 Q9"]\n',
          'limits:\n  maxPapers: many\n',
        ]),
      };
    case 'unknown-keys':
      return { how, text: `${base.join('\n')}\n${rng.pick(['colour: blue', 'meeting2:\n  committee: x', 'exceptions:\n  treshold: 3', 'Council: X', '"": empty'])}\n` };
    case 'syntax':
      return { how, text: rng.pick(['council: [unclosed\n', 'meeting:\n\tcommittee: tab\n', 'a: b: c\n', 'key: "unterminated\n', '- just\n- a list\n: bad\n', '%YAML 9.9\n---\nx: 1\n']) };
    case 'hostile-text':
      return { how, text: `council: ${text(rng.pick(INJECTIONS))}\nmeeting:\n  committee: ${text(rng.pick(INJECTIONS))}\n  date: 2017-01-12\nexceptions:\n  boardName: ${text(hostileText(rng))}\n` };
    case 'alias-bomb':
      return { how, text: `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n` };
    case 'empty':
      return { how, text: rng.pick(['', '\n', '# only a comment\n', '~\n']) };
    case 'not-a-mapping':
      return { how, text: rng.pick(['42\n', '"a string"\n', '- a\n- b\n', 'true\n']) };
    case 'proto':
      return { how, text: `__proto__:\n  council: polluted\nconstructor:\n  prototype:\n    x: 1\n${base.join('\n')}\n` };
    default:
      return { how, text: `${base.join('\n')}\n` };
  }
}

// ---- One case ----

/** Makes the case for a seed: the same seed always makes the same files. */
export async function generateCase(seed: number): Promise<FuzzCase> {
  const rng = new Rng(seed);
  const valid = rng.chance(0.4);
  const shape = valid ? rng.pick(['long', 'long', 'wide', 'monthly']) : rng.pick(['long', 'long', 'wide', 'wide', 'monthly', 'open-data']);
  const format = rng.chance(0.35) ? 'csv' : 'xlsx';
  const options: Options = { valid, hostileIds: rng.chance(valid ? 0.3 : 0.25), hostileValues: rng.pick([0, 0.02, 0.1, 0.4]) };
  const kind: string[] = [valid ? 'valid' : 'hostile', format, shape];
  if (options.hostileIds) kind.push('+hostile-ids');
  if (options.hostileValues > 0) kind.push(`+hostile-values:${options.hostileValues}`);

  const built = shape === 'long' ? longSheets(rng, options) : shape === 'open-data' ? openDataSheets(rng, options) : wideSheets(rng, options, shape === 'monthly');
  let sheets = built.sheets;
  const latest = built.latest === null ? '2016-17 Q3' : quarterLabel(rng, built.latest, true);
  if (format === 'csv' && shape === 'long') {
    // A CSV holds one sheet: the long layout repeats the indicator columns on each row.
    const [indicators, values] = sheets as [Sheet, Sheet];
    // The indicator's Target column gives way to the Values sheet's own (a second Target column is an error).
    const byId = new Map(indicators.rows.slice(1).map((r) => [String(r[0]), [...r.slice(1, 4), r[5]]]));
    const rows = values.rows.slice(1).map((r) => [r[0], ...(byId.get(String(r[0])) ?? [null, null, null, null]), ...r.slice(1)]);
    sheets = [{ name: 'long', rows: [['ID', 'Title', 'Polarity', 'Unit', 'Measure type', 'Period', 'Value', 'Target', 'England'], ...rows], merges: [] }];
  }
  const main = sheets[sheets.length - 1]!;
  if (!valid && rng.chance(0.3)) kind.push(mutateHeaders(rng, main) ?? 'headers:none');
  if (!valid && rng.chance(0.25)) kind.push(mutateRows(rng, rng.pick(sheets)));
  if (!valid && rng.chance(0.3)) {
    sprinkle(rng, rng.pick(sheets), rng.int(1, 8));
    kind.push('+sprinkled');
  }
  if (format === 'xlsx') {
    if (rng.chance(valid ? 0.7 : 0.4)) sheets.push(commentarySheet(rng, sheets, latest, valid));
    if (rng.chance(0.15)) {
      addMerges(rng, rng.pick(sheets));
      kind.push('+merges');
    }
    if (rng.chance(0.1)) {
      sheets.push({ name: rng.pick(['Empty', 'Notes', 'Sheet2']), rows: [], merges: [] });
      kind.push('+empty-sheet');
    }
    if (rng.chance(0.1)) {
      const hidden = rng.pick(sheets);
      hidden.state = rng.pick(['hidden', 'veryHidden'] as const);
      kind.push(`+hidden:${hidden.name}`);
    }
    if (rng.chance(0.05)) {
      sheets = rng.shuffle(sheets);
      kind.push('+sheet-order');
    }
  }

  const files: FuzzFile[] = [];
  let data: string;
  let quoteLine: number | null = null;
  if (format === 'csv') {
    const { bytes, tweaks, quoteLine: line } = csvBytes(rng, main);
    quoteLine = line;
    kind.push(...tweaks);
    data = 'scorecard.csv';
    files.push({ name: data, bytes });
  } else {
    let bytes = await workbookBytes(sheets);
    if (!valid && rng.chance(0.35)) {
      const damaged = await damage(rng, bytes);
      bytes = damaged.bytes;
      kind.push(`damaged:${damaged.how}`);
    }
    data = 'scorecard.xlsx';
    files.push({ name: data, bytes });
  }
  const titles = new Set(sheets.flatMap((s) => s.rows.slice(1).map((r) => r[1])));
  const literals = INJECTION_CASES.filter(([text, marker]) => marker !== null && titles.has(text)).map(([, marker]) => marker!);
  const fuzzCase: FuzzCase = { seed, kind: kind.join(' '), files, data, sheets: format === 'csv' ? [data] : sheets.map((s) => s.name), literals };
  if (quoteLine !== null) fuzzCase.unterminatedQuoteLine = quoteLine;
  if (rng.chance(0.3)) {
    const config = configText(rng);
    fuzzCase.config = rng.chance(0.9) ? 'boardpack.config.yaml' : 'boardpack.config.yml';
    files.push({ name: fuzzCase.config, bytes: new TextEncoder().encode(config.text) });
    fuzzCase.kind += ` config:${config.how}`;
  }
  return fuzzCase;
}
