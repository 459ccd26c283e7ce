// What render/parallel.ts and the render thread (render/renderThread.ts) say to each other.
import type { ChartSpec, Document } from '../model/types.js';

/** One chart drawing's identity: its spec and placed size (the build's chart cache uses the same key). */
export const chartKey = (spec: ChartSpec, size: { widthMm: number; heightMm: number }): string => JSON.stringify([spec, size.widthMm, size.heightMm]);

/** A paper to render to PDF, with the drawing of each of its charts by chartKey (SVG, or a caller's PNG). */
export interface RenderTask {
  index: number;
  doc: Document;
  charts: [string, Uint8Array][];
}

/** What the main thread sends: a paper, or null once every paper has been sent (the thread then ends by itself). */
export type RenderMessage = RenderTask | null;

/** `failed`: the main thread renders the paper itself, and reports the error from there if it fails again. */
export type RenderReply = { index: number; status: 'ok'; bytes: Uint8Array } | { index: number; status: 'failed'; message: string };
