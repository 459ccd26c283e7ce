// A period's manifest that cannot be read (a folder in the way, no permission) or trusted (damaged, another version):
// the job's new papers are not put in place (which papers they supersede is unknown), no staging file is left, and
// the run names the manifest, says it was not updated and exits 3 (files not put in place), not 2 (a wrong command
// line or config). A damaged manifest is never rebuilt from the run alone, which would drop other jobs' entries.
// Finishing a killed publish meets it too: the manifest is left as it is and the journal stays for a run that can
// read it.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/commands/run.js';
import { ExitCode } from '../../src/diagnostics.js';
import type { Manifest } from '../../src/run/manifest.js';
import { captureIo, FAST_TEMPLATE, RunFixture, runKilledAt, snapshot, tempFiles, writeScorecard } from './helpers.js';

const PERIOD = '2016-17-Q3';

/** A folder in the manifest's place: EISDIR (the tests may run as root, so no permission trick). */
const folderInItsPlace = (manifest: string): void => {
  rmSync(manifest);
  mkdirSync(manifest);
};

/**
 * Spoils the period's manifest (by default a folder in its place), runs the config (or one job of it), and checks
 * what every such run must do: exit 3, name the manifest, no stack trace, no staging file left.
 */
async function runWithUnreadableManifest(f: RunFixture, config: string, spoil = folderInItsPlace, job?: string): Promise<{ manifest: string; said: string }> {
  const manifest = f.path('out', PERIOD, 'manifest.json');
  spoil(manifest);
  const { io, err } = captureIo();
  const code = await runCommand({ config, concurrency: 1, quiet: true, ...(job === undefined ? {} : { job }) }, io, { handleSignals: false });
  const said = err.join('\n');
  expect(code).toBe(ExitCode.renderFailed);
  expect(said).toContain(manifest);
  expect(said).not.toMatch(/\n\s+at /);
  expect(tempFiles(snapshot(f.path('out')))).toEqual([]);
  return { manifest, said };
}

