// `npm run bench`: times the CLI end to end on generated workbooks and checks the targets the issues set.
//   analyse: 1,000 indicators × 12 quarters in under 2 s.
//   build: a 100-indicator paper with 100 charts, DOCX and PDF, in under 3 s, growing linearly with indicators.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeBenchWorkbook } from './workbook.js';

const dir = '.tmp/bench';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

interface Timing { seconds: number; peakMb: number }

function timeCommand(args: string[]): Timing {
  const rssFile = join(dir, 'rss.txt');
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', './bench/report-rss.mjs', 'bin/boardpack.js', ...args], {
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`boardpack ${args.join(' ')} failed (${run.status}):\n${run.stderr}`);
  return { seconds, peakMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

function best(runs: number, args: string[]): Timing {
  const timings = Array.from({ length: runs }, () => timeCommand(args));
  timings.sort((a, b) => a.seconds - b.seconds);
  return { seconds: timings[Math.floor(runs / 2)]!.seconds, peakMb: Math.max(...timings.map((t) => t.peakMb)) };
}

const results: { name: string; seconds: number; peakMb: number; target: number | null }[] = [];

const big = join(dir, 'analyse-1000x12.xlsx');
await writeBenchWorkbook(big, 1000, 12);
results.push({ name: 'analyse 1,000 indicators × 12 quarters (median of 3)', ...best(3, ['analyse', '--data', big, '--json']), target: 2 });

const perIndicator: { n: number; seconds: number }[] = [];
for (const n of [25, 50, 100]) {
  const file = join(dir, `paper-${n}.xlsx`);
  await writeBenchWorkbook(file, n, 8);
  const timing = best(3, ['build', '--data', file, '--paper', 'cabinet', '--format', 'docx,pdf', '--out', join(dir, `out-${n}`), '--date', '2017-01-12']);
  perIndicator.push({ n, seconds: timing.seconds });
  results.push({ name: `build ${n}-indicator paper with ${n} charts, DOCX + PDF (median of 3)`, ...timing, target: n === 100 ? 3 : null });
}

let failed = false;
for (const r of results) {
  const verdict = r.target === null ? '' : r.seconds < r.target ? `  (target < ${r.target} s: met)` : `  (target < ${r.target} s: MISSED)`;
  if (r.target !== null && r.seconds >= r.target) failed = true;
  console.log(`${r.name}: ${r.seconds.toFixed(2)} s, peak ${r.peakMb.toFixed(0)} MB${verdict}`);
}
const [first, , last] = perIndicator;
if (first && last) {
  const marginal = (last.seconds - first.seconds) / (last.n - first.n);
  console.log(`build: ${(marginal * 1000).toFixed(1)} ms per extra indicator (with its chart) ≈ ${(1 / marginal).toFixed(0)} indicators/s; fixed cost ≈ ${(first.seconds - marginal * first.n).toFixed(2)} s`);
}
process.exitCode = failed ? 1 : 0;
