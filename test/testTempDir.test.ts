// The tests' temporary files go under the test run's own folder (test/testTempDir.ts), in this process and in the
// child processes it starts, so a test run leaves nothing behind.
import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { TEST_TEMP_PREFIX } from './testTempDir.js';

describe('the test run’s temporary folder', () => {
  it('is where this test file and the processes it starts make their temporary files', () => {
    expect(basename(tmpdir())).toMatch(new RegExp(`^${TEST_TEMP_PREFIX}`));
    const child = execFileSync(process.execPath, ['-e', 'process.stdout.write(require("node:os").tmpdir())'], { encoding: 'utf8' });
    expect(child).toBe(tmpdir());
    expect(basename(dirname(tmpdir()))).not.toMatch(new RegExp(`^${TEST_TEMP_PREFIX}`));
  });
});
