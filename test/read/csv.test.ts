// CSV scorecards: encodings Excel writes, delimiters, UK dates, and both layouts on one sheet.
import { afterAll, describe, expect, it } from 'vitest';
import { periodLabel } from '../../src/period.js';
import { decodeCsv } from '../../src/read/csv.js';
import { readScorecard } from '../../src/read/index.js';
import { TempDir, briefs, readOk, writeBytes } from './helpers.js';

const dir = new TempDir();
afterAll(() => dir.remove());

const LONG = [
  'ID,Title,Polarity,Unit,Period,Value,Target',
  'NI68,Referrals to assessment,higher,percent,2016-17 Q2,60.4%,70',
  'NI68,Referrals to assessment,higher,percent,Q3 2016/17,64.7%,70',
  '',
  'BUD1,Overspend,lower,currency,2016-17 Q3,"£800,000",',
].join('\r\n');

describe('decodeCsv', () => {
  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xc2, 0xa3]), 'A£'],
    ['UTF-8 without BOM', new Uint8Array([0x41, 0xc2, 0xa3]), 'A£'],
    ['Windows-1252 £ and en dash', new Uint8Array([0x41, 0xa3, 0x96]), 'A£–'],
    ['UTF-16LE with BOM', new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xa3, 0x00]), 'A£'],
  ])('%s', (_name, bytes, text) => {
    expect(decodeCsv(bytes)).toBe(text);
  });
});

describe('CSV scorecards', () => {
  it('reads the long layout with indicator columns repeated per row', async () => {
    const file = writeBytes(dir.file('long.csv'), LONG);
    const s = await readOk(file);
    expect(s.diagnostics).toEqual([]);
    expect(s.layout).toBe('long');
    expect(s.indicators.map((i) => [i.id, i.title, i.polarity, i.unit, i.target, i.where])).toEqual([
      ['NI68', 'Referrals to assessment', 'higher', 'percent', null, { file, sheet: 'long.csv', cell: 'A2' }],
      ['BUD1', 'Overspend', 'lower', 'currency', null, { file, sheet: 'long.csv', cell: 'A5' }],
    ]);
    expect(s.observations.map((o) => [o.id, periodLabel(o.period), o.value, o.target, o.where.cell])).toEqual([
      ['NI68', '2016-17 Q2', 60.4, 70, 'F2'],
      ['NI68', '2016-17 Q3', 64.7, 70, 'F3'],
      ['BUD1', '2016-17 Q3', 800000, null, 'F5'],
    ]);
  });

  it('reads UTF-8 with a BOM', async () => {
    const file = writeBytes(dir.file('bom.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LONG, 'utf8')]));
    const s = await readOk(file);
    expect(s.indicators[0]!.id).toBe('NI68');
    expect(s.observations[2]!.value).toBe(800000);
  });

  it('reads Excel’s Windows-1252 CSV, £ included', async () => {
    const file = writeBytes(dir.file('ansi.csv'), Buffer.from(LONG.replace('Overspend', 'Overspend £'), 'latin1'));
    const s = await readOk(file);
    expect(s.indicators[1]!.title).toBe('Overspend £');
    expect(s.observations[2]!.value).toBe(800000);
  });

  it('reads semicolon-separated files and UK dates (01-02-2024 is 1 February)', async () => {
    const text = ['ID;Title;Period;Value', 'A;A measure;01-02-2024;1', 'A;A measure;01/05/2024;2', 'A;A measure;31/07/2024;3'].join('\n');
    const file = writeBytes(dir.file('semicolons.csv'), text);
    const s = await readOk(file);
    expect(s.diagnostics).toEqual([]);
    expect(s.observations.map((o) => periodLabel(o.period))).toEqual(['2023-24 Q4', '2024-25 Q1', '2024-25 Q2']);
  });

  it('reads tab-separated UTF-16 (Excel’s “Unicode text”)', async () => {
    const text = '\ufeffID\tTitle\tPeriod\tValue\nA\tA measure\tDec 2016\t5\n';
    const file = writeBytes(dir.file('unicode.txt'), Buffer.from(text, 'utf16le'));
    const s = await readOk(file);
    expect(s.observations.map((o) => [periodLabel(o.period), o.value])).toEqual([['2016-17 Q3', 5]]);
  });

  it('reads a wide CSV with indicator columns', async () => {
    const text = 'Ref,Measure,Good is,Q1 2016/17,Q2 2016/17\nA,A measure,low,1,n/a\nB,B measure,high,"1,732",*\n';
    const file = writeBytes(dir.file('wide.csv'), text);
    const s = await readOk(file);
    expect(s.layout).toBe('wide');
    expect(s.observations.map((o) => [o.id, o.value, o.where.cell])).toEqual([['A', 1, 'D2'], ['A', null, 'E2'], ['B', 1732, 'D3'], ['B', null, 'E3']]);
  });

  it('names the file as the sheet in error places', async () => {
    const text = 'ID,Title,Period,Value\nA,A measure,2016-17 Q3,sixty\n';
    const file = writeBytes(dir.file('scorecard.csv'), text);
    const result = await readScorecard(file);
    expect(briefs(result)).toEqual(['error not-a-number scorecard.csv!D2']);
    expect(result.diagnostics[0]!.message).toBe('"sixty" is not a number');
  });

  it('refuses a CSV with more rows than allowed', async () => {
    const file = writeBytes(dir.file('long-rows.csv'), `ID,Title,Period,Value\n${'A,A,2016-17 Q3,1\n'.repeat(20)}`);
    const result = await readScorecard(file, { limits: { maxRows: 10 } });
    expect(briefs(result)).toEqual(['error too-many-rows long-rows.csv']);
  });
});
