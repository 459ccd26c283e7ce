// Starting the command line (bin/boardpack.js): from its bundle with V8's code cache where the bundle is current,
// else from the modules as built. Node.js 20 has no compile cache of its own (module.enableCompileCache came in 22),
// and resolving, reading and compiling the modules was about a third of a small build.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import vm from 'node:vm';
import { COMMANDS, RENDER_THREAD_ARGUMENT, RUN_WORKER_ARGUMENT, workbookArgument } from '../commandNames.js';
import type { ReadAhead } from '../read/readAhead.js';
import { BUNDLE_FILE, currentBundle } from './bundle.js';
import { cacheFileName, compileCacheDir, readCache, writeCache } from './compileCache.js';
import { knownV8 } from './v8Release.js';

type Main = (argv: string[], io?: undefined, readsAhead?: readonly ReadAhead[]) => Promise<number>;
type ServeRunJobs = (afterFirstJob: () => void) => Promise<void>;
type ServeRenderThread = (afterFirstTask: () => void) => Promise<void>;

export interface CommandLine {
  main: Main;
  /** A run's job worker, served from the same code (src/run/serve.ts). */
  serveRunJobs: ServeRunJobs;
  /** A build's render thread (src/render/renderThread.ts), served from the same code. */
  serveRenderThread: ServeRenderThread;
  /**
   * Where the code came from: the bundle (its code cache used, refused as damaged or made for another V8, absent, or
   * turned off), or the modules as built (and why not the bundle).
   */
  source: { kind: 'bundle'; cache: 'accepted' | 'rejected' | 'none' | 'off' } | { kind: 'modules'; reason: string };
  /** Writes the code cache where there was none or V8 refused it; call after the command, so it holds what ran. */
  saveCache(): void;
}

/** What the command line's code (src/cli.ts) gives the start-up. */
type Entries = Pick<CommandLine, 'main' | 'serveRunJobs' | 'serveRenderThread'>;

/** The command a cache is kept for: each runs other parts of the bundle (a run's job worker, the build's). */
function cacheCommand(argv: readonly string[]): string {
  const first = argv[0] ?? '';
  if (first === RUN_WORKER_ARGUMENT) return 'jobworker';
  if (first === RENDER_THREAD_ARGUMENT) return 'renderthread';
  return (COMMANDS as readonly string[]).includes(first) ? first : 'other';
}

/** The command line's main(), from the bundle where it is current (BOARDPACK_BUNDLE=off: never). */
export async function loadCommandLine(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<CommandLine> {
  const distDir = join(dirname(fileURLToPath(import.meta.url)), '..');
  const bundle = env.BOARDPACK_BUNDLE?.toLowerCase() === 'off' ? { stale: 'BOARDPACK_BUNDLE=off' } : currentBundle(distDir);
  if ('stale' in bundle) {
    const { main, serveRunJobs, serveRenderThread } = (await import('../cli.js')) as Entries;
    return { main, serveRunJobs, serveRenderThread, source: { kind: 'modules', reason: bundle.stale }, saveCache: () => {} };
  }
  const file = join(distDir, BUNDLE_FILE);
  const cacheDir = compileCacheDir(env);
  const cacheName = cacheFileName(bundle.manifest.sha256, cacheCommand(argv));
  const cached = cacheDir === null ? undefined : readCache(cacheDir, cacheName);
  const cachedData = cached ?? undefined;
  // The bundle is CommonJS (esbuild's output): run as Node.js runs a CommonJS module, with its own require.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, {
    filename: file,
    cachedData,
    // The packages left out of the bundle (canvas, Chart.js, exceljs) are imported when first needed.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} as Partial<Entries> };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, distDir);
  const { main, serveRunJobs, serveRenderThread } = module.exports;
  if (typeof main !== 'function' || typeof serveRunJobs !== 'function' || typeof serveRenderThread !== 'function') {
    throw new Error(`${file} exports no main(), serveRunJobs() or serveRenderThread(): rebuild with npm run build`);
  }
  const cache = cacheDir === null ? 'off' : cached === undefined ? 'none' : cached === null || script.cachedDataRejected === true ? 'rejected' : 'accepted';
  return {
    main,
    serveRunJobs,
    serveRenderThread,
    source: { kind: 'bundle', cache },
    saveCache: () => {
      if (cacheDir !== null && (cache === 'none' || cache === 'rejected')) writeCache(cacheDir, cacheName, script.createCachedData());
    },
  };
}

/**
 * Turns off TurboFan's inlining for this process (a command, or a run's job worker), where this V8 has the flag;
 * true when it did. A command lives a second or two, and a run's worker for a few jobs, and compiling optimised code
 * with callees inlined (and compiling it again after each deoptimisation) took more than a core of the 2-core
 * machine beside the main thread: 1.46 s of TurboFan in a 1.3 s sample build, 0.76 s without inlining. Interleaved,
 * whole commands: 100 × 12 `--paper all` 3.51 → 3.04 s and 3.58 → 3.06 s (medians of 5 and 7 rounds, 11 of the 12
 * faster), the sample 1.41 → 1.29 s (7 of 7). The papers are the same bytes: only how V8 compiles changes. Not for
 * the library: a program that imports boardpack keeps its own V8 settings. A release outside the known range
 * (src/startup/v8Release.ts) is left alone, since V8 complains on standard error of a flag it does not know.
 */
export function withoutInlining(v8Version: string = process.versions.v8, setFlags: (flags: string) => void = setFlagsFromString): boolean {
  if (!knownV8(v8Version)) return false;
  setFlags('--no-turbo-inlining');
  return true;
}

/**
 * Runs the command line and returns its exit code; the code cache is written once the command has finished. A
 * workbook named on the command line starts being read (in a worker) first, while the bundle is read and compiled:
 * about a tenth of a second that every command reading a workbook used to wait through.
 */
export async function startCli(argv: string[]): Promise<number> {
  // Before anything is compiled: V8's code cache is checked against the flags, so every command sets the same ones.
  withoutInlining();
  if (argv[0] === RUN_WORKER_ARGUMENT) return serveRunJobs(argv);
  const readsAhead = workbookArgument(argv) === null ? [] : (await import('../read/readAhead.js')).readAheadFor(argv);
  const commandLine = await loadCommandLine(argv);
  const code = await commandLine.main(argv, undefined, readsAhead);
  commandLine.saveCache();
  return code;
}

/**
 * A run's job worker (started by src/run/pool.ts as `bin/boardpack.js --boardpack-run-worker`): served from the
 * bundle as a command is, so each worker compiles from the code cache instead of loading some 250 modules afresh
 * (about 0.7 s of a worker's start). The cache is written once its first job is done, so it holds a job's code.
 */
async function serveRunJobs(argv: readonly string[]): Promise<number> {
  if (process.send === undefined) {
    process.stderr.write(`boardpack: ${RUN_WORKER_ARGUMENT} is how \`boardpack run\` starts its own worker processes, not a command.\nRun \`boardpack --help\` for the commands and options.\n`);
    return 2;
  }
  const commandLine = await loadCommandLine(argv);
  await commandLine.serveRunJobs(() => commandLine.saveCache());
  return 0;
}
