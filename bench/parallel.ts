// Issue 11 item 4: the PDFs in a render thread beside the DOCX files (render/parallel.ts), as `build` does when it
// pays. The same `build --paper all` on the built package, papers staged and published as the command does, with one
// thread and with threads 'auto', in fresh processes, interleaved, median of 3 each; peak RSS is the process's (the
// thread included). For information: the modules run without the command's bundle, code cache and V8 flags, and the
// gain depends on a free second core (V8's compiler and GC threads already use part of it).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeBenchWorkbook } from './workbook.js';

interface Result { name: string; seconds: number; peakMb: number; target: number | null }

/** One build in this process (run as a script): prints the peak RSS in MB. */
async function buildOnce(data: string, out: string, threads: 'one' | 'auto'): Promise<void> {
  const built = <T>(path: string): Promise<T> => import(pathToFileURL(path).href) as Promise<T>;
  const { buildPapers } = await built<typeof import('../src/build.js')>('dist/build.js');
  const { resolveConfig } = await built<typeof import('../src/config.js')>('dist/config.js');
  const { Staging } = await built<typeof import('../src/output.js')>('dist/output.js');
  const staging = new Staging(out, '.');
  const result = await buildPapers({ data, papers: ['all'], formats: ['docx', 'pdf'], config: resolveConfig({}), date: '2017-01-12', stage: () => staging, threads });
  if (result.diagnostics.some((d) => d.severity === 'error')) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  await staging.publish();
  console.log(process.resourceUsage().maxRSS / 1024);
}

function timeBuild(data: string, out: string, threads: 'one' | 'auto'): { seconds: number; peakMb: number } {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/parallel.ts', data, out, threads], { encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0) throw new Error(`bench/parallel.ts ${data} ${threads} failed (${run.status}):\n${run.stderr}`);
  return { seconds, peakMb: Number(run.stdout.trim().split('\n').at(-1)) };
}

export async function parallelBench(dir: string): Promise<Result[]> {
  const hundred = join(dir, 'parallel-100x12.xlsx');
  await writeBenchWorkbook(hundred, 100, 12);
  const results: Result[] = [];
  for (const [label, data] of [['the 6-indicator sample', 'data/sample-scorecard.xlsx'], ['100 indicators × 12 quarters', hundred]] as const) {
    const runs: Record<'one' | 'auto', { seconds: number; peakMb: number }[]> = { one: [], auto: [] };
    for (let i = 0; i < 3; i += 1) for (const threads of ['one', 'auto'] as const) runs[threads].push(timeBuild(data, join(dir, `parallel-out-${threads}-${i}`), threads));
    for (const threads of ['one', 'auto'] as const) {
      const sorted = [...runs[threads]].sort((a, b) => a.seconds - b.seconds);
      const name = `\`build --paper all\`, ${label}, ${threads === 'one' ? 'one thread' : "threads 'auto' (the PDFs in a thread of their own when it pays)"} (median of 3)`;
      results.push({ name, seconds: sorted[1]!.seconds, peakMb: Math.max(...sorted.map((t) => t.peakMb)), target: null });
    }
  }
  return results;
}

const [data, out, threads] = process.argv.slice(2);
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && data !== undefined && out !== undefined && (threads === 'one' || threads === 'auto')) await buildOnce(data, out, threads);
