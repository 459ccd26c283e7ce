// The read stage: a scorecard file (.xlsx or .csv, long or wide layout) → a Scorecard, with every problem found.
import { hasErrors } from '../diagnostics.js';
import { assembleScorecard } from './assemble.js';
import { defaultReadLimits } from './limits.js';
import { groupRepeated } from './grouping.js';
import { Findings } from './place.js';
import { loadSheetGrids } from './source.js';
import type { MeasureType, ReadLimits, ReadResult } from './types.js';

export type { Commentary, Indicator, MeasureType, Observation, Polarity, ReadLimits, ReadResult, Scorecard, TargetProfile, Unit } from './types.js';
export { DEFAULT_MEASURE_TYPE, EVEN_PROFILE, MEASURE_TYPES, UNITS } from './types.js';
export { defaultReadLimits };

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
  /** How an indicator without a Measure type is counted; default snapshot. */
  defaultMeasureType?: MeasureType;
  /**
   * In a long file with one row per area (open data), the council whose rows to read, by name or code, and its
   * statistical neighbours, whose mean is taken as a comparator.
   */
  area?: string | undefined;
  neighbours?: readonly string[] | undefined;
}

/**
 * Reads a scorecard. Never throws for bad input: every problem comes back in `diagnostics`, all at once, and
 * `scorecard` is null if any is an error. Hostile workbooks are refused before parsing, and parsed in a worker
 * under a heap limit and a timeout.
 */
export async function readScorecard(file: string, options: ReadOptions = {}): Promise<ReadResult> {
  const limits: ReadLimits = { ...defaultReadLimits, ...options.limits };
  const findings = new Findings(file);
  const grids = await loadSheetGrids(file, limits, findings);
  if (grids === null) return { scorecard: null, diagnostics: findings.diagnostics };
  const scorecard = assembleScorecard(file, grids, findings, options.defaultMeasureType, { area: options.area, neighbours: options.neighbours });
  return { scorecard: hasErrors(findings.diagnostics) ? null : scorecard, diagnostics: groupRepeated(findings.diagnostics) };
}
