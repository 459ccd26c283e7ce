// The CLI contract for validate and analyse: exit codes, messages with sheet and cell, and the --json shape.
import { afterAll, describe, expect, it } from 'vitest';
import { TempDir, writeWorkbook } from '../read/helpers.js';
import { runCli } from './run-cli.js';

const SAMPLE = 'data/sample-scorecard.xlsx';
const WIDE = 'data/sample-scorecard-wide.xlsx';
const tmp = new TempDir();
afterAll(() => tmp.remove());

describe('boardpack validate', () => {
  it.each([SAMPLE, WIDE])('accepts the sample scorecard %s with exit 0', async (file) => {
    const run = await runCli('validate', '--data', file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('15 indicators, 8 quarters');
    expect(run.stderr).toBe('');
  });

  it('lists every problem at once with its sheet and cell, and exits 1', async () => {
    const file = await writeWorkbook(tmp.file('bad.xlsx'), [
      { name: 'Indicators', rows: [['ID', 'Title', 'Polarity', 'Target'], ['NI68', 'Referrals', 'higher', 72], ['NI68', 'Again', 'sideways', null]] },
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ['NI68', '2009-10 Q2', 'sixty'], ['NI68', 'Qtr 3', 64.7], ['XX1', '2009-10 Q3', 1]] },
    ]);
    const run = await runCli('validate', '--data', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Values!C2: "sixty" is not a number');
    expect(run.stderr).toContain('Indicators!A3: duplicate ID "NI68"');
    expect(run.stderr).toMatch(/Values!B3: "Qtr 3" is not a period/);
    expect(run.stderr).toMatch(/Values!A4: .*XX1/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('a scorecard with headers but no figures fails as analyse would, exit 1', async () => {
    const file = await writeWorkbook(tmp.file('empty.xlsx'), [
      { name: 'Indicators', rows: [['ID', 'Title', 'Polarity', 'Target'], ['NI68', 'Referrals', 'higher', 72]] },
      { name: 'Values', rows: [['ID', 'Period', 'Value']] },
    ]);
    const validate = await runCli('validate', '--data', file);
    const analyse = await runCli('analyse', '--data', file);
    expect([validate.code, analyse.code]).toEqual([1, 1]);
  });

  it('says a file that is not a workbook is not one, exit 1', async () => {
    const file = tmp.file('notes.xlsx');
    (await import('node:fs')).writeFileSync(file, 'these are my notes, not a spreadsheet');
    const run = await runCli('validate', '--data', file);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/notes\.xlsx/);
  });

  it('says a missing file is missing, exit 1', async () => {
    const run = await runCli('validate', '--data', tmp.file('nowhere.xlsx'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nowhere\.xlsx/);
  });
});

describe('boardpack analyse --json', () => {
  it('gives the contract shape with unrounded numbers, nulls for missing, input order', async () => {
    const run = await runCli('analyse', '--data', SAMPLE, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json)).toEqual(['period', 'indicators', 'exceptions', 'queries', 'warnings']);
    expect(json.queries).toEqual([]);
    expect(json.period).toBe('2009-10 Q3');
    expect(json.indicators.map((i: { id: string }) => i.id).slice(0, 3)).toEqual(['NI68', 'NI65', 'REF01']);
    const ni68 = json.indicators[0];
    expect(Object.keys(ni68)).toEqual([
      'id', 'title', 'unit', 'polarity', 'measureType', 'period', 'value', 'previous', 'comparedWith', 'change', 'yearOnYear',
      'direction', 'target', 'targetFrom', 'targetDate', 'rag', 'redStreak', 'exception', 'valueQueried', 'quarters',
    ]);
    expect(ni68).toMatchObject({ measureType: 'snapshot', comparedWith: { basis: 'previous quarter', period: '2009-10 Q2', value: 60.4 }, targetFrom: 'standing', targetDate: null });
    expect(ni68.quarters.at(-1)).toEqual({ period: '2009-10 Q3', value: 64.7, target: 72, rag: 'red', months: null });
    expect(ni68).toMatchObject({ unit: 'percent', polarity: 'higher', period: '2009-10 Q3', value: 64.7, previous: 60.4, yearOnYear: 67.5, direction: 'improving', target: 72, rag: 'red', redStreak: 2, exception: true });
    expect(ni68.change).toBeCloseTo(4.3, 10);
    const ref01 = json.indicators.find((i: { id: string }) => i.id === 'REF01');
    expect(ref01).toMatchObject({ target: null, rag: null, polarity: null, redStreak: 0, exception: false });
    expect(json.exceptions).toEqual([
      { id: 'NI68', redStreak: 2, periods: ['2009-10 Q2', '2009-10 Q3'] },
      { id: 'IA01', redStreak: 4, periods: ['2008-09 Q4', '2009-10 Q1', '2009-10 Q2', '2009-10 Q3'] },
    ]);
  });

  it('the long and wide samples give the same figures', async () => {
    // The wide sample holds one standing target where the long one gives each quarter's: compare the figures.
    const strip = (r: { stdout: string }) =>
      JSON.parse(r.stdout).indicators.map(({ quarters, targetFrom, ...figures }: Record<string, unknown>) => ({ ...figures, values: (quarters as { value: unknown }[]).map((q) => q.value) }));
    expect(strip(await runCli('analyse', '--data', WIDE, '--json'))).toEqual(strip(await runCli('analyse', '--data', SAMPLE, '--json')));
  });

  it('analyses an earlier quarter on request, in any accepted period form', async () => {
    const run = await runCli('analyse', '--data', SAMPLE, '--json', '--period', 'Q2 2009/10');
    const json = JSON.parse(run.stdout);
    expect(json.period).toBe('2009-10 Q2');
    expect(json.indicators[0]).toMatchObject({ value: 60.4, previous: 68.6, rag: 'red', redStreak: 1, exception: false });
  });

  it('a higher threshold turns a two-quarter run into no exception', async () => {
    const json = JSON.parse((await runCli('analyse', '--data', SAMPLE, '--json', '--threshold', '3')).stdout);
    expect(json.exceptions.map((e: { id: string }) => e.id)).toEqual(['IA01']);
  });

  it('prints a readable table by default', async () => {
    const run = await runCli('analyse', '--data', SAMPLE);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Performance at 2009-10 Q3');
    expect(run.stdout).toMatch(/NI68 .*64\.7% .*60\.4% .*\+4\.3 percentage points .*Improving .*72% .*Red .*2 \(exception\)/);
  });

  it('rejects a period that is not one as a usage error against --period, exit 2', async () => {
    const run = await runCli('analyse', '--data', SAMPLE, '--period', 'Qtr 3');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: --period: "Qtr 3" is not a period/);
  });
});

describe('usage errors', () => {
  it.each([
    [['frobnicate']],
    [[]],
    [['validate']],
    [['analyse', '--data', SAMPLE, '--bogus']],
    [['analyse', '--data', SAMPLE, '--threshold', 'abc']],
    [['analyse', '--data', SAMPLE, '--threshold', '0']],
  ])('%j exits 2 with a hint', async (argv) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('boardpack --help');
    expect(run.stdout).toBe(''); // the command never started
  });
});

