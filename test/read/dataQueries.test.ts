// What reading settles for an officer to confirm: fractions read as percentages, decimals inferred, Confirmed marks.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { decimalPlaces } from '../../src/decimals.js';
import { agreesWithCounts, countRounding } from '../../src/ratio.js';
import { TempDir, readOk, writeBytes, writeWorkbook } from './helpers.js';

const dir = new TempDir();
afterAll(() => dir.remove());

const csv = (name: string, lines: string[]) => writeBytes(dir.file(name), `${lines.join('\n')}\n`);

describe('percentages held as fractions', () => {
  it('a CSV holding 0.88 for 88% with Numerator 830 and Denominator 940 is read as 88%, and says so', async () => {
    const file = csv('fraction.csv', [
      'ID,Title,Polarity,Unit,Period,Value,Numerator,Denominator',
      'P1,% of calls answered,higher,percent,2016-17 Q1,0.86,800,930',
      'P1,% of calls answered,higher,percent,2016-17 Q2,0.88,830,940',
    ]);
    const s = await readOk(file);
    expect(s.observations.map((o) => o.value)).toEqual([86, 88]);
    expect(s.indicators[0]).toMatchObject({ unit: 'percent' });
    expect(s.diagnostics.map((d) => [d.code, d.where.cell])).toEqual([['percent-as-fraction', 'F2']]);
    expect(s.diagnostics[0]!.message).toContain('read as fractions and shown as percentages (0.86 as 86%); its Numerator and Denominator agree');
    expect(s.readQueries).toEqual([expect.objectContaining({ id: 'P1', code: 'percent-as-fraction', period: null, doubtsFigure: false })]);
  });

  it('without a unit, a title naming a percentage and fractions make a percentage (never "1")', async () => {
    const file = csv('fraction-no-unit.csv', ['ID,Title,Period,Value', 'P1,% of calls answered,2016-17 Q1,0.86', 'P1,% of calls answered,2016-17 Q2,0.88']);
    const s = await readOk(file);
    expect(s.indicators[0]).toMatchObject({ unit: 'percent' });
    expect(s.observations.map((o) => o.value)).toEqual([86, 88]);
    // No numerator and denominator to settle it: the figure is doubted until an officer confirms it.
    expect(s.readQueries?.[0]).toMatchObject({ code: 'percent-as-fraction', doubtsFigure: true });
  });

  it('one row that is its numerator ÷ denominator without the × 100 is read as a percentage; the rest stay', async () => {
    const file = csv('fraction-one-row.csv', [
      'ID,Title,Polarity,Unit,Period,Value,Numerator,Denominator',
      'P1,% answered,higher,percent,2016-17 Q1,85.1,800,940',
      'P1,% answered,higher,percent,2016-17 Q2,0.883,830,940',
    ]);
    const s = await readOk(file);
    expect(s.observations.map((o) => o.value)).toEqual([85.1, 88.3]);
    expect(s.readQueries).toEqual([expect.objectContaining({ code: 'percent-as-fraction', period: { year: 2016, quarter: 2 }, figure: 0.883 })]);
  });

  it.each([
    ['small percentages with one above 1', [0.4, 1.2, 0.5]],
    ['only 0 and 1, which could be 0% and 1%', [0, 1, 1]],
    ['a number, not a percentage', [0.4, 0.5, 0.6]],
  ])('leaves alone %s', async (name, values) => {
    const unit = name.startsWith('a number') ? 'number' : 'percent';
    const file = csv(`no-fraction-${name.replace(/\W+/g, '-')}.csv`, [
      'ID,Title,Polarity,Unit,Decimals,Period,Value',
      ...values.map((v, i) => `P1,Rate written off,lower,${unit},1,2016-17 Q${i + 1},${v}`),
    ]);
    const s = await readOk(file);
    expect(s.observations.map((o) => o.value)).toEqual(values);
    expect(s.readQueries).toEqual([]);
  });

  it('a percentage format means the figure is already a percentage', async () => {
    const file = await writeWorkbook(dir.file('formatted.xlsx'), [
      { name: 'Indicators', rows: [['ID', 'Title', 'Polarity', 'Unit'], ['P1', '% answered', 'higher', 'percent']] },
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ['P1', '2016-17 Q1', { value: 0.005, numFmt: '0.0%' }], ['P1', '2016-17 Q2', { value: 0.006, numFmt: '0.0%' }]] },
    ]);
    const s = await readOk(file);
    expect(s.observations.map((o) => o.value)).toEqual([0.5, 0.6]);
    expect(s.readQueries).toEqual([]);
  });
});

