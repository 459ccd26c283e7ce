// `boardpack queries`, and queries in validate, analyse --json and build's warnings: the Hart examples.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from './run-cli.js';

const HART = 'test/fixtures/papers/hart-real.xlsx';
const dir = mkdtempSync(join(tmpdir(), 'boardpack-queries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!existsSync(HART))('boardpack queries on the Hart scorecard', () => {
  it('prints the list with each cell, reason and what to check', async () => {
    const run = await runCli('queries', '--data', HART);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Data queries up to 2014-15 Q2: 16, 9 holding a figure out of the papers');
    expect(run.stdout).toContain('IT06  2014-15 Q2  Values!C115\n  0.0% in 2014-15 Q2 after 99.6% in 2014-15 Q1: a missing return keyed as 0?');
  });

  it('writes a CSV and an xlsx with indicator, quarter, cell, figure, reason and what to check', async () => {
    const csv = join(dir, 'queries.csv');
    expect((await runCli('queries', '--data', HART, '--out', csv)).code).toBe(0);
    const lines = readFileSync(csv, 'utf8').trim().split('\r\n');
    expect(lines[0]).toBe('Indicator,Title,Quarter,Cell,Figure,Reason,What to check,Held from papers,Confirmed');
    expect(lines).toHaveLength(17);
    expect(lines.find((l) => l.startsWith('PS05'))).toContain(',2014-15 Q2,Values!C121,0,0.0% in 2014-15 Q2 after 99.1% in 2014-15 Q1');
    const xlsx = join(dir, 'queries.xlsx');
    expect((await runCli('queries', '--data', HART, '--out', xlsx)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const sheet = book.getWorksheet('Queries')!;
    expect(sheet.rowCount).toBe(17);
    expect(sheet.getRow(1).values).toContain('What to check');
  });

  it('writes the same xlsx bytes whenever it is written (no time in the zip), and exceljs still opens it', async () => {
    const at = async (time: string, name: string): Promise<Buffer> => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(time));
      try {
        expect((await runCli('queries', '--data', HART, '--out', join(dir, name))).code).toBe(0);
      } finally {
        vi.useRealTimers();
      }
      return readFileSync(join(dir, name));
    };
    const first = await at('2020-01-01T09:00:00Z', 'first.xlsx');
    const later = await at('2024-06-30T17:31:07Z', 'later.xlsx');
    expect(later.equals(first)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'later.xlsx'));
    expect(book.getWorksheet('Queries')!.rowCount).toBe(17);
  });

  it('a config list confirms HR05; then it is an exception again and no longer held', async () => {
    const config = join(dir, 'confirmed.yaml');
    writeFileSync(config, 'queries:\n  confirmed:\n    - HR05\n    - IT06 2014-15 Q2\n');
    const run = await runCli('analyse', '--data', HART, '--config', config, '--json');
    const json = JSON.parse(run.stdout) as { exceptions: { id: string }[]; queries: { id: string; confirmed: boolean }[] };
    expect(json.exceptions.map((e) => e.id)).toContain('HR05');
    expect(json.queries.filter((q) => q.confirmed).map((q) => q.id)).toEqual(['HR05', 'IT06']);
  });

  it('a config entry that names no quarter is a configuration error (exit 2)', async () => {
    const config = join(dir, 'bad.yaml');
    writeFileSync(config, 'queries:\n  confirmed:\n    - HR05 last quarter\n');
    const run = await runCli('queries', '--data', HART, '--config', config);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('queries.confirmed.0: must be an indicator ID, or an ID and a quarter');
  });

  it('refuses an --out that is neither .xlsx nor .csv (exit 2)', async () => {
    expect((await runCli('queries', '--data', HART, '--out', join(dir, 'q.pdf'))).code).toBe(2);
  });
});

describe.skipIf(!existsSync(HART))('queries in validate and analyse --json', () => {
  it('validate warns of HR05 with its cell and says it is not an exception until confirmed', async () => {
    const run = await runCli('validate', '--data', HART);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'warning: Values!C101: HR05: the title says "resolved within", which usually means higher is better, but Polarity says lower: HR05 is not rated or reported as an exception until this is confirmed or corrected',
    );
  });

  it('analyse --json has a queries section and HR05 is no exception', async () => {
    const run = await runCli('analyse', '--data', HART, '--json');
    const json = JSON.parse(run.stdout) as { exceptions: { id: string }[]; queries: Record<string, unknown>[]; indicators: { id: string; valueQueried: boolean }[] };
    expect(json.exceptions.map((e) => e.id)).not.toContain('HR05');
    expect(json.indicators.find((i) => i.id === 'HR05')?.valueQueried).toBe(true);
    expect(json.queries.find((q) => q.id === 'IT06')).toEqual({
      id: 'IT06', period: '2014-15 Q2', code: 'zero-after-history', where: 'Values!C115', figure: 0,
      reason: '0.0% in 2014-15 Q2 after 99.6% in 2014-15 Q1: a missing return keyed as 0?',
      check: 'Ask the service for the 2014-15 Q2 figure, or confirm that it really was 0.', doubtsFigure: true, confirmed: false,
    });
  });
});
