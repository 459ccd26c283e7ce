// boardpack's public API. The pipeline, one stage a folder, plain typed data between them:
//   readScorecard (read/)  xlsx or csv → Scorecard, with every problem as a Diagnostic (sheet and cell)
//   analyse (analyse/)     Scorecard → Analysis: change, direction of travel, RAG, red streaks, exceptions
//   narrate (narrate/)     the sentences and numbers papers print (British English)
//   composePaper (compose/) a Handlebars-over-Markdown template and its data → Document (model/)
//   renderDocx, renderPdf  Document → bytes (render/docx, render/pdf; charts drawn by render/charts)
//   buildPapers            all of the above for the cabinet paper, scrutiny pack and exception reports
//   runJobs (run/)         month-end runs: many jobs in parallel workers, manifest and exception register
// This entry is light: loading it loads no renderer, template engine or workbook parser. The renderers, buildPapers,
// runJobs and main load on their first call; `boardpack/render` (src/renderers.ts) has them, and composePaper, eagerly.
import type * as Renderers from './renderers.js';

export { readScorecard, defaultReadLimits } from './read/index.js';
export type { Scorecard, Indicator, Observation, Commentary, ReadResult, ReadLimits, Polarity, Unit } from './read/types.js';
export { analyse } from './analyse/index.js';
export type { Analysis, IndicatorAnalysis, ExceptionSummary, Rag, Direction, AnalyseOptions } from './analyse/types.js';
export * as narrate from './narrate/index.js';
export type { ChartFactory, ChartResult, ComposeInput, ComposeResult } from './compose/types.js';
export type { Document, Block, Inline, ChartSpec } from './model/types.js';
export { PAPERS } from './papers.js';
export type { BuildOptions, BuildResult, Format } from './build.js';
export { loadConfig, resolveConfig, type ResolvedConfig, type UserConfig } from './config.js';
export { validateConfig } from './configSchema.js';
export { financialQuarter, FinancialQuarter, parsePeriod, parsePeriodLabel, periodLabel, periodSlug, type Period } from './period.js';
export { formatDiagnostic, ExitCode, type Diagnostic, type Where } from './diagnostics.js';

/** Document → DOCX bytes (loads the DOCX renderer on first use). */
export async function renderDocx(...args: Parameters<typeof Renderers.renderDocx>): ReturnType<typeof Renderers.renderDocx> {
  return (await import('./render/docx/index.js')).renderDocx(...args);
}

/** Document → tagged PDF bytes (loads the PDF renderer on first use). */
export async function renderPdf(...args: Parameters<typeof Renderers.renderPdf>): ReturnType<typeof Renderers.renderPdf> {
  return (await import('./render/pdf/index.js')).renderPdf(...args);
}

/** A chart spec at its placed size → SVG bytes (loads the chart drawing on first use). */
export async function renderChart(...args: Parameters<typeof Renderers.renderChart>): ReturnType<typeof Renderers.renderChart> {
  return (await import('./render/charts/index.js')).renderChart(...args);
}

/** Read, analyse, compose and render papers; loads only the renderers its formats need. */
export async function buildPapers(...args: Parameters<typeof Renderers.buildPapers>): ReturnType<typeof Renderers.buildPapers> {
  return (await import('./build.js')).buildPapers(...args);
}

/** A month-end run of many jobs (loads the runner on first use). */
export async function runJobs(...args: Parameters<typeof Renderers.runJobs>): ReturnType<typeof Renderers.runJobs> {
  return (await import('./run/runner.js')).runJobs(...args);
}

export async function loadRunConfig(...args: Parameters<typeof Renderers.loadRunConfig>): ReturnType<typeof Renderers.loadRunConfig> {
  return (await import('./run/config.js')).loadRunConfig(...args);
}

/** The command line: argv → exit code. */
export async function main(...args: Parameters<typeof Renderers.main>): ReturnType<typeof Renderers.main> {
  return (await import('./cli.js')).main(...args);
}
