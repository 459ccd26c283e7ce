// Words for statuses and directions, and ordinals: what a table cell or sentence says beside any colour or arrow.
import type { MeasureType } from '../read/types.js';
import type { Direction, Rag } from '../analyse/types.js';

export function ragLabel(rag: Rag | null): string {
  switch (rag) {
    case 'red':
      return 'Red';
    case 'amber':
      return 'Amber';
    case 'green':
      return 'Green';
    case null:
      return 'Not rated';
  }
}

export function directionLabel(direction: Direction | null): string {
  switch (direction) {
    case 'improving':
      return 'Improving';
    case 'worsening':
      return 'Worsening';
    case 'unchanged':
      return 'Unchanged';
    case null:
      return 'Not known';
  }
}

/** An arrow for the direction; callers always print the label beside it (an arrow alone says nothing to a screen reader). */
export function directionArrow(direction: Direction | null): string {
  switch (direction) {
    case 'improving':
      return '▲';
    case 'worsening':
      return '▼';
    case 'unchanged':
      return '▶';
    case null:
      return '–';
  }
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** 2 → `second` up to `tenth`; beyond that null (callers write "for 11 consecutive quarters"). */
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** 2 → `two` up to twelve, as the seed papers write small counts; larger numbers as figures. */
export function numberInWords(n: number): string {
  return Number.isInteger(n) && n >= 0 ? (NUMBER_WORDS[n] ?? String(n)) : String(n);
}

/** `a`, `a and b`, `a, b and c`. */
export function listInWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

export function ordinalWord(n: number): string | null {
  return Number.isInteger(n) && n >= 1 ? (ORDINALS[n - 1] ?? null) : null;
}

/**
 * `for the second consecutive quarter`, `for 11 consecutive quarters`; empty for a single quarter. `unit` `year` for
 * a measure reported once a year, whose red figures in a row are years.
 */
export function consecutiveQuarters(n: number, unit: 'quarter' | 'year' = 'quarter'): string {
  if (!Number.isInteger(n) || n < 2) return '';
  const word = ordinalWord(n);
  return word === null ? `for ${n} consecutive ${unit}s` : `for the ${word} consecutive ${unit}`;
}

/** What a red streak counts: years for a measure reported once a year, quarters for the rest. */
export function streakUnit(measureType: MeasureType): 'quarter' | 'year' {
  return measureType === 'annual' ? 'year' : 'quarter';
}
