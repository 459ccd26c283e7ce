// Measure types, annual targets with profiles and target dates, as officers write them on the Indicators sheet.
import { afterAll, describe, expect, it } from 'vitest';
import { readScorecard } from '../../src/read/index.js';
import { measureTypeOfWord, parseTargetDate, parseTargetProfile, titleSaysCumulative } from '../../src/read/measureFields.js';
import { TempDir, briefs, readOk, writeWorkbook } from './helpers.js';

const dir = new TempDir();
afterAll(() => dir.remove());

describe('measure type words', () => {
  it.each([
    ['Snapshot', 'snapshot'], ['Position at quarter end', null], ['position', 'snapshot'], ['As at', 'snapshot'],
    ['Flow', 'flow'], ['In quarter', 'flow'], ['in-period', 'flow'], ['Discrete', 'flow'],
    ['Cumulative', 'cumulative'], ['YTD', 'cumulative'], ['Year to date', 'cumulative'], ['year-to-date', 'cumulative'],
    ['Rolling', 'rolling'], ['Rolling 12 months', 'rolling'], ['12 month rolling', 'rolling'],
    ['Annual', 'annual'], ['Yearly', 'annual'], ['monthly', null], ['', null],
  ])('%j → %j', (word, type) => {
    expect(measureTypeOfWord(word)).toBe(type);
  });

  it.each([
    ['Working Days (per FTE) Lost Due to Sickness Absence (Cumulative)', true],
    ['% of private sector housing grant budgets actually spent (DFG) (Values are cumulative)', true],
    ['Income collected year to date', true],
    ['Spend YTD', true],
    ['Percentage of Non-domestic Rates Collected', false],
    ['Accumulated leave', false],
  ])('a title %j says cumulative: %j', (title, says) => {
    expect(titleSaysCumulative(title)).toBe(says);
  });
});

describe('target profiles', () => {
  it.each([
    ['even', [0.25, 0.5, 0.75, 1]],
    ['Even', [0.25, 0.5, 0.75, 1]],
    ['25%, 50%, 75%, 100%', [0.25, 0.5, 0.75, 1]],
    ['10, 30, 60, 100', [0.1, 0.3, 0.6, 1]],
    ['10%; 20%; 30%; 40%', [0.1, 0.3, 0.6, 1]],
    ['40 30 20 10', [0.4, 0.7, 0.9, 1]],
    ['0, 0, 0, 100', [0, 0, 0, 1]],
  ])('%j is due %j of the annual target by each quarter end', (written, shares) => {
    const parsed = parseTargetProfile(written);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) parsed.value.forEach((v, i) => expect(v).toBeCloseTo(shares[i]!, 12));
  });

  it.each(['25, 50, 75', '25, 50, 75, 90', '50, 25, 75, 100', 'front-loaded', '-10, 20, 40, 50'])('%j is refused with a reason', (written) => {
    const parsed = parseTargetProfile(written);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toMatch(/not a target profile/);
  });
});

describe('target dates', () => {
  it.each([
    ['31/03/2011', '2011-03-31'],
    ['2011-03-31', '2011-03-31'],
    ['31 March 2011', '2011-03-31'],
    ['1st April 2012', '2012-04-01'],
    ['March 2011', '2011-03-31'],
    ['Feb 2012', '2012-02-29'],
  ])('%j is %s', (text, iso) => {
    expect(parseTargetDate({ kind: 'text', text })).toEqual({ ok: true, value: iso });
  });

  it('a date cell is its day', () => {
    expect(parseTargetDate({ kind: 'date', date: new Date(Date.UTC(2011, 2, 31)) })).toEqual({ ok: true, value: '2011-03-31' });
  });

  it.each(['31/02/2011', 'soon', '2011'])('%j is not a date', (text) => {
    expect(parseTargetDate({ kind: 'text', text }).ok).toBe(false);
  });
});

