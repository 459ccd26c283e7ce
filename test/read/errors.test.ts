// Bad input: every problem reported at once, each with its place; warnings leave the scorecard usable.
import { afterAll, describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { formatDiagnostic } from '../../src/diagnostics.js';
import { readScorecard } from '../../src/read/index.js';
import { INDICATORS, TempDir, briefs, writeBytes, writeWorkbook } from './helpers.js';

const dir = new TempDir();
afterAll(() => dir.remove());

describe('a workbook with many problems', () => {
  it('reports them all at once, each at its cell, and gives no scorecard', async () => {
    const file = await writeWorkbook(dir.file('everything-wrong.xlsx'), [
      {
        name: 'Indicators',
        rows: [
          ['ID', 'Title', 'Polarity', 'Unit', 'Target'],
          ['NI68', 'Referrals', 'higher', 'percent', 72],
          ['NI68', 'Again', 'higher', 'percent', null],
          ['X1', 'Sideways', 'sideways', 'number', null],
          ['X2', 'No polarity', null, 'number', 50],
          ['X3', null, 'higher', 'number', null],
          ['X4', 'Bad unit', 'higher', 'furlongs', null],
          ['X5', 'Period target only', null, 'number', null],
        ],
      },
      {
        name: 'Values',
        rows: [
          ['ID', 'Period', 'Value', 'Target'],
          ['NI68', '2016-17 Q3', 64.7],
          ['NI68', '2016-17 Q3', 65],
          ['NI99', '2016-17 Q3', 1],
          ['NI68', 'Qtr 3', 1],
          ['NI68', '2016-17 Q4', 'sixty'],
          ['NI68', '2017-18 Q2', { error: '#DIV/0!' } as never],
          ['NI68', '2017-18 Q3', 120],
          ['X5', '2016-17 Q3', 5, 10],
          [null, '2016-17 Q3', 4],
        ],
      },
    ]);
    const result = await readScorecard(file);
    expect(result.scorecard).toBeNull();
    expect(briefs(result).sort()).toEqual([
      'error duplicate-id Indicators!A3',
      'error unknown-polarity Indicators!C4',
      'error target-without-polarity Indicators!A5',
      'error missing-title Indicators!B6',
      'error unknown-unit Indicators!D7',
      'error duplicate-row Values!A3',
      'error unknown-id Values!A4',
      'error not-a-period Values!B5',
      'error not-a-number Values!C6',
      'warning excel-error Values!C7',
      'warning quarter-gap Values!A7',
      'error target-without-polarity Values!D9',
      'error missing-id Values!A10',
    ].sort());
    const lines = result.diagnostics.map(formatDiagnostic);
    expect(lines).toContain('error: Values!C6: "sixty" is not a number');
    expect(lines).toContain('error: Indicators!A3: duplicate ID "NI68" (first in row 2)');
    expect(lines.find((l) => l.includes('Values!B5'))).toMatch(/^error: Values!B5: "Qtr 3" is not a period/);
    expect(lines.find((l) => l.includes('Values!A3'))).toBe('error: Values!A3: a second row for NI68 in 2016-17 Q3 (the first is row 2)');
    expect(lines.find((l) => l.includes('Values!A7'))).toBe('warning: Values!A7: NI68 has no row for the quarter between 2016-17 Q4 and 2017-18 Q2');
  });
});

describe('warnings alone still give a scorecard', () => {
  // A percentage outside 0-100 is a data query, found by analyse (test/analyse/queries), not a reading problem.
  it('a percentage outside 0-100, a gap, an Excel error and an unsaved formula', async () => {
    const file = await writeWorkbook(dir.file('warnings.xlsx'), [
      INDICATORS,
      {
        name: 'Values',
        rows: [
          ['ID', 'Period', 'Value'],
          ['NI68', '2016-17 Q1', -3],
          ['NI68', '2016-17 Q3', { formula: 'A1/0', result: { error: '#DIV/0!' } } as never],
          ['NI60', '2016-17 Q1', { formula: 'SUM(B1:B2)' } as never],
        ],
      },
    ]);
    const result = await readScorecard(file);
    expect(briefs(result)).toEqual([
      'warning excel-error Values!C3',
      'warning uncalculated-formula Values!C4',
      'warning quarter-gap Values!A3',
    ]);
    expect(result.scorecard?.observations.map((o) => o.value)).toEqual([-3, null, null]);
  });
});

describe('what could serve for a missing column', () => {
  it.each([
    ['Value', [['ID', 'Period', 'Amount'], ['NI68', '2016-17 Q3', 1]], 'the Values sheet has no Value column in its header row (row 1): a column such as "Amount" could serve; rename it Value'],
    ['Period', [['ID', 'When', 'Value'], ['NI68', '2016-17 Q3', 1]], 'the Values sheet has no Period column in its header row (row 1): a column such as "When" could serve; rename it Period'],
    ['nothing fits', [['ID', 'Period', 'Notes'], ['NI68', '2016-17 Q3', 'see below']], 'the Values sheet has no Value column in its header row (row 1)'],
  ])('%s', async (_name, rows, message) => {
    const file = await writeWorkbook(dir.file(`serve-${_name.replace(/\W/g, '')}.xlsx`), [INDICATORS, { name: 'Values', rows }]);
    const result = await readScorecard(file);
    expect(result.diagnostics.filter((d) => d.code === 'missing-column').map((d) => d.message)).toEqual([message]);
  });
});

describe('missing sheets and columns', () => {
  it.each([
    ['no values sheet at all', [INDICATORS], ['error missing-sheet ']],
    [
      'a Values sheet without a Value column',
      [INDICATORS, { name: 'Values', rows: [['ID', 'Period', 'Amount'], ['NI68', '2016-17 Q3', 1]] }],
      ['error missing-column Values!A1', 'warning unknown-column Values!C1'],
    ],
    [
      'a Values sheet with no ID column',
      [INDICATORS, { name: 'Values', rows: [['Indicator', 'Period', 'Value'], ['NI68', '2016-17 Q3', 1]] }],
      // Only the ID column is missing, and that is all it says (not also "found no Values sheet").
      ['error missing-column Values!A1'],
    ],
    [
      'an Indicators sheet without Title, header on row 3',
      [{ name: 'Indicators', rows: [['Scorecard'], [], ['ID', 'Polarity'], ['NI68', 'higher']] }, { name: 'Values', rows: [['ID', 'Period', 'Value'], ['NI68', '2016-17 Q3', 1]] }],
      ['error missing-column Indicators!A3'],
    ],
    [
      'no Indicators sheet and no Title column',
      [{ name: 'Values', rows: [['ID', 'Period', 'Value'], ['NI68', '2016-17 Q3', 1]] }],
      ['error missing-sheet Values'],
    ],
    [
      'a Commentary sheet without Text',
      [INDICATORS, { name: 'Values', rows: [['ID', 'Period', 'Value'], ['NI68', '2016-17 Q3', 1]] }, { name: 'Commentary', rows: [['ID', 'Section', 'Words'], ['NI68', 'position', 'x']] }],
      ['error missing-column Commentary!A1', 'warning unknown-column Commentary!C1'],
    ],
    [
      'two Value columns',
      [INDICATORS, { name: 'Values', rows: [['ID', 'Period', 'Value', 'Value'], ['NI68', '2016-17 Q3', 1, 2]] }],
      ['error duplicate-column Values!D1'],
    ],
  ])('%s', async (name, sheets, expected) => {
    const file = await writeWorkbook(dir.file(`${name.replace(/\W+/g, '-')}.xlsx`), sheets);
    const result = await readScorecard(file);
    expect(briefs(result).map((b) => b.replace(file, ''))).toEqual(expected);
    expect(result.scorecard).toBeNull();
  });

  it('names the sheet and header row for a missing column', async () => {
    const file = await writeWorkbook(dir.file('missing-value.xlsx'), [INDICATORS, { name: 'Values', rows: [['ID', 'Period'], ['NI68', '2016-17 Q3']] }]);
    const result = await readScorecard(file);
    expect(result.diagnostics.map(formatDiagnostic)[0]).toBe('error: Values!A1: the Values sheet has no Value column in its header row (row 1)');
  });

  it('commentary for an unknown indicator or with a bad period', async () => {
    const file = await writeWorkbook(dir.file('bad-commentary.xlsx'), [
      INDICATORS,
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ['NI68', '2016-17 Q3', 1]] },
      { name: 'Commentary', rows: [['ID', 'Period', 'Section', 'Text'], ['NI99', null, 'position', 'x'], ['NI68', 'Q3', 'position', 'y'], ['NI68', null, null, 'z']] },
    ]);
    expect(briefs(await readScorecard(file))).toEqual(['error unknown-id Commentary!A2', 'error not-a-period Commentary!B3', 'error missing-section Commentary!C4']);
  });
});

