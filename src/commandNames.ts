// The command line's commands, in their own module so the start-up (src/startup/index.ts) can name them without
// loading the command line.
export const COMMANDS = ['validate', 'analyse', 'queries', 'build', 'run'] as const;

/** The first argument of a run's job worker (src/run/pool.ts): the start-up then serves jobs, not a command line. */
export const RUN_WORKER_ARGUMENT = '--boardpack-run-worker';
