// boardpack/render: the heavy half of the public API, loaded whole: composing papers (Handlebars, Markdown), drawing
// charts, rendering DOCX (docx) and PDF (pdfkit), building papers and month-end runs. `import('boardpack')` stays light
// and loads these lazily, on first use; import this entry to have them at once, or for the synchronous composePaper.
export { composePaper, createChartFactory } from './compose/index.js';
export type { ChartFactory, ChartResult, ComposeInput, ComposeResult } from './compose/index.js';
export { renderDocx } from './render/docx/index.js';
export { renderPdf } from './render/pdf/index.js';
export { renderChart } from './render/charts/index.js';
export { buildPapers, paperContext, PAPERS, type BuildOptions, type BuildResult, type Format } from './build.js';
export { runJobs } from './run/runner.js';
export { loadRunConfig } from './run/config.js';
export { main } from './cli.js';
