// A run killed while putting a job's papers in place leaves a journal; if the period's manifest cannot be read when
// the next run finishes that publish (a folder in the way, no permission), the manifest is left as it is, the
// journal stays for a run that can read it, and the run names the manifest and exits 3, as a publish does.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/run.js';
import { ExitCode } from '../../src/diagnostics.js';
import type { Manifest } from '../../src/run/manifest.js';
import { captureIo, FAST_TEMPLATE, RunFixture, snapshot, tempFiles, writeScorecard } from './helpers.js';

const SCRIPT = fileURLToPath(new URL('./killableRun.ts', import.meta.url));
const PERIOD = '2016-17-Q3';

function runKilledAt(config: string, point: string): Promise<NodeJS.Signals | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, config], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { ...process.env, BOARDPACK_TEST_KILL_AT: point },
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve(signal));
  });
}

describe('finishing a killed publish when the manifest cannot be read', () => {
  it('leaves the manifest and the journal, names the manifest and exits 3', async () => {
    const f = new RunFixture();
    writeFileSync(f.path('templates', 'exception-report.md.hbs'), FAST_TEMPLATE);
    await writeScorecard(f.path('cyp.xlsx'), { A: [20, 21, 22], B: [60, 61, 62] });
    const config = f.config({ period: '2016-17 Q3', papers: ['fast', 'exceptions'], formats: ['pdf'], jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] });
    expect(await runCommand({ config, concurrency: 1, quiet: true }, captureIo().io, { handleSignals: false })).toBe(ExitCode.ok);
    await writeScorecard(f.path('cyp.xlsx'), { A: [20, 21, 60], B: [60, 21, 22] });
    expect(await runKilledAt(config, 'renamed 1')).toBe('SIGKILL');
    expect(readdirSync(f.path('out', PERIOD))).toContain('.publish-cyp.json');
    // The manifest made unreadable (EISDIR: the tests may run as root).
    const manifest = f.path('out', PERIOD, 'manifest.json');
    rmSync(manifest);
    mkdirSync(manifest);
    const { io, err } = captureIo();
    const code = await runCommand({ config, concurrency: 1, quiet: true }, io, { handleSignals: false });
    const said = err.join('\n');
    expect(code).toBe(ExitCode.renderFailed);
    expect(said).toContain(manifest);
    expect(said).toMatch(/cannot be read \(EISDIR/);
    expect(said).not.toMatch(/\n\s+at /);
    expect(statSync(manifest).isDirectory()).toBe(true);
    expect(readdirSync(f.path('out', PERIOD))).toContain('.publish-cyp.json');
    expect(tempFiles(snapshot(f.path('out')))).toEqual([]);
    // Once the manifest can be written again, the next run finishes the publish and records the job.
    rmSync(manifest, { recursive: true });
    expect(await runCommand({ config, concurrency: 1, quiet: true }, captureIo().io, { handleSignals: false })).toBe(ExitCode.ok);
    expect(readdirSync(f.path('out', PERIOD))).not.toContain('.publish-cyp.json');
    const recorded = JSON.parse(readFileSync(manifest, 'utf8')) as Manifest;
    expect(recorded.jobs['cyp']?.files.map((file) => file.name).sort()).toEqual(['cyp/exception-report-B-2016-17-Q3.pdf', 'cyp/fast-2016-17-Q3.pdf']);
  }, 120_000);
});
