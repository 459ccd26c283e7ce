// Where a command prints: injected so tests can read what a user would see.
import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';

export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CommandIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Prints every diagnostic once, errors first, then a one-line count. */
export function printDiagnostics(io: CommandIo, diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  for (const d of [...errors, ...warnings]) io.err(formatDiagnostic(d));
  if (errors.length > 0) io.err(`${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}`);
}