describe('decimals inferred from the figures', () => {
  it.each([
    // unit, figures, Decimals column, expected decimals (null: the unit's default)
    ['number', [2.6, 2.7], null, 1],
    ['number', [9.05, 9.4], null, 2],
    ['number', [12, 13], null, null],
    ['percent', [64.7, 60.4], null, null],
    ['percent', [64.75, 60.4], null, 2],
    ['number', [66.6666667, 2.5], null, 1], // a calculated figure (more than 2 places) does not count
    ['number', [2.6, 2.75], 0, 0], // a Decimals column always wins
  ] as const)('%s %j with Decimals %j → %j', async (unit, figures, decimals, expected) => {
    const file = await writeWorkbook(dir.file(`decimals-${unit}-${figures.join('-')}-${decimals}.xlsx`), [
      { name: 'Indicators', rows: [['ID', 'Title', 'Polarity', 'Unit', 'Decimals'], ['X', 'A measure', 'lower', unit, decimals]] },
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ...figures.map((f, i) => ['X', `2016-17 Q${i + 1}`, f])] },
    ]);
    const s = await readOk(file);
    expect(s.indicators[0]!.decimals).toBe(expected === null && decimals === null ? null : expected);
    expect(s.readQueries?.map((q) => q.code)).toEqual(expected !== null && decimals === null ? ['decimals-inferred'] : []);
  });

  it.each([
    [2.6, 1], [9.05, 2], [88, 0], [7.000000000000001, 0], [0.000001, 6], [-3.25, 2],
  ])('decimalPlaces(%s) is %s', (x, places) => {
    expect(decimalPlaces(x)).toBe(places);
  });

  it('decimalPlaces gives what cutting every figure to 12 significant digits gives (its short cut changes nothing)', () => {
    const byCutting = (x: number): number => {
      if (!Number.isFinite(x)) return 0;
      const [mantissa = '', exponent] = Number(Math.abs(x).toPrecision(12)).toString().split('e');
      const places = mantissa.split('.')[1]?.length ?? 0;
      return exponent === undefined ? places : Math.max(0, places - Number(exponent));
    };
    const typed = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 })).map(([n, places]) => n / 10 ** places);
    const calculated = fc.tuple(typed, typed).map(([a, b]) => (b === 0 ? a : a / b));
    fc.assert(
      fc.property(fc.oneof(typed, calculated, fc.double(), fc.double({ min: -1e-3, max: 1e-3 }), fc.constantFrom(1e12, 1e21, 123456789012.5, 0.1 + 0.2, 7.000000000000001)), (x) => {
        expect(decimalPlaces(x)).toBe(byCutting(x));
      }),
      { numRuns: 20000, seed: 20261130 },
    );
  });
});

describe('figures against their numerator and denominator', () => {
  it.each([
    [88.3, 830, 940, 0, true],
    [88, 830, 940, 0, true], // 88.297 rounds to 88
    [88.4, 830, 940, 0, false],
    [89, 650, 725, 2.5, true], // counts rounded to the nearest 5: 89.66%, but 647.5/727.5 is 89.0%
    [67, 180, 275, 2.5, true],
    [60, 180, 275, 2.5, false],
  ])('%s%% against %s ÷ %s (count slack %s) agrees: %s', (value, n, d, slack, agrees) => {
    expect(agreesWithCounts(value, n, d, 100, slack)).toBe(agrees);
  });

  it('counts that are all multiples of 5 are taken as rounded to the nearest 5', () => {
    expect(countRounding([725, 795, 650])).toBe(2.5);
    expect(countRounding([725, 796])).toBe(0);
    expect(countRounding([])).toBe(0);
  });
});

describe('the Confirmed column', () => {
  it('on the Values sheet confirms that row; on the Indicators sheet, the indicator', async () => {
    const file = await writeWorkbook(dir.file('confirmed.xlsx'), [
      { name: 'Indicators', rows: [['ID', 'Title', 'Polarity', 'Unit', 'Confirmed'], ['A', 'A measure', 'higher', 'percent', 'yes'], ['B', 'B measure', 'higher', 'percent', null]] },
      {
        name: 'Values',
        rows: [['ID', 'Period', 'Value', 'Confirmed'], ['A', '2016-17 Q1', 50, null], ['B', '2016-17 Q1', 0, '✓'], ['B', '2016-17 Q2', 10, 'x'], ['B', '2016-17 Q3', 11, 'maybe']],
      },
    ]);
    const s = await readOk(file);
    expect(s.indicators.map((i) => i.confirmed ?? false)).toEqual([true, false]);
    expect(s.observations.map((o) => o.confirmed ?? false)).toEqual([false, true, true, false]);
    expect(s.diagnostics.map((d) => [d.code, d.where.cell])).toEqual([['unknown-confirmed', 'D5']]);
  });
});