describe('a run whose previous manifest cannot be read', () => {
  it('keeps the last papers, leaves no staging file, names the manifest, says it was not updated and exits 3', async () => {
    const f = new RunFixture();
    await writeScorecard(f.path('cyp.xlsx'), { A: [20, 21, 22], D: [60, 61, 62] });
    const config = f.config({ period: '2016-17 Q3', formats: ['pdf'], jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] });
    const first = captureIo();
    expect(await runCommand({ config, concurrency: 1, quiet: true }, first.io, { handleSignals: false })).toBe(ExitCode.ok);
    const paper = f.path('out', PERIOD, 'cyp', 'fast-2016-17-Q3.pdf');
    const before = readFileSync(paper);
    // New figures, so the paper changes.
    await writeScorecard(f.path('cyp.xlsx'), { A: [20, 21, 60], D: [60, 61, 20] });
    const { said } = await runWithUnreadableManifest(f, config);
    expect(said).toMatch(/cannot be read \(EISDIR[^)]*\), so it was not updated; make it readable/);
    expect(readFileSync(paper)).toEqual(before);
  }, 120_000);

  it.each([
    ['cut short (a full disk, a copy interrupted)', (text: string) => text.slice(0, Math.floor(text.length / 2)), /cannot be trusted as a manifest \(not valid JSON: [^)]*\)/],
    ['another version', (text: string) => text.replace('"version": 1', '"version": 2'), /cannot be trusted as a manifest \(version: [^)]*\)/],
    ['a paper listed without its hash', (text: string) => text.replace(/,\s*"sha256": "[0-9a-f]+"/, ''), /cannot be trusted as a manifest \(jobs\.adults\.files\.0\.sha256: [^)]*\)/],
  ])('one it cannot trust (%s): a --job run keeps the other jobs’ entries and the last papers, and names it', async (_name, damage, said) => {
    const f = new RunFixture();
    await writeScorecard(f.path('cyp.xlsx'), { A: [20, 21, 22], D: [60, 61, 62] });
    await writeScorecard(f.path('adults.xlsx'), { A: [30, 31, 32], D: [50, 51, 52] });
    const config = f.config({ period: '2016-17 Q3', formats: ['pdf'], jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }, { name: 'adults', scorecard: 'adults.xlsx' }] });
    expect(await runCommand({ config, concurrency: 1, quiet: true }, captureIo().io, { handleSignals: false })).toBe(ExitCode.ok);
    const manifest = f.path('out', PERIOD, 'manifest.json');
    const good = readFileSync(manifest, 'utf8');
    const paper = f.path('out', PERIOD, 'cyp', 'fast-2016-17-Q3.pdf');
    const before = readFileSync(paper);
    await writeScorecard(f.path('cyp.xlsx'), { A: [20, 21, 60], D: [60, 61, 20] });
    const damaged = damage(good);
    expect(damaged).not.toBe(good);
    const result = await runWithUnreadableManifest(f, config, (path) => writeFileSync(path, damaged), 'cyp');
    expect(result.said).toMatch(said);
    expect(result.said).toContain('so it was not updated; restore it from backup (or move it aside), then run again');
    expect(readFileSync(manifest, 'utf8')).toBe(damaged);
    expect(readFileSync(paper)).toEqual(before);
    // Restored, the same --job run puts the new paper in place and keeps the other job's entry.
    writeFileSync(manifest, good);
    expect(await runCommand({ config, concurrency: 1, quiet: true, job: 'cyp' }, captureIo().io, { handleSignals: false })).toBe(ExitCode.ok);
    expect(readFileSync(paper)).not.toEqual(before);
    const recorded = JSON.parse(readFileSync(manifest, 'utf8')) as Manifest;
    expect(Object.keys(recorded.jobs).sort()).toEqual(['adults', 'cyp']);
    expect(recorded.jobs['adults']).toEqual((JSON.parse(good) as Manifest).jobs['adults']);
  }, 120_000);

  it.each([
    ['a folder in its place', folderInItsPlace, /cannot be read \(EISDIR/],
    ['cut short', (path: string) => writeFileSync(path, readFileSync(path, 'utf8').slice(0, 40)), /cannot be trusted as a manifest \(not valid JSON/],
  ])('when finishing a killed publish (%s): leaves the manifest and the journal, exits 3, and a later run finishes it', async (_name, spoil, reason) => {
    const f = new RunFixture();
    writeFileSync(f.path('templates', 'exception-report.md.hbs'), FAST_TEMPLATE);
    await writeScorecard(f.path('cyp.xlsx'), { A: [20, 21, 22], B: [60, 61, 62] });
    const config = f.config({ period: '2016-17 Q3', papers: ['fast', 'exceptions'], formats: ['pdf'], jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] });
    expect(await runCommand({ config, concurrency: 1, quiet: true }, captureIo().io, { handleSignals: false })).toBe(ExitCode.ok);
    await writeScorecard(f.path('cyp.xlsx'), { A: [20, 21, 60], B: [60, 21, 22] });
    expect((await runKilledAt(config, 'renamed 1')).signal).toBe('SIGKILL');
    expect(readdirSync(f.path('out', PERIOD))).toContain('.publish-cyp.json');
    const manifest = f.path('out', PERIOD, 'manifest.json');
    spoil(manifest);
    const spoilt = (): string => (statSync(manifest).isDirectory() ? '(a folder)' : readFileSync(manifest, 'utf8'));
    const before = spoilt();
    const { said } = await runWithUnreadableManifest(f, config, () => {});
    expect(said).toMatch(reason);
    expect(spoilt()).toBe(before);
    expect(readdirSync(f.path('out', PERIOD))).toContain('.publish-cyp.json');
    // Once the manifest can be written again, the next run finishes the publish and records the job.
    rmSync(manifest, { recursive: true });
    expect(await runCommand({ config, concurrency: 1, quiet: true }, captureIo().io, { handleSignals: false })).toBe(ExitCode.ok);
    expect(readdirSync(f.path('out', PERIOD))).not.toContain('.publish-cyp.json');
    const recorded = JSON.parse(readFileSync(manifest, 'utf8')) as Manifest;
    expect(recorded.jobs['cyp']?.files.map((file) => file.name).sort()).toEqual(['cyp/exception-report-B-2016-17-Q3.pdf', 'cyp/fast-2016-17-Q3.pdf']);
  }, 120_000);
});
