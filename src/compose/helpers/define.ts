// How every boardpack helper is registered: positional arguments, a clean hash, errors that name the line.
import type { HelperDelegate } from 'handlebars';
import { isFinancialQuarter, type FinancialQuarter } from '../../period.js';
import { TemplateError } from '../template-error.js';

/** The hash key the template rewriter adds to every call of one of our helpers: the call's line. */
export const LINE_KEY = '__line';

export interface HelperCall {
  /** The helper's name, for messages. */
  name: string;
  hash: Record<string, unknown>;
  /** Handlebars' own options: `fn`/`inverse` for block helpers, `data.root` for the whole context. */
  options: Handlebars.HelperOptions;
  /** The context the helper was called in (`this`). */
  context: unknown;
  /** The line of the call in the template running (null if unknown). */
  line: number | null;
}

export type BoardpackHelper = (args: unknown[], call: HelperCall) => unknown;

/** A helper's own complaint, e.g. an unknown indicator id; it is reported at the line of the call. */
export class HelperError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HelperError';
  }
}

/** `label` prefixes the helper's error messages; the escaping helpers, never written by hand, have none. */
export function wrapHelper(name: string, helper: BoardpackHelper, label = `{{${name}}}: `): HelperDelegate {
  return function boardpackHelper(this: unknown, ...all: unknown[]): unknown {
    const options = all[all.length - 1] as Handlebars.HelperOptions;
    const { [LINE_KEY]: lineValue, ...hash } = (options.hash ?? {}) as Record<string, unknown>;
    const line = typeof lineValue === 'number' ? lineValue : null;
    try {
      return helper(all.slice(0, -1), { name, hash, options, context: this, line });
    } catch (e) {
      // An error from a block's body (a nested helper, a strict lookup) already knows its own line.
      if (e instanceof TemplateError || (e instanceof Error && typeof (e as { lineNumber?: unknown }).lineNumber === 'number')) throw e;
      const message = e instanceof Error ? e.message : String(e);
      // `{{date}}` alone calls the helper even when the data has a field called `date`.
      const hint = all.length === 1 && label !== '' ? ` ({{${name}}} is a helper; to show a field called "${name}", write {{this.${name}}})` : '';
      throw new TemplateError(`${label}${message}${hint}`, line);
    }
  };
}

/** Reads argument `index` as a string, naming the helper when it is not one. */
export function stringArgument(args: unknown[], index: number, what: string): string {
  const value = args[index];
  if (typeof value !== 'string') throw new HelperError(`expects ${what} as argument ${index + 1}, got ${describe(value)}`);
  return value;
}

/**
 * Reads argument `index` as a quarter from the data: `period`, `previousPeriod`, `yearOnYearPeriod`, a history
 * quarter's `period`. Text is refused, not read: a label typed into a template would be a guess at what it meant.
 */
export function periodArgument(args: unknown[], index: number): FinancialQuarter {
  const value = args[index];
  if (isFinancialQuarter(value)) return value;
  throw new HelperError(`expects a period from the data (such as period, previousPeriod or a quarter's period) as argument ${index + 1}, got ${describe(value)}`);
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}
