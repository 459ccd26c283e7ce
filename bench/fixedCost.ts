// Fixed cost (issue 11 item 3) and the large analyse (item 2), for `npm run bench`: whole commands of the built package,
// each the median of several fresh processes, with CPU time beside wall time (the machine is shared: load is printed),
// and the packages each command loaded, so a command that loads a renderer it does not need shows it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { writeBenchWorkbook } from './workbook.js';

export interface FixedCostResult {
  name: string;
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  /** Seconds the issue sets, or null where only what it loads is checked. */
  target: number | null;
  /** Packages the command must not load, and did. */
  unwanted: string[];
}

const RENDERERS = ['canvas', 'chartjs-node-canvas', 'chart.js', 'pdfkit', 'docx', 'fontkit'];

interface Run {
  seconds: number;
  cpuSeconds: number;
  peakMb: number;
  packages: string[];
}

/** One fresh `node` process running `args`, preloaded with the RSS and package reporters. */
function runOnce(dir: string, args: string[], env: Record<string, string> = {}): Run {
  const rssFile = join(dir, 'fixed-rss.txt');
  const packagesFile = join(dir, 'fixed-packages.txt');
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', './bench/report-rss.mjs', '--import', './bench/loaded-packages.mjs', ...args], {
    env: { ...process.env, BENCH_RSS_FILE: rssFile, BENCH_PACKAGES_FILE: packagesFile, ...env },
    encoding: 'utf8',
    // Only the time matters; analyse --json prints megabytes.
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed (${run.status}):\n${run.stderr}`);
  return { seconds, cpuSeconds: childCpuSeconds(), peakMb: Number(readFileSync(rssFile, 'utf8')) / 1024, packages: readFileSync(packagesFile, 'utf8').split('\n').filter(Boolean) };
}

let lastChildCpu = 0;
/** CPU seconds (user + system) used by the children waited for since the last call, from /proc/self/stat's cutime and cstime. */
function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(fields[13]) + Number(fields[14]);
  const total = ticks / 100;
  const used = total - lastChildCpu;
  lastChildCpu = total;
  return used;
}

/**
 * The median of `runs` fresh processes with a code cache folder of their own, after one run not counted (it writes
 * the command line's code cache, as a user's first command after installing does). The packages are those of one
 * more run with the command line's bundle off (BOARDPACK_BUNDLE=off): from the bundle nothing passes Node.js's
 * module loader, so nothing would show.
 */
function median(dir: string, runs: number, args: string[]): Run {
  const cache = { BOARDPACK_COMPILE_CACHE: mkdtempSync(join(dir, 'compile-cache-')) };
  runOnce(dir, args, cache);
  const modules = runOnce(dir, args, { BOARDPACK_BUNDLE: 'off' });
  childCpuSeconds();
  const timings = Array.from({ length: runs }, () => runOnce(dir, args, cache));
  const middle = <T>(values: T[], key: (v: T) => number): number => values.map(key).sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return {
    seconds: middle(timings, (t) => t.seconds),
    cpuSeconds: middle(timings, (t) => t.cpuSeconds),
    peakMb: Math.max(...timings.map((t) => t.peakMb)),
    packages: [...new Set([...modules.packages, ...timings.flatMap((t) => t.packages)])].sort(),
  };
}

function result(name: string, run: Run, target: number | null, forbidden: readonly string[]): FixedCostResult {
  return { name, seconds: run.seconds, cpuSeconds: run.cpuSeconds, peakMb: run.peakMb, target, unwanted: forbidden.filter((p) => run.packages.includes(p)) };
}

/** The 6-indicator `--paper all` build (DOCX + PDF), `--format pdf` alone, and `validate`: whole commands. */
export function smallBuild(dir: string, runs = 5): FixedCostResult[] {
  const data = ['--data', 'data/sample-scorecard.xlsx', '--config', 'data/boardpack.config.yaml'];
  const all = median(dir, runs, ['bin/boardpack.js', 'build', ...data, '--paper', 'all', '--format', 'docx,pdf', '--out', join(dir, 'fixed-all'), '--date', '2010-01-12']);
  const pdf = median(dir, runs, ['bin/boardpack.js', 'build', ...data, '--paper', 'all', '--format', 'pdf', '--out', join(dir, 'fixed-pdf'), '--date', '2010-01-12']);
  const validate = median(dir, runs, ['bin/boardpack.js', 'validate', ...data]);
  return [
    result('build --paper all, 6 indicators (sample scorecard), DOCX + PDF, whole command', all, 1, []),
    result('  the same, --format pdf only (must not load docx)', pdf, 1, ['docx']),
    result('validate the sample scorecard (must load no renderer)', validate, null, RENDERERS),
  ];
}

/** `import('boardpack')`: the light library entry, in a fresh process. */
export function libraryImport(dir: string, runs = 5): FixedCostResult {
  const run = median(dir, runs, ['--input-type=module', '-e', "await import('boardpack');"]);
  return result("import('boardpack'), whole process (must load no renderer, template engine or workbook parser)", run, null, [...RENDERERS, 'handlebars', 'exceljs', 'yargs']);
}

/** `analyse --json` of 1,000 indicators × 12 quarters: the fast workbook reader, and no renderer loaded. */
export async function largeAnalyse(dir: string, runs = 3): Promise<FixedCostResult> {
  const file = join(dir, 'fixed-analyse-1000x12.xlsx');
  await writeBenchWorkbook(file, 1000, 12);
  const run = median(dir, runs, ['bin/boardpack.js', 'analyse', '--data', file, '--json']);
  return result('analyse --json, 1,000 indicators × 12 quarters, whole command', run, 1, RENDERERS);
}

/** Prints each result against its target; true when all are met. */
export function reportFixedCost(results: readonly FixedCostResult[]): boolean {
  const [one, five] = loadavg();
  console.log(`fixed cost (load average ${one!.toFixed(1)}, ${five!.toFixed(1)} over 5 min; wall time is the median, CPU is user + system of the whole process):`);
  let met = true;
  for (const r of results) {
    const ok = (r.target === null || r.seconds <= r.target) && r.unwanted.length === 0;
    met &&= ok;
    const target = r.target === null ? 'loads nothing unwanted' : `target ≤ ${r.target} s`;
    const loaded = r.unwanted.length === 0 ? '' : `; loaded ${r.unwanted.join(', ')}`;
    console.log(`  ${r.name}: ${r.seconds.toFixed(2)} s (CPU ${r.cpuSeconds.toFixed(2)} s), peak ${r.peakMb.toFixed(0)} MB  (${target}: ${ok ? 'met' : 'MISSED'}${loaded})`);
  }
  return met;
}
