// Diagnostics: every problem found in the input, with its place; errors collect, only fatal ones throw.

/** Where a problem is: the file, and where known the sheet and cell (A1 notation). */
export interface Where {
  file?: string;
  sheet?: string;
  cell?: string;
  /** A template file and line, for template errors. */
  line?: number;
}

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** A stable, kebab-case rule id, e.g. `not-a-number`, `duplicate-id`. */
  code: string;
  message: string;
  where: Where;
}

/** `Values!C14`, `Indicators` or `scorecard.csv`: the place as a person reads it. */
export function formatWhere(where: Where): string {
  if (where.sheet !== undefined && where.cell !== undefined) return `${where.sheet}!${where.cell}`;
  if (where.sheet !== undefined) return where.sheet;
  if (where.file !== undefined && where.line !== undefined) return `${where.file}:${where.line}`;
  return where.file ?? '';
}

/** `Values!C14: "sixty" is not a number` */
export function formatDiagnostic(d: Diagnostic): string {
  const place = formatWhere(d.where);
  const prefix = d.severity === 'warning' ? 'warning: ' : 'error: ';
  return place === '' ? `${prefix}${d.message}` : `${prefix}${place}: ${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Exit codes, shared by every command (documented in README.md); a command names its failure, `exitCodeFor` picks the code. */
export const ExitCode = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  renderFailed: 3,
  heldForQueries: 4,
  /** A bug in boardpack (sysexits' EX_SOFTWARE): never the user's input, never a paper that failed to render. */
  internal: 70,
  stoppedByInterrupt: 130,
  stoppedByTerminate: 143,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The kinds of failure a command meets, from the least to the most serious: when a run meets several, the most
 * serious decides its exit status (a paper that failed to render is ours to fix, so it wins over invalid data; a job
 * held waits on the service, as invalid data waits on its owner, so invalid data wins over a hold).
 * - `usage`: the command line or a config file is wrong (an unknown command, option or paper, a bad --period or
 *   --date, a config key), or the output folder cannot be used; nothing was built.
 * - `held-for-queries`: a run held a job for unconfirmed data queries (holdOnQueries).
 * - `invalid-input`: the scorecard (or a template) has problems, each listed with its place.
 * - `render-failed`: a paper failed to render, or (in a run) its files could not be put in place.
 * - `internal`: anything else thrown: a bug.
 * - `interrupted`, `terminated`: a run stopped by SIGINT or SIGTERM.
 */
export const FAILURES = ['usage', 'held-for-queries', 'invalid-input', 'render-failed', 'internal', 'interrupted', 'terminated'] as const;
export type Failure = (typeof FAILURES)[number];

const EXIT_CODE_FOR: Record<Failure, ExitCode> = {
  usage: ExitCode.usage,
  'invalid-input': ExitCode.invalidInput,
  'held-for-queries': ExitCode.heldForQueries,
  'render-failed': ExitCode.renderFailed,
  internal: ExitCode.internal,
  interrupted: ExitCode.stoppedByInterrupt,
  terminated: ExitCode.stoppedByTerminate,
};

/** The one place an exit code is chosen: from the failures a command met (none: 0), the most serious one. */
export function exitCodeFor(...failures: readonly (Failure | null)[]): ExitCode {
  const met = failures.filter((f): f is Failure => f !== null);
  if (met.length === 0) return ExitCode.ok;
  const worst = met.reduce((a, b) => (FAILURES.indexOf(b) > FAILURES.indexOf(a) ? b : a));
  return EXIT_CODE_FOR[worst];
}

/** A failure the user can act on: carries every diagnostic, printed once by the CLI without a stack trace. */
export class BoardpackError extends Error {
  readonly diagnostics: Diagnostic[];
  readonly exitCode: ExitCode;
  constructor(diagnostics: Diagnostic[], exitCode: ExitCode = ExitCode.invalidInput) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'BoardpackError';
    this.diagnostics = diagnostics;
    this.exitCode = exitCode;
  }
}

export function error(code: string, message: string, where: Where = {}): Diagnostic {
  return { severity: 'error', code, message, where };
}

export function warning(code: string, message: string, where: Where = {}): Diagnostic {
  return { severity: 'warning', code, message, where };
}
