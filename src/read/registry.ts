// The indicators a scorecard defines, by ID, in the order they were first seen.
import type { Where } from '../diagnostics.js';
import type { IndicatorFields } from './indicatorFields.js';
import { mergeIndicatorFields } from './indicatorFields.js';

export interface IndicatorEntry {
  id: string;
  fields: IndicatorFields;
  /** The cell of its ID. */
  where: Where;
  /** Row of the ID, for "first in row 5" in a duplicate message. */
  row: number;
}

export class IndicatorRegistry {
  /** A Map, not an object: an ID such as `__proto__` or `constructor` is an ordinary key. */
  private readonly entries = new Map<string, IndicatorEntry>();

  get(id: string): IndicatorEntry | undefined {
    return this.entries.get(id);
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  add(entry: IndicatorEntry): void {
    this.entries.set(entry.id, entry);
  }

  /** For layouts that repeat an indicator's fields on each of its rows. */
  addOrMerge(entry: IndicatorEntry): void {
    const existing = this.entries.get(entry.id);
    if (existing === undefined) this.entries.set(entry.id, entry);
    else existing.fields = mergeIndicatorFields(existing.fields, entry.fields);
  }

  all(): IndicatorEntry[] {
    return [...this.entries.values()];
  }
}
