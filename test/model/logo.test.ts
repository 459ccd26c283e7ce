// The one rule both renderers size the logo by: the configured width, scaled down (aspect kept) to at most 35 mm tall.
import { describe, expect, it } from 'vitest';
import { logoSizeMm, MAX_LOGO_HEIGHT_MM } from '../../src/model/logo.js';

const logo = (widthMm: number) => ({ file: 'logo.png', alt: 'Council', widthMm });

describe('logoSizeMm', () => {
  it.each([
    // [case, widthMm, pixel width, pixel height, width, height]
    ['a banner keeps its width', 40, 300, 100, 40, 40 / 3],
    ['a square crest at 80 mm is 35 mm square', 80, 100, 100, 35, 35],
    ['a 2:1 logo at 80 mm is capped at 35 mm tall', 80, 200, 100, 70, 35],
    ['exactly 35 mm tall is kept', 70, 200, 100, 70, 35],
    ['a picture whose size is unknown is taken as 3:1', 60, 0, 0, 60, 20],
  ])('%s', (_case, widthMm, pixelWidth, pixelHeight, width, height) => {
    const size = logoSizeMm(logo(widthMm), pixelWidth, pixelHeight);
    expect(size.widthMm).toBeCloseTo(width, 6);
    expect(size.heightMm).toBeCloseTo(height, 6);
    expect(size.heightMm).toBeLessThanOrEqual(MAX_LOGO_HEIGHT_MM);
  });
});
