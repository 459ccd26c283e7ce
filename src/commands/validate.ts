// `boardpack validate --data FILE`: reports every problem in a scorecard; exit 1 on errors.
import { ExitCode, hasErrors } from '../diagnostics.js';
import { readScorecard } from '../read/index.js';
import { printDiagnostics, type CommandIo } from './io.js';

export async function validateCommand(args: { data: string }, io: CommandIo): Promise<ExitCode> {
  const { scorecard, diagnostics } = await readScorecard(args.data);
  printDiagnostics(io, diagnostics);
  if (hasErrors(diagnostics) || scorecard === null) return ExitCode.invalidInput;
  const periods = new Set(scorecard.observations.map((o) => `${o.period.year}-${o.period.quarter}`));
  const warnings = diagnostics.length;
  io.out(
    `${args.data}: ${scorecard.indicators.length} indicators, ${periods.size} quarters, ${scorecard.observations.length} values (${scorecard.layout} layout); no errors${warnings > 0 ? `, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''}`,
  );
  return ExitCode.ok;
}
