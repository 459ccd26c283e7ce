// `boardpack build`: renders the papers and writes them all at once (atomically) into the output folder.
import { buildPapers, FORMATS, type Format } from '../build.js';
import { loadConfig } from '../config.js';
import { error, ExitCode, hasErrors } from '../diagnostics.js';
import { writeFilesAtomically } from '../output.js';
import { printDiagnostics, type CommandIo } from './io.js';

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

  let result: Awaited<ReturnType<typeof buildPapers>>;
  try {
    result = await buildPapers({
      data: args.data,
      papers: args.paper.split(',').map((p) => p.trim()).filter((p) => p !== ''),
      formats: formats as Format[],
      config,
      period: args.period,
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
  if (written.length === 0) io.out('Nothing to build: no paper matched (an exceptions-only build with no exceptions writes nothing).');
  return ExitCode.ok;
}
