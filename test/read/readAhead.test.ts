// Reading ahead (src/read/readAhead.ts): which command lines name a workbook, and a read begun by the start-up's copy of
// the module taken by the command line's own copy (the bundle's), as if begun there.
import { copyFileSync } from 'node:fs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { workbookArgument } from '../../src/commandNames.js';
import { TempDir } from './helpers.js';

const dir = new TempDir();
afterAll(() => dir.remove());

describe('workbookArgument', () => {
  it.each([
    [['build', '--data', 'scorecard.xlsx'], 'scorecard.xlsx'],
    [['validate', '--data=Q3 scorecard.XLSX'], 'Q3 scorecard.XLSX'],
    [['analyse', '--json', '--data', 'a.xlsx', '--period', '2016-17 Q3'], 'a.xlsx'],
    [['queries', '--data', 'a.xlsx'], 'a.xlsx'],
    [['build', '--data', 'scorecard.csv'], null],
    [['build', '--data'], null],
    [['build', '--', '--data', 'a.xlsx'], null],
    [['run', '--data', 'a.xlsx'], null],
    [['--data', 'a.xlsx'], null],
    [[], null],
  ])('%j → %s', (argv, file) => {
    expect(workbookArgument(argv)).toBe(file);
  });
});

describe('a read begun by another copy of the module', () => {
  it('is taken by the copy it is handed to, and only then', async () => {
    const file = dir.file('handed-over.xlsx');
    copyFileSync('data/sample-scorecard.xlsx', file);
    const startUp = await import('../../src/read/readAhead.js');
    const [ahead] = startUp.readAheadFor(['validate', '--data', file]);
    expect(ahead).toBeDefined();
    await ahead!.read.outcome;
    // The file changes after the read ahead: the copy that adopts the read gives what was read ahead.
    copyFileSync('data/sample-scorecard-wide.xlsx', file);

    vi.resetModules();
    const bundled = await import('../../src/read/readAhead.js');
    expect(bundled).not.toBe(startUp);
    const { readScorecard } = await import('../../src/read/index.js');
    bundled.adoptReadsAhead([ahead!]);
    expect((await readScorecard(file)).scorecard?.layout).toBe('long');
    // Taken once: the next read reads the file as it is now.
    expect((await readScorecard(file)).scorecard?.layout).toBe('wide');
  });
});
