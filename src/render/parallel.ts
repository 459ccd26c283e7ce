// Both cores in one build: the PDFs rendered in a render thread while the main thread draws every chart (once) and
// renders the DOCX files. Files are handed on in the same order and with the same bytes as a one-thread build; a
// thread that fails, or a paper it cannot take, leaves that paper's PDF to the main thread, so no paper is lost.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Document } from '../model/types.js';
import { collect } from '../model/visit.js';
import type { ChartRenderer } from './charts/index.js';
import { chartKey, type RenderMessage, type RenderReply, type RenderTask } from './parallelProtocol.js';

type Format = 'docx' | 'pdf';

/**
 * The thread pays only for a big build, on a machine with a second core, when both formats are asked for: it
 * starts, loads the command line's bundle and runs the PDF renderer cold a second time, and its V8 heap adds about
 * 100 MB. Figures stand in for size (a paper's render time grows with its charts and the tables beside them).
 * Measured on this 2-core machine, whole `build --paper all` commands, interleaved, medians of 7: the sample (20
 * figures) 1.09 → 1.16 s and 25 indicators × 8 quarters (44 figures) 1.61 → 1.73 s, slower; 50 × 8 (86 figures)
 * 2.04 → 2.02 s, even; 100 × 12 (163 figures) 3.38 → 3.09 s (9 rounds, 8 faster) and 3.31 → 2.95 s; 500 exception
 * reports (`--paper exceptions`) 17.3 and 18.3 → 13.7 and 12.6 s, peak RSS 338 → 432 MB.
 */
export const MIN_FIGURES_FOR_THREAD = 100;

/** Papers sent to the thread ahead of the one the main thread is writing (bounds the PDF bytes held). */
const AHEAD = 2;

export function worthAThread(documents: readonly { doc: Document }[], formats: readonly Format[], cores: number = availableParallelism()): boolean {
  if (cores < 2 || !formats.includes('docx') || !formats.includes('pdf') || documents.length === 0) return false;
  let figures = 0;
  for (const { doc } of documents) figures += collect(doc, 'figure').length;
  return figures >= MIN_FIGURES_FOR_THREAD;
}

/**
 * The thread starts as the command line does (src/startup/renderThread.ts): from the bundle and a code cache of its
 * own where the bundle is current, else from the modules as built. Under vitest or tsx it is TypeScript: the thread
 * registers tsx's loader first (`--import` in a thread's execArgv is not honoured: the thread could not load it).
 */
function startThread(): Worker {
  const options = { stdout: false, stderr: false };
  if (!import.meta.url.endsWith('.ts')) return new Worker(fileURLToPath(new URL('../startup/renderThread.js', import.meta.url)), options);
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = new URL('../startup/renderThread.ts', import.meta.url).href;
  const start = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(start, { ...options, eval: true });
}

interface Pending {
  promise: Promise<RenderReply | null>;
  resolve: (reply: RenderReply | null) => void;
}

function pending(): Pending {
  let resolve!: (reply: RenderReply | null) => void;
  const promise = new Promise<RenderReply | null>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Renders every paper in every format with the PDFs made in a render thread. `renderOne` is the one-thread renderer
 * (sharing `renderChart`, the build's chart cache): the DOCX files, and any PDF the thread could not make.
 */
export async function renderWithThread(
  documents: readonly { stem: string; doc: Document }[],
  formats: readonly Format[],
  put: (name: string, bytes: Uint8Array) => Promise<void>,
  onFile: ((name: string) => void) | undefined,
  renderChart: ChartRenderer,
  renderOne: (doc: Document, format: Format) => Promise<Uint8Array>,
): Promise<void> {
  const waiting = new Map<number, Pending>();
  let gone = false;
  const giveUp = (): void => {
    gone = true;
    for (const p of waiting.values()) p.resolve(null);
  };
  let thread: Worker | null = null;
  let exited: Promise<void> = Promise.resolve();
  try {
    thread = startThread();
    const started = thread;
    exited = new Promise((resolve) => started.once('exit', () => resolve()));
    thread.on('message', (reply: RenderReply) => waiting.get(reply.index)?.resolve(reply));
    thread.on('error', giveUp);
    thread.on('exit', giveUp);
    thread.on('messageerror', giveUp);
  } catch {
    giveUp();
  }

  const send = async (index: number): Promise<void> => {
    const doc = documents[index]!.doc;
    const p = pending();
    waiting.set(index, p);
    const charts = new Map<string, Uint8Array>();
    for (const figure of collect(doc, 'figure')) {
      const size = { widthMm: figure.widthMm, heightMm: figure.heightMm };
      const key = chartKey(figure.chart, size);
      if (!charts.has(key)) charts.set(key, await renderChart(figure.chart, size));
    }
    if (gone || thread === null) return p.resolve(null);
    try {
      const task: RenderTask = { index, doc, charts: [...charts] };
      thread.postMessage(task);
    } catch {
      p.resolve(null); // a document that cannot be cloned: rendered here
    }
  };

  let sent = 0;
  let finished = false;
  try {
    for (let index = 0; index < documents.length; index++) {
      while (sent < documents.length && sent <= index + AHEAD) await send(sent++);
      const { stem, doc } = documents[index]!;
      const bytes = new Map<Format, Uint8Array>();
      for (const format of formats) if (format !== 'pdf') bytes.set(format, await renderOne(doc, format));
      const reply = await waiting.get(index)!.promise;
      waiting.delete(index);
      bytes.set('pdf', reply?.status === 'ok' ? reply.bytes : await renderOne(doc, 'pdf'));
      for (const format of formats) {
        const name = `${stem}.${format}`;
        await put(name, bytes.get(format)!);
        onFile?.(name);
      }
    }
    finished = true;
  } finally {
    gone = true;
    if (thread !== null) await endThread(thread, exited, finished);
  }
}

/** How long a thread told there are no more papers may take to end (it writes its code cache) before it is stopped. */
const END_WITHIN_MS = 5_000;

/**
 * Ends the thread: once every paper is done, by telling it there are no more, so it finishes writing its code cache
 * (stopped halfway, the cache would never be written); after a failure here, at once.
 */
async function endThread(thread: Worker, exited: Promise<void>, finished: boolean): Promise<void> {
  if (!finished) {
    await thread.terminate();
    return;
  }
  try {
    thread.postMessage(null satisfies RenderMessage);
  } catch {
    await thread.terminate();
    return;
  }
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), END_WITHIN_MS)));
  if ((await Promise.race([exited, late])) === 'late') await thread.terminate();
  clearTimeout(timer);
}
