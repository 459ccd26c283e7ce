// `--period`: what a clerk typed, read the forgiving way once, here; everything after it holds a typed quarter.
import { error, type Diagnostic } from '../diagnostics.js';
import { parsePeriod, type Period } from '../period.js';

/**
 * The quarter `--period` names (undefined when it was not given), or the error saying what was typed. A period that
 * cannot be read is a mistake on the command line (a usage error), so the message names `--period`, not the data.
 */
export function readPeriodFlag(text: string | undefined): { period: Period | undefined } | { error: Diagnostic } {
  if (text === undefined) return { period: undefined };
  const period = parsePeriod(text);
  if (period !== null) return { period };
  return { error: error('invalid-period', `--period: "${text}" is not a period: write the financial year and quarter, e.g. 2016-17 Q3 or Q3 2016/17`) };
}
