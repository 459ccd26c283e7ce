// Placed size in millimetres → canvas pixels, and print points → pixels, so text reads the same at any dpi.

export interface ChartSize {
  widthMm: number;
  heightMm: number;
  /** Dots per inch at the placed size; 200 unless given. */
  dpi?: number;
}

export interface ChartPixelSize {
  width: number;
  height: number;
  dpi: number;
}

export const defaultDpi = 200;
/** Below this, hairlines and 8 pt text blur in print. */
export const minimumDpi = 150;
/** Above this a chart costs memory and time for no visible gain. */
export const maximumDpi = 600;

const mmPerInch = 25.4;
const pointsPerInch = 72;

/** The canvas size for a chart placed at widthMm × heightMm: round(mm / 25.4 × dpi). Throws on a size no page can hold. */
export function chartPixelSize(size: ChartSize): ChartPixelSize {
  const dpi = size.dpi ?? defaultDpi;
  if (!Number.isFinite(dpi) || dpi < minimumDpi || dpi > maximumDpi) {
    throw new RangeError(`chart size: dpi ${dpi} is outside ${minimumDpi}–${maximumDpi}; print needs at least ${minimumDpi}`);
  }
  for (const [name, mm] of [['widthMm', size.widthMm], ['heightMm', size.heightMm]] as const) {
    if (!Number.isFinite(mm) || mm < 10 || mm > 1000) {
      throw new RangeError(`chart size: ${name} ${mm} must be between 10 and 1000 mm`);
    }
  }
  return {
    width: Math.round((size.widthMm / mmPerInch) * dpi),
    height: Math.round((size.heightMm / mmPerInch) * dpi),
    dpi,
  };
}

/** Pixels for a length in print points at this dpi (1 pt = 1/72 inch). */
export function pointsToPixels(points: number, dpi: number): number {
  return (points / pointsPerInch) * dpi;
}
