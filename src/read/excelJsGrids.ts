// Reading an .xlsx through exceljs's whole workbook model: the general reader, for what the fast reader declines.
import type ExcelJS from 'exceljs';
import { normaliseCell } from './cell.js';
import type { CellValue } from './cell.js';
import type { GridRow, SheetGrid } from './grid.js';
import type { ReadReply, WorkerRequest } from './workerProtocol.js';

function sheetGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const rows: GridRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = new Map<number, CellValue>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = normaliseCell(cell.value, cell.numFmt);
      if (value.kind !== 'blank') cells.set(column, value);
    });
    if (cells.size > 0) rows.push({ row: rowNumber, cells });
  });
  return { name: worksheet.name, rows };
}

/**
 * Sheet parts exceljs need not build. Skipping mergeCells means a merged range is never expanded cell by cell
 * (the whole-grid merge bomb), at the cost of merged cells other than the top-left reading as blank; the rest
 * is formatting boardpack never reads, skipped for speed.
 */
const IGNORED_SHEET_PARTS = ['mergeCells', 'conditionalFormatting', 'dataValidations', 'extLst', 'drawing', 'picture', 'tableParts', 'rowBreaks', 'headerFooter', 'pageSetup'];

/** exceljs's own row cap (`Max row count (N) exceeded`) backs up the archive scan's count. */
const ROW_CAP_MESSAGE = /^Max row count/;

/** The workbook through exceljs's whole model: slower, but it reads (or names the damage in) anything. */
export async function readWorkbookWithExcelJs(request: WorkerRequest): Promise<ReadReply> {
  const { default: ExcelJSModule } = await import('exceljs');
  const workbook = new ExcelJSModule.Workbook();
  // maxRows is read by exceljs's worksheet parser but missing from its typings.
  const options: ExcelJS.XlsxReadOptions & { maxRows: number } = { maxRows: request.maxRows, ignoreNodes: IGNORED_SHEET_PARTS };
  try {
    await workbook.xlsx.readFile(request.file, options);
  } catch (err) {
    const message = (err as Error).message;
    if (ROW_CAP_MESSAGE.test(message)) return { ok: false, code: 'too-many-rows', message: `a sheet has more than the ${request.maxRows} rows allowed` };
    return { ok: false, code: 'not-a-workbook', message: `this is not a readable Excel workbook (.xlsx): ${message}` };
  }
  const sheets: SheetGrid[] = [];
  for (const worksheet of workbook.worksheets) {
    if (worksheet.actualRowCount > request.maxRows) {
      return { ok: false, code: 'too-many-rows', sheet: worksheet.name, message: `the sheet has ${worksheet.actualRowCount} rows, more than the ${request.maxRows} allowed` };
    }
    sheets.push(sheetGrid(worksheet));
  }
  return { ok: true, sheets };
}
