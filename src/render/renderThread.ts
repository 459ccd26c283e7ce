// A build's render thread (render/parallel.ts starts it; src/startup/renderThread.ts serves this from the command
// line's bundle): renders each paper it is sent to PDF with the chart drawings the main thread made, one at a time in
// the order sent, and sends the bytes back. It never draws a chart, so node-canvas is never loaded here (a thread
// that drew with it would crash the process as it ended: src/run/pool.ts says why).
import { parentPort } from 'node:worker_threads';
import type { ChartSpec } from '../model/types.js';
import { chartKey, type RenderMessage, type RenderReply, type RenderTask } from './parallelProtocol.js';

async function render(task: RenderTask): Promise<RenderReply> {
  try {
    const drawings = new Map(task.charts);
    const renderChart = async (spec: ChartSpec, size: { widthMm: number; heightMm: number }): Promise<Uint8Array> => {
      const drawing = drawings.get(chartKey(spec, size));
      if (drawing === undefined) throw new Error('a chart the main thread did not send');
      return drawing;
    };
    const { renderPdfWith } = await import('./pdf/index.js');
    return { index: task.index, status: 'ok', bytes: await renderPdfWith(task.doc, { renderChart }) };
  } catch (e) {
    // The main thread renders this paper itself, so a real error is reported from there, as in a one-thread build.
    return { index: task.index, status: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Serves the papers the main thread sends until it says there are no more; `afterFirstTask` runs once, after the
 * first reply (writing the code cache). The thread ends by itself once it has done everything it began, so it is
 * never stopped halfway through writing its cache.
 */
export function serveRenderTasks(afterFirstTask: () => void = () => {}): void {
  const port = parentPort;
  if (port === null) throw new Error('render/renderThread.ts runs only as a worker thread started by render/parallel.ts');
  let queue: Promise<void> = Promise.resolve();
  let first = true;
  port.on('message', (task: RenderMessage) => {
    if (task === null) {
      void queue.then(() => process.exit(0)); // ends this thread, not the process
      return;
    }
    queue = queue
      .then(async () => {
        const reply = await render(task);
        // The bytes move to the main thread rather than being copied, when they own their whole buffer.
        const own = reply.status === 'ok' && reply.bytes.byteOffset === 0 && reply.bytes.byteLength === reply.bytes.buffer.byteLength;
        port.postMessage(reply, own && reply.status === 'ok' ? [reply.bytes.buffer as ArrayBuffer] : []);
        if (!first) return;
        first = false;
        try {
          afterFirstTask();
        } catch {
          // the code cache only saves compiling
        }
      })
      // A reply that could not be sent: the thread ends, and the main thread renders every paper not answered.
      .catch(() => process.exit(1));
  });
}
