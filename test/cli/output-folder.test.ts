// The output folder, as a user types it: checked before any work and quickly; never written through a link out of it.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TempDir } from '../read/helpers.js';
import { RunFixture, writeScorecard } from '../run/helpers.js';
import { runCli } from './run-cli.js';

const SAMPLE = 'data/sample-scorecard.xlsx';
const tmp = new TempDir();
afterAll(() => tmp.remove());

describe('boardpack build: the output folder', () => {
  // Not timed (speed belongs to the bench): "before building" is seen in that the sample's commentary warnings, which
  // composing prints, never appear; the test's timeout catches a folder that makes the command spin (it once did, for minutes).
  it.skipIf(!existsSync('/proc/self'))('--out /proc/nope fails before building: exit 2 naming the folder', async () => {
    const run = await runCli('build', '--data', SAMPLE, '--paper', 'all', '--out', '/proc/nope');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/could not write the papers into \/proc\/nope/);
    expect(run.stderr).not.toMatch(/internal error|warning:/);
  }, 60_000);

  it('a folder inside a file fails before building, exit 2, and leaves nothing behind', async () => {
    writeFileSync(tmp.file('plain-file'), 'not a folder');
    const run = await runCli('build', '--data', SAMPLE, '--paper', 'all', '--out', join(tmp.file('plain-file'), 'a', 'b'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/plain-file.*not a folder/);
    expect(run.stderr).not.toMatch(/warning:/);
  }, 60_000);

  it('a paper that is a link to a file outside is replaced by the paper; the file outside is untouched', async () => {
    const out = tmp.file('paper-link');
    mkdirSync(out);
    const precious = join(mkdtempSync(join(tmpdir(), 'boardpack-outside-')), 'precious.pdf');
    writeFileSync(precious, 'not to be overwritten');
    symlinkSync(precious, join(out, 'cabinet-paper-2009-10-Q3.pdf'));
    const run = await runCli('build', '--data', SAMPLE, '--paper', 'cabinet', '--format', 'pdf', '--out', out, '--date', '2010-01-12');
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(precious, 'utf8')).toBe('not to be overwritten');
    expect(lstatSync(join(out, 'cabinet-paper-2009-10-Q3.pdf')).isSymbolicLink()).toBe(false);
    expect(readdirSync(out)).toEqual(['cabinet-paper-2009-10-Q3.pdf']);
  });

  it('an --out that is itself a link is followed: the user chose it', async () => {
    const real = tmp.file('real-out');
    mkdirSync(real);
    symlinkSync(real, tmp.file('linked-out'));
    const run = await runCli('build', '--data', SAMPLE, '--paper', 'cabinet', '--format', 'docx', '--out', tmp.file('linked-out'), '--date', '2010-01-12');
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(real)).toEqual(['cabinet-paper-2009-10-Q3.docx']);
  });
});

describe('boardpack run: the output folders', () => {
  it('a job folder linked outside the outputRoot: exit 2 naming the link, nothing written outside', async () => {
    const f = new RunFixture();
    await writeScorecard(f.path('cyp.xlsx'), { A: [20, 20, 20] });
    const config = f.config({ period: '2016-17 Q3', jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] });
    const elsewhere = mkdtempSync(join(tmpdir(), 'boardpack-outside-'));
    mkdirSync(f.path('out', '2016-17-Q3'), { recursive: true });
    symlinkSync(elsewhere, f.path('out', '2016-17-Q3', 'cyp'));
    const run = await runCli('run', '--config', config, '--quiet');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(f.path('out', '2016-17-Q3', 'cyp'));
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it.skipIf(!existsSync('/proc/self'))('an outputRoot of /proc/nope: exit 2 at once, naming it', async () => {
    const f = new RunFixture();
    await writeScorecard(f.path('cyp.xlsx'), { A: [20, 20, 20] });
    const config = f.config({ outputRoot: '/proc/nope', period: '2016-17 Q3', jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] });
    const run = await runCli('run', '--config', config, '--quiet');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('/proc/nope');
  }, 60_000);
});
