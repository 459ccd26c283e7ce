// `boardpack queries --data FILE [--out FILE.xlsx|.csv]`: the data queries for service leads, as a table or a file.
import { basename, dirname, extname } from 'node:path';
import { analyse } from '../analyse/index.js';
import type { Analysis } from '../analyse/types.js';
import { error, exitCodeFor, hasErrors, type ExitCode } from '../diagnostics.js';
import { writeFilesAtomically } from '../output.js';
import { writeZip } from '../zipWriter.js';
import { printDiagnostics, type CommandIo } from './io.js';
import { readScorecardInput } from './scorecardInput.js';
import { QUERY_COLUMNS, queryRows, type QueryRow } from './queryRows.js';

export interface QueriesArgs {
  data: string;
  out?: string | undefined;
  period?: string | undefined;
  config?: string | undefined;
  /** In a long file with one row per area: the council whose rows to read (overrides the config's area). */
  area?: string | undefined;
}

export async function queriesCommand(args: QueriesArgs, io: CommandIo): Promise<ExitCode> {
  const format = args.out === undefined ? 'table' : extname(args.out).toLowerCase();
  if (format !== 'table' && format !== '.xlsx' && format !== '.csv') {
    printDiagnostics(io, [error('bad-out', `--out names a .xlsx or .csv file; got "${args.out}"`)]);
    return exitCodeFor('usage');
  }
  const input = await readScorecardInput(args, io);
  if ('exit' in input) return input.exit;
  const analysis = analyse(input.scorecard, {
    ...(input.period !== undefined ? { period: input.period } : {}),
    confirmedQueries: input.config.queries.confirmed,
  });
  if (hasErrors(analysis.diagnostics)) {
    printDiagnostics(io, analysis.diagnostics);
    return exitCodeFor('invalid-input');
  }
  const rows = queryRows(analysis);
  if (args.out === undefined) {
    io.out(queriesTable(analysis, rows));
    return exitCodeFor(null);
  }
  const bytes = format === '.xlsx' ? await queriesWorkbook(rows) : new TextEncoder().encode(await queriesCsv(rows));
  try {
    await writeFilesAtomically(dirname(args.out), [{ name: basename(args.out), bytes }]);
  } catch (e) {
    printDiagnostics(io, [error('cannot-write', `cannot write the queries list: ${e instanceof Error ? e.message : String(e)}`, { file: args.out })]);
    return exitCodeFor('usage');
  }
  io.err(`${args.out}: ${rows.length} ${rows.length === 1 ? 'query' : 'queries'} for ${analysis.period}`);
  return exitCodeFor(null);
}

function queriesTable(analysis: Analysis, rows: readonly QueryRow[]): string {
  if (rows.length === 0) return `No data queries up to ${analysis.period}.`;
  const held = rows.filter((r) => r['Held from papers'] === 'yes').length;
  const lines = rows.map((r) => `${r.Indicator}  ${r.Quarter}  ${r.Cell}${r.Confirmed === 'yes' ? '  (confirmed)' : ''}\n  ${r.Reason}\n  Check: ${r['What to check']}`);
  return [`Data queries up to ${analysis.period}: ${rows.length}, ${held} holding a figure out of the papers`, '', ...lines].join('\n');
}

/** Papaparse quotes what needs quoting; a leading = + - @ is prefixed so a spreadsheet never runs a cell as a formula. */
async function queriesCsv(rows: readonly QueryRow[]): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const safe = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, /^[=+\-@]/.test(v) ? `'${v}` : v])));
  return `${Papa.unparse({ fields: [...QUERY_COLUMNS], data: safe.map((r) => QUERY_COLUMNS.map((c) => r[c] ?? '')) }, { newline: '\r\n' })}\r\n`;
}

async function queriesWorkbook(rows: readonly QueryRow[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  // A fixed date keeps the same queries the same bytes.
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('Queries');
  sheet.columns = QUERY_COLUMNS.map((header) => ({ header, key: header, width: header === 'Reason' || header === 'What to check' ? 70 : header === 'Title' ? 40 : 14 }));
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return withoutTimestamps(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/**
 * exceljs stamps each part of the zip with the time it wrote it, so the same queries written a second later were
 * other bytes. The parts are written again, in their order, by the papers' own zip writer, which stamps none.
 */
async function withoutTimestamps(xlsx: Uint8Array): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(xlsx);
  const parts = Object.values(zip.files).filter((file) => !file.dir);
  return writeZip(await Promise.all(parts.map(async (file) => ({ name: file.name, data: await file.async('uint8array'), compress: true }))));
}
