// The command line's commands, in their own module so the start-up (src/startup/index.ts) can name them without
// loading the command line.
export const COMMANDS = ['validate', 'analyse', 'queries', 'build', 'run'] as const;
