// A real `boardpack run` in its own process for the signal tests. Without BOARDPACK_TEST_KILL_AT: says STAGED when a
// job's files are all written under temporary names (none renamed yet), then waits there to be killed. With
// BOARDPACK_TEST_KILL_AT=POINT (`journalled`, `renamed 1`, `published`, `recorded`: see RunHooks.publishPoint): kills
// itself with SIGKILL when a job's publish reaches that point, as a power cut would.
// Usage: node --import tsx killableRun.ts CONFIG
import { runCommand } from '../../src/commands/run.js';
import { processIo } from '../../src/commands/io.js';

const config = process.argv[2];
if (config === undefined) throw new Error('usage: killableRun.ts CONFIG');
const killAt = process.env['BOARDPACK_TEST_KILL_AT'];
process.exitCode = await runCommand({ config, concurrency: 1, quiet: true }, processIo, {
  hooks:
    killAt !== undefined
      ? {
          publishPoint: async (_job, point) => {
            if (point === killAt) process.kill(process.pid, 'SIGKILL');
          },
        }
      : {
          beforeRename: (_job, signal) =>
            new Promise<void>((resolve) => {
              process.stdout.write('STAGED\n');
              const timer = setTimeout(resolve, 60_000);
              signal?.addEventListener('abort', () => {
                clearTimeout(timer);
                resolve();
              });
            }),
        },
});
