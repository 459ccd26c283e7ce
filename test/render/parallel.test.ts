// Issue 11 item 4: DOCX rendered in a worker thread beside the PDFs gives the same files, in the same order, with
// the same bytes as one thread; a paper the worker cannot take is rendered in the main thread, never lost.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPapers, renderPapers, type ComposedPaper, type Format, type RenderThreads } from '../../src/build.js';
import { resolveConfig } from '../../src/config.js';
import { worthAWorker } from '../../src/render/parallel.js';
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

describe('DOCX in a worker thread', () => {
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

  it('a paper that cannot be sent to the worker is rendered in the main thread, with the same bytes', async () => {
    const documents = await composed('data/sample-scorecard.xlsx', ['summary', 'cabinet']);
    const one = await renderPapers(documents, ['docx', 'pdf'], undefined, 'one');
    // A function cannot cross to a thread: posting the first paper fails, and the main thread renders it.
    const unsendable = documents.map((d, i) => (i === 0 ? { ...d, doc: { ...d.doc, meta: { ...d.doc.meta, notData: () => 1 } } } : d));
    const two = await renderPapers(unsendable as ComposedPaper[], ['docx', 'pdf'], undefined, 'two');
    expect(two.map((f) => f.name)).toEqual(one.map((f) => f.name));
    for (const [i, file] of one.entries()) expect(Buffer.from(two[i]!.bytes).equals(Buffer.from(file.bytes)), file.name).toBe(true);
  });

  it.each([
    { formats: ['docx', 'pdf'] as Format[], figures: 40, worth: true },
    { formats: ['docx', 'pdf'] as Format[], figures: 39, worth: false },
    { formats: ['pdf'] as Format[], figures: 200, worth: false },
    { formats: ['docx'] as Format[], figures: 200, worth: false },
  ])('worth a worker with $formats and $figures figures: $worth', ({ formats, figures, worth }) => {
    const figure = { type: 'figure', chart: { kind: 'trend' }, widthMm: 100, heightMm: 50, children: [] };
    const doc = { type: 'document', children: Array.from({ length: figures }, () => figure) } as unknown as ComposedPaper['doc'];
    expect(worthAWorker([{ doc }], formats)).toBe(worth);
  });
});
