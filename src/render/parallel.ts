// Both cores in one build: the DOCX files rendered in one worker thread while the main thread draws every chart (once)
// and renders the PDFs. Files are handed on in the same order and with the same bytes as a one-thread build; a
// worker that fails, or declines a paper, leaves that paper's DOCX to the main thread, so no paper is lost.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Document } from '../model/types.js';
import { collect } from '../model/visit.js';
import type { ChartRenderer } from './charts/index.js';
import { chartKey, type DocxReply, type DocxTask } from './parallelProtocol.js';

type Format = 'docx' | 'pdf';

/**
 * Starting the worker and loading the DOCX renderer in it costs about 0.6 s of CPU, so a worker pays only when
 * both formats are asked for and there is enough to render. Figures stand in for size: a paper's render time
 * grows with its charts and the tables beside them. Measured on this 2-core machine, quiet (whole build, medians
 * of 3): the sample (20 figures) 5.2 → 4.8 s; 100 × 12 `--paper all` (163 figures) 12.3 → 10.9 s; 500 exception
 * reports 97 → 67 s; but peak RSS grows by 60 to 160 MB (a second V8 heap with the DOCX renderer), and under a
 * loaded machine nothing is gained (V8's GC threads already use part of the second core). So the `build`
 * command does not ask for it yet; bench/parallel.ts compares one thread with 'auto'.
 */
export const MIN_FIGURES_FOR_WORKER = 40;

/** Papers sent to the worker ahead of the one the main thread is writing (bounds the DOCX bytes held). */
const AHEAD = 2;

export function worthAWorker(documents: readonly { doc: Document }[], formats: readonly Format[]): boolean {
  if (!formats.includes('docx') || !formats.includes('pdf') || documents.length === 0) return false;
  let figures = 0;
  for (const { doc } of documents) figures += collect(doc, 'figure').length;
  return figures >= MIN_FIGURES_FOR_WORKER;
}

/** Under vitest or tsx the worker is TypeScript, so the thread loads tsx first; built, it starts plainly. */
function startWorker(): Worker {
  const typescript = import.meta.url.endsWith('.ts');
  const entry = new URL(typescript ? './docxWorker.ts' : './docxWorker.js', import.meta.url);
  const tsxLoader = (): string => pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'loader.mjs')).href;
  return new Worker(fileURLToPath(entry), { execArgv: typescript ? ['--import', tsxLoader()] : [], stdout: false, stderr: false });
}

interface Pending {
  promise: Promise<DocxReply | null>;
  resolve: (reply: DocxReply | null) => void;
}

function pending(): Pending {
  let resolve!: (reply: DocxReply | null) => void;
  const promise = new Promise<DocxReply | null>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * Renders every paper in every format with the DOCX files made in a worker thread. `renderOne` is the one-thread
 * renderer (sharing `renderChart`, the build's chart cache): the PDFs, and any DOCX the worker could not make.
 */
export async function renderWithDocxWorker(
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
  let worker: Worker | null = null;
  try {
    worker = startWorker();
    worker.on('message', (reply: DocxReply) => waiting.get(reply.index)?.resolve(reply));
    worker.on('error', giveUp);
    worker.on('exit', giveUp);
    worker.on('messageerror', giveUp);
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
    if (gone || worker === null) return p.resolve(null);
    try {
      const task: DocxTask = { index, doc, charts: [...charts] };
      worker.postMessage(task);
    } catch {
      p.resolve(null); // a document that cannot be cloned: rendered here
    }
  };

  let sent = 0;
  try {
    for (let index = 0; index < documents.length; index++) {
      while (sent < documents.length && sent <= index + AHEAD) await send(sent++);
      const { stem, doc } = documents[index]!;
      const bytes = new Map<Format, Uint8Array>();
      for (const format of formats) if (format !== 'docx') bytes.set(format, await renderOne(doc, format));
      const reply = await waiting.get(index)!.promise;
      waiting.delete(index);
      bytes.set('docx', reply?.status === 'ok' ? reply.bytes : await renderOne(doc, 'docx'));
      for (const format of formats) {
        const name = `${stem}.${format}`;
        await put(name, bytes.get(format)!);
        onFile?.(name);
      }
    }
  } finally {
    gone = true;
    await (worker as Worker | null)?.terminate();
  }
}
