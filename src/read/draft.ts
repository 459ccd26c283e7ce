// An observation as read, before the indicators are settled: the Observation plus what the checks need.
import type { Where } from '../diagnostics.js';
import type { Month } from '../month.js';
import type { Observation } from './types.js';

export interface ObservationDraft {
  observation: Observation;
  /** The value or target was shown as a percentage: evidence of the unit when none is given. */
  shownAsPercent: boolean;
  /** The cell of this row's ID (long layout) or of the indicator's ID (wide). */
  idWhere: Where;
  /** The row-level target's cell, for "target without polarity". */
  targetWhere: Where | null;
  /** The calendar month the row's period names (`Apr 2022`, a date), or null for a quarter (`2022-23 Q1`). */
  month: Month | null;
  /** For "also in row 12" in a duplicate message. */
  row: number;
  sheet: string;
}
