// Hostile and runaway workbooks end in a clear error, and the process lives on to read the next file.
import { afterAll, describe, expect, it } from 'vitest';
import { readScorecard } from '../../src/read/index.js';
import { defaultReadLimits } from '../../src/read/limits.js';
import { parseWorkbookInWorker } from '../../src/read/runWorker.js';
import { INDICATORS, TempDir, briefs, readOk, writeWorkbook } from './helpers.js';
import { writeLyingZipBomb, writeMergeBomb, writeZipBomb } from './hostileFiles.js';

const dir = new TempDir();
afterAll(() => dir.remove());

const VALUES = { name: 'Values', rows: [['ID', 'Period', 'Value'], ['NI68', '2016-17 Q3', 64.7]] };

let ordinaryReads = 0;

/** After each hostile file, an ordinary one must still read: the process and its worker pool survived. */
async function stillReadsAWorkbook(): Promise<void> {
  ordinaryReads += 1;
  const file = await writeWorkbook(dir.file(`ordinary-${ordinaryReads}.xlsx`), [INDICATORS, VALUES]);
  expect((await readOk(file)).observations).toHaveLength(1);
}

describe('hostile workbooks', () => {
  it('refuses a merged range over the whole grid before exceljs sees it', async () => {
    const file = await writeMergeBomb(dir.file('merge-bomb.xlsx'));
    const result = await readScorecard(file);
    expect(result.scorecard).toBeNull();
    expect(briefs(result)).toEqual(['error merged-range-too-large Values!A1']);
    expect(result.diagnostics[0]!.message).toContain('A1:XFD1048576');
    await stillReadsAWorkbook();
  });

  it('if the merge bomb did reach exceljs, it is told to skip merged ranges and reads it quickly', async () => {
    const file = await writeMergeBomb(dir.file('merge-bomb-direct.xlsx'));
    const outcome = await parseWorkbookInWorker(file, { ...defaultReadLimits, maxWorkerMemoryMb: 128, timeoutMs: 20_000 });
    expect(outcome.ok).toBe(true);
  });

  it('a workbook that needs more memory than the worker may have ends the worker alone', async () => {
    const rows = [['ID', 'Period', 'Value'], ...Array.from({ length: 20_000 }, (_, i) => [`KPI${i}`, '2016-17 Q3', i])];
    const file = await writeWorkbook(dir.file('heavy.xlsx'), [{ name: 'Values', rows }]);
    const outcome = await parseWorkbookInWorker(file, { ...defaultReadLimits, maxWorkerMemoryMb: 8, timeoutMs: 30_000 });
    expect(outcome).toMatchObject({ ok: false, diagnostic: { code: 'workbook-too-complex' } });
    await stillReadsAWorkbook();
  });

  it('refuses a zip bomb by its compression ratio', async () => {
    const file = await writeZipBomb(dir.file('zip-bomb.xlsx'), 20);
    const result = await readScorecard(file);
    expect(briefs(result)).toEqual([`error zip-bomb ${file}`]);
    await stillReadsAWorkbook();
  });

  it('refuses a workbook that unpacks past the size limit', async () => {
    const file = await writeZipBomb(dir.file('too-big.xlsx'), 8);
    const result = await readScorecard(file, { limits: { maxUnpackedBytes: 4 * 1024 * 1024 } });
    expect(briefs(result)).toEqual([`error zip-too-large ${file}`]);
  });

  it('catches a zip bomb whose declared sizes lie, by capping real inflation', async () => {
    const file = await writeLyingZipBomb(dir.file('lying-bomb.xlsx'));
    const result = await readScorecard(file);
    expect(briefs(result)).toEqual([`error zip-bomb ${file}`]);
    await stillReadsAWorkbook();
  });

  it('refuses too many zip entries', async () => {
    const file = await writeWorkbook(dir.file('entries.xlsx'), [INDICATORS, VALUES]);
    const result = await readScorecard(file, { limits: { maxEntries: 3 } });
    expect(briefs(result)).toEqual([`error zip-too-many-entries ${file}`]);
  });

  it('refuses a sheet with more rows than allowed', async () => {
    const rows = [['ID', 'Period', 'Value'], ...Array.from({ length: 30 }, () => ['NI68', '2016-17 Q3', 1])];
    const file = await writeWorkbook(dir.file('rows.xlsx'), [INDICATORS, { name: 'Values', rows }]);
    const result = await readScorecard(file, { limits: { maxRows: 10 } });
    expect(briefs(result)).toEqual(['error too-many-rows Values']);
    expect(result.diagnostics[0]!.message).toBe('the sheet has 31 rows, more than the 10 allowed');
  });

  it('stops a read that takes too long', async () => {
    // Big enough that no reader (a warm worker, the fast XML reader) finishes it inside the 1 ms allowed: a small
    // workbook sometimes did, and the test then saw no timeout.
    const rows = Array.from({ length: 30_000 }, (_, i) => ['NI68', '2016-17 Q3', i]);
    const file = await writeWorkbook(dir.file('slow.xlsx'), [INDICATORS, { name: 'Values', rows: [['ID', 'Period', 'Value'], ...rows] }]);
    const result = await readScorecard(file, { limits: { timeoutMs: 1 } });
    expect(briefs(result)).toEqual([`error workbook-timeout ${file}`]);
    await stillReadsAWorkbook();
  });
});
