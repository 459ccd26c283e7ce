import { describe, expect, it } from 'vitest';
import { chartPixelSize } from '../../../src/render/charts/index.js';
import { pointsToPixels } from '../../../src/render/charts/size.js';
import { chartTheme } from '../../../src/render/charts/theme.js';

describe('chartPixelSize', () => {
  it.each([
    [{ widthMm: 160, heightMm: 80 }, { width: 1260, height: 630, dpi: 200 }],
    [{ widthMm: 160, heightMm: 80, dpi: 200 }, { width: 1260, height: 630, dpi: 200 }],
    [{ widthMm: 160, heightMm: 80, dpi: 150 }, { width: 945, height: 472, dpi: 150 }],
    [{ widthMm: 25.4, heightMm: 12.7, dpi: 300 }, { width: 300, height: 150, dpi: 300 }],
    [{ widthMm: 170, heightMm: 95, dpi: 600 }, { width: 4016, height: 2244, dpi: 600 }],
    [{ widthMm: 10, heightMm: 1000 }, { width: 79, height: 7874, dpi: 200 }],
  ])('%j → %j', (size, pixels) => {
    expect(chartPixelSize(size)).toEqual(pixels);
  });

  it.each([
    [{ widthMm: 160, heightMm: 80, dpi: 149 }, 'dpi 149 is outside 150–600'],
    [{ widthMm: 160, heightMm: 80, dpi: 601 }, 'dpi 601 is outside 150–600'],
    [{ widthMm: 160, heightMm: 80, dpi: Number.NaN }, 'dpi NaN'],
    [{ widthMm: 0, heightMm: 80 }, 'widthMm 0 must be between 10 and 1000 mm'],
    [{ widthMm: 160, heightMm: 9.9 }, 'heightMm 9.9 must be between 10 and 1000 mm'],
    [{ widthMm: 1001, heightMm: 80 }, 'widthMm 1001'],
    [{ widthMm: Number.POSITIVE_INFINITY, heightMm: 80 }, 'widthMm Infinity'],
  ])('refuses %j', (size, message) => {
    expect(() => chartPixelSize(size)).toThrow(message);
  });
});

describe('type scales with dpi, so text prints at the same point size', () => {
  it.each([
    [72, 8, 8],
    [150, 8, 16.67],
    [200, 8, 22.22],
    [300, 9, 37.5],
  ])('at %d dpi, %d pt is %d px', (dpi, points, px) => {
    expect(pointsToPixels(points, dpi)).toBeCloseTo(px, 2);
  });

  it.each([[150], [200], [300]])('at %d dpi axis text is 8 pt and the title 9 pt', (dpi) => {
    const theme = chartTheme(dpi);
    expect((theme.textPx / dpi) * 72).toBeCloseTo(8, 6);
    expect((theme.titlePx / dpi) * 72).toBeCloseTo(9, 6);
  });
});
