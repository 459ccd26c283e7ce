// The logo's size on the front sheet, one rule for both renderers: the configured width, scaled down (aspect kept) so
// a square crest is no taller than 35 mm and does not push the paper's title off the first page.
import type { HouseStyle } from './types.js';

/** The tallest a logo is drawn. */
export const MAX_LOGO_HEIGHT_MM = 35;

/** A picture whose size cannot be read is taken to be a banner three times as wide as it is tall. */
const UNKNOWN_ASPECT = 3;

/** Width and height in millimetres for a logo whose picture is pixelWidth × pixelHeight. */
export function logoSizeMm(logo: NonNullable<HouseStyle['logo']>, pixelWidth: number, pixelHeight: number): { widthMm: number; heightMm: number } {
  const known = pixelWidth > 0 && pixelHeight > 0 && Number.isFinite(pixelWidth) && Number.isFinite(pixelHeight);
  const aspect = known ? pixelWidth / pixelHeight : UNKNOWN_ASPECT;
  const heightMm = logo.widthMm / aspect;
  if (heightMm <= MAX_LOGO_HEIGHT_MM) return { widthMm: logo.widthMm, heightMm };
  return { widthMm: MAX_LOGO_HEIGHT_MM * aspect, heightMm: MAX_LOGO_HEIGHT_MM };
}
