// `npx tsx bench/jobs.ts [--paper NAME] [--jobs 20] [--indicators 60]`: a month-end run of 20 jobs × 60 indicators
// (DOCX and PDF, a chart per indicator) on one worker and on two, with the whole process tree's peak memory.
//   Targets: two workers finish in under 30 s, peak memory under 1.5 GB, two workers at least 1.6× faster than one;
//   with `--paper all` (520 files), issue 11's: under 10 s and 1 GB.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { pathToFileURL } from 'node:url';
import { writeBenchWorkbook } from './workbook.js';

// The built package (npm run bench builds it), as a scheduler runs it: under tsx every worker would compile TypeScript.
const built = <T>(path: string): Promise<T> => import(pathToFileURL(path).href) as Promise<T>;
const { loadRunConfig } = await built<typeof import('../src/run/config.js')>('dist/run/config.js');
const { silentProgress } = await built<typeof import('../src/run/progress.js')>('dist/run/progress.js');
const { runJobs } = await built<typeof import('../src/run/runner.js')>('dist/run/runner.js');

const { values: flags } = parseArgs({ options: { paper: { type: 'string', default: 'cabinet' }, jobs: { type: 'string', default: '20' }, indicators: { type: 'string', default: '60' } } });
const paper = flags.paper;
const jobCount = Number(flags.jobs);
const indicators = Number(flags.indicators);

const dir = resolve('.tmp/bench-jobs');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

const workbook = join(dir, 'scorecard-0.xlsx');
await writeBenchWorkbook(workbook, indicators, 8);
for (let i = 1; i < jobCount; i++) copyFileSync(workbook, join(dir, `scorecard-${i}.xlsx`));

function configFile(name: string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    stringify({
      outputRoot: name,
      period: '2016-17 Q3',
      papers: [paper],
      formats: ['docx', 'pdf'],
      paperConfig: { council: 'Benchmark Borough Council' },
      jobs: Array.from({ length: jobCount }, (_, i) => ({ name: `directorate-${i + 1}`, scorecard: `scorecard-${i}.xlsx` })),
    }),
  );
  return file;
}

/** Resident memory (KiB) of this process and every process below it, right now. */
function treeRssKb(pid: number = process.pid): number {
  let total = 0;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      for (const child of children === '' ? [] : children.split(' ')) total += treeRssKb(Number(child));
    }
  } catch {
    // A process that ended between listing and reading has no memory to count.
  }
  return total;
}

async function timeRun(workers: number): Promise<{ seconds: number; peakMb: number; files: number }> {
  const loaded = await loadRunConfig(configFile(`workers-${workers}`));
  if (loaded.config === null) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  let peak = treeRssKb();
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssKb())), 100);
  const start = process.hrtime.bigint();
  const report = await runJobs({ config: loaded.config, only: null, concurrency: workers, progress: silentProgress });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  clearInterval(sampler);
  const failed = report.jobs.filter((j) => j.status !== 'ok');
  if (failed.length > 0) throw new Error(`${failed.length} jobs failed: ${failed.map((j) => `${j.name}: ${j.errors.join('; ')}`).join('\n')}`);
  return { seconds, peakMb: peak / 1024, files: report.jobs.reduce((n, j) => n + j.files.length, 0) };
}

const one = await timeRun(1);
const two = await timeRun(2);
const speedup = one.seconds / two.seconds;
const mainPeakMb = process.resourceUsage().maxRSS / 1024;
const checks = [
  { name: `${jobCount} jobs × ${indicators} indicators on 2 workers`, ok: two.seconds < 30, text: `${two.seconds.toFixed(1)} s (target < 30 s)` },
  { name: 'peak memory, whole process tree (sampled every 100 ms)', ok: Math.max(one.peakMb, two.peakMb) < 1536, text: `${Math.max(one.peakMb, two.peakMb).toFixed(0)} MB (target < 1,536 MB; main process alone ${mainPeakMb.toFixed(0)} MB)` },
  { name: 'two workers against one', ok: speedup >= 1.6, text: `${speedup.toFixed(2)}× (${one.seconds.toFixed(1)} s → ${two.seconds.toFixed(1)} s; target ≥ 1.6×)` },
  ...(paper === 'all'
    ? [
        { name: `issue 11: ${jobCount} jobs × ${indicators} indicators, all papers, 2 workers, under 10 s`, ok: two.seconds < 10, text: `${two.seconds.toFixed(1)} s` },
        { name: 'issue 11: and under 1 GB for the whole process tree', ok: two.peakMb < 1024, text: `${two.peakMb.toFixed(0)} MB` },
      ]
    : []),
];
console.log(`paper: ${paper}; ${two.files} files per run`);
for (const c of checks) console.log(`${c.ok ? 'met   ' : 'MISSED'} ${c.name}: ${c.text}`);
process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
