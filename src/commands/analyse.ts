// `boardpack analyse --data FILE [--period P] [--config FILE] [--json]`: the figures every paper reports, as a table or as JSON.
import type { Analysis } from '../analyse/types.js';
import { analyse } from '../analyse/index.js';
import { exitCodeFor, formatWhere, hasErrors, type Diagnostic, type ExitCode } from '../diagnostics.js';
import { directionLabel, formatTarget, formatValue, ragLabel, signedChange } from '../narrate/index.js';
import { printDiagnostics, type CommandIo } from './io.js';
import { queriesJson } from './queryRows.js';
import { readScorecardInput } from './scorecardInput.js';

export interface AnalyseArgs {
  data: string;
  period?: string | undefined;
  json?: boolean | undefined;
  exceptionThreshold?: number | undefined;
  /** A paper config: its default measure type, and its exception threshold where --threshold is not given. */
  config?: string | undefined;
  /** In a long file with one row per area: the council whose rows to read (overrides the config's area). */
  area?: string | undefined;
}

export async function analyseCommand(args: AnalyseArgs, io: CommandIo): Promise<ExitCode> {
  const input = await readScorecardInput(args, io);
  if ('exit' in input) return input.exit;
  const analysis = analyse(input.scorecard, {
    ...(input.period !== undefined ? { period: input.period } : {}),
    exceptionThreshold: args.exceptionThreshold ?? input.config.exceptions.threshold,
    confirmedQueries: input.config.queries.confirmed,
  });
  const diagnostics = [...input.diagnostics, ...analysis.diagnostics];
  if (hasErrors(diagnostics)) {
    printDiagnostics(io, diagnostics);
    return exitCodeFor('invalid-input');
  }
  if (args.json === true) {
    io.out(JSON.stringify(analysisJson(analysis, diagnostics), null, 2));
  } else {
    printDiagnostics(io, diagnostics);
    io.out(analysisTable(analysis));
  }
  return exitCodeFor(null);
}

/** The `--json` contract other tools rely on: unrounded numbers in the indicator's unit, null for missing, input order. */
export function analysisJson(analysis: Analysis, diagnostics: readonly Diagnostic[]) {
  return {
    period: analysis.period,
    indicators: analysis.indicators.map((a) => ({
      id: a.id,
      title: a.title,
      unit: a.unit,
      polarity: a.polarity,
      measureType: a.measureType,
      period: a.period,
      value: a.value,
      previous: a.previous,
      comparedWith: a.comparedWith,
      change: a.change,
      yearOnYear: a.yearOnYear,
      direction: a.direction,
      target: a.target,
      targetFrom: a.targetFrom,
      ...(a.measureType === 'cumulative' ? { profiledTarget: a.targetFrom === 'profile' ? a.target : null, annualTarget: a.annualTarget } : {}),
      targetDate: a.targetDate,
      rag: a.rag,
      redStreak: a.redStreak,
      exception: a.exception,
      valueQueried: a.valueQueried,
      quarters: a.history.map((q) => ({ period: q.period, value: q.value, target: q.target, rag: q.rag, months: q.months })),
    })),
    exceptions: analysis.exceptions.map((e) => ({ id: e.id, redStreak: e.redStreak, periods: e.periods })),
    queries: queriesJson(analysis),
    warnings: diagnostics.filter((d) => d.severity === 'warning').map((d) => ({ where: formatWhere(d.where), message: d.message })),
  };
}

function analysisTable(analysis: Analysis): string {
  const header = ['ID', 'Indicator', 'Value', 'Previous', 'Change', 'Direction', 'Target', 'RAG', 'Red run'];
  const rows = analysis.indicators.map((a) => [
    a.id,
    a.title.length > 48 ? `${a.title.slice(0, 47)}…` : a.title,
    formatValue(a.value, a.unit, a.decimals, a.indicator.ratePer),
    formatValue(a.previous, a.unit, a.decimals, a.indicator.ratePer),
    a.change === null ? '' : signedChange(a),
    directionLabel(a.direction),
    a.target === null ? '' : formatTarget(a.target, a.unit, a.decimals, a.indicator.ratePer),
    ragLabel(a.rag),
    a.redStreak > 0 ? String(a.redStreak) + (a.exception ? ' (exception)' : '') : '',
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  ').trimEnd();
  const exceptions = analysis.exceptions.length === 0 ? 'No exceptions.' : `Exceptions: ${analysis.exceptions.map((e) => `${e.id} (red for ${e.redStreak} ${e.redStreak === 1 ? 'quarter' : 'quarters'})`).join(', ')}.`;
  return [`Performance at ${analysis.period}`, '', line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '', exceptions].join('\n');
}
