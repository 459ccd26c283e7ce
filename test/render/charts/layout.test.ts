import { describe, expect, it } from 'vitest';
import type { TrendPoint } from '../../../src/model/types.js';
import { chartPixelSize } from '../../../src/render/charts/index.js';
import { titleCharsPerLine } from '../../../src/render/charts/commonOptions.js';
import { valueAxisRoom, type ComparisonSpec } from '../../../src/render/charts/comparisonChart.js';
import { wrapThemeLabel } from '../../../src/render/charts/ragSummaryChart.js';
import { chartTheme } from '../../../src/render/charts/theme.js';
import { isDip } from '../../../src/render/charts/trendChart.js';

const points = (values: (number | null)[]): TrendPoint[] => values.map((value, i) => ({ period: `P${i}`, value, target: null, status: null }));

describe('isDip: the value goes below the point where the line climbs away on both sides', () => {
  it.each([
    [[5, 3, 4], 1, true],
    [[5, 3, 3], 1, false],
    [[2, 3, 4], 1, false],
    [[3, 5], 0, true],
    [[5, 3], 1, true],
    [[3, 3], 0, false],
    [[5, null, 4], 1, false],
    [[null, 3, null], 1, false],
    [[5, 3, null], 1, true],
    [[4], 0, false],
  ])('%j at %d → %s', (values, index, dip) => {
    expect(isDip(points(values), index)).toBe(dip);
  });
});

describe('wrapThemeLabel', () => {
  it.each([
    ['Housing', ['Housing']],
    ['Children, Young People and Families', ['Children, Young People', 'and Families']],
    ['Adult Social Care and Public Health Services', ['Adult Social Care and', 'Public Health Services']],
    ['  Spaces   between ', ['Spaces between']],
    ['', ['']],
    ['Supercalifragilisticexpialidocious theme', ['Supercalifragilisticexpialidocious', 'theme']],
  ])('"%s" → %j', (label, lines) => {
    expect(wrapThemeLabel(label)).toEqual(lines);
  });

  it('breaks exactly at the limit', () => {
    expect(wrapThemeLabel('aaaa bbbb', 9)).toEqual(['aaaa bbbb']);
    expect(wrapThemeLabel('aaaa bbbbb', 9)).toEqual(['aaaa', 'bbbbb']);
  });
});

describe('valueAxisRoom leaves space past each bar for its label', () => {
  const theme = chartTheme(200);
  const spec = (values: (number | null)[]): ComparisonSpec => ({
    kind: 'comparison',
    title: 'T',
    valueSuffix: '',
    decimals: 0,
    categories: values.map((_, i) => `C${i}`),
    series: [{ name: 'Our value', values }],
  });

  it.each([
    [[10, 20, 30], 30, 0],
    [[-10, -20], 0, -20],
    [[-3, 24], 24, -3],
    [[null, null], 0, 0],
  ])('%j: axis reaches beyond max %d and min %d', (values, high, low) => {
    const room = valueAxisRoom(spec(values), theme, 1260, 630);
    if (high > 0) expect(room.suggestedMax).toBeGreaterThan(high);
    else expect(room.suggestedMax).toBe(0);
    if (low < 0) expect(room.suggestedMin).toBeLessThan(low);
    else expect(room.suggestedMin).toBe(0);
  });

  it('keeps a label-sized share of the axis above the tallest bar, and more for upright labels', () => {
    const wide = valueAxisRoom(spec([100]), theme, 1260, 630);
    const crowded = valueAxisRoom(spec(Array.from({ length: 24 }, () => 100)), theme, 1260, 630);
    const share = (r: { suggestedMax: number; suggestedMin: number }): number => (r.suggestedMax - 100) / (r.suggestedMax - r.suggestedMin);
    expect(share(wide)).toBeGreaterThan(0.05);
    expect(share(crowded)).toBeGreaterThan(share(wide));
  });
});

describe('titleCharsPerLine: long titles wrap instead of being clipped', () => {
  it.each([
    [160, 80],
    [80, 40],
    [40, 20],
    [10, 12],
  ])('%d mm across holds about %d bold 9 pt characters, whatever the dpi', (widthMm, chars) => {
    for (const dpi of [150, 200, 300]) {
      const { width } = chartPixelSize({ widthMm: Math.max(widthMm, 10), heightMm: 50, dpi });
      expect(Math.abs(titleCharsPerLine(chartTheme(dpi), width) - chars)).toBeLessThanOrEqual(1);
    }
  });
});
