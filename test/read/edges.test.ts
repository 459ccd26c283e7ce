// Inputs found in review: not a regular file, more decimal places than are compared.
import { afterAll, describe, expect, it } from 'vitest';
import { readScorecard } from '../../src/read/index.js';
import { brief, TempDir, writeWorkbook } from './helpers.js';

const tmp = new TempDir();
afterAll(() => tmp.remove());

describe('files that are not scorecards', () => {
  it('a device is not a regular file, and says so (not "a folder")', async () => {
    const result = await readScorecard('/dev/null');
    expect(result.scorecard).toBeNull();
    expect(result.diagnostics.map((d) => d.message)).toEqual(['this is not a regular file (a device or a pipe?), not a scorecard file']);
  });
});

describe('decimal places', () => {
  it.each([[6, true], [7, false], [10, false]])('Decimals %i accepted: %s', async (decimals, accepted) => {
    const file = await writeWorkbook(tmp.file(`decimals-${decimals}.xlsx`), [
      { name: 'Indicators', rows: [['ID', 'Title', 'Polarity', 'Unit', 'Decimals', 'Target'], ['A', 'Alpha', 'higher', 'number', decimals, 0.2]] },
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ['A', '2016-17 Q3', 0.12345679]] },
    ]);
    const result = await readScorecard(file);
    expect(result.diagnostics.map(brief)).toEqual(accepted ? [] : ['error bad-decimals Indicators!E2']);
  });
});
