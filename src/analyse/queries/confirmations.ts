// Which queries an officer has confirmed: the workbook's Confirmed columns, or the config's list (`HR05`, `IT06 2014-15 Q2`).
import { financialQuarter, parsePeriod, samePeriod, type FinancialQuarter } from '../../period.js';
import type { Indicator, Observation } from '../../read/types.js';
import type { DataQuery } from '../types.js';

/** A config entry: every query on an indicator, or only those on one quarter's figure. */
export interface Confirmation {
  id: string;
  period: FinancialQuarter | null;
}

/** `HR05` or `IT06 2014-15 Q2` (any way a quarter may be written); null when the part after the ID is not a quarter. */
export function parseConfirmation(text: string): Confirmation | null {
  const trimmed = text.trim();
  const space = trimmed.search(/\s/);
  if (trimmed === '') return null;
  if (space < 0) return { id: trimmed, period: null };
  const period = parsePeriod(trimmed.slice(space + 1).trim());
  return period === null ? null : { id: trimmed.slice(0, space), period: financialQuarter(period) };
}

export interface ConfirmationSources {
  indicator: Indicator;
  /** The observation for a quarter, where there is one. */
  observationAt(period: FinancialQuarter): Observation | undefined;
  confirmations: readonly Confirmation[];
}

export function isConfirmed(query: Omit<DataQuery, 'confirmed'>, sources: ConfirmationSources): boolean {
  if (sources.indicator.confirmed === true || sources.observationAt(query.period)?.confirmed === true) return true;
  return sources.confirmations.some((c) => c.id === query.id && (c.period === null || samePeriod(c.period, query.period)));
}
