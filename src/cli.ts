// The command line: yargs maps flags onto the commands; main() returns the exit code instead of exiting.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { exitCodeFor } from './diagnostics.js';
import { processIo, type CommandIo } from './commands/io.js';
import { PAPERS_HELP } from './papers.js';
import { nearest } from './nearest.js';
import { packageRoot } from './paths.js';
import { COMMANDS } from './commandNames.js';
import type { ReadAhead } from './read/readAhead.js';

/** The version in boardpack's own package.json, wherever it is installed. */
export function packageVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8'));
  const version = typeof manifest === 'object' && manifest !== null && 'version' in manifest ? manifest.version : undefined;
  return typeof version === 'string' ? version : 'unknown';
}

/** A first word that is no command (`buidl`), said as such with the nearest command, before yargs reads options. */
function unknownCommand(argv: readonly string[]): string | null {
  const first = argv[0];
  if (first === undefined || first.startsWith('-') || (COMMANDS as readonly string[]).includes(first)) return null;
  const near = nearest(first, COMMANDS);
  return `Unknown command '${first}'${near === null ? '.' : `: did you mean ${near}?`} The commands are ${COMMANDS.join(', ')}.`;
}

/** A value as it would be typed again: quoted when the shell would split it. */
const asTyped = (value: string): string => (/^[\w./\\:@+-]+$/.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`);

/**
 * What to say of a word yargs did not expect. An option (`--dta`) gets the nearest the command knows; a bare word
 * (`build scorecard.xlsx`) is a value without its option: a workbook is shown with --data, a config file with --config.
 */
function unknownArgument(name: string, known: readonly string[], argv: readonly string[]): string {
  const command = argv[0] ?? '';
  if (!name.startsWith('-') && argv.slice(1).includes(name)) {
    if (known.includes('data') && /\.(xlsx|xlsm|csv)$/i.test(name)) return `Unexpected argument ${asTyped(name)}: the scorecard is given with --data, as in: boardpack ${command} --data ${asTyped(name)}`;
    if (known.includes('config') && /\.(ya?ml|json)$/i.test(name)) return `Unexpected argument ${asTyped(name)}: the config file is given with --config, as in: boardpack ${command} --config ${asTyped(name)}`;
    return `Unexpected argument ${asTyped(name)}: each value follows the option it belongs to (--out FOLDER, --period "2016-17 Q3")`;
  }
  const options = known.filter((k) => k.length > 1 && k !== '$0' && k !== '_');
  const near = nearest(name, options);
  return `Unknown option --${name}${near === null ? '' : `: did you mean --${near}?`}`;
}

/** `Unknown argument: dta` → `Unknown option --dta: did you mean --data?`, from the options the command knows. */
function withNearestOptions(message: string, known: readonly string[], argv: readonly string[]): string {
  const unknown = /^Unknown arguments?: (.+)$/.exec(message)?.[1];
  if (unknown === undefined) return message;
  return unknown
    .split(', ')
    .map((name) => unknownArgument(name, known, argv))
    .join('; ');
}

/**
 * yargs lays out the chosen command's whole help text after its handler has run, in case a later failure must show it
 * (about 20 ms of every command, with string-width's Unicode tables loaded for it). boardpack never shows help then:
 * a usage error is one line, and `--help` is answered before any handler. So that layout is not done.
 */
function withoutHelpAfterCommands(parser: unknown): void {
  const usage = (parser as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: unknown } } }).getInternalMethods?.().getUsageInstance?.();
  if (usage !== undefined && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}

/**
 * A run's job worker (src/run/serve.ts), for the start-up to serve from this bundle: loaded only when called, so a
 * command never loads it.
 */
export async function serveRunJobs(afterFirstJob: () => void): Promise<void> {
  (await import('./run/serve.js')).serveJobs(afterFirstJob);
}

/** A build's render thread (src/render/renderThread.ts), for the start-up to serve from this bundle, as serveRunJobs. */
export async function serveRenderThread(afterFirstTask: () => void): Promise<void> {
  (await import('./render/renderThread.js')).serveRenderTasks(afterFirstTask);
}

export async function main(argv: string[], io: CommandIo = processIo, readsAhead: readonly ReadAhead[] = []): Promise<number> {
  if (argv.includes('--version') || argv.includes('-v')) {
    io.out(packageVersion());
    return exitCodeFor(null);
  }
  const unknown = unknownCommand(argv);
  if (unknown !== null) {
    io.err(`boardpack: ${unknown}`);
    io.err('Run `boardpack --help` for the commands and options.');
    return exitCodeFor('usage');
  }
  // A workbook is read ahead, in a worker, while the command line and the command load; the start-up may have begun
  // reading it already, before this bundle was compiled.
  const ahead = await import('./read/readAhead.js');
  ahead.adoptReadsAhead(readsAhead);
  ahead.readAheadFor(argv);
  const { default: yargs } = await import('yargs');
  // Handlers only choose the command; it runs after parsing, so an unknown option stops it before it starts.
  let command = null as (() => Promise<number>) | null;
  let usageError: string | null = null;
  // The options of the command being read, for suggesting the one a mistyped option meant (yargs knows them once parsing).
  const knownOptions = (): string[] => Object.keys((parser as unknown as { getOptions(): { key: Record<string, unknown> } }).getOptions().key);
  const parser = yargs(argv)
    .scriptName('boardpack')
    .usage('$0 <command> [options]\n\nTurns a council performance scorecard into board papers (DOCX and PDF).')
    .command(
      'validate',
      'Check a scorecard workbook and report every problem with its sheet and cell',
      (y) =>
        y
          .option('data', { type: 'string', demandOption: true, describe: 'Scorecard workbook (.xlsx) or .csv' })
          .option('config', { type: 'string', describe: 'boardpack.config.json or .yaml (its measureType is the default measure type)' })
          .option('area', { type: 'string', describe: 'In a long open-data file with one row per area: the council whose rows to read (name or code)' }),
      (args) => {
        command = async () => (await import('./commands/validate.js')).validateCommand({ data: args.data, config: args.config, area: args.area }, io);
      },
    )
    .command(
      'analyse',
      'Compute change, direction of travel, RAG status and exceptions for a quarter',
      (y) =>
        y
          .option('data', { type: 'string', demandOption: true, describe: 'Scorecard workbook (.xlsx) or .csv' })
          .option('period', { type: 'string', describe: 'Report period, e.g. 2016-17 Q3 (default: the latest with data)' })
          .option('config', { type: 'string', describe: 'boardpack.config.json or .yaml (its measureType and exception threshold apply)' })
          .option('area', { type: 'string', describe: 'In a long open-data file with one row per area: the council whose rows to read (name or code)' })
          .option('threshold', { type: 'number', describe: 'Consecutive red quarters that make an exception (default 2)' })
          .check((args) => {
            const ok = args.threshold === undefined || (Number.isInteger(args.threshold) && args.threshold >= 1);
            return ok || '--threshold takes a whole number of quarters, 1 or more';
          })
          .option('json', { type: 'boolean', default: false, describe: 'One JSON object on stdout' }),
      (args) => {
        command = async () =>
          (await import('./commands/analyse.js')).analyseCommand({ data: args.data, period: args.period, json: args.json, exceptionThreshold: args.threshold, config: args.config, area: args.area }, io);
      },
    )
    .command(
      'build',
      'Build papers (DOCX and PDF) from a scorecard',
      (y) =>
        y
          .option('data', { type: 'string', demandOption: true, describe: 'Scorecard workbook (.xlsx) or .csv' })
          .option('paper', { type: 'string', default: 'all', describe: PAPERS_HELP })
          .option('format', { type: 'string', default: 'docx,pdf', describe: 'docx, pdf or both, comma-separated' })
          .option('out', { type: 'string', default: 'out', describe: 'Output folder' })
          .option('period', { type: 'string', describe: 'Report period, e.g. 2016-17 Q3 (default: the latest with data)' })
          .option('config', { type: 'string', describe: 'boardpack.config.json or .yaml with the meeting details' })
          .option('area', { type: 'string', describe: 'In a long open-data file with one row per area: the council whose rows to read (name or code)' })
          .option('templates', { type: 'string', describe: "A council's own templates folder (overrides the built-in templates)" })
          .option('date', { type: 'string', describe: "The papers' date, YYYY-MM-DD (default: the meeting date in the config, else the end of the quarter)" })
          .option('emit', { type: 'string', choices: ['analysis', 'model'] as const, describe: 'Also write the intermediate stage as JSON, for checking' }),
      (args) => {
        const options = {
          data: args.data,
          paper: args.paper,
          format: args.format,
          out: args.out,
          period: args.period,
          config: args.config,
          templates: args.templates,
          date: args.date,
          emit: args.emit,
          area: args.area,
        };
        command = async () => (await import('./commands/build.js')).buildCommand(options, io);
      },
    )
    .command(
      'queries',
      'List the data queries for service leads: figures to check before the papers state them',
      (y) =>
        y
          .option('data', { type: 'string', demandOption: true, describe: 'Scorecard workbook (.xlsx) or .csv' })
          .option('out', { type: 'string', describe: 'Write the list to this .xlsx or .csv file (default: print it)' })
          .option('period', { type: 'string', describe: 'Report period, e.g. 2016-17 Q3 (default: the latest with data)' })
          .option('config', { type: 'string', describe: 'boardpack.config.json or .yaml (its queries.confirmed list applies)' })
          .option('area', { type: 'string', describe: 'In a long open-data file with one row per area: the council whose rows to read (name or code)' }),
      (args) => {
        const options = { data: args.data, out: args.out, period: args.period, config: args.config, area: args.area };
        command = async () => (await import('./commands/queries.js')).queriesCommand(options, io);
      },
    )
    .command(
      'run',
      'Build every job in a run config (month-end runs): parallel workers, atomic writes, a manifest and an exception register',
      (y) =>
        y
          .option('config', { type: 'string', demandOption: true, describe: 'Run config (.yaml or .json) listing the jobs' })
          .option('job', { type: 'string', describe: 'Run only this job (to shard jobs across machines)' })
          .option('concurrency', { type: 'number', describe: 'Jobs built at once (default: the number of cores)' })
          .option('json', { type: 'boolean', default: false, describe: 'A machine-readable summary on stdout' })
          .option('quiet', { type: 'boolean', default: false, describe: 'Print only failures' }),
      (args) => {
        const options = { config: args.config, job: args.job, concurrency: args.concurrency, json: args.json, quiet: args.quiet };
        command = async () => (await import('./commands/run.js')).runCommand(options, io);
      },
    )
    .demandCommand(1, `Name a command: ${COMMANDS.join(', ')}.`)
    .strict()
    .help()
    .version(false)
    .option('version', { alias: 'v', type: 'boolean', describe: 'Show the version of boardpack' })
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((message, err) => {
      // yargs reports its own usage problems as a YError (a failed .check may come as its bare message); a real Error is a bug.
      const reported: unknown = err;
      if (reported instanceof Error && reported.name !== 'YError') throw reported;
      const said = message ?? (reported instanceof Error ? reported.message : String(reported ?? 'the command line could not be read'));
      usageError = withNearestOptions(said, knownOptions(), argv);
    });

  withoutHelpAfterCommands(parser);
  try {
    await parser.parseAsync();
    if (usageError !== null) {
      io.err(`boardpack: ${usageError}`);
      io.err('Run `boardpack --help` for the commands and options.');
      return exitCodeFor('usage');
    }
    return command === null ? exitCodeFor(null) : await command();
  } catch (e) {
    io.err(`boardpack: internal error: ${e instanceof Error ? e.message : String(e)}`);
    io.err('This is a bug in boardpack; please report it with the command you ran.');
    return exitCodeFor('internal');
  }
}
