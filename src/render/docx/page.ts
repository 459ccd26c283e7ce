// A4 page geometry for council papers (2 cm margins) and the unit conversions Word needs.

export const pageWidthMm = 210;
export const pageHeightMm = 297;
export const marginMm = 20;
/** Header and footer sit half-way into the margin. */
export const headerFooterDistanceMm = 10;
export const textWidthMm = pageWidthMm - 2 * marginMm;

/** Where the text of a numbered paragraph starts: the number hangs to the left of it ("3.2<tab>The council ..."). */
export const numberColumnMm = 12.7;
/** How far each list level steps in, and how far a list's text sits from its bullet. */
export const listStepMm = 6.35;

const twipsPerMm = 1440 / 25.4;

/** Twentieths of a point, Word's unit for indents, tab stops and table widths. */
export function mmToTwips(mm: number): number {
  return Math.round(mm * twipsPerMm);
}

/** The docx library sizes pictures in CSS pixels (96 to the inch). */
export function mmToPixels(mm: number): number {
  return (mm / 25.4) * 96;
}

export const textWidthTwips = mmToTwips(textWidthMm);
/** The text width of a landscape page, where a wide table (the appendix scorecard) is set. */
export const landscapeTextWidthTwips = mmToTwips(pageHeightMm - 2 * marginMm);
