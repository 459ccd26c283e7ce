// Issue 11 item 4: PDFs rendered in a thread of their own beside the DOCX files give the same files, in the same
// order, with the same bytes as one thread; a paper the thread cannot take is rendered in the main thread, never lost.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPapers, renderPapers, type ComposedPaper, type Format, type RenderThreads } from '../../src/build.js';
import { resolveConfig } from '../../src/config.js';
import type { Document } from '../../src/model/types.js';
import { renderChart } from '../../src/render/charts/index.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { MIN_FIGURES_FOR_THREAD, renderWithThread, ThreadAhead, worthAThread } from '../../src/render/parallel.js';
import { renderPdfWith } from '../../src/render/pdf/index.js';
import { writeBenchWorkbook } from '../../bench/workbook.js';

const generated = join(mkdtempSync(join(tmpdir(), 'boardpack-parallel-')), 'generated-8x6.xlsx');

async function build(data: string, papers: string[], threads: RenderThreads, formats: Format[] = ['docx', 'pdf']) {
  const result = await buildPapers({ data, papers, formats, config: resolveConfig({}), date: '2017-01-12', threads });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.files;
}

async function composed(data: string, papers: string[]): Promise<ComposedPaper[]> {
  const result = await buildPapers({ data, papers, formats: [], config: resolveConfig({}), date: '2017-01-12', emit: 'model' });
  return result.files.map((f) => ({ stem: f.name.replace(/\.model\.json$/, ''), doc: JSON.parse(new TextDecoder().decode(f.bytes)) }));
}

describe('PDFs in a render thread', () => {
  it.each([
    { name: 'the sample, every paper', data: 'data/sample-scorecard.xlsx', papers: ['all'], formats: ['docx', 'pdf'] as Format[] },
    { name: 'a generated 8 × 6 workbook, every paper', data: generated, papers: ['all'], formats: ['docx', 'pdf'] as Format[] },
    { name: 'the sample cabinet paper, PDF listed first', data: 'data/sample-scorecard.xlsx', papers: ['cabinet'], formats: ['pdf', 'docx'] as Format[] },
  ])('$name: same names, order and bytes as one thread', async ({ data, papers, formats }) => {
    if (data === generated) await writeBenchWorkbook(generated, 8, 6);
    const one = await build(data, papers, 'one', formats);
    const two = await build(data, papers, 'two', formats);
    expect(two.map((f) => f.name)).toEqual(one.map((f) => f.name));
    expect(one.length).toBeGreaterThan(1);
    for (const [i, file] of one.entries()) expect(Buffer.from(two[i]!.bytes).equals(Buffer.from(file.bytes)), file.name).toBe(true);
  });

  it.each([
    { name: 'every PDF is rendered in the thread, every DOCX in the main thread', unsendable: false, pdfsInMain: 0 },
    // A function cannot cross to a thread: posting the first paper fails, and the main thread renders its PDF.
    { name: 'a paper that cannot be sent to the thread has its PDF rendered in the main thread', unsendable: true, pdfsInMain: 1 },
  ])('$name, with the same bytes as one thread', async ({ unsendable, pdfsInMain }) => {
    const documents = await composed('data/sample-scorecard.xlsx', ['summary', 'cabinet']);
    const one = await renderPapers(documents, ['docx', 'pdf'], undefined, 'one');
    const sent = unsendable ? documents.map((d, i) => (i === 0 ? { ...d, doc: { ...d.doc, meta: { ...d.doc.meta, notData: () => 1 } } } : d)) : documents;
    const inMain: Format[] = [];
    const files: { name: string; bytes: Uint8Array }[] = [];
    const renderOne = async (doc: Document, format: Format): Promise<Uint8Array> => {
      inMain.push(format);
      return format === 'docx' ? renderDocx(doc, { renderChart }) : renderPdfWith(doc, { renderChart });
    };
    const ahead = new ThreadAhead(['docx', 'pdf'], 'two');
    ahead.composed(documents[0]!.doc);
    const thread = ahead.take();
    expect(thread).not.toBeNull();
    await renderWithThread(thread!, sent as ComposedPaper[], ['docx', 'pdf'], async (name, bytes) => void files.push({ name, bytes }), undefined, renderChart, renderOne);
    expect(inMain.filter((f) => f === 'docx')).toHaveLength(documents.length);
    expect(inMain.filter((f) => f === 'pdf')).toHaveLength(pdfsInMain);
    expect(files.map((f) => f.name)).toEqual(one.map((f) => f.name));
    for (const [i, file] of one.entries()) expect(Buffer.from(files[i]!.bytes).equals(Buffer.from(file.bytes)), file.name).toBe(true);
  });

  it.each([
    { formats: ['docx', 'pdf'] as Format[], figures: MIN_FIGURES_FOR_THREAD, choice: 'auto', cores: 2, worth: true },
    { formats: ['pdf', 'docx'] as Format[], figures: 500, choice: 'auto', cores: 8, worth: true },
    { formats: ['docx', 'pdf'] as Format[], figures: MIN_FIGURES_FOR_THREAD - 1, choice: 'auto', cores: 2, worth: false },
    { formats: ['docx', 'pdf'] as Format[], figures: 500, choice: 'auto', cores: 1, worth: false },
    { formats: ['pdf'] as Format[], figures: 500, choice: 'auto', cores: 2, worth: false },
    { formats: ['docx'] as Format[], figures: 500, choice: 'auto', cores: 2, worth: false },
    { formats: ['docx', 'pdf'] as Format[], figures: 0, choice: 'two', cores: 1, worth: true },
    { formats: ['docx'] as Format[], figures: 500, choice: 'two', cores: 2, worth: false },
  ] as const)('worth a thread with $formats, $figures figures, $choice and $cores cores: $worth', ({ formats, figures, choice, cores, worth }) => {
    expect(worthAThread(figures, formats, choice, cores)).toBe(worth);
  });

  it('starts the thread while the papers are composed, once they hold enough figures between them', async () => {
    const figures = (n: number): Document => ({ type: 'document', children: Array.from({ length: n }, () => ({ type: 'figure', chart: { kind: 'trend' }, widthMm: 100, heightMm: 50, children: [] })) }) as unknown as Document;
    const ahead = new ThreadAhead(['docx', 'pdf'], 'auto', 2);
    ahead.composed(figures(MIN_FIGURES_FOR_THREAD - 1));
    const notYet = new ThreadAhead(['docx', 'pdf'], 'auto', 2);
    notYet.composed(figures(MIN_FIGURES_FOR_THREAD - 1));
    expect(notYet.take()).toBeNull();
    ahead.composed(figures(1));
    const thread = ahead.take();
    expect(thread).not.toBeNull();
    // Taken, it is rendering's to end; a build that stops first ends it with cancel(), which leaves a taken one alone.
    await ahead.cancel();
    await thread!.end(false);
  });
});
