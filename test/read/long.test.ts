// The long layout: Values rows (ID, Period, Value...) with an Indicators sheet, read from workbooks exceljs writes.
import { afterAll, describe, expect, it } from 'vitest';
import { periodFromIndex, periodLabel } from '../../src/period.js';
import { INDICATORS, TempDir, briefs, readOk, writeWorkbook } from './helpers.js';
import { readScorecard } from '../../src/read/index.js';

const dir = new TempDir();
afterAll(() => dir.remove());

describe('long layout', () => {
  it('reads indicators, figures, comparators and commentary, with their cells', async () => {
    const file = await writeWorkbook(dir.file('long.xlsx'), [
      {
        name: 'Indicators',
        rows: [
          ['ID', 'Title', 'Polarity', 'Unit', 'Decimals', 'Target', 'Tolerance', 'Rate per', 'Theme', 'Owner', 'Definition', 'Rationale', 'Numerator', 'Denominator'],
          ['NI68', 'Referrals going on to initial assessment', 'higher', 'percent', 1, 72, 2, null, 'Front door', 'Head of service', 'Referrals that become assessments', 'Thresholds', 'Assessments', 'Referrals'],
          ['CLA1', 'Children looked after', 'lower', 'rate', null, null, null, 10000, null, null, null, null, null, null],
        ],
      },
      {
        name: 'Values',
        rows: [
          ['ID', 'Period', 'Value', 'Target', 'Numerator', 'Denominator', 'Statistical neighbours', 'England', 'Region'],
          ['NI68', '2016-17 Q2', 60.4, null, 302, 500, 62, 61.5, 63],
          ['NI68', '2016-17 Q3', 64.7, 70, 330, 510, null, null, null],
          ['CLA1', '2016-17 Q3', 58, null, null, null, null, null, null],
        ],
      },
      {
        name: 'Commentary',
        rows: [
          ['ID', 'Period', 'Section', 'Text'],
          ['NI68', '2016-17 Q3', 'Position', 'Performance improved.\r\n\r\n- More staff\n- Better triage'],
          ['NI68', null, 'conclusion', 'On track.'],
        ],
      },
    ]);
    const s = await readOk(file);
    expect(s.diagnostics).toEqual([]);
    expect(s.layout).toBe('long');
    expect(s.indicators.map((i) => i.id)).toEqual(['NI68', 'CLA1']);
    expect(s.indicators[0]).toEqual({
      id: 'NI68', title: 'Referrals going on to initial assessment', polarity: 'higher', unit: 'percent', decimals: 1,
      target: 72, tolerance: 2, ratePer: null, theme: 'Front door', owner: 'Head of service',
      measureType: 'snapshot', measureTypeFrom: 'default', annualTarget: null, targetProfile: null, targetDate: null,
      definition: 'Referrals that become assessments', rationale: 'Thresholds', numeratorLabel: 'Assessments',
      denominatorLabel: 'Referrals', where: { file, sheet: 'Indicators', cell: 'A2' },
    });
    expect(s.indicators[1]).toMatchObject({ unit: 'rate', ratePer: 10000, polarity: 'lower', target: null, decimals: null });
    expect(s.observations[0]).toEqual({
      id: 'NI68', period: { year: 2016, quarter: 2 }, value: 60.4, target: null, numerator: 302, denominator: 500,
      statisticalNeighbours: 62, england: 61.5, region: 63, where: { file, sheet: 'Values', cell: 'C2' },
    });
    expect(s.observations[1]).toMatchObject({ value: 64.7, target: 70 });
    expect(s.commentary).toEqual([
      { id: 'NI68', period: { year: 2016, quarter: 3 }, section: 'position', text: 'Performance improved.\n\n- More staff\n- Better triage', where: { file, sheet: 'Commentary', cell: 'D2' } },
      { id: 'NI68', period: null, section: 'conclusion', text: 'On track.', where: { file, sheet: 'Commentary', cell: 'D3' } },
    ]);
  });

  it('finds the header below merged title rows and blank rows, and skips blank rows between indicators', async () => {
    const title = 'Children’s Services scorecard, Quarter 3';
    const file = await writeWorkbook(dir.file('titled.xlsx'), [
      { name: 'Indicators', rows: [[title, title, title], [], ...INDICATORS.rows], merges: ['A1:E1'] },
      {
        name: 'Values',
        rows: [[title, title, title], ['Figures to 31 December 2016'], [], ['ID', 'Period', 'Value'], ['NI68', '2016-17 Q3', 64.7], [], [], ['NI60', '2016-17 Q3', 80]],
        merges: ['A1:C1'],
      },
    ]);
    const s = await readOk(file);
    expect(s.diagnostics).toEqual([]);
    expect(s.indicators.map((i) => [i.id, i.where.cell])).toEqual([['NI68', 'A4'], ['NI60', 'A5']]);
    expect(s.observations.map((o) => [o.id, o.value, o.where.cell])).toEqual([['NI68', 64.7, 'C5'], ['NI60', 80, 'C8']]);
  });

  it('skips a footnote under the table with a warning', async () => {
    const file = await writeWorkbook(dir.file('footnote.xlsx'), [
      INDICATORS,
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ['NI68', '2016-17 Q3', '*'], [], ['* suppressed: fewer than 5 children']] },
    ]);
    const s = await readOk(file);
    expect(s.diagnostics.map((d) => `${d.severity} ${d.code} ${d.where.cell}`)).toEqual(['warning note-row A4']);
    expect(s.observations.map((o) => o.value)).toEqual([null]);
  });

  it('matches header synonyms in any case and punctuation', async () => {
    const file = await writeWorkbook(dir.file('synonyms.xlsx'), [
      {
        name: 'Indicators',
        rows: [['Indicator ID', 'KPI', 'Good performance is:', 'UNIT', 'Amber tolerance', 'Target'], ['CS01', 'Call handling', 'High', 'Percent', 3, 90], ['HS01', 'Days to decide', 'Low', 'days', null, 15]],
      },
      { name: 'Values', rows: [['Ref', 'period', 'VALUE', 'SN', 'National average'], ['CS01', 'Q1 2014/15', 95.9, 93, 91], ['HS01', 'Q1 2014/15', 11, null, null]] },
    ]);
    const s = await readOk(file);
    expect(s.diagnostics).toEqual([]);
    expect(s.indicators.map((i) => [i.id, i.title, i.polarity, i.unit, i.tolerance])).toEqual([['CS01', 'Call handling', 'higher', 'percent', 3], ['HS01', 'Days to decide', 'lower', 'days', null]]);
    expect(s.observations[0]).toMatchObject({ statisticalNeighbours: 93, england: 91 });
  });

  it.each([
    ['Up', 'higher'], ['down', 'lower'], ['HIGHER', 'higher'], ['low', 'lower'],
  ])('polarity %j is %s', async (written, polarity) => {
    const file = await writeWorkbook(dir.file(`polarity-${written}.xlsx`), [
      { name: 'Indicators', rows: [['ID', 'Title', 'Direction'], ['A', 'A measure', written]] },
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ['A', '2016-17 Q3', 1]] },
    ]);
    expect((await readOk(file)).indicators[0]!.polarity).toBe(polarity);
  });

  it('reads every period form, including date cells, to the canonical quarter', async () => {
    const forms: unknown[] = [
      '2016-17 Q1', '2016/17 Q2', 'Q3 2016/17', 'Q4 2016-17', 'Q1 17/18', 'Jul-Sep 2017', 'Dec 2017', 'March 2018',
      { value: new Date(Date.UTC(2018, 4, 1)), numFmt: 'mmm-yy' },
      '30/09/2018',
    ];
    const file = await writeWorkbook(dir.file('periods.xlsx'), [
      { name: 'Indicators', rows: [['ID', 'Title'], ['A', 'A measure']] },
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ...forms.map((p, i) => ['A', p as never, i])] },
    ]);
    const s = await readOk(file);
    expect(s.diagnostics).toEqual([]);
    expect(s.observations.map((o) => periodLabel(o.period))).toEqual([
      '2016-17 Q1', '2016-17 Q2', '2016-17 Q3', '2016-17 Q4', '2017-18 Q1', '2017-18 Q2', '2017-18 Q3', '2017-18 Q4', '2018-19 Q1', '2018-19 Q2',
    ]);
  });

  it('reads % formats, % strings, commas, £, formulas, rich text, hyperlinks and every missing marker', async () => {
    const cells: [unknown, number | null][] = [
      [{ value: 0.647, numFmt: '0.0%' }, 64.7],
      ['64.7%', 64.7],
      ['1,732', 1732],
      ['£800,000', 800000],
      [{ formula: 'B1*2', result: 42 }, 42],
      [{ value: { formula: '1/3', result: 0.25 }, numFmt: '0%' }, 25],
      [{ richText: [{ text: '1' }, { font: { bold: true }, text: '2.5' }] }, 12.5],
      [{ text: '77', hyperlink: 'https://example.org' }, 77],
      [null, null], ['n/a', null], ['N/A', null], ['-', null], ['–', null], ['*', null], ['no data', null], ['tbc', null],
    ];
    const file = await writeWorkbook(dir.file('values.xlsx'), [
      { name: 'Indicators', rows: [['ID', 'Title', 'Unit'], ['A', 'A measure', 'number']] },
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ...cells.map(([value], i) => ['A', periodLabel(periodFromIndex(2016 * 4 + i)), value as never])] },
    ]);
    const s = await readOk(file);
    // With no Decimals, the places the figures are typed with (64.7) are said to be inferred; nothing else is wrong.
    expect(s.diagnostics.map((d) => d.code)).toEqual(['decimals-inferred']);
    expect(s.observations.map((o) => o.value)).toEqual(cells.map(([, expected]) => expected));
  });

  it('takes percent as the unit where none is given and a % format is used', async () => {
    const file = await writeWorkbook(dir.file('infer.xlsx'), [
      { name: 'Indicators', rows: [['ID', 'Title'], ['P', 'Shown as percent'], ['N', 'Plain number']] },
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ['P', '2016-17 Q3', { value: 0.5, numFmt: '0%' } as never], ['N', '2016-17 Q3', 12]] },
    ]);
    const s = await readOk(file);
    expect(s.indicators.map((i) => i.unit)).toEqual(['percent', 'number']);
    expect(s.observations[0]!.value).toBe(50);
  });

  it('keeps a header called __proto__ (warned as unread) and an ID called __proto__', async () => {
    const file = await writeWorkbook(dir.file('proto.xlsx'), [
      { name: 'Indicators', rows: [['ID', 'Title', '__proto__'], ['__proto__', 'Odd ID', 'x'], ['constructor', 'Another', 'y']] },
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ['__proto__', '2016-17 Q3', 1], ['constructor', '2016-17 Q3', 2]] },
    ]);
    const result = await readScorecard(file);
    expect(briefs(result)).toEqual(['warning unknown-column Indicators!C1']);
    expect(result.diagnostics[0]!.message).toContain('"__proto__"');
    expect(result.scorecard!.indicators.map((i) => i.id)).toEqual(['__proto__', 'constructor']);
    expect(result.scorecard!.observations.map((o) => [o.id, o.value])).toEqual([['__proto__', 1], ['constructor', 2]]);
  });

  it('orders observations by indicator, then period, whatever the row order', async () => {
    const file = await writeWorkbook(dir.file('order.xlsx'), [
      INDICATORS,
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ['NI60', '2016-17 Q2', 2], ['NI68', '2016-17 Q3', 3], ['NI68', '2016-17 Q2', 1], ['NI60', '2016-17 Q1', 0]] },
    ]);
    const s = await readOk(file);
    expect(s.observations.map((o) => `${o.id} ${periodLabel(o.period)}`)).toEqual(['NI68 2016-17 Q2', 'NI68 2016-17 Q3', 'NI60 2016-17 Q1', 'NI60 2016-17 Q2']);
  });

  it('takes indicators from columns on the Values sheet when there is no Indicators sheet', async () => {
    const file = await writeWorkbook(dir.file('no-indicators-sheet.xlsx'), [
      {
        name: 'Data',
        rows: [['ID', 'Title', 'Polarity', 'Unit', 'Period', 'Value', 'Target'], ['A', 'A measure', 'higher', 'percent', '2016-17 Q2', 50, 60], ['A', null, null, null, '2016-17 Q3', 55, 60]],
      },
    ]);
    const s = await readOk(file);
    expect(s.indicators).toHaveLength(1);
    expect(s.indicators[0]).toMatchObject({ id: 'A', title: 'A measure', polarity: 'higher', unit: 'percent', target: null });
    expect(s.observations.map((o) => o.target)).toEqual([60, 60]);
  });
});
