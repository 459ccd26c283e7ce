// Exit codes, chosen in one place from the kind of failure: every command with every failure it can meet.
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runExitCode } from '../../src/commands/run.js';
import { exitCodeFor, ExitCode, FAILURES, type Failure } from '../../src/diagnostics.js';
import type { RunReport } from '../../src/run/runner.js';
import { RunFixture, writeScorecard } from '../run/helpers.js';
import { runCli } from './run-cli.js';

// A config file named `bug.yaml` makes the config loaders throw as a bug would: the CLI must call it internal (70).
vi.mock('../../src/config.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/config.js')>();
  return {
    ...original,
    loadConfig: async (file: string | undefined) => {
      if (file?.endsWith('bug.yaml') === true) throw new TypeError("Cannot read properties of undefined (reading 'meeting')");
      return original.loadConfig(file);
    },
  };
});
vi.mock('../../src/run/config.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/run/config.js')>();
  return {
    ...original,
    loadRunConfig: async (file: string) => {
      if (file.endsWith('bug.yaml')) throw new TypeError("Cannot read properties of undefined (reading 'jobs')");
      return original.loadRunConfig(file);
    },
  };
});
// The PDF renderer fails (a DOCX build still works): what `build` must report as a render failure (3).
vi.mock('../../src/render/pdf/index.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/render/pdf/index.js')>();
  return { ...original, renderPdfWith: async () => Promise.reject(new Error('the PDF renderer broke')) };
});

const f = new RunFixture();
const file = (name: string): string => f.path(name);

beforeAll(async () => {
  await writeScorecard(file('good.xlsx'), { A: [20, 21, 19], D: [60, 60, 60] });
  // Z is 0.0% after 99.5%: a data query that doubts the figure, so holdOnQueries holds the job.
  await writeScorecard(file('queried.xlsx'), { A: [20, 21, 19], Z: [99.6, 99.5, 0] });
  writeFileSync(file('broken.xlsx'), 'this is not a workbook');
  writeFileSync(file('bad-key.yaml'), 'meeting:\n  comitee: Cabinet\n');
  writeFileSync(file('bug.yaml'), 'council: Test Council\n');
  f.config({ period: '2016-17 Q3', jobs: [{ name: 'good', scorecard: 'good.xlsx' }] }, 'run-ok.yaml');
  f.config({ period: '2016-17 Q3', jobs: [{ name: 'good', scorecard: 'good.xlsx' }, { name: 'broken', scorecard: 'broken.xlsx' }] }, 'run-invalid.yaml');
  f.config({ period: '2016-17 Q3', holdOnQueries: true, jobs: [{ name: 'queried', scorecard: 'queried.xlsx' }] }, 'run-held.yaml');
  f.config({ period: '2016-17 Q3', jobs: [{ name: 'good', scorecard: 'good.xlsx', comitee: 'x' }] }, 'run-bad-key.yaml');
});

