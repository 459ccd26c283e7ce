// A real `boardpack run` in its own process for the signal tests: says STAGED when a job's files are all written
// under temporary names (none renamed yet), then waits there to be killed. Usage: node --import tsx killableRun.ts CONFIG
import { runCommand } from '../../src/commands/run.js';
import { processIo } from '../../src/commands/io.js';

const config = process.argv[2];
if (config === undefined) throw new Error('usage: killableRun.ts CONFIG');
process.exitCode = await runCommand({ config, concurrency: 1, quiet: true }, processIo, {
  hooks: {
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
