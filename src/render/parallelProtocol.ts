// What render/parallel.ts and the DOCX worker thread (render/docxWorker.ts) say to each other.
import type { ChartSpec, Document } from '../model/types.js';

/** One chart drawing's identity: its spec and placed size (the build's chart cache uses the same key). */
export const chartKey = (spec: ChartSpec, size: { widthMm: number; heightMm: number }): string => JSON.stringify([spec, size.widthMm, size.heightMm]);

/** A paper to render to DOCX, with the SVG drawing of each of its charts by chartKey. */
export interface DocxTask {
  index: number;
  doc: Document;
  charts: [string, Uint8Array][];
}

/** `declined`: a chart with no native Word form (it needs a PNG, drawn only in the main thread). */
export type DocxReply =
  | { index: number; status: 'ok'; bytes: Uint8Array }
  | { index: number; status: 'declined' }
  | { index: number; status: 'failed'; message: string };
