// Template errors: whatever Handlebars, YAML or a helper throws becomes one Diagnostic naming the file and line.
import { error, type Diagnostic } from '../diagnostics.js';

/** An error with a line in the template being run (the line within what Handlebars compiled). */
export class TemplateError extends Error {
  readonly line: number | null;
  constructor(message: string, line: number | null) {
    super(message);
    this.name = 'TemplateError';
    this.line = line;
  }
}

/** Where an error happened, once known; the innermost template (a partial) claims it first. */
interface Placed {
  file: string;
  line: number | null;
  message: string;
}
const placed = new WeakMap<object, Placed>();

/** Handlebars' strict-mode message, `"titel" not defined in [object Object] - 4:2`, in words. */
function readableMessage(e: unknown): { message: string; line: number | null } {
  if (e instanceof TemplateError) return { message: e.message, line: e.line };
  const raw = e instanceof Error ? e.message : String(e);
  const lineNumber = e instanceof Error ? (e as { lineNumber?: unknown }).lineNumber : undefined;
  const line = typeof lineNumber === 'number' ? lineNumber : null;
  const noParent = /^"([^"]*)" not defined in (?:undefined|null) - \d+:\d+$/s.exec(raw);
  if (noParent !== null) {
    return { message: `cannot read "${noParent[1] ?? ''}": the field it belongs to is missing (a misspelt name earlier in the path?)`, line };
  }
  const notDefined = /^"([^"]*)" not defined in .*? - \d+:\d+$/s.exec(raw);
  if (notDefined !== null) {
    return { message: `"${notDefined[1] ?? ''}" is not defined here: a misspelt field, or a helper that does not exist`, line };
  }
  const parse = /^Parse error on line (\d+):\n([^\n]*)\n[^\n]*\n([\s\S]*)$/.exec(raw);
  if (parse !== null) {
    return { message: `Handlebars syntax error near "${(parse[2] ?? '').trim()}": ${(parse[3] ?? '').trim()}`, line: Number(parse[1]) };
  }
  return { message: raw.replace(/ - \d+:\d+$/, ''), line };
}

/**
 * Records that an error arose in `file`, whose compiled text starts at file line `firstLine`. Only the first
 * (innermost) call counts, so an error in a partial names the partial, not the paper that included it.
 */
export function placeError(e: unknown, file: string, firstLine: number): unknown {
  const carrier = typeof e === 'object' && e !== null ? e : new Error(String(e));
  if (!placed.has(carrier)) {
    const { message, line } = readableMessage(carrier);
    placed.set(carrier, { file, line: line === null ? null : line + firstLine - 1, message });
  }
  return carrier;
}

/** The diagnostic for an error: `template-error` at the file and line where it was placed. */
export function templateDiagnostic(e: unknown, fallbackFile: string): Diagnostic {
  const carrier = typeof e === 'object' && e !== null ? e : null;
  const where = carrier === null ? undefined : placed.get(carrier);
  if (where !== undefined) {
    return error('template-error', where.message, where.line === null ? { file: where.file } : { file: where.file, line: where.line });
  }
  const { message, line } = readableMessage(e);
  return error('template-error', message, line === null ? { file: fallbackFile } : { file: fallbackFile, line });
}
