// Killing a real run while it writes: the previous papers stay byte-identical and no temporary file stays behind.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { runCommand } from '../../src/commands/run.js';
import { loadRunConfig } from '../../src/run/config.js';
import { silentProgress } from '../../src/run/progress.js';
import { runJobs } from '../../src/run/runner.js';
import { ageTempFiles, captureIo, childPids, RunFixture, snapshot, tempFiles, writeScorecard } from './helpers.js';

const SCRIPT = fileURLToPath(new URL('./killableRun.ts', import.meta.url));

/** Starts the run in a child process, waits until it has staged a job's files, sends `signal`, returns its exit. */
function killWhileWriting(config: string, signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, config], { cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('STAGED')) child.kill(signal);
    });
    child.on('error', reject);
    child.on('exit', (code, sig) => resolve({ code, signal: sig, stderr }));
  });
}

describe('a run killed mid-write', () => {
  const f = new RunFixture();
  let config = '';
  let good: Record<string, string> = {};

  beforeAll(async () => {
    await writeScorecard(f.path('cyp.xlsx'), { A: [20, 20, 20], B: [60, 60, 60] });
    config = f.config({ period: '2016-17 Q3', jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] });
    const { io } = captureIo();
    expect(await runCommand({ config, concurrency: 1, quiet: true }, io, { handleSignals: false })).toBe(0);
    good = snapshot(f.path('out'));
    // New data, so a finished run would change the papers: they must not change.
    await writeScorecard(f.path('cyp.xlsx'), { A: [20, 20, 60], B: [60, 60, 20] });
  });

  it('SIGTERM: exits 143, the previous papers, manifest and register are byte-identical, no temporary files', async () => {
    const result = await killWhileWriting(config, 'SIGTERM');
    expect(result.code, result.stderr).toBe(143);
    expect(result.stderr).toMatch(/run stopped by a signal/);
    expect(snapshot(f.path('out'))).toEqual(good);
  });

  it('SIGKILL (no chance to tidy): the previous papers survive; the next run removes the temporary files', async () => {
    const result = await killWhileWriting(config, 'SIGKILL');
    expect(result.signal).toBe('SIGKILL');
    const killed = snapshot(f.path('out'));
    expect(tempFiles(killed).length).toBeGreaterThan(0);
    for (const [path, sha] of Object.entries(good)) expect(killed[path]).toBe(sha);

    ageTempFiles(f.path('out')); // the next scheduled run comes long after
    const { io } = captureIo();
    expect(await runCommand({ config, concurrency: 1, quiet: true }, io, { handleSignals: false })).toBe(0);
    const after = snapshot(f.path('out'));
    expect(tempFiles(after)).toEqual([]);
    expect(after['2016-17-Q3/cyp/fast-2016-17-Q3.pdf']).not.toBe(good['2016-17-Q3/cyp/fast-2016-17-Q3.pdf']);
  });
});

describe('a run stopped before it starts building', () => {
  it('builds nothing once the signal has come, even one that came while the workers were starting', async () => {
    const f = new RunFixture();
    await writeScorecard(f.path('cyp.xlsx'), { A: [20, 20, 20] });
    await writeScorecard(f.path('adults.xlsx'), { A: [60, 60, 60] });
    const config = (await loadRunConfig(f.config({ period: '2016-17 Q3', jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }, { name: 'adults', scorecard: 'adults.xlsx' }] }))).config;
    if (config === null) throw new Error('the test config does not load');
    const report = await runJobs({ config, only: null, concurrency: 2, progress: silentProgress, signal: AbortSignal.abort() });
    expect(report.stopped).toBe(true);
    expect(report.jobs.map((j) => [j.name, j.status, j.errors])).toEqual([
      ['adults', 'render-failed', ['the run was stopped before this job started']],
      ['cyp', 'render-failed', ['the run was stopped before this job started']],
    ]);
    expect(report.manifests).toEqual([]);
    expect(existsSync(f.path('out', '2016-17-Q3'))).toBe(false);
    expect(childPids()).toEqual([]);
  });
});
