// `boardpack build`: renders the papers and writes them all at once (atomically) into the output folder.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildPapers, FORMATS, PAPERS, type Format } from '../build.js';
import { loadConfig } from '../config.js';
import { error, ExitCode, hasErrors } from '../diagnostics.js';
import { writeFilesAtomically } from '../output.js';
import { outputFolderProblem } from '../safePaths.js';
import { periodSlug, type FinancialQuarter } from '../period.js';
import { printDiagnostics, type CommandIo } from './io.js';
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
}

/** Exception reports for this quarter in the output folder that this build did not write: left from an earlier build. */
async function staleExceptionReports(outDir: string, written: readonly string[], period: FinancialQuarter | null): Promise<string[]> {
  if (period === null) return [];
  const suffix = new RegExp(`^${PAPERS.exceptions}-.+-${periodSlug(period)}\\.(docx|pdf)$`);
  const present = await readdir(outDir).catch(() => [] as string[]);
  return present.filter((name) => suffix.test(name) && !written.includes(name)).sort().map((name) => join(outDir, name));
}

export async function buildCommand(args: BuildArgs, io: CommandIo): Promise<ExitCode> {
  const formats = args.format.split(',').map((f) => f.trim().toLowerCase()).filter((f) => f !== '');
  const unknown = formats.filter((f) => !FORMATS.includes(f as Format));
  if (unknown.length > 0 || formats.length === 0) {
    printDiagnostics(io, [error('bad-format', `--format takes docx, pdf or docx,pdf; got "${args.format}"`)]);
    return ExitCode.usage;
  }
  const loaded = await loadConfig(args.config);
  if (loaded.config === null) {
    printDiagnostics(io, loaded.diagnostics);
    return ExitCode.usage;
  }
  const config = args.templates === undefined ? loaded.config : { ...loaded.config, templates: args.templates };
  const requested = readPeriodFlag(args.period, args.data);
  if ('error' in requested) {
    printDiagnostics(io, [requested.error]);
    return ExitCode.invalidInput;
  }

  // Before any work, and within a bounded time: an output folder that cannot be written is known at once.
  const unusable = await outputFolderProblem(args.out, { removeWhatItMade: true });
  if (unusable !== null) {
    io.err(`boardpack: could not write the papers into ${args.out}, so nothing was built: ${unusable.message}. Choose another folder with --out.`);
    return ExitCode.usage;
  }

  let result: Awaited<ReturnType<typeof buildPapers>>;
  try {
    result = await buildPapers({
      data: args.data,
      papers: args.paper.split(',').map((p) => p.trim()).filter((p) => p !== ''),
      formats: formats as Format[],
      config,
      period: requested.period,
      date: args.date,
      emit: args.emit,
    });
  } catch (e) {
    // Input problems come back as diagnostics; anything thrown here is a renderer failing. Nothing was written.
    io.err(`boardpack: a paper failed to render, so nothing was written: ${e instanceof Error ? e.message : String(e)}`);
    return ExitCode.renderFailed;
  }
  printDiagnostics(io, result.diagnostics);
  if (hasErrors(result.diagnostics)) return ExitCode.invalidInput;
  let written: string[];
  try {
    written = await writeFilesAtomically(args.out, result.files);
  } catch (e) {
    // Nothing was renamed into place: the previous papers, if any, are as they were.
    io.err(`boardpack: could not write the papers into ${args.out}, so none were written: ${e instanceof Error ? e.message : String(e)}`);
    return ExitCode.usage;
  }
  for (const file of written) io.out(`wrote ${file}`);
  const papers = args.paper.split(',').map((p) => p.trim());
  const builtExceptions = papers.includes('exceptions') || papers.includes('all');
  for (const stale of builtExceptions ? await staleExceptionReports(args.out, result.files.map((f) => f.name), result.analysis?.period ?? null) : []) {
    io.err(`warning: ${stale}: an exception report from an earlier build for this quarter, whose indicator is not an exception now; remove it before the papers go out`);
  }
  if (written.length === 0) io.out('Nothing to build: no paper matched (an exceptions-only build with no exceptions writes nothing).');
  return ExitCode.ok;
}
