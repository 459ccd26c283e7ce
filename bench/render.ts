// Times the render stage alone, cold, in a fresh process: a composed paper to DOCX and PDF with every chart drawn
// once and shared (fonts, canvases and renderers load inside the timing). Prints one JSON line; bench/run.ts runs it
// on the built package.
import { pathToFileURL } from 'node:url';

const [data, paper = 'cabinet'] = process.argv.slice(2);
if (data === undefined) throw new Error('usage: node --import tsx bench/render.ts WORKBOOK [PAPER]');
const built = <T>(path: string): Promise<T> => import(pathToFileURL(path).href) as Promise<T>;
const { buildPapers, renderPapers } = await built<typeof import('../src/build.js')>('dist/build.js');
const { resolveConfig } = await built<typeof import('../src/config.js')>('dist/config.js');

const composed = await buildPapers({ data, papers: [paper], formats: [], config: resolveConfig({}), date: '2017-01-12', emit: 'model' });
if (composed.analysis === null) throw new Error(composed.diagnostics.map((d) => d.message).join('\n'));
const documents = composed.files.map((f) => ({ stem: f.name.replace(/\.model\.json$/, ''), doc: JSON.parse(new TextDecoder().decode(f.bytes)) }));
const charts = documents.reduce((n, { doc }) => n + JSON.stringify(doc).split('"type":"figure"').length - 1, 0);
const start = performance.now();
const files = await renderPapers(documents, ['docx', 'pdf']);
const renderMs = performance.now() - start;
console.log(JSON.stringify({ renderMs, charts, files: files.length, peakMb: process.resourceUsage().maxRSS / 1024 }));
