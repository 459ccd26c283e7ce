// Building papers: scorecard → analysis → one Document per paper → DOCX/PDF bytes, each handed to the caller's sink
// (staging files) as it is rendered, or collected in memory when there is none.
import { analyse } from './analyse/index.js';
import type { Analysis, IndicatorAnalysis } from './analyse/types.js';
import { composePaper, createChartFactory, createComposeSession } from './compose/index.js';
import { withPaperSheet } from './narrativeConfig.js';
import { isIsoDate, type Meeting, type ResolvedConfig } from './config.js';
import { error, hasErrors, type Diagnostic } from './diagnostics.js';
import type { Document } from './model/types.js';
import type { ChartRenderer } from './render/charts/index.js';
import type { ThreadAhead } from './render/parallel.js';
import { chartKey } from './render/parallelProtocol.js';
import { writeBehind, type OutputFile, type PaperSink } from './output.js';
import { expandPapers, isPaperType, meetingOf, PAPERS, paperCount, paperFileStem, type PaperType } from './papers.js';
import { builtInTemplatesDir } from './paths.js';
import { periodEndDate, periodSlug, type FinancialQuarter, type Period } from './period.js';
import { readScorecard, type ReadLimits } from './read/index.js';

export type Format = 'docx' | 'pdf';
export const FORMATS: readonly Format[] = ['docx', 'pdf'];

export { fileSafe, PAPERS, PAPER_TYPES, type PaperType } from './papers.js';

export interface BuildOptions {
  data: string;
  /** Paper types from the catalogue (src/papers.ts), `all`, or the name of any template. */
  papers: string[];
  formats: Format[];
  config: ResolvedConfig;
  /** The report period (a user's `--period` is read at the command line); default the latest with data. */
  period?: Period | undefined;
  /** ISO date printed on the papers; default the meeting date, else the end of the report quarter. */
  date?: string | undefined;
  /** Emit the intermediate stages as JSON files beside the papers. */
  emit?: 'analysis' | 'model' | undefined;
  /**
   * What the exception register remembers of periods before the report period (month-end runs), so templates can
   * say "reported in 2016-17 Q2; still red". Asked once the report period is known.
   */
  exceptionHistory?: ((reportPeriod: FinancialQuarter) => ExceptionHistory) | undefined;
  /** Limits on the workbook (unpacked size, rows ...); the read stage's defaults otherwise. */
  limits?: Partial<ReadLimits> | undefined;
  /** Called as each file is rendered (for progress bars). */
  onFile?: ((name: string) => void) | undefined;
  /**
   * Where each file goes as soon as it is rendered (staging files: memory does not grow with the number of
   * papers), asked for once the report period is known and the build is sure to render. Without it, the files are
   * returned in `files`. Whoever opens the sink publishes or discards what it holds.
   */
  stage?: ((reportPeriod: FinancialQuarter) => PaperSink | Promise<PaperSink>) | undefined;
  /**
   * `auto`: render the PDFs in a thread of their own beside the DOCX files when the build is big enough for it to
   * pay (render/parallel.ts), as the `build` command does; `two`: whenever both formats are asked for. Same files,
   * same bytes. Default `one` (one thread): a run's worker processes already keep every core busy.
   */
  threads?: RenderThreads | undefined;
}

export type RenderThreads = 'one' | 'auto' | 'two';

export interface BuildResult {
  /** The files, when no `stage` was given (with one, they went there and this is empty). */
  files: OutputFile[];
  /** Every file's name, in the order rendered, wherever it went. */
  names: string[];
  diagnostics: Diagnostic[];
  analysis: Analysis | null;
}

/** Per indicator ID: the periods in which its exception was reported to the board before, oldest first. */
export type ExceptionHistory = Readonly<Record<string, readonly FinancialQuarter[]>>;

/** One document to compose: a template, its file name (without extension) and what it is about. */
interface PaperJob {
  /** The paper type, for its own meeting details; null for a template asked for by name. */
  paper: PaperType | null;
  template: string;
  fileStem: string;
  indicator: IndicatorAnalysis | null;
}

function paperJobs(papers: string[], analysis: Analysis, reportPeriod: FinancialQuarter): PaperJob[] {
  const period = periodSlug(reportPeriod);
  const jobs: PaperJob[] = [];
  for (const paper of expandPapers(papers)) {
    if (!isPaperType(paper)) {
      jobs.push({ paper: null, template: paper, fileStem: paperFileStem(paper, period), indicator: null });
      continue;
    }
    const kind = PAPERS[paper];
    if (kind.per === 'exception') {
      for (const e of analysis.exceptions) {
        const indicator = analysis.indicators.find((a) => a.id === e.id) ?? null;
        jobs.push({ paper, template: kind.template, fileStem: paperFileStem(kind.template, period, e.id), indicator });
      }
    } else {
      jobs.push({ paper, template: kind.template, fileStem: paperFileStem(kind.template, period), indicator: null });
    }
  }
  return jobs;
}