describe('validate and analyse with a paper config', () => {
  it("take the config's measure type for indicators whose scorecard gives none, and its exception threshold", async () => {
    const { writeFileSync } = await import('node:fs');
    const config = tmp.file('flows.yaml');
    writeFileSync(config, 'measureType: flow\nexceptions:\n  threshold: 3\n');
    const json = JSON.parse((await runCli('analyse', '--data', SAMPLE, '--json', '--config', config)).stdout);
    expect(new Set(json.indicators.map((i: { measureType: string }) => i.measureType))).toEqual(new Set(['flow']));
    expect(json.exceptions.map((e: { id: string }) => e.id)).toEqual(['IA01']);
    // --threshold on the command line still wins.
    const two = JSON.parse((await runCli('analyse', '--data', SAMPLE, '--json', '--config', config, '--threshold', '2')).stdout);
    expect(two.exceptions.map((e: { id: string }) => e.id)).toEqual(['NI68', 'IA01']);
    expect((await runCli('validate', '--data', SAMPLE, '--config', config)).code).toBe(0);
  });

  it.each(['analyse', 'validate'])('%s: a config that is wrong is a usage error (exit 2) naming the field', async (command) => {
    const { writeFileSync } = await import('node:fs');
    const config = tmp.file('bad-type.yaml');
    writeFileSync(config, 'measureType: monthly\n');
    const run = await runCli(command, '--data', SAMPLE, '--config', config);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('measureType');
  });
});
