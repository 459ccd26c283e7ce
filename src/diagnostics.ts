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

/** Exit codes, shared by every command (documented in README.md). */
export const ExitCode = {
  ok: 0,
  invalidInput: 1,
  usage: 2,
  renderFailed: 3,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

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