/** [command, failure, arguments (file names are the fixture's), the exit code]. */
const CASES: [string, Failure | 'none', () => string[], number][] = [
  ['validate', 'none', () => ['validate', '--data', file('good.xlsx')], 0],
  ['validate', 'usage', () => ['validate', '--data', file('good.xlsx'), '--config', file('bad-key.yaml')], 2],
  ['validate', 'usage', () => ['validate', '--data', file('good.xlsx'), '--dta', 'x'], 2],
  ['validate', 'invalid-input', () => ['validate', '--data', file('broken.xlsx')], 1],
  ['validate', 'internal', () => ['validate', '--data', file('good.xlsx'), '--config', file('bug.yaml')], 70],
  ['analyse', 'none', () => ['analyse', '--data', file('good.xlsx'), '--json'], 0],
  ['analyse', 'usage', () => ['analyse', '--data', file('good.xlsx'), '--period', 'third quarter'], 2],
  ['analyse', 'usage', () => ['analyse', '--data', file('good.xlsx'), '--config', file('bad-key.yaml')], 2],
  ['analyse', 'invalid-input', () => ['analyse', '--data', file('broken.xlsx')], 1],
  ['analyse', 'internal', () => ['analyse', '--data', file('good.xlsx'), '--config', file('bug.yaml')], 70],
  ['queries', 'none', () => ['queries', '--data', file('queried.xlsx')], 0],
  ['queries', 'usage', () => ['queries', '--data', file('good.xlsx'), '--period', 'third quarter'], 2],
  ['queries', 'usage', () => ['queries', '--data', file('good.xlsx'), '--out', file('queries.pdf')], 2],
  ['queries', 'invalid-input', () => ['queries', '--data', file('broken.xlsx')], 1],
  ['queries', 'internal', () => ['queries', '--data', file('good.xlsx'), '--config', file('bug.yaml')], 70],
  ['build', 'none', () => ['build', '--data', file('good.xlsx'), '--templates', f.templates, '--paper', 'fast', '--format', 'docx', '--out', file('out-ok')], 0],
  ['build', 'usage', () => ['build', '--data', file('good.xlsx'), '--paper', 'cabniet', '--out', file('out-paper')], 2],
  ['build', 'usage', () => ['build', '--data', file('good.xlsx'), '--period', 'third quarter', '--out', file('out-period')], 2],
  ['build', 'usage', () => ['build', '--data', file('good.xlsx'), '--config', file('bad-key.yaml'), '--out', file('out-config')], 2],
  ['build', 'invalid-input', () => ['build', '--data', file('broken.xlsx'), '--out', file('out-broken')], 1],
  ['build', 'render-failed', () => ['build', '--data', file('good.xlsx'), '--templates', f.templates, '--paper', 'fast', '--format', 'pdf', '--out', file('out-render')], 3],
  ['build', 'internal', () => ['build', '--data', file('good.xlsx'), '--config', file('bug.yaml'), '--out', file('out-bug')], 70],
  ['run', 'usage', () => ['run', '--config', file('run-bad-key.yaml')], 2],
  ['run', 'usage', () => ['run', '--config', file('run-ok.yaml'), '--job', 'nobody'], 2],
  ['run', 'invalid-input', () => ['run', '--config', file('run-invalid.yaml'), '--concurrency', '1', '--quiet'], 1],
  ['run', 'held-for-queries', () => ['run', '--config', file('run-held.yaml'), '--concurrency', '1', '--quiet'], 4],
  ['run', 'internal', () => ['run', '--config', file('bug.yaml')], 70],
  ['(none)', 'usage', () => ['buidl', '--data', file('good.xlsx')], 2],
  ['(none)', 'none', () => ['--version'], 0],
];

describe('every command exits with the code its kind of failure is given', () => {
  // A run that succeeds is the runner tests' business (test/run): each run here costs worker processes.
  it.each(CASES.map(([command, failure, argv, code]) => ({ command, failure, argv, code })))('$command, $failure: exit $code', async ({ failure, argv, code }) => {
    const run = await runCli(...argv());
    expect(run.code, run.stderr).toBe(code);
    if (failure !== 'none') expect(run.code).toBe(exitCodeFor(failure));
    // Whatever failed, the user reads words, never a stack trace.
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    if (failure === 'internal') expect(run.stderr).toMatch(/internal error: .*\nThis is a bug in boardpack/);
  });
});

describe('exitCodeFor', () => {
  it.each([
    [[], 0],
    [[null], 0],
    [['usage'], 2],
    [['invalid-input'], 1],
    [['held-for-queries'], 4],
    [['render-failed'], 3],
    [['internal'], 70],
    [['interrupted'], 130],
    [['terminated'], 143],
    [['held-for-queries', 'invalid-input', null], 1],
    [['invalid-input', 'render-failed'], 3],
  ] as [(Failure | null)[], number][])('%j → %i', (failures, code) => {
    expect(exitCodeFor(...failures)).toBe(code);
  });

  it('gives every kind of failure its own code, none of them 0', () => {
    const codes = FAILURES.map((failure) => exitCodeFor(failure));
    expect(new Set(codes).size).toBe(FAILURES.length);
    expect(codes).not.toContain(ExitCode.ok);
  });
});

describe('a run: the most serious job decides', () => {
  const report = (...statuses: RunReport['jobs'][number]['status'][]): RunReport =>
    ({ jobs: statuses.map((status, i) => ({ name: `job-${i}`, status })) }) as unknown as RunReport;
  it.each([
    [['ok', 'ok'], 0],
    [['ok', 'held'], 4],
    [['held', 'invalid-input'], 1],
    [['invalid-input', 'render-failed', 'held'], 3],
  ] as [RunReport['jobs'][number]['status'][], number][])('%j → %i', (statuses, code) => {
    expect(runExitCode(report(...statuses))).toBe(code);
  });
});
