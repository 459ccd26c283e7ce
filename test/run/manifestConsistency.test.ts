// The manifest describes what is on disk: a run killed at any point of putting a job's papers in place leaves a
// journal, and the next run finishes the publish before anything else; keptFromLastGoodRun lists only papers there.
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/run.js';
import type { Manifest } from '../../src/run/manifest.js';
import { captureIo, FAST_TEMPLATE, RunFixture, runKilledAt, snapshot, tempFiles, writeScorecard } from './helpers.js';

const PERIOD = '2016-17-Q3';

const manifestOf = (f: RunFixture): Manifest => JSON.parse(readFileSync(f.path('out', PERIOD, 'manifest.json'), 'utf8')) as Manifest;

/**
 * Where the manifest and the disk disagree: a listed paper missing or with other bytes, or a paper in a job's folder
 * that its entry does not list. Empty when they agree.
 */
function disagreements(f: RunFixture): string[] {
  const manifest = manifestOf(f);
  const disk = snapshot(f.path('out', PERIOD));
  const problems: string[] = [];
  for (const [job, entry] of Object.entries(manifest.jobs)) {
    const listed = [...entry.files, ...entry.keptFromLastGoodRun];
    for (const file of listed) if (disk[file.name] !== file.sha256) problems.push(`${file.name}: listed, ${disk[file.name] === undefined ? 'missing' : 'other bytes'} on disk`);
    const names = new Set(listed.map((l) => l.name));
    for (const path of Object.keys(disk)) {
      if (path.startsWith(`${job}/`) && !path.split('/').at(-1)!.startsWith('.') && !names.has(path)) problems.push(`${path}: on disk, not listed`);
    }
  }
  return problems;
}

/**
 * A job with a fast paper and fast exception reports: A is an exception in the first data, B in the second (no figure
 * repeats, so no data query holds one back). `linked`: the outputRoot `out` is a symbolic link to another folder.
 */
async function fixture(linked = false): Promise<{ f: RunFixture; config: string }> {
  const f = new RunFixture();
  if (linked) {
    mkdirSync(f.path('real-out'));
    symlinkSync(f.path('real-out'), f.path('out'));
  }
  writeFileSync(f.path('templates', 'exception-report.md.hbs'), FAST_TEMPLATE);
  await writeScorecard(f.path('cyp.xlsx'), { A: [20, 21, 22], B: [60, 61, 62] });
  const config = f.config({ period: '2016-17 Q3', papers: ['fast', 'exceptions'], formats: ['pdf'], jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] });
  const { io } = captureIo();
  expect(await runCommand({ config, concurrency: 1, quiet: true }, io, { handleSignals: false })).toBe(0);
  expect(Object.keys(snapshot(f.path('out', PERIOD, 'cyp')))).toContain('exception-report-A-2016-17-Q3.pdf');
  // New data: A closes, B opens; every paper changes, and A's report is superseded.
  await writeScorecard(f.path('cyp.xlsx'), { A: [20, 21, 60], B: [60, 21, 22] });
  return { f, config };
}

describe('a run killed while putting papers in place', () => {
  it.each([
    ['journalled', false],
    ['renamed 1', false],
    ['recorded', false],
    ['journalled', true],
    ['renamed 1', true],
  ])(
    'killed at "%s" (outputRoot a link: %s): the next run first finishes the publish, so the manifest describes the papers on disk',
    async (point, linked) => {
      const { f, config } = await fixture(linked);
      const killed = await runKilledAt(config, point);
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      expect(readdirSync(f.path('out', PERIOD))).toContain('.publish-cyp.json');

      // The next run's job fails (its scorecard is now unreadable), so nothing new is put in place: what is on disk
      // afterwards is what the repair left, and the manifest's kept papers must be exactly those.
      writeFileSync(f.path('cyp.xlsx'), 'not a workbook');
      const { io, err } = captureIo();
      expect(await runCommand({ config, concurrency: 1, quiet: true }, io, { handleSignals: false })).toBe(1);
      expect(err.join('\n')).toMatch(new RegExp(`finished putting in place the papers of ${PERIOD}/cyp`));
      expect(readdirSync(f.path('out', PERIOD))).not.toContain('.publish-cyp.json');
      expect(disagreements(f)).toEqual([]);
      const kept = manifestOf(f).jobs['cyp']!.keptFromLastGoodRun.map((k) => k.name).sort();
      expect(kept).toEqual(['cyp/exception-report-B-2016-17-Q3.pdf', 'cyp/fast-2016-17-Q3.pdf']);
      expect(tempFiles(snapshot(f.path('out')))).toEqual([]);
    },
    120_000,
  );
});

describe('keptFromLastGoodRun', () => {
  it('lists only the papers still on disk with the bytes recorded: a paper removed by hand is left out', async () => {
    const { f, config } = await fixture();
    rmSync(f.path('out', PERIOD, 'cyp', 'exception-report-A-2016-17-Q3.pdf'));
    writeFileSync(f.path('cyp.xlsx'), 'not a workbook');
    const { io } = captureIo();
    expect(await runCommand({ config, concurrency: 1, quiet: true }, io, { handleSignals: false })).toBe(1);
    const entry = manifestOf(f).jobs['cyp']!;
    expect(entry.status).toBe('invalid-input');
    expect(entry.keptFromLastGoodRun.map((k) => k.name)).toEqual(['cyp/fast-2016-17-Q3.pdf']);
  }, 120_000);

  it.each([false, true])('after a good run the manifest lists every paper in the job folder and no other (outputRoot a link: %s)', async (linked) => {
    const { f, config } = await fixture(linked);
    const { io } = captureIo();
    expect(await runCommand({ config, concurrency: 1, quiet: true }, io, { handleSignals: false })).toBe(0);
    expect(disagreements(f)).toEqual([]);
    expect(Object.keys(snapshot(f.path('out', PERIOD, 'cyp')))).not.toContain('exception-report-A-2016-17-Q3.pdf');
  }, 120_000);
});
