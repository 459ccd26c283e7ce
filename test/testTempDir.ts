// vitest's global setup: every temporary file the tests make (theirs, and the CLI's and the run's child processes',
// which inherit the environment) goes under one folder made for this test run and removed when it ends. Tests that
// make a temporary folder need not remember to remove it, and a test run leaves nothing behind in the system's
// temporary folder (before, each full run left about 80 folders there).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The prefix of a test run's temporary folder (test/testTempDir.test.ts checks the tests run under it). */
export const TEST_TEMP_PREFIX = 'boardpack-tests-';

export default function setup(): () => void {
  const previous = process.env['TMPDIR'];
  const dir = mkdtempSync(join(tmpdir(), TEST_TEMP_PREFIX));
  process.env['TMPDIR'] = dir;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch (e) {
      // A folder a test left unreadable to this user: say where, rather than fail a run whose tests passed.
      process.stderr.write(`test/testTempDir.ts: could not remove ${dir}: ${e instanceof Error ? e.message : String(e)}\n`);
    }
  };
}
