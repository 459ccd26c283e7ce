// What the main thread and the workbook worker say to each other.
import type { Diagnostic } from '../diagnostics.js';
import type { SheetGrid } from './grid.js';
import type { WireSheet } from './gridWire.js';
import type { ReadLimits } from './types.js';

export interface WorkerRequest {
  file: string;
  maxRows: number;
  /** When given, the archive guard checks the file against these limits first (archiveGuard.ts), in the worker. */
  guard?: ReadLimits;
}

export type ReadFailure = { ok: false; code: string; message: string; sheet?: string };

/** What a reader inside the worker gives. */
export type ReadReply = { ok: true; sheets: SheetGrid[] } | ReadFailure;

/** What the worker sends: the grids in their compact form (gridWire.ts), or the guard's reasons not to read. */
export type WorkerReply = { ok: true; sheets: WireSheet[] } | ReadFailure | { ok: false; refused: Diagnostic[] };
