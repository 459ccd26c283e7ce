// Test support for runs: small scorecards written with exceljs, a fast template folder, a run config, file hashes.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { stringify } from 'yaml';

/** The quarters every test scorecard covers, oldest first. */
export const QUARTERS = ['2016-17 Q1', '2016-17 Q2', '2016-17 Q3'] as const;

/** Per indicator, its values in QUARTERS order against a target of 50 (higher is better): 20 is red, 60 green. */
export type Values = Record<string, (number | null)[]>;

export async function writeScorecard(file: string, values: Values): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2017, 0, 1));
  wb.modified = wb.created;
  const meta = wb.addWorksheet('Indicators');
  meta.addRow(['ID', 'Title', 'Theme', 'Polarity', 'Unit', 'Target']);
  const sheet = wb.addWorksheet('Values');
  sheet.addRow(['ID', 'Period', 'Value']);
  for (const [id, series] of Object.entries(values)) {
    meta.addRow([id, `Indicator ${id}`, 'Test theme', 'higher', 'percent', 50]);
    series.forEach((v, i) => sheet.addRow([id, QUARTERS[i], v]));
  }
  await wb.xlsx.writeFile(file);
  return file;
}

/** A paper with no charts (quick to render) that prints the exception history it was given. */
export const FAST_TEMPLATE = `---
title: Test paper {{period}}
---
# Summary for {{period}}

{{#each indicators}}
- {{title}}: {{ragLabel this}}
{{/each}}

# Reported before

{{#each exceptionHistory}}
- {{@key}} reported in {{#each this}}{{this}} {{/each}}
{{/each}}
`;

/** The same paper with a trend chart per indicator (for the canvas-in-workers check). */
export const CHART_TEMPLATE = `---
title: Chart paper {{period}}
---
# Trends

{{#each indicators}}
## {{title}}

{{chart "trend" id=id}}

{{/each}}
`;

export class RunFixture {
  readonly dir = mkdtempSync(join(tmpdir(), 'boardpack-run-'));
  readonly templates = join(this.dir, 'templates');
  constructor() {
    mkdirSync(this.templates);
    writeFileSync(join(this.templates, 'fast.md.hbs'), FAST_TEMPLATE);
    writeFileSync(join(this.templates, 'charts.md.hbs'), CHART_TEMPLATE);
  }
  path(...parts: string[]): string {
    return join(this.dir, ...parts);
  }
  /** Writes run.yaml; `jobs` entries are merged over `{papers: [fast], formats: [docx, pdf]}`. */
  config(run: Record<string, unknown>, name = 'run.yaml'): string {
    const file = this.path(name);
    writeFileSync(file, stringify({ outputRoot: 'out', papers: ['fast'], formats: ['docx', 'pdf'], paperConfig: { council: 'Test Council', templates: 'templates' }, ...run }));
    return file;
  }
}

/** Every file under `dir` (relative path → sha256), temporary ones included so tests can see them. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

export const tempFiles = (snap: Record<string, string>): string[] => Object.keys(snap).filter((p) => (p.split('/').at(-1) ?? '').startsWith('.') && p.endsWith('.tmp'));

/** The processes this one started that are still there (Linux's /proc): a run's workers, before they are ended. */
export function childPids(): number[] {
  return readdirSync('/proc/self/task').flatMap((task) =>
    readFileSync(`/proc/self/task/${task}/children`, 'utf8')
      .trim()
      .split(' ')
      .filter((pid) => pid !== '')
      .map(Number),
  );
}

/** Collects what a command prints. */
export function captureIo(): { out: string[]; err: string[]; io: { out: (t: string) => void; err: (t: string) => void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t) => out.push(t), err: (t) => err.push(t) } };
}

/** Makes every temporary file below `dir` look as old as one a killed run left an hour ago. */
export function ageTempFiles(dir: string): void {
  const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
  for (const path of tempFiles(snapshot(dir))) utimesSync(join(dir, path), anHourAgo, anHourAgo);
}

/** Runs the config in a child process (killableRun.ts) that SIGKILLs itself when a job's publish reaches `point`. */
export function runKilledAt(config: string, point: string): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./killableRun.ts', import.meta.url)), config], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      env: { ...process.env, BOARDPACK_TEST_KILL_AT: point },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => resolve({ signal, stderr }));
  });
}
