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

/** `auto`: a thread where the build is big enough for it to pay; `two`: whenever both formats are asked for. */
export type ThreadChoice = 'auto' | 'two';

/**
 * The thread pays only for a big build, on a machine with a second core, when both formats are asked for: it
 * starts, loads the command line's bundle and runs the PDF renderer cold a second time, and its V8 heap adds about
 * 100 MB. Figures stand in for size (a paper's render time grows with its charts and the tables beside them).
 * Measured on this 2-core machine, whole `build --paper all` commands, interleaved, medians of 7, with the thread
 * started once the papers were composed: the sample (20 figures) 1.09 → 1.16 s and 25 indicators × 8 quarters (44
 * figures) 1.61 → 1.73 s, slower; 50 × 8 (86 figures) 2.04 → 2.02 s, even; 100 × 12 (163 figures) 3.38 → 3.09 s (9
 * rounds, 8 faster) and 3.31 → 2.95 s; 500 exception reports (`--paper exceptions`) 17.3 and 18.3 → 13.7 and 12.6 s,
 * peak RSS 338 → 432 MB.
 */
export const MIN_FIGURES_FOR_THREAD = 100;

/** Papers sent to the thread ahead of the one the main thread is writing (bounds the PDF bytes held). */
const AHEAD = 2;

/** Whether papers holding `figures` figures between them call for a render thread. */
export function worthAThread(figures: number, formats: readonly Format[], choice: ThreadChoice, cores: number = availableParallelism()): boolean {
  if (!formats.includes('docx') || !formats.includes('pdf')) return false;
  return choice === 'two' || (cores >= 2 && figures >= MIN_FIGURES_FOR_THREAD);
}

/**
 * The thread starts as the command line does (src/startup/renderThread.ts): from the bundle and a code cache of its
 * own where the bundle is current, else from the modules as built. Under vitest or tsx it is TypeScript: the thread
 * registers tsx's loader first (`--import` in a thread's execArgv is not honoured: the thread could not load it).
 * The thread takes none of the process's Node.js options: `node --input-type=module -e ...` would stop it loading
 * its entry file.
 */
function startWorker(): Worker {
  const options = { stdout: false, stderr: false, execArgv: [] };
  if (!import.meta.url.endsWith('.ts')) return new Worker(fileURLToPath(new URL('../startup/renderThread.js', import.meta.url)), options);
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const entry = new URL('../startup/renderThread.ts', import.meta.url).href;
  const start = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(start, { ...options, eval: true });
}

/** How long a thread told there are no more papers may take to end (it writes its code cache) before it is stopped. */
const END_WITHIN_MS = 5_000;

/**
 * A render thread, listened to from the moment it starts: a thread that fails or ends early answers every paper
 * sent to it, and every paper sent after, with null, so the main thread renders those itself and never waits for
 * a reply that cannot come.
 */
class RenderThread {
  private readonly waiting = new Map<number, (reply: RenderReply | null) => void>();
  private gone = false;
  private readonly exited: Promise<void>;

  constructor(private readonly worker: Worker) {
    this.exited = new Promise((resolve) => worker.once('exit', () => resolve()));
    const giveUp = (): void => {
      this.gone = true;
      for (const resolve of this.waiting.values()) resolve(null);
      this.waiting.clear();
    };
    worker.on('message', (reply: RenderReply) => {
      this.waiting.get(reply.index)?.(reply);
      this.waiting.delete(reply.index);
    });
    worker.on('error', giveUp);
    worker.on('exit', giveUp);
    worker.on('messageerror', giveUp);
  }

