// Worker thread: parse each .xlsx it is sent and send back its sheet grids in their wire form (gridWire.ts). Runs
// under a heap limit and a timeout. The fast reader takes what it can read exactly as exceljs would, writing the wire
// form as it reads; exceljs (loaded only then) reads the rest, and its grids are encoded.
import { readFileSync, statSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { Diagnostic } from '../diagnostics.js';
import { checkPlainArchive, checkWorkbookArchive } from './archiveGuard.js';
import { readWorkbookWithExcelJs } from './excelJsGrids.js';
import { readWorkbookFastWire } from './fastWorkbook.js';
import { encodeGrids, wireBuffers, type WireSheet } from './gridWire.js';
import type { ReadLimits } from './types.js';
import type { ReadFailure, WorkerReply, WorkerRequest } from './workerProtocol.js';
import { ZipParts } from './zipParts.js';

function tooManyRows(sheets: readonly { name: string; rows: number }[], maxRows: number): ReadFailure | null {
  const long = sheets.find((sheet) => sheet.rows > maxRows);
  if (long === undefined) return null;
  return { ok: false, code: 'too-many-rows', sheet: long.name, message: `the sheet has ${long.rows} rows, more than the ${maxRows} allowed` };
}

/** The fast reader's sheets, or null when it declines the workbook (or fails on it): exceljs then reads it. */
function readFast(file: string, opened?: ZipParts): WireSheet[] | null {
  try {
    return readWorkbookFastWire(file, opened);
  } catch {
    return null;
  }
}

/** The reply to send: the sheets in their wire form, written by the fast reader as it read them, or encoded from exceljs's grids. */
async function readWorkbook(request: WorkerRequest, fast: WireSheet[] | null): Promise<WorkerReply> {
  if (fast === null) {
    const reply = await readWorkbookWithExcelJs(request);
    return reply.ok ? { ok: true, sheets: encodeGrids(reply.sheets) } : reply;
  }
  return tooManyRows(fast.map((sheet) => ({ name: sheet.name, rows: sheet.rowNumbers.length })), request.maxRows) ?? { ok: true, sheets: fast };
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
async function guarded(request: WorkerRequest): Promise<WorkerReply> {
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
    parentPort?.postMessage(reply, reply.ok ? wireBuffers(reply.sheets) : []);
  });
});
