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

/** A screenful: more problems than this are counted, not printed (the first ones are usually the cause of the rest). */
export const MOST_PRINTED_PROBLEMS = 40;

/**
 * Prints each diagnostic once, errors first, at most a screenful (BOARDPACK_SHOW_ALL=1 prints them all), then a
 * one-line count.
 */
export function printDiagnostics(io: CommandIo, diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity === 'warning');
  const all = [...errors, ...warnings];
  const shown = process.env['BOARDPACK_SHOW_ALL'] === '1' ? all : all.slice(0, MOST_PRINTED_PROBLEMS);
  for (const d of shown) io.err(formatDiagnostic(d));
  const more = all.length - shown.length;
  if (more > 0) io.err(`… and ${more} more ${more === 1 ? 'problem' : 'problems'}: fix these first and check again, or set BOARDPACK_SHOW_ALL=1 to list every one`);
  if (errors.length > 0) io.err(`${errors.length} ${errors.length === 1 ? 'error' : 'errors'}, ${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'}`);
}
