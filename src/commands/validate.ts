// `boardpack validate --data FILE [--config FILE]`: reports every problem in a scorecard, as `analyse` would meet it; exit 1 on errors.
import { analyse } from '../analyse/index.js';
import { exitCodeFor, hasErrors, type ExitCode } from '../diagnostics.js';
import { loadConfig } from '../config.js';
import { readScorecard } from '../read/index.js';
import { printDiagnostics, type CommandIo } from './io.js';

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

export async function validateCommand(args: { data: string; config?: string | undefined; area?: string | undefined }, io: CommandIo): Promise<ExitCode> {
  const loaded = await loadConfig(args.config);
  if (loaded.config === null) {
    printDiagnostics(io, loaded.diagnostics);
    return exitCodeFor('usage');
  }
  const read = await readScorecard(args.data, { defaultMeasureType: loaded.config.measureType, area: args.area ?? loaded.config.area ?? undefined, neighbours: loaded.config.neighbours });
  // The checks analyse makes on the latest quarter (no quarters at all, indicators in arrears) belong here too.
  const analysed = read.scorecard === null || hasErrors(read.diagnostics) ? null : analyse(read.scorecard, { confirmedQueries: loaded.config.queries.confirmed });
  const diagnostics = [...read.diagnostics, ...(analysed?.diagnostics ?? [])];
  printDiagnostics(io, diagnostics);
  if (read.scorecard === null || hasErrors(diagnostics)) return exitCodeFor('invalid-input');
  const { scorecard } = read;
  const values = scorecard.observations.filter((o) => o.value !== null);
  const quarters = new Set(values.map((o) => `${o.period.year}-${o.period.quarter}`));
  const warnings = diagnostics.length;
  io.out(
    `${args.data}: ${count(scorecard.indicators.length, 'indicator')}, ${count(quarters.size, 'quarter')} with figures, ${count(values.length, 'value')} (${scorecard.layout} layout), latest quarter ${analysed?.period ?? 'none'}; no errors${warnings > 0 ? `, ${count(warnings, 'warning')}` : ''}`,
  );
  return exitCodeFor(null);
}
