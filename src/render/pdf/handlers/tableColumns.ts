// Column widths in points from the model's relative weights; a null weight takes an equal share of the rest.
import type { TableColumn } from '../../../model/types.js';

/**
 * Columns with a weight get `weight / sum` of the width those columns share; null columns each count as the mean
 * of the given weights (1 when none is given). Rows with more cells than columns get extra null columns.
 */
export function columnWidths(columns: readonly TableColumn[], cellCount: number, totalWidth: number): number[] {
  const count = Math.max(columns.length, cellCount, 1);
  const weights: (number | null)[] = Array.from({ length: count }, (_, i) => {
    const width = columns[i]?.width ?? null;
    return width !== null && Number.isFinite(width) && width > 0 ? width : null;
  });
  const given = weights.filter((w): w is number => w !== null);
  const share = given.length === 0 ? 1 : given.reduce((a, b) => a + b, 0) / given.length;
  const resolved = weights.map((w) => w ?? share);
  const sum = resolved.reduce((a, b) => a + b, 0);
  return resolved.map((w) => (w / sum) * totalWidth);
}
