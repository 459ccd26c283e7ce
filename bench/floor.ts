// What a whole `build` command cannot go below on this machine, printed beside issue 11's time targets (for
// information, with no target of their own): Node.js starting and stopping with nothing to run, and the same build
// repeated in one process (bench/warmBuild.ts), where nothing is started, loaded or compiled any more. A target under
// the repeated build's time cannot be met by start-up work (bundles, code caches, loading less): only by less work.
// The repeated build runs under Node.js's own V8 settings (inlining on, as suits a long-lived process), not the
// command line's (src/startup/index.ts).
import { spawnSync } from 'node:child_process';

export interface FloorResult {
  name: string;
  seconds: number;
  peakMb: number;
  target: null;
}

const middle = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** `node -e ''`: the median of `runs`. */
export function nodeStart(runs = 5): FloorResult {
  const seconds = Array.from({ length: runs }, () => {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`node -e '' failed (${run.status})`);
    return Number(process.hrtime.bigint() - start) / 1e9;
  });
  return { name: "  Node.js starting and stopping with nothing to run (`node -e ''`, median of 5)", seconds: middle(seconds), peakMb: 0, target: null };
}

/** Every paper of `workbook` built `rounds` times in one process: the median of the builds after the first. */
export function repeatedBuild(workbook: string, label: string, rounds = 5): FloorResult {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/warmBuild.ts', workbook, String(rounds)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`bench/warmBuild.ts ${workbook} failed (${run.status}):\n${run.stderr}`);
  const { ms } = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { ms: number[] };
  return {
    name: `  ${label} built again in the same process, in memory: the work alone (median of builds 2–${rounds}; the first took ${(ms[0]! / 1000).toFixed(2)} s)`,
    seconds: middle(ms.slice(1)) / 1000,
    peakMb: 0,
    target: null,
  };
}
