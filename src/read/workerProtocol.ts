// What the main thread and the workbook worker say to each other.
import type { SheetGrid } from './grid.js';

export interface WorkerRequest {
  file: string;
  maxRows: number;
}

export type WorkerReply =
  | { ok: true; sheets: SheetGrid[] }
  | { ok: false; code: string; message: string; sheet?: string };
