// The V8 settings a run's worker processes start with (src/run/pool.ts): a bounded heap growth and a larger young
// generation always, and no background threads only when the workers already fill every core.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import { WorkerPool, acceptedByNode, workerFlagsFor, workerV8Flags } from '../../src/run/pool.js';

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

describe('workerFlagsFor', () => {
  it.each([
    ['11.3.244.8-node.38', false], // Node.js 20: known, nothing asked
    ['12.4.254.21-node.33', false], // Node.js 22
    ['13.6.233.10-node.28', false], // Node.js 24
    ['10.2.154.26-node.36', true], // older and newer releases: asked of Node.js first
    ['14.0.1', true],
    ['not a version', true],
  ])('V8 %s: asked of Node.js %s', (version, asked) => {
    const questions: (readonly string[])[] = [];
    const refuse = (flags: readonly string[]): readonly string[] => {
      questions.push(flags);
      return [];
    };
    expect(workerFlagsFor(2, 2, version, refuse)).toEqual(asked ? [] : workerV8Flags(2, 2));
    expect(questions).toEqual(asked ? [workerV8Flags(2, 2)] : []);
  });
});

describe('WorkerPool.start', () => {
  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it('starts workers before any job, never more than the pool holds, and close() ends them while idle', async () => {
    const pool = new WorkerPool(2, () => {});
    pool.start(5);
    expect(pool.pids).toHaveLength(2);
    expect(pool.pids.every(alive)).toBe(true);
    await pool.close();
    expect(pool.pids.some(alive)).toBe(false);
  });

  it('starts only as many as asked, and a job goes to a worker already started', async () => {
    const pool = new WorkerPool(2, () => {});
    pool.start(1);
    expect(pool.pids).toHaveLength(1);
    // A scorecard that is not there: the worker answers at once, with the reader's error.
    const job = { name: 'missing', scorecard: '/nonexistent/scorecard.xlsx', output: '/nonexistent', period: 'latest', papers: ['cabinet'], formats: ['pdf' as const], paperConfig: resolveConfig({}), date: null, holdOnQueries: false };
    const outcome = await pool.build({ job, outputRoot: '/nonexistent', limits: { maxUnpackedMb: null, maxRows: null }, reported: {}, fault: null });
    expect(outcome.status).toBe('invalid-input');
    expect(pool.pids).toHaveLength(1);
    await pool.close();
  });
});
