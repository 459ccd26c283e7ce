// Column weights → column widths in twips that fill the text width of the page exactly.

import type { TableColumn } from '../../model/types.js';

/**
 * Weights are relative. A column without one takes an equal share of what is left: when the given weights are
 * fractions summing to less than 1, the remainder; otherwise the average of the given weights.
 * Rounding leftovers go to the last column so the widths add up to the table width.
 */
export function columnWidths(columns: readonly TableColumn[], totalTwips: number): number[] {
  if (columns.length === 0) return [];
  const given = columns.flatMap((column) => (column.width !== null && column.width > 0 ? [column.width] : []));
  const unweighted = columns.length - given.length;
  const givenSum = given.reduce((sum, width) => sum + width, 0);
  const share =
    given.length === 0 ? 1 : givenSum < 1 && unweighted > 0 ? (1 - givenSum) / unweighted : givenSum / given.length;
  const weights = columns.map((column) => (column.width !== null && column.width > 0 ? column.width : share));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  const widths = weights.map((weight) => Math.floor((weight / weightSum) * totalTwips));
  const leftover = totalTwips - widths.reduce((sum, width) => sum + width, 0);
  widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + leftover;
  return widths;
}
