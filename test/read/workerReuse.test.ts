// The workbook worker serves one read after another: each read must see only its own file, read ahead or not.
import { afterAll, describe, expect, it } from 'vitest';
import { readScorecard } from '../../src/read/index.js';
import { readWorkbookAhead } from '../../src/read/readAhead.js';
import { INDICATORS, TempDir, writeBytes, writeWorkbook } from './helpers.js';

const dir = new TempDir();
afterAll(() => dir.remove());

describe('reading several workbooks in a row', () => {
  it('gives each read its own figures, whatever was read before', async () => {
    const long = await readScorecard('data/sample-scorecard.xlsx');
    const wide = await readScorecard('data/sample-scorecard-wide.xlsx');
    const again = await readScorecard('data/sample-scorecard.xlsx');
    expect(long.scorecard?.layout).toBe('long');
    expect(wide.scorecard?.layout).toBe('wide');
    expect(again).toEqual(long);
  });

  it('reads in parallel without mixing replies', async () => {
    const files = ['data/sample-scorecard.xlsx', 'data/sample-scorecard-wide.xlsx', 'data/sample-scorecard.xlsx', 'data/sample-scorecard-wide.xlsx'];
    const results = await Promise.all(files.map((f) => readScorecard(f)));
    expect(results.map((r) => r.scorecard?.layout)).toEqual(['long', 'wide', 'long', 'wide']);
  });

  it('a failed read (a timeout) does not spoil the next one', async () => {
    // Big enough that even a warm worker cannot read it inside the 1 ms allowed (the sample sometimes could).
    const rows = Array.from({ length: 30_000 }, (_, i) => ['NI68', '2016-17 Q3', i]);
    const slow = await writeWorkbook(dir.file('slow.xlsx'), [INDICATORS, { name: 'Values', rows: [['ID', 'Period', 'Value'], ...rows] }]);
    const stalled = await readScorecard(slow, { limits: { timeoutMs: 1 } });
    expect(stalled.diagnostics.map((d) => d.code)).toContain('workbook-timeout');
    const next = await readScorecard('data/sample-scorecard.xlsx');
    expect(next.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(next.scorecard?.indicators).toHaveLength(15);
  });

  it('a worker reused many times gathers no listeners (no MaxListenersExceededWarning)', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error): void => {
      warnings.push(w.name);
    };
    process.on('warning', onWarning);
    try {
      for (let i = 0; i < 14; i++) await readScorecard('data/sample-scorecard.xlsx');
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });
});

describe('reading a workbook ahead', () => {
  it('gives the read that takes it exactly what reading afresh gives', async () => {
    const fresh = await readScorecard('data/sample-scorecard.xlsx');
    readWorkbookAhead('data/sample-scorecard.xlsx');
    expect(await readScorecard('data/sample-scorecard.xlsx')).toEqual(fresh);
  });

  it('is not taken by a read with other limits, which reads afresh under its own', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => ['NI68', '2016-17 Q3', i]);
    const slow = await writeWorkbook(dir.file('slow-ahead.xlsx'), [INDICATORS, { name: 'Values', rows: [['ID', 'Period', 'Value'], ...rows] }]);
    readWorkbookAhead(slow);
    const stalled = await readScorecard(slow, { limits: { timeoutMs: 1 } });
    expect(stalled.diagnostics.map((d) => d.code)).toContain('workbook-timeout');
    // The read ahead is still there for a read with its own limits; taking it here leaves no thread reading when the
    // test file ends (a test process once died while a worker thread was still busy reading at its exit).
    const taken = await readScorecard(slow);
    expect(taken.diagnostics.map((d) => d.code)).not.toContain('workbook-timeout'); // read through (its rows repeat one indicator)
  });

  it('brings the guard\'s refusal to the read, as reading afresh does', async () => {
    const notZip = writeBytes(dir.file('not-really.xlsx'), new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    const fresh = await readScorecard(notZip);
    readWorkbookAhead(notZip);
    expect(await readScorecard(notZip)).toEqual(fresh);
    expect(fresh.diagnostics.map((d) => d.code)).toEqual(['not-a-workbook']);
  });

  it('skips what is not a regular file', () => {
    expect(() => readWorkbookAhead(dir.file('missing.xlsx'))).not.toThrow();
    expect(() => readWorkbookAhead(dir.path)).not.toThrow();
  });
});
