// The command line's commands, and the workbook a command line names, in their own module so the start-up
// (src/startup/index.ts) can know them without loading the command line.
export const COMMANDS = ['validate', 'analyse', 'queries', 'build', 'run'] as const;

/** The first argument of a run's job worker (src/run/pool.ts): the start-up then serves jobs, not a command line. */
export const RUN_WORKER_ARGUMENT = '--boardpack-run-worker';

/** What a build's render thread (src/startup/renderThread.ts) loads the command line's code as: its code cache's name. */
export const RENDER_THREAD_ARGUMENT = '--boardpack-render-thread';

/** The commands that read a scorecard given with --data. */
const READING_COMMANDS = ['validate', 'analyse', 'queries', 'build'];

/** The workbook (.xlsx) a command line reads with --data, before the options are parsed; null where there is none. */
export function workbookArgument(argv: readonly string[]): string | null {
  if (!READING_COMMANDS.includes(argv[0] ?? '')) return null;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') return null;
    const value = arg === '--data' ? argv[i + 1] : arg.startsWith('--data=') ? arg.slice('--data='.length) : undefined;
    if (value !== undefined) return /\.xlsx$/i.test(value) ? value : null;
  }
  return null;
}
