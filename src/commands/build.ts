// `boardpack build`: renders the papers into staging files one by one, then puts them all in place at once.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildPapers, FORMATS, type Format } from '../build.js';
import { isIsoDate, loadConfig } from '../config.js';
import { error, exitCodeFor, hasErrors, type ExitCode } from '../diagnostics.js';
import { Staging } from '../output.js';
import { expandPapers, paperFilePattern } from '../papers.js';
import { OutputPathError, outputFolderProblem } from '../safePaths.js';
import { periodSlug, type FinancialQuarter } from '../period.js';
import { printDiagnostics, type CommandIo } from './io.js';
import { unknownPapers } from './paper-flag.js';
import { readPeriodFlag } from './period-flag.js';

export interface BuildArgs {
  data: string;
  paper: string;
  format: string;
  out: string;
  period?: string | undefined;
  config?: string | undefined;
  templates?: string | undefined;
  date?: string | undefined;
  emit?: 'analysis' | 'model' | undefined;
  /** In a long file with one row per area: the council whose rows to read (overrides the config's area). */
  area?: string | undefined;
}

/** Exception reports for this quarter in the output folder that this build did not write: left from an earlier build. */
async function staleExceptionReports(outDir: string, written: readonly string[], period: FinancialQuarter | null): Promise<string[]> {
  if (period === null) return [];
  const suffix = paperFilePattern('exceptions', periodSlug(period));
  const present = await readdir(outDir).catch(() => [] as string[]);
  return present.filter((name) => suffix.test(name) && !written.includes(name)).sort().map((name) => join(outDir, name));
}

/** A file system error (ENOENT, EISDIR, ENOSPC, EACCES ...) from Node. */
const isSystemError = (e: unknown): e is NodeJS.ErrnoException =>
  typeof (e as NodeJS.ErrnoException | null)?.code === 'string' && typeof (e as NodeJS.ErrnoException).syscall === 'string';

export async function buildCommand(args: BuildArgs, io: CommandIo): Promise<ExitCode> {
  const formats = args.format.split(',').map((f) => f.trim().toLowerCase()).filter((f) => f !== '');
  const unknown = formats.filter((f) => !FORMATS.includes(f as Format));
  if (unknown.length > 0 || formats.length === 0) {
    printDiagnostics(io, [error('bad-format', `--format takes docx, pdf or docx,pdf; got "${args.format}"`)]);
    return exitCodeFor('usage');
  }
  const loaded = await loadConfig(args.config);
  if (loaded.config === null) {
    printDiagnostics(io, loaded.diagnostics);
    return exitCodeFor('usage');
  }
  const templated = args.templates === undefined ? loaded.config : { ...loaded.config, templates: args.templates };
  const config = args.area === undefined ? templated : { ...templated, area: args.area };
  const requested = readPeriodFlag(args.period);
  if ('error' in requested) {
    printDiagnostics(io, [requested.error]);
    return exitCodeFor('usage');
  }
  if (args.date !== undefined && !isIsoDate(args.date)) {
    printDiagnostics(io, [error('bad-date', `--date: "${args.date}" must be a real date written YYYY-MM-DD`)]);
    return exitCodeFor('usage');
  }
  const unknownPaperNames = await unknownPapers(args.paper.split(',').map((p) => p.trim()).filter((p) => p !== ''), config.templates);
  if (unknownPaperNames.length > 0) {
    printDiagnostics(io, unknownPaperNames);
    return exitCodeFor('usage');
  }

  // Before any work, and within a bounded time: an output folder that cannot be written is known at once.
  const unusable = await outputFolderProblem(args.out, { removeWhatItMade: true });
  if (unusable !== null) {
    io.err(`boardpack: could not write the papers into ${args.out}, so nothing was built: ${unusable.message}. Choose another folder with --out.`);
    return exitCodeFor('usage');
  }

  const papers = args.paper.split(',').map((p) => p.trim()).filter((p) => p !== '');
  // Each paper goes to a staging file in the output folder as it is rendered; all are renamed into place at the end.
  let staging: Staging | null = null;
  // What staging threw: only these are the output folder's problems; a file error from anything else is an input.
  const fromStaging = new WeakSet<object>();
  const staged = async <T>(work: () => Promise<T> | T): Promise<T> => {
    try {
      return await work();
    } catch (e) {
      if (typeof e === 'object' && e !== null) fromStaging.add(e);
      throw e;
    }
  };
  let result: Awaited<ReturnType<typeof buildPapers>>;
  try {
    result = await buildPapers({
      data: args.data,
      papers,
      formats: formats as Format[],
      config,
      period: requested.period,
      date: args.date,
      emit: args.emit,
      // The PDFs in a thread of their own where the build is big enough for it to pay (render/parallel.ts).
      threads: 'auto',
      stage: async () => {
        const made = await staged(() => (staging = new Staging(args.out, '.')));
        return { put: (name: string, bytes: Uint8Array) => staged(() => made.put(name, bytes)) };
      },
    });
  } catch (e) {
    // Input problems come back as diagnostics; anything thrown here is a staging file that could not be written, a
    // file the build reads that went or became unreadable after the checks, or a renderer failing. Nothing was put
    // in place.
    await (staging as Staging | null)?.discard();
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof OutputPathError || (typeof e === 'object' && e !== null && fromStaging.has(e))) {
      io.err(`boardpack: could not write the papers into ${args.out}, so none were written: ${message}`);
      return exitCodeFor('usage');
    }
    if (isSystemError(e)) {
      const file = e.path === undefined ? 'a file it reads (a template, font or logo)' : e.path;
      io.err(`boardpack: the papers could not be built, so nothing was written: ${file} could not be read (${message}). Check it is there and readable, then build again.`);
      return exitCodeFor('invalid-input');
    }
    io.err(`boardpack: a paper failed to render, so nothing was written: ${message}`);
    return exitCodeFor('render-failed');
  }
  printDiagnostics(io, result.diagnostics);
  if (hasErrors(result.diagnostics)) {
    await (staging as Staging | null)?.discard();
    return exitCodeFor('invalid-input');
  }
  try {
    await (staging as Staging | null)?.publish();
  } catch (e) {
    await (staging as Staging | null)?.discard();
    io.err(`boardpack: could not put the papers in place in ${args.out}: ${e instanceof Error ? e.message : String(e)}`);
    return exitCodeFor('usage');
  }
  const written = result.names.map((name) => join(args.out, name));
  for (const file of written) io.out(`wrote ${file}`);
  const builtExceptions = expandPapers(papers).includes('exceptions');
  for (const stale of builtExceptions ? await staleExceptionReports(args.out, result.names, result.analysis?.period ?? null) : []) {
    io.err(`warning: ${stale}: an exception report from an earlier build for this quarter, whose indicator is not an exception now; remove it before the papers go out`);
  }
  if (written.length === 0) io.out('Nothing to build: no paper matched (an exceptions-only build with no exceptions writes nothing).');
  return exitCodeFor(null);
}