/** More papers than the config allows (a runaway exception count): stops the build before anything is composed. */
function tooManyPapers(papers: readonly string[], analysis: Analysis, config: ResolvedConfig): Diagnostic | null {
  const count = paperCount(papers, analysis.exceptions.length);
  const max = config.limits.maxPapers;
  if (count <= max) return null;
  const exceptions = expandPapers(papers).includes('exceptions') ? ` (${analysis.exceptions.length} of them exception reports)` : '';
  return error(
    'too-many-papers',
    `this build would make ${count} papers${exceptions}, more than limits.maxPapers (${max}), so none was built. So many exceptions usually means a polarity entered backwards or the wrong period: check the scorecard; if the count is right, raise limits.maxPapers to ${count} or more in the config`,
  );
}

/** What every template sees. Documented in templates/README.md. */
export function paperContext(analysis: Analysis, config: ResolvedConfig, date: string, indicator: IndicatorAnalysis | null, exceptionHistory: ExceptionHistory = {}): Record<string, unknown> {
  const themes = new Map<string, IndicatorAnalysis[]>();
  for (const a of analysis.indicators) {
    const theme = a.indicator.theme ?? 'Other indicators';
    themes.set(theme, [...(themes.get(theme) ?? []), a]);
  }
  return {
    config,
    date,
    period: analysis.period,
    indicators: analysis.indicators,
    exceptions: analysis.exceptions.map((e) => analysis.indicators.find((a) => a.id === e.id)).filter((a) => a !== undefined),
    themes: [...themes].map(([name, indicators]) => ({ name, indicators })),
    indicator,
    exceptionHistory,
  };
}


/** The comparators as the papers name them: the config's names, else the scorecard's own column headers (Scotland). */
export function withComparatorNames(config: ResolvedConfig, headers: { national?: string; region?: string } | undefined): ResolvedConfig {
  return { ...config, comparators: { national: config.comparators.national ?? headers?.national ?? null, region: config.comparators.region ?? headers?.region ?? null } };
}

/** Draws each distinct chart once per build: the DOCX and the PDF (and every paper) share the drawing. */
async function cachedChartRenderer(): Promise<ChartRenderer> {
  const { renderChart } = await import('./render/charts/index.js');
  const drawn = new Map<string, Promise<Uint8Array>>();
  return (spec, size) => {
    const key = chartKey(spec, size);
    let png = drawn.get(key);
    if (png === undefined) {
      png = renderChart(spec, size);
      drawn.set(key, png);
    }
    return png;
  };
}

/**
 * The meeting a paper goes to (its own where the config gives one, as a scrutiny pack to a scrutiny panel) and the
 * date it is dated: --date, else that meeting's date, else the end of the report quarter. A paper dated with
 * --date shows that date as its meeting's when the config names none.
 */
function datedFor(config: ResolvedConfig, paper: PaperType | null, options: BuildOptions, quarterEnd: string): { config: ResolvedConfig; date: string } {
  const meeting: Meeting = (paper === null ? undefined : meetingOf(paper, config.meetings)) ?? config.meeting;
  const date = options.date ?? meeting.date ?? quarterEnd;
  return { config: { ...config, meeting: options.date !== undefined && meeting.date === null ? { ...meeting, date } : meeting }, date };
}

async function render(doc: Document, format: Format, renderChart: ChartRenderer): Promise<Uint8Array> {
  if (format === 'docx') return (await import('./render/docx/index.js')).renderDocx(doc, { renderChart });
  return (await import('./render/pdf/index.js')).renderPdfWith(doc, { renderChart });
}