  /** The thread's PDF of a paper; null when it could not take the paper (one that cannot be cloned, or no thread). */
  render(task: RenderTask): Promise<RenderReply | null> {
    if (this.gone) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.waiting.set(task.index, resolve);
      try {
        this.worker.postMessage(task satisfies RenderMessage);
      } catch {
        this.waiting.delete(task.index);
        resolve(null);
      }
    });
  }

  /**
   * Once every paper is done, tells the thread there are no more, so it finishes writing its code cache (stopped
   * halfway, the cache would never be written) and ends by itself; after a failure here, stops it at once.
   */
  async end(finished: boolean): Promise<void> {
    this.gone = true;
    if (!finished) {
      await this.worker.terminate();
      return;
    }
    try {
      this.worker.postMessage(null satisfies RenderMessage);
    } catch {
      await this.worker.terminate();
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), END_WITHIN_MS)));
    if ((await Promise.race([this.exited, late])) === 'late') await this.worker.terminate();
    clearTimeout(timer);
  }
}

/**
 * The render thread started while the papers are composed, as soon as they hold enough figures for it to pay, so
 * it has loaded its code (about a third of a second on this machine) before the first paper is rendered. The
 * decision is the one rendering would make from all the papers: they only reach it sooner.
 */
export class ThreadAhead {
  private figures = 0;
  private thread: RenderThread | null = null;
  private taken = false;

  constructor(
    private readonly formats: readonly Format[],
    private readonly choice: ThreadChoice,
    private readonly cores: number = availableParallelism(),
  ) {}

  /** Counts a composed paper's figures, and starts the thread when the papers so far call for one. */
  composed(doc: Document): void {
    if (this.taken || this.thread !== null) return;
    this.figures += collect(doc, 'figure').length;
    if (!worthAThread(this.figures, this.formats, this.choice, this.cores)) return;
    try {
      this.thread = new RenderThread(startWorker());
    } catch {
      this.taken = true; // no thread to be had: the main thread renders everything
    }
  }

  /** The thread, for rendering to use and end; null where the papers never called for one. */
  take(): RenderThread | null {
    this.taken = true;
    const thread = this.thread;
    this.thread = null;
    return thread;
  }

  /** Stops a thread that was never taken (the build stopped before rendering). */
  async cancel(): Promise<void> {
    await this.take()?.end(false);
  }
}

/**
 * Renders every paper in every format with the PDFs made in the render thread. `renderOne` is the one-thread
 * renderer (sharing `renderChart`, the build's chart cache): the DOCX files, and any PDF the thread could not make.
 */
export async function renderWithThread(
  thread: RenderThread,
  documents: readonly { stem: string; doc: Document }[],
  formats: readonly Format[],
  put: (name: string, bytes: Uint8Array) => Promise<void>,
  onFile: ((name: string) => void) | undefined,
  renderChart: ChartRenderer,
  renderOne: (doc: Document, format: Format) => Promise<Uint8Array>,
): Promise<void> {
  const replies: Promise<RenderReply | null>[] = [];
  const send = async (index: number): Promise<void> => {
    const doc = documents[index]!.doc;
    const charts = new Map<string, Uint8Array>();
    for (const figure of collect(doc, 'figure')) {
      const size = { widthMm: figure.widthMm, heightMm: figure.heightMm };
      const key = chartKey(figure.chart, size);
      if (!charts.has(key)) charts.set(key, await renderChart(figure.chart, size));
    }
    replies[index] = thread.render({ index, doc, charts: [...charts] });
  };

  let sent = 0;
  let finished = false;
  try {
    for (let index = 0; index < documents.length; index++) {
      while (sent < documents.length && sent <= index + AHEAD) await send(sent++);
      const { stem, doc } = documents[index]!;
      const bytes = new Map<Format, Uint8Array>();
      for (const format of formats) if (format !== 'pdf') bytes.set(format, await renderOne(doc, format));
      const reply = await replies[index]!;
      delete replies[index];
      bytes.set('pdf', reply?.status === 'ok' ? reply.bytes : await renderOne(doc, 'pdf'));
      for (const format of formats) {
        const name = `${stem}.${format}`;
        await put(name, bytes.get(format)!);
        onFile?.(name);
      }
    }
    finished = true;
  } finally {
    await thread.end(finished);
  }
}

export type { RenderThread };
