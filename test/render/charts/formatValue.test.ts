import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatAxisValue, formatChartValue } from '../../../src/render/charts/index.js';

describe('formatChartValue (data labels)', () => {
  it.each([
    [72.45, 1, '%', '72.5%'],
    [72, 1, '%', '72.0%'],
    [1234.56, 1, '%', '1,234.6%'],
    [1234567, 0, '', '1,234,567'],
    [12, 0, ' days', '12 days'],
    [12.5, 0, ' days', '13 days'],
    [-3.25, 2, '', '-3.25'],
    [-0.04, 1, '%', '0.0%'],
    [-0.4, 0, '', '0'],
    [0, 2, '', '0.00'],
  ])('%d with %d decimals and suffix "%s" → %s', (value, decimals, suffix, text) => {
    expect(formatChartValue(value, decimals, suffix)).toBe(text);
  });

  it.each([[-1], [1.5], [7]])('refuses %d decimals', (decimals) => {
    expect(() => formatChartValue(1, decimals, '')).toThrow(`decimals ${decimals} must be a whole number from 0 to 6`);
  });
});

describe('formatAxisValue (ticks)', () => {
  it.each([
    [70, 1, '%', '70%'],
    [72.5, 1, '%', '72.5%'],
    [72.25, 1, '%', '72.3%'],
    [2000, 0, '', '2,000'],
    [-0.01, 1, '', '0'],
    [10, 0, ' days', '10 days'],
  ])('%d with at most %d decimals and suffix "%s" → %s', (value, decimals, suffix, text) => {
    expect(formatAxisValue(value, decimals, suffix)).toBe(text);
  });
});

describe('numericTickLabel (the axis of counts, as Chart.js labels it)', () => {
  // The locale comes from the machine (LANG, LC_ALL); the papers are en-GB on every machine, with the same bytes.
  const script = `import { numericTickLabel } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../../src/render/charts/chartLayout.ts')).href)};
const ticks = [{ value: 0 }, { value: 1000 }, { value: 2000 }];
const fine = [{ value: 0 }, { value: 0.5 }, { value: 1 }];
console.log(JSON.stringify([numericTickLabel(1000, ticks), numericTickLabel(12000, ticks), numericTickLabel(0.5, fine), numericTickLabel(0, ticks)]));`;
  it.each(['C', 'en_GB.UTF-8', 'de_DE.UTF-8', 'fr_FR.UTF-8'])('writes en-GB numbers under LC_ALL=%s', (locale) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, LC_ALL: locale, LANG: locale } });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(['1,000', '12,000', '0.5', '0']);
  });
});
