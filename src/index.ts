// boardpack's public API. The pipeline, one stage a folder, plain typed data between them:
//   readScorecard (read/)  xlsx or csv → Scorecard, with every problem as a Diagnostic (sheet and cell)
//   analyse (analyse/)     Scorecard → Analysis: change, direction of travel, RAG, red streaks, exceptions
//   narrate/               the sentences and numbers papers print (British English)
//   composePaper (compose/) a Handlebars-over-Markdown template and its data → Document (model/)
//   renderDocx, renderPdf  Document → bytes (render/docx, render/pdf; charts drawn by render/charts)
//   buildPapers            all of the above for the cabinet paper, scrutiny pack and exception reports
//   runJobs (run/)         month-end runs: many jobs in parallel workers, manifest and exception register
export { readScorecard, defaultReadLimits } from './read/index.js';
export type { Scorecard, Indicator, Observation, Commentary, ReadResult, ReadLimits, Polarity, Unit } from './read/types.js';
export { analyse } from './analyse/index.js';
export type { Analysis, IndicatorAnalysis, ExceptionSummary, Rag, Direction, AnalyseOptions } from './analyse/types.js';
export { composePaper, createChartFactory } from './compose/index.js';
export type { Document, Block, Inline, ChartSpec } from './model/types.js';
export { renderDocx } from './render/docx/index.js';
export { renderPdf } from './render/pdf/index.js';
export { renderChart } from './render/charts/index.js';
export { buildPapers, paperContext, PAPERS, type BuildOptions, type BuildResult, type Format } from './build.js';
export { loadConfig, validateConfig, resolveConfig, type ResolvedConfig, type UserConfig } from './config.js';
export { runJobs } from './run/runner.js';
export { loadRunConfig } from './run/config.js';
export { financialQuarter, FinancialQuarter, parsePeriod, parsePeriodLabel, periodLabel, periodSlug, type Period } from './period.js';
export { formatDiagnostic, ExitCode, type Diagnostic, type Where } from './diagnostics.js';
export { main } from './cli.js';
