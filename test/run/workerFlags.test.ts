// The V8 settings a run's worker processes start with (src/run/pool.ts): a bounded heap growth and a larger young
// generation always, and no background threads only when the workers already fill every core.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { acceptedByNode, workerV8Flags } from '../../src/run/pool.js';

describe('workerV8Flags', () => {
  it.each([
    { size: 1, cores: 1, flags: ['--heap-growing-percent=100', '--max-semi-space-size=64', '--single-threaded'] },
    { size: 1, cores: 2, flags: ['--heap-growing-percent=100', '--max-semi-space-size=64'] },
    { size: 2, cores: 2, flags: ['--heap-growing-percent=100', '--max-semi-space-size=64', '--single-threaded'] },
    { size: 3, cores: 2, flags: ['--heap-growing-percent=100', '--max-semi-space-size=64', '--single-threaded'] },
    { size: 3, cores: 4, flags: ['--heap-growing-percent=100', '--max-semi-space-size=64'] },
    { size: 4, cores: 4, flags: ['--heap-growing-percent=100', '--max-semi-space-size=64', '--single-threaded'] },
  ])('$size workers on $cores cores: $flags', ({ size, cores, flags }) => {
    expect(workerV8Flags(size, cores)).toEqual(flags);
  });

  it('are flags this Node.js accepts, and a worker thread still runs under them', () => {
    // A flag V8 does not know stops node before it runs anything ("bad option"); the workbook reader is a worker thread.
    const script = "const { Worker } = require('node:worker_threads'); new Worker('require(\"node:worker_threads\").parentPort.postMessage(6 * 7)', { eval: true }).on('message', (m) => { console.log(m); process.exit(0); });";
    const run = spawnSync(process.execPath, [...workerV8Flags(2, 2), '-e', script], { encoding: 'utf8' });
    expect({ status: run.status, stdout: run.stdout.trim(), stderr: run.stderr }).toEqual({ status: 0, stdout: '42', stderr: '' });
  });

  it('are dropped, all of them, if this Node.js does not start with them; kept if it does', () => {
    expect(acceptedByNode(['--heap-growing-percent=100', '--no-such-v8-flag-in-any-node'])).toEqual([]);
    expect(acceptedByNode(workerV8Flags(2, 2))).toEqual(workerV8Flags(2, 2));
    expect(acceptedByNode([])).toEqual([]);
  });
});
