// The DOCX worker thread's entry (render/parallel.ts starts it): renders each paper it is sent with the chart
// drawings the main thread made, one at a time in the order sent, and sends the bytes back. It never draws a chart:
// a figure whose kind has no native Word form (which would need node-canvas for its PNG) is sent back to be
// rendered in the main thread.
import { parentPort } from 'node:worker_threads';
import type { ChartSpec, Document } from '../model/types.js';
import { collect } from '../model/visit.js';
import { chartKey, type DocxReply, type DocxTask } from './parallelProtocol.js';

const port = parentPort;
if (port === null) throw new Error('src/render/docxWorker.ts runs only as a worker thread started by render/parallel.ts');

/** True when every figure has a native Word chart, so rendering needs no PNG (no node-canvas in this thread). */
async function allNative(doc: Document, drawings: ReadonlyMap<string, Uint8Array>): Promise<boolean> {
  const { nativeChart } = await import('./docx/charts/index.js');
  const { chartDrawingOf } = await import('./charts/drawings.js');
  return collect(doc, 'figure').every((figure) => {
    const svg = drawings.get(chartKey(figure.chart, figure));
    return svg !== undefined && nativeChart(figure.chart, chartDrawingOf(svg).valueAxis) !== null;
  });
}

async function render(task: DocxTask): Promise<DocxReply> {
  try {
    const drawings = new Map(task.charts);
    if (!(await allNative(task.doc, drawings))) return { index: task.index, status: 'declined' };
    const { renderDocx } = await import('./docx/index.js');
    const renderChart = async (spec: ChartSpec, size: { widthMm: number; heightMm: number }): Promise<Uint8Array> => {
      const svg = drawings.get(chartKey(spec, size));
      if (svg === undefined) throw new Error('a chart the main thread did not send');
      return svg;
    };
    return { index: task.index, status: 'ok', bytes: await renderDocx(task.doc, { renderChart }) };
  } catch (e) {
    // The main thread renders this paper itself, so a real error is reported from there, as in a one-thread build.
    return { index: task.index, status: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}

let queue: Promise<void> = Promise.resolve();
port.on('message', (task: DocxTask) => {
  queue = queue.then(async () => {
    const reply = await render(task);
    // The bytes move to the main thread rather than being copied, when they own their whole buffer.
    const own = reply.status === 'ok' && reply.bytes.byteOffset === 0 && reply.bytes.byteLength === reply.bytes.buffer.byteLength;
    port.postMessage(reply, own && reply.status === 'ok' ? [reply.bytes.buffer as ArrayBuffer] : []);
  });
});