describe('reading measure types', () => {
  const values = {
    name: 'Values',
    rows: [
      ['ID', 'Period', 'Value'],
      ['SNAP', '2016-17 Q3', 64.7],
      ['FLOW', '2016-17 Q3', 891],
      ['YTD', '2016-17 Q3', 57.4],
      ['ROLL', '2016-17 Q3', 12],
      ['YEAR', '2016-17 Q4', 3],
      ['TITLE', '2016-17 Q3', 5],
    ],
  };

  it('reads the Measure type column, a target date and an annual target with its profile', async () => {
    const file = await writeWorkbook(dir.file('types.xlsx'), [
      {
        name: 'Indicators',
        rows: [
          ['ID', 'Title', 'Polarity', 'Unit', 'Measure type', 'Target', 'Annual target', 'Target profile', 'Target date'],
          ['SNAP', 'Referrals going on to assessment', 'higher', 'percent', 'Snapshot', 72, null, null, '31/03/2011'],
          ['FLOW', 'Contacts received', 'higher', 'number', 'In quarter', null, null, null, null],
          ['YTD', 'Audit plan complete', 'higher', 'percent', 'YTD', null, 100, '10, 30, 60, 100', null],
          ['ROLL', 'Re-referrals', 'lower', 'number', 'Rolling 12 months', null, null, null, null],
          ['YEAR', 'Residents satisfied', 'higher', 'percent', 'annual', 80, null, null, new Date(Date.UTC(2017, 2, 31))],
          ['TITLE', 'Days lost to sickness (cumulative)', 'lower', 'days', null, null, 8, null, null],
        ],
      },
      values,
    ]);
    const s = await readOk(file);
    const byId = new Map(s.indicators.map((i) => [i.id, i]));
    expect(byId.get('SNAP')).toMatchObject({ measureType: 'snapshot', measureTypeFrom: 'column', targetDate: '2011-03-31' });
    expect(byId.get('FLOW')).toMatchObject({ measureType: 'flow', measureTypeFrom: 'column' });
    expect(byId.get('YTD')).toMatchObject({ measureType: 'cumulative', annualTarget: 100, targetProfile: [0.1, 0.3, 0.6, 1] });
    expect(byId.get('ROLL')).toMatchObject({ measureType: 'rolling' });
    expect(byId.get('YEAR')).toMatchObject({ measureType: 'annual', targetDate: '2017-03-31' });
    // A title saying "cumulative" with no type given: read as cumulative, with a warning at the title cell.
    expect(byId.get('TITLE')).toMatchObject({ measureType: 'cumulative', measureTypeFrom: 'title', annualTarget: 8 });
    expect(briefs({ scorecard: null, diagnostics: s.diagnostics })).toEqual(['warning measure-type-from-title Indicators!B7']);
    expect(s.diagnostics[0]!.message).toMatch(/TITLE is read as cumulative .* add a Measure type column/);
  });

  it('takes the default measure type where none is written', async () => {
    const file = await writeWorkbook(dir.file('default.xlsx'), [
      { name: 'Indicators', rows: [['ID', 'Title', 'Polarity', 'Unit'], ['FLOW', 'Contacts received', 'higher', 'number']] },
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ['FLOW', '2016-17 Q3', 891]] },
    ]);
    const flow = await readScorecard(file, { defaultMeasureType: 'flow' });
    expect(flow.scorecard?.indicators[0]).toMatchObject({ measureType: 'flow', measureTypeFrom: 'default' });
    const plain = await readScorecard(file);
    expect(plain.scorecard?.indicators[0]).toMatchObject({ measureType: 'snapshot', measureTypeFrom: 'default' });
  });

  it('reports every wrong measure type, profile and date at its cell, and an annual target on a quarterly measure', async () => {
    const file = await writeWorkbook(dir.file('bad-types.xlsx'), [
      {
        name: 'Indicators',
        rows: [
          ['ID', 'Title', 'Polarity', 'Unit', 'Measure type', 'Annual target', 'Target profile', 'Target date'],
          ['A', 'First', 'higher', 'number', 'monthly', null, null, null],
          ['B', 'Second', 'higher', 'number', 'cumulative', 100, '25, 50, 75', null],
          ['C', 'Third', 'higher', 'number', 'flow', 100, null, 'next March'],
        ],
      },
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ['A', '2016-17 Q3', 1], ['B', '2016-17 Q3', 2], ['C', '2016-17 Q3', 3]] },
    ]);
    const result = await readScorecard(file);
    expect(result.scorecard).toBeNull();
    expect(briefs(result)).toEqual([
      'error unknown-measure-type Indicators!E2',
      'error bad-target-profile Indicators!G3',
      'error bad-target-date Indicators!H4',
      'error annual-target-not-cumulative Indicators!A4',
    ]);
    expect(result.diagnostics[0]!.message).toMatch(/"monthly" is not a measure type: write snapshot/);
  });
});
