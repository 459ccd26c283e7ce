// A run never writes through a symbolic link that leads out of its outputRoot, and an unusable outputRoot fails fast.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/run.js';
import { ExitCode } from '../../src/diagnostics.js';
import { captureIo, childPids, RunFixture, snapshot, tempFiles, writeScorecard, type Values } from './helpers.js';

const VALUES: Values = { A: [20, 20, 20], D: [60, 60, 60] };

async function run(config: string): Promise<{ code: number; err: string }> {
  const { err, io } = captureIo();
  const code = await runCommand({ config, concurrency: 1, quiet: true }, io, { handleSignals: false });
  return { code, err: err.join('\n') };
}

/** A folder outside every fixture's outputRoot, where nothing may ever appear. */
const outside = (): string => mkdtempSync(join(tmpdir(), 'boardpack-outside-'));

describe('a run with a symbolic link in its output folders', () => {
  let f: RunFixture;
  beforeAll(async () => {
    f = new RunFixture();
    await writeScorecard(f.path('cyp.xlsx'), VALUES);
  });

  it('refuses a job folder linked outside the outputRoot: exit 2 before building, naming the link; nothing written outside', async () => {
    const config = f.config({ period: '2016-17 Q3', jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] }, 'job-link.yaml');
    const elsewhere = outside();
    rmSync(f.path('out'), { recursive: true, force: true });
    mkdirSync(f.path('out', '2016-17-Q3'), { recursive: true });
    symlinkSync(elsewhere, f.path('out', '2016-17-Q3', 'cyp'));
    const { code, err } = await run(config);
    expect(code).toBe(ExitCode.usage);
    expect(err).toContain(f.path('out', '2016-17-Q3', 'cyp'));
    expect(err).toMatch(/symbolic link to .*outside the output/);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(existsSync(f.path('out', '2016-17-Q3', 'manifest.json'))).toBe(false);
    // The worker started while the folders were checked is ended with the run.
    expect(childPids()).toEqual([]);
  });

  it('refuses a period folder linked outside, for a `latest` job too (its period is known only after the build)', async () => {
    const config = f.config({ period: 'latest', jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] }, 'period-link.yaml');
    const elsewhere = outside();
    rmSync(f.path('out'), { recursive: true, force: true });
    mkdirSync(f.path('out'));
    symlinkSync(elsewhere, f.path('out', '2016-17-Q3'));
    const { code, err } = await run(config);
    expect(code).toBe(ExitCode.usage);
    expect(err).toContain(f.path('out', '2016-17-Q3'));
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('replaces a paper that is a link to a file outside with the paper itself; the file outside is untouched', async () => {
    const config = f.config({ period: '2016-17 Q3', formats: ['pdf'], jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] }, 'paper-link.yaml');
    rmSync(f.path('out'), { recursive: true, force: true });
    expect((await run(config)).code).toBe(ExitCode.ok);
    const paper = f.path('out', '2016-17-Q3', 'cyp', 'fast-2016-17-Q3.pdf');
    const good = readFileSync(paper);
    const target = join(outside(), 'precious.pdf');
    writeFileSync(target, 'not to be overwritten');
    rmSync(paper);
    symlinkSync(target, paper);
    const { code } = await run(config);
    expect(code).toBe(ExitCode.ok);
    expect(readFileSync(target, 'utf8')).toBe('not to be overwritten');
    expect(lstatSync(paper).isSymbolicLink()).toBe(false);
    expect(readFileSync(paper)).toEqual(good);
    expect(tempFiles(snapshot(f.path('out')))).toEqual([]);
  });

  it('follows a link that stays inside the outputRoot', async () => {
    const config = f.config({ period: '2016-17 Q3', formats: ['pdf'], jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] }, 'inside-link.yaml');
    rmSync(f.path('out'), { recursive: true, force: true });
    mkdirSync(f.path('out', 'archive', 'q3'), { recursive: true });
    symlinkSync(f.path('out', 'archive', 'q3'), f.path('out', '2016-17-Q3'));
    expect((await run(config)).code).toBe(ExitCode.ok);
    expect(Object.keys(snapshot(f.path('out', 'archive')))).toEqual(['q3/cyp/fast-2016-17-Q3.pdf', 'q3/manifest.json']);
  });

  it('never removes a stale temporary file through a link that leads outside', async () => {
    const config = f.config({ period: '2016-17 Q3', formats: ['pdf'], jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] }, 'stale-link.yaml');
    const elsewhere = outside();
    writeFileSync(join(elsewhere, '.someone-elses.pdf.1-1.tmp'), 'in use');
    const { utimesSync } = await import('node:fs');
    const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
    utimesSync(join(elsewhere, '.someone-elses.pdf.1-1.tmp'), anHourAgo, anHourAgo);
    rmSync(f.path('out'), { recursive: true, force: true });
    mkdirSync(f.path('out', 'archive'), { recursive: true });
    symlinkSync(elsewhere, f.path('out', 'archive', 'cyp'));
    expect((await run(config)).code).toBe(ExitCode.ok);
    expect(readdirSync(elsewhere)).toEqual(['.someone-elses.pdf.1-1.tmp']);
  });
});

describe('an outputRoot that cannot be used', () => {
  it.skipIf(!existsSync('/proc/self'))('is refused before any work: exit 2 naming the folder (the timeout catches spinning)', async () => {
    const f = new RunFixture();
    await writeScorecard(f.path('cyp.xlsx'), VALUES);
    const config = f.config({ outputRoot: '/proc/nope', period: '2016-17 Q3', jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] });
    const { code, err } = await run(config);
    expect(code).toBe(ExitCode.usage);
    expect(err).toContain('/proc/nope');
  }, 60_000);

  it('a file where the outputRoot should be is refused before any work, exit 2', async () => {
    const f = new RunFixture();
    await writeScorecard(f.path('cyp.xlsx'), VALUES);
    writeFileSync(f.path('out'), 'a file, not a folder');
    const config = f.config({ period: '2016-17 Q3', jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] });
    const { code, err } = await run(config);
    expect(code).toBe(ExitCode.usage);
    expect(err).toMatch(/out.*not a folder/);
  });
});
