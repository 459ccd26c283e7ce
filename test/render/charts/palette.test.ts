import { describe, expect, it } from 'vitest';
import { comparisonSeriesStyles, contrastRatio, inkPalette, ragPalette, relativeLuminance } from '../../../src/render/charts/index.js';

describe('contrastRatio (WCAG 2)', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#000000', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#f47738', '#ffffff', 2.78],
    ['#d4351c', '#ffffff', 4.86],
    ['#00703c', '#ffffff', 6.21],
    ['#1D70B8', '#FFFFFF', 5.17],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });

  it.each([['#fff'], ['white'], ['#12345g'], ['123456']])('rejects %s, which is not #rrggbb', (hex) => {
    expect(() => relativeLuminance(hex)).toThrow(`"${hex}" is not a colour in #rrggbb form`);
  });
});

describe('ragPalette', () => {
  it.each(Object.entries(ragPalette))('%s (%s) keeps at least 3:1 against white', (_name, hex) => {
    expect(contrastRatio(hex, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.entries(ragPalette))('white counts on %s (%s) keep at least 4.5:1', (_name, hex) => {
    expect(contrastRatio(hex, inkPalette.onFill)).toBeGreaterThanOrEqual(4.5);
  });

  it('does not use GOV.UK orange, which fails 3:1', () => {
    expect(Object.values(ragPalette)).not.toContain('#f47738');
  });

  it('gives each status its own colour', () => {
    expect(new Set(Object.values(ragPalette)).size).toBe(4);
  });
});

describe('text and series colours', () => {
  it.each([['text', inkPalette.text], ['secondaryText', inkPalette.secondaryText], ['target', inkPalette.target], ['actualLine', inkPalette.actualLine]])(
    '%s (%s) keeps at least 4.5:1 against white',
    (_name, hex) => {
      expect(contrastRatio(hex, inkPalette.background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(comparisonSeriesStyles.map((s, i) => [i, s.fill]))('comparison series %d (%s) keeps at least 3:1 against white', (_i, hex) => {
    expect(contrastRatio(hex, '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('solid comparison series differ in lightness, so they part in greyscale', () => {
    const solid = comparisonSeriesStyles.filter((s) => s.hatch === 'none').map((s) => relativeLuminance(s.fill));
    for (let i = 1; i < solid.length; i += 1) expect(Math.abs((solid[i] ?? 0) - (solid[i - 1] ?? 0))).toBeGreaterThan(0.05);
  });
});