describe('files that are not workbooks', () => {
  it('a text file called .xlsx', async () => {
    const file = writeBytes(dir.file('notes.xlsx'), 'just some notes\n');
    const result = await readScorecard(file);
    expect(briefs(result)).toEqual([`error not-a-workbook ${file}`]);
    expect(result.scorecard).toBeNull();
  });

  it('a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    const file = writeBytes(dir.file('archive.xlsx'), await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const result = await readScorecard(file);
    expect(briefs(result)).toEqual([`error not-a-workbook ${file}`]);
    expect(result.diagnostics[0]!.message).toContain('no xl/workbook.xml');
  });

  it('a truncated workbook', async () => {
    const whole = await writeWorkbook(dir.file('whole.xlsx'), [INDICATORS]);
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(whole);
    const file = writeBytes(dir.file('truncated.xlsx'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const result = await readScorecard(file);
    expect(result.scorecard).toBeNull();
    expect(briefs(result)).toEqual([`error not-a-workbook ${file}`]);
  });

  it('an old .xls or a password-protected workbook', async () => {
    const file = writeBytes(dir.file('old.xls'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(briefs(await readScorecard(file))).toEqual([`error old-or-protected-workbook ${file}`]);
  });

  it('a file that does not exist, and a folder', async () => {
    const missing = dir.file('nowhere.xlsx');
    expect(briefs(await readScorecard(missing))).toEqual([`error file-not-found ${missing}`]);
    expect(briefs(await readScorecard(dir.path))).toEqual([`error not-a-file ${dir.path}`]);
  });

  it('a PDF called .pdf', async () => {
    const file = writeBytes(dir.file('paper.pdf'), '%PDF-1.7\n');
    expect(briefs(await readScorecard(file))).toEqual([`error not-a-workbook ${file}`]);
  });
});
