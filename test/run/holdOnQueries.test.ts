// holdOnQueries: a month-end run holds a job whose scorecard has unconfirmed data queries (exit 4), and lists them.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HELD_FOR_QUERIES_EXIT, runCommand } from '../../src/commands/run.js';
import { ExitCode } from '../../src/diagnostics.js';
import type { Manifest } from '../../src/run/manifest.js';
import { captureIo, RunFixture, writeScorecard } from './helpers.js';

async function run(config: string): Promise<{ code: number; err: string[] }> {
  const { err, io } = captureIo();
  const code = await runCommand({ config, concurrency: 1, quiet: false }, io, { handleSignals: false });
  return { code, err };
}

describe('holdOnQueries', () => {
  const f = new RunFixture();
  // Z is 0.0% after 99.5%: a missing return keyed as 0.
  const values = { A: [20, 21, 19], Z: [99.6, 99.5, 0] };

  it('without it, the papers are built, and the manifest lists the queries', async () => {
    await writeScorecard(f.path('cyp.xlsx'), values);
    const config = f.config({ period: '2016-17 Q3', formats: ['pdf'], jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] }, 'run-open.yaml');
    expect((await run(config)).code).toBe(ExitCode.ok);
    const manifest = JSON.parse(readFileSync(f.path('out', '2016-17-Q3', 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.jobs['cyp']!.queries).toEqual([
      expect.objectContaining({ id: 'Z', period: '2016-17 Q3', code: 'zero-after-history', where: 'Values!C7', doubtsFigure: true, confirmed: false }),
    ]);
  });

  it('with it, the job is held: nothing new is put in place, exit 4, and the message names the indicator', async () => {
    await writeScorecard(f.path('held.xlsx'), values);
    const config = f.config({ period: '2016-17 Q3', formats: ['pdf'], holdOnQueries: true, jobs: [{ name: 'held', scorecard: 'held.xlsx' }] }, 'run-held.yaml');
    const { code, err } = await run(config);
    expect(code).toBe(HELD_FOR_QUERIES_EXIT);
    expect(err.join('\n')).toContain('held (holdOnQueries): 1 unconfirmed data query (Z)');
    expect(existsSync(f.path('out', '2016-17-Q3', 'held'))).toBe(false);
    const manifest = JSON.parse(readFileSync(f.path('out', '2016-17-Q3', 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.jobs['held']).toMatchObject({ status: 'held', files: [] });
  });

  it('a job that turns it off is built', async () => {
    await writeScorecard(f.path('off.xlsx'), values);
    const config = f.config({ period: '2016-17 Q3', formats: ['pdf'], holdOnQueries: true, jobs: [{ name: 'off', scorecard: 'off.xlsx', holdOnQueries: false }] }, 'run-off.yaml');
    expect((await run(config)).code).toBe(ExitCode.ok);
  });
});
