// Worker thread: parse an .xlsx with exceljs and send back plain sheet grids. Runs under a heap limit and a timeout.
import { parentPort, workerData } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import { normaliseCell } from './cell.js';
import type { CellValue } from './cell.js';
import type { GridRow, SheetGrid } from './grid.js';
import type { WorkerReply, WorkerRequest } from './workerProtocol.js';

function sheetGrid(worksheet: ExcelJS.Worksheet): SheetGrid {
  const rows: GridRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = new Map<number, CellValue>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // A merged cell reads as its range's top-left cell, value and number format alike.
      const source = cell.isMerged ? cell.master : cell;
      const value = normaliseCell(source.value, source.numFmt);
      if (value.kind !== 'blank') cells.set(column, value);
    });
    if (cells.size > 0) rows.push({ row: rowNumber, cells });
  });
  return { name: worksheet.name, rows };
}

async function readWorkbook(request: WorkerRequest): Promise<WorkerReply> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(request.file);
  } catch (err) {
    return { ok: false, code: 'not-a-workbook', message: `this is not a readable Excel workbook (.xlsx): ${(err as Error).message}` };
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

parentPort!.postMessage(await readWorkbook(workerData as WorkerRequest));