export async function buildPapers(options: BuildOptions): Promise<BuildResult> {
  const read = await readScorecard(options.data, {
    limits: options.limits ?? {},
    defaultMeasureType: options.config.measureType,
    area: options.config.area ?? undefined,
    neighbours: options.config.neighbours,
  });
  if (read.scorecard === null || hasErrors(read.diagnostics)) return { files: [], names: [], diagnostics: read.diagnostics, analysis: null };

  const analysis = analyse(read.scorecard, {
    ...(options.period !== undefined ? { period: options.period } : {}),
    exceptionThreshold: options.config.exceptions.threshold,
    confirmedQueries: options.config.queries.confirmed,
  });
  // analyse may look at an empty quarter, but a paper of nothing but "no data" is never what a clerk meant (a mistyped year).
  const diagnostics = [...read.diagnostics, ...analysis.diagnostics].map((d) =>
    d.code === 'period-without-data' ? { ...d, severity: 'error' as const, message: `${d.message}: check --period` } : d,
  );
  if (hasErrors(diagnostics)) return { files: [], names: [], diagnostics, analysis };

  const reportPeriod = analysis.period;
  if (options.date !== undefined && !isIsoDate(options.date)) {
    return { files: [], names: [], diagnostics: [...diagnostics, error('bad-date', `--date must be a real date written YYYY-MM-DD; got "${options.date}"`)], analysis };
  }
  if (reportPeriod === null) throw new Error('analyse found no quarter to report on without an error');
  const quarterEnd = periodEndDate(reportPeriod);
  const runaway = tooManyPapers(options.papers, analysis, options.config);
  if (runaway !== null) return { files: [], names: [], diagnostics: [...diagnostics, runaway], analysis };

  const exceptionHistory = options.exceptionHistory?.(reportPeriod) ?? {};
  // The Paper sheet's words over the config's narrative: the sheet is this quarter's, the config the standing text.
  const named = withComparatorNames(options.config, read.scorecard.comparatorNames);
  const config = { ...named, narrative: withPaperSheet(named.narrative, read.scorecard.paper) };
  const templatesDirs = [...(options.config.templates !== null ? [options.config.templates] : []), builtInTemplatesDir()];
  const charts = createChartFactory(analysis, config.comparators, { noiseBands: config.noiseBands });
  const session = createComposeSession(templatesDirs);

  // The render thread, where the build calls for one, starts while the papers are composed (render/parallel.ts).
  const threads = options.threads ?? 'one';
  const ahead = threads === 'one' ? null : new (await import('./render/parallel.js')).ThreadAhead(options.formats, threads);
  const files: OutputFile[] = [];
  let writes: ReturnType<typeof writeBehind> | null = null;
  try {
    const documents: ComposedPaper[] = [];
    for (const job of paperJobs(options.papers, analysis, reportPeriod)) {
      const paper = datedFor(config, job.paper, options, quarterEnd);
      const composed = composePaper({
        templateName: job.template,
        templatesDirs,
        context: paperContext(analysis, paper.config, paper.date, job.indicator, exceptionHistory),
        charts,
        style: paper.config.style,
        paper: job.paper ?? undefined,
        session,
      });
      diagnostics.push(...composed.diagnostics);
      documents.push({ stem: job.fileStem, doc: composed.document });
      ahead?.composed(composed.document);
    }
    // A template error stops the build before anything is rendered: all of them are reported at once.
    if (hasErrors(diagnostics)) return { files: [], names: [], diagnostics, analysis };

    const sink: PaperSink = options.stage !== undefined ? await options.stage(reportPeriod) : { put: async (name, bytes) => void files.push({ name, bytes }) };
    // Each file is written while the next is rendered; the build returns only once every file is written or failed,
    // so whoever opened the sink never publishes or discards it while a write is under way.
    writes = writeBehind(sink);
    if (options.emit === 'analysis') await writes.put(`analysis-${periodSlug(reportPeriod)}.json`, json(analysis));
    if (options.emit === 'model') for (const { stem, doc } of documents) await writes.put(`${stem}.model.json`, json(doc));
    await renderPapersInto(documents, options.formats, writes.put, options.onFile, threads, ahead ?? undefined);
    await writes.settled();
    return { files, names: [...writes.written], diagnostics, analysis };
  } catch (e) {
    await writes?.settled().catch(() => undefined);
    throw e;
  } finally {
    await ahead?.cancel(); // a thread the build stopped before using
  }
}

/** A composed paper and the file name it is written under (without extension). */
export interface ComposedPaper {
  stem: string;
  doc: Document;
}

/**
 * The render stage: every paper in every format, each distinct chart drawn once and shared, each file handed to
 * `put` as soon as it is rendered, so only one paper's bytes are held at a time.
 */
export async function renderPapersInto(
  documents: readonly ComposedPaper[],
  formats: readonly Format[],
  put: (name: string, bytes: Uint8Array) => Promise<void>,
  onFile?: (name: string) => void,
  threads: RenderThreads = 'one',
  ahead?: ThreadAhead,
): Promise<void> {
  const renderChart = await cachedChartRenderer();
  if (threads !== 'one') {
    const parallel = await import('./render/parallel.js');
    // Started while the papers were composed, or now, where they call for it.
    let decided = ahead;
    if (decided === undefined) {
      decided = new parallel.ThreadAhead(formats, threads);
      for (const { doc } of documents) decided.composed(doc);
    }
    const thread = decided.take();
    if (thread !== null) {
      await parallel.renderWithThread(thread, documents, formats, put, onFile, renderChart, (doc, format) => render(doc, format, renderChart));
      return;
    }
  }
  for (const { stem, doc } of documents) {
    for (const format of formats) {
      const name = `${stem}.${format}`;
      await put(name, await render(doc, format, renderChart));
      onFile?.(name);
    }
  }
}

/** The render stage with every file returned in memory (benchmarks and tests of a single paper). */
export async function renderPapers(documents: readonly ComposedPaper[], formats: readonly Format[], onFile?: (name: string) => void, threads: RenderThreads = 'one'): Promise<OutputFile[]> {
  const files: OutputFile[] = [];
  await renderPapersInto(documents, formats, async (name, bytes) => void files.push({ name, bytes }), onFile, threads);
  return files;
}

const json = (value: unknown): Uint8Array => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
