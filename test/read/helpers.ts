// Test helpers: write small workbooks and CSVs into a temp folder, read them, and look at the diagnostics.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { formatWhere } from '../../src/diagnostics.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { readScorecard } from '../../src/read/index.js';
import type { ReadResult } from '../../src/read/index.js';

export type CellSpec = ExcelJS.CellValue | { value: ExcelJS.CellValue; numFmt: string };
export interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  merges?: string[];
}

export class TempDir {
  readonly path = mkdtempSync(join(tmpdir(), 'boardpack-read-'));
  file(name: string): string {
    return join(this.path, name);
  }
  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

function isFormatted(spec: CellSpec): spec is { value: ExcelJS.CellValue; numFmt: string } {
  return typeof spec === 'object' && spec !== null && !(spec instanceof Date) && 'numFmt' in spec;
}

export async function writeWorkbook(file: string, sheets: SheetSpec[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    spec.rows.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        if (cell === undefined || cell === null) return;
        const target = sheet.getCell(r + 1, c + 1);
        if (isFormatted(cell)) {
          target.value = cell.value;
          target.numFmt = cell.numFmt;
        } else target.value = cell;
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Every .xlsx file below `dir` (none when it does not exist: ../shared is only beside the repository in /work). */
export function xlsxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return xlsxFiles(path);
    return name.toLowerCase().endsWith('.xlsx') ? [path] : [];
  });
}

export function writeBytes(file: string, bytes: string | Uint8Array): string {
  writeFileSync(file, bytes);
  return file;
}

/** `error missing-column Values!A1`: the parts of a diagnostic a test pins down. */
export function brief(d: Diagnostic): string {
  return `${d.severity} ${d.code} ${formatWhere(d.where)}`;
}

export function briefs(result: ReadResult): string[] {
  return result.diagnostics.map(brief);
}

export async function readOk(file: string): Promise<NonNullable<ReadResult['scorecard']> & { diagnostics: Diagnostic[] }> {
  const result = await readScorecard(file);
  if (result.scorecard === null) throw new Error(`expected a scorecard, got:\n${briefs(result).join('\n')}\n${result.diagnostics.map((d) => d.message).join('\n')}`);
  return { ...result.scorecard, diagnostics: result.diagnostics };
}

/** The standard Indicators sheet most tests need. */
export const INDICATORS: SheetSpec = {
  name: 'Indicators',
  rows: [
    ['ID', 'Title', 'Polarity', 'Unit', 'Target'],
    ['NI68', 'Referrals going on to initial assessment', 'higher', 'percent', 72],
    ['NI60', 'Core assessments in time', 'higher', 'percent', null],
  ],
};
