// Workbooks written by other programs: LibreOffice's conversion of a CSV, the real Hart scorecard, the shipped samples.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { periodLabel } from '../../src/period.js';
import { readOk } from './helpers.js';

/**
 * Made from libreoffice-scorecard.csv beside it with
 * `soffice --headless --infilter="CSV:44,34,76,1,,2057,false,true" --convert-to xlsx --outdir test/fixtures/read <csv>`
 * (UTF-8, en-GB, "detect special numbers"): LibreOffice turns `60.4%` into 0.604 formatted `0.00%` and `£800,000`
 * into 800000 with a currency format.
 */
const LIBREOFFICE = 'test/fixtures/read/libreoffice-scorecard.xlsx';
const HART = 'test/fixtures/papers/hart-real.xlsx';

describe('a workbook LibreOffice wrote', () => {
  it('reads percent cells as percent, formatted currency as numbers, text periods and n/a', async () => {
    const s = await readOk(LIBREOFFICE);
    expect(s.diagnostics).toEqual([]);
    expect(s.layout).toBe('long');
    expect(s.indicators.map((i) => [i.id, i.unit, i.polarity])).toEqual([['NI68', 'percent', 'higher'], ['CLA1', 'rate', 'lower'], ['BUD1', 'currency', 'lower']]);
    expect(s.observations.map((o) => [o.id, periodLabel(o.period), o.value, o.target, o.england])).toEqual([
      ['NI68', '2016-17 Q2', 60.4, 70, 61.5],
      ['NI68', '2016-17 Q3', 64.7, 70, 62],
      ['CLA1', '2016-17 Q2', 58, 55, 62],
      ['CLA1', '2016-17 Q3', 1061, 55, null],
      ['BUD1', '2016-17 Q3', 800000, 0, null],
    ]);
  });
});

describe('the same scorecard as CSV and as LibreOffice’s workbook', () => {
  it('reads to the same indicators and figures', async () => {
    const fromCsv = await readOk('test/fixtures/read/libreoffice-scorecard.csv');
    const fromXlsx = await readOk(LIBREOFFICE);
    const strip = <T extends { where: unknown }>(items: T[]) => items.map(({ where: _where, ...rest }) => rest);
    expect(strip(fromCsv.indicators)).toEqual(strip(fromXlsx.indicators));
    expect(strip(fromCsv.observations)).toEqual(strip(fromXlsx.observations));
  });
});

describe.skipIf(!existsSync(HART))('the real Hart District Council scorecard', () => {
  it('reads without errors: 45 KPIs over three quarters', async () => {
    const s = await readOk(HART);
    expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(s.indicators).toHaveLength(45);
    expect(new Set(s.observations.map((o) => periodLabel(o.period)))).toEqual(new Set(['2013-14 Q4', '2014-15 Q1', '2014-15 Q2']));
    expect(s.indicators.find((i) => i.id === 'HS01')).toMatchObject({ polarity: 'lower', unit: 'number', theme: 'Housing Services' });
    const cs01 = s.observations.filter((o) => o.id === 'CS01').map((o) => [o.value, o.target]);
    expect(cs01).toEqual([[95.3, null], [95.9, 90], [95.5, 90]]);
    // Its only warnings are real: HR11 and HS08 say "cumulative" in their titles, so they are read as
    // cumulative until a Measure type confirms it; no Decimals are given, so HR11 (2.6, 2.7) and the benefit
    // processing times (19.85, 9.05, 9.4) are shown to the places they are typed with.
    expect(s.diagnostics.map((d) => [d.code, d.where.cell])).toEqual([
      ['measure-type-from-title', 'B12'],
      ['measure-type-from-title', 'B15'],
      ['decimals-inferred', 'C22'],
      ['decimals-inferred', 'C72'],
      ['decimals-inferred', 'C74'],
      ['decimals-inferred', 'C76'],
    ]);
    expect(Object.fromEntries(s.indicators.filter((i) => i.decimals !== null).map((i) => [i.id, i.decimals]))).toEqual({ HR11: 1, RB07: 2, RB08: 2, RB09: 1 });
    expect(s.indicators.filter((i) => i.measureType === 'cumulative').map((i) => i.id)).toEqual(['HR11', 'HS08']);
  });
});

describe.each(['data/sample-scorecard.xlsx', 'data/sample-scorecard-wide.xlsx'].filter((f) => existsSync(f)))('the shipped sample %s', (file) => {
  it('reads without errors', async () => {
    const s = await readOk(file);
    expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(s.indicators.length).toBeGreaterThan(0);
    expect(s.commentary.length).toBeGreaterThan(0);
  });
});
