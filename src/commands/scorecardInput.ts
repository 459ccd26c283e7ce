// What analyse and queries open with: the config, the --period flag and the scorecard, each failure with its exit code.
import { loadConfig, type ResolvedConfig } from '../config.js';
import { exitCodeFor, hasErrors, type Diagnostic, type ExitCode } from '../diagnostics.js';
import type { Period } from '../period.js';
import { readScorecard } from '../read/index.js';
import type { Scorecard } from '../read/types.js';
import { printDiagnostics, type CommandIo } from './io.js';
import { readPeriodFlag } from './period-flag.js';

export interface ScorecardArgs {
  data: string;
  period?: string | undefined;
  config?: string | undefined;
  /** In a long file with one row per area: the council whose rows to read (overrides the config's area). */
  area?: string | undefined;
}

export interface ScorecardInput {
  config: ResolvedConfig;
  /** The quarter --period names; undefined for the latest with data. */
  period: Period | undefined;
  scorecard: Scorecard;
  /** The reader's warnings, for the command to print. */
  diagnostics: Diagnostic[];
}

/** The config, --period and the scorecard read with them; or, having printed why not, the exit code. */
export async function readScorecardInput(args: ScorecardArgs, io: CommandIo): Promise<ScorecardInput | { exit: ExitCode }> {
  const loaded = await loadConfig(args.config);
  if (loaded.config === null) {
    printDiagnostics(io, loaded.diagnostics);
    return { exit: exitCodeFor('usage') };
  }
  const requested = readPeriodFlag(args.period);
  if ('error' in requested) {
    printDiagnostics(io, [requested.error]);
    return { exit: exitCodeFor('usage') };
  }
  const config = loaded.config;
  const read = await readScorecard(args.data, { defaultMeasureType: config.measureType, area: args.area ?? config.area ?? undefined, neighbours: config.neighbours });
  if (read.scorecard === null || hasErrors(read.diagnostics)) {
    printDiagnostics(io, read.diagnostics);
    return { exit: exitCodeFor('invalid-input') };
  }
  return { config, period: requested.period, scorecard: read.scorecard, diagnostics: read.diagnostics };
}
