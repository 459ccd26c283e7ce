// Worker thread: parse each .xlsx it is sent and send back plain sheet grids. Runs under a heap limit and a timeout.
// The fast reader takes what it can read exactly as exceljs would; exceljs (loaded only then) reads the rest.
import { readFileSync, statSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics.js';
import { checkPlainArchive, checkWorkbookArchive } from './archiveGuard.js';
import { readWorkbookWithExcelJs } from './excelJsGrids.js';
import { readWorkbookFast } from './fastWorkbook.js';
import type { SheetGrid } from './grid.js';
import { encodeGrids, wireBuffers } from './gridWire.js';
import type { ReadLimits } from './types.js';
import type { ReadReply, WorkerReply, WorkerRequest } from './workerProtocol.js';
import { ZipParts } from './zipParts.js';

function tooManyRows(sheets: SheetGrid[], maxRows: number): ReadReply | null {
  const long = sheets.find((sheet) => sheet.rows.length > maxRows);
  if (long === undefined) return null;
  return { ok: false, code: 'too-many-rows', sheet: long.name, message: `the sheet has ${long.rows.length} rows, more than the ${maxRows} allowed` };
}

/** The fast reader's grids, or null when it declines the workbook (or fails on it): exceljs then reads it. */
function readFast(file: string, opened?: ZipParts): SheetGrid[] | null {
  try {
    return readWorkbookFast(file, opened);
  } catch {
    return null;
  }
}

async function readWorkbook(request: WorkerRequest, fast: SheetGrid[] | null): Promise<ReadReply> {
  if (fast === null) return readWorkbookWithExcelJs(request);
  return tooManyRows(fast, request.maxRows) ?? { ok: true, sheets: fast };
}

/**
 * A file small enough to read whole (no larger than it may unpack to), as a zip this reader reads plainly; else null.
 * Reading it once serves the guard and the fast reader both: each part is inflated once.
 */
function openWhole(file: string, limits: ReadLimits): ZipParts | null {
  try {
    return statSync(file).size <= limits.maxUnpackedBytes ? ZipParts.open(readFileSync(file)) : null;
  } catch {
    return null;
  }
}

/** The guard first when the request asks for it: a file it refuses is never parsed. */
async function guarded(request: WorkerRequest): Promise<ReadReply | { ok: false; refused: Diagnostic[] }> {
  if (request.guard !== undefined) {
    const zip = openWhole(request.file, request.guard);
    const plain = zip === null ? null : checkPlainArchive(zip, request.guard, request.file);
    const refused = plain ?? (await checkWorkbookArchive(request.file, request.guard));
    if (refused.length > 0) return { ok: false, refused };
    // The zip (the file and its inflated parts) is let go before exceljs reads a workbook the fast reader declined.
    if (plain !== null && zip !== null) return readWorkbook(request, readFast(request.file, zip));
  }
  return readWorkbook(request, readFast(request.file));
}

// One request at a time: the reader sends the next only after this one's reply, so a worker can serve many reads.
parentPort?.on('message', (request: WorkerRequest) => {
  void guarded(request).then((reply) => {
    if (!reply.ok) return parentPort?.postMessage(reply);
    const wire: WorkerReply = { ok: true, sheets: encodeGrids(reply.sheets) };
    parentPort?.postMessage(wire, wireBuffers(wire.sheets));
  });
});
