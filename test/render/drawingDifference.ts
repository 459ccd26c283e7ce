// Where two chart drawings first differ: the comparison the direct layouts' tests (trendLayout, barLayout) hold them to.

const pathNumber = /-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/g;

/**
 * Where two drawings first differ, or null. Numbers may differ by `tolerance` (NaN equals NaN); path data is compared
 * number by number the same way; every other string exactly.
 */
export function drawingDifference(a: unknown, b: unknown, tolerance: number, path = 'drawing'): string | null {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? null : `${path}: ${a} ≠ ${b}`;
    return Math.abs(a - b) <= tolerance ? null : `${path}: ${a} ≠ ${b}`;
  }
  if (typeof a === 'string' && typeof b === 'string') {
    if (a === b) return null;
    const isPath = /\.(d|clips\[\d+\])$/.test(path);
    if (!isPath || a.replace(pathNumber, '#') !== b.replace(pathNumber, '#')) return `${path}: "${a}" ≠ "${b}"`;
    return drawingDifference(a.match(pathNumber)?.map(Number), b.match(pathNumber)?.map(Number), tolerance, path);
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items ≠ ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const difference = drawingDifference(a[i], b[i], tolerance, `${path}[${i}]`);
      if (difference !== null) return difference;
    }
    return null;
  }
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = Object.keys(a);
    if (keys.join() !== Object.keys(b).join()) return `${path}: keys ${keys.join()} ≠ ${Object.keys(b).join()}`;
    for (const key of keys) {
      const difference = drawingDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], tolerance, `${path}.${key}`);
      if (difference !== null) return difference;
    }
    return null;
  }
  return a === b ? null : `${path}: ${String(a)} ≠ ${String(b)}`;
}
