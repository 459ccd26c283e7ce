// A period's manifest that cannot be read (a folder in the way, no permission): the job's new papers are not put in
// place (which papers they supersede is unknown), no staging file is left, and the run names the manifest, says it was
// not updated and exits 3 (files not put in place), not 2 (a wrong command line or config).
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/run.js';
import { ExitCode } from '../../src/diagnostics.js';
import { captureIo, RunFixture, snapshot, tempFiles, writeScorecard } from './helpers.js';

describe('a run whose previous manifest cannot be read', () => {
  it('keeps the last papers, leaves no staging file, names the manifest, says it was not updated and exits 3', async () => {
    const f = new RunFixture();
    await writeScorecard(f.path('cyp.xlsx'), { A: [20, 21, 22], D: [60, 61, 62] });
    const config = f.config({ period: '2016-17 Q3', formats: ['pdf'], jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] });
    const first = captureIo();
    expect(await runCommand({ config, concurrency: 1, quiet: true }, first.io, { handleSignals: false })).toBe(ExitCode.ok);
    const paper = f.path('out', '2016-17-Q3', 'cyp', 'fast-2016-17-Q3.pdf');
    const before = readFileSync(paper);
    // New figures, so the paper changes; the manifest is made unreadable (EISDIR: the tests may run as root).
    await writeScorecard(f.path('cyp.xlsx'), { A: [20, 21, 60], D: [60, 61, 20] });
    const manifest = f.path('out', '2016-17-Q3', 'manifest.json');
    rmSync(manifest);
    mkdirSync(manifest);
    const { io, err } = captureIo();
    const code = await runCommand({ config, concurrency: 1, quiet: true }, io, { handleSignals: false });
    const said = err.join('\n');
    expect(code).toBe(ExitCode.renderFailed);
    expect(said).toContain(manifest);
    expect(said).toMatch(/cannot be read \(EISDIR[^)]*\), so it was not updated; make it readable/);
    expect(said).not.toMatch(/\n\s+at /);
    expect(readFileSync(paper)).toEqual(before);
    expect(tempFiles(snapshot(f.path('out')))).toEqual([]);
  }, 120_000);
});
