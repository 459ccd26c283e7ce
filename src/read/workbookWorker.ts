// Worker thread: parse each .xlsx it is sent and send back plain sheet grids. Runs under a heap limit and a timeout.
// The fast reader takes what it can read exactly as exceljs would; exceljs (loaded only then) reads the rest.
import { parentPort } from 'node:worker_threads';
import { readWorkbookWithExcelJs } from './excelJsGrids.js';
import { readWorkbookFast } from './fastWorkbook.js';
import type { SheetGrid } from './grid.js';
import type { WorkerReply, WorkerRequest } from './workerProtocol.js';

function tooManyRows(sheets: SheetGrid[], maxRows: number): WorkerReply | null {
  const long = sheets.find((sheet) => sheet.rows.length > maxRows);
  if (long === undefined) return null;
  return { ok: false, code: 'too-many-rows', sheet: long.name, message: `the sheet has ${long.rows.length} rows, more than the ${maxRows} allowed` };
}

async function readWorkbook(request: WorkerRequest): Promise<WorkerReply> {
  let fast: SheetGrid[] | null = null;
  try {
    fast = readWorkbookFast(request.file);
  } catch {
    fast = null;
  }
  if (fast === null) return readWorkbookWithExcelJs(request);
  return tooManyRows(fast, request.maxRows) ?? { ok: true, sheets: fast };
}

// One request at a time: the reader sends the next only after this one's reply, so a worker can serve many reads.
parentPort?.on('message', (request: WorkerRequest) => {
  void readWorkbook(request).then((reply) => parentPort?.postMessage(reply));
});
