// End-to-end runs in child-process workers: failures stay in their job, previous papers survive, re-runs change nothing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPapers } from '../../src/build.js';
import { runCommand } from '../../src/commands/run.js';
import { ExitCode } from '../../src/diagnostics.js';
import { periodFromLabel } from '../../src/period.js';
import { loadRunConfig } from '../../src/run/config.js';
import type { Manifest } from '../../src/run/manifest.js';
import type { RunHooks } from '../../src/run/runner.js';
import { ageTempFiles, captureIo, RunFixture, snapshot, tempFiles, writeScorecard, type Values } from './helpers.js';

/**
 * A red for three quarters; B red then green (closes in Q3); C red from Q2 (new in Q3); D always green. A's figures
 * differ: one figure three quarters running is a data query (copied forward?), and a queried figure is no exception.
 */
const VALUES: Values = { A: [20, 21, 19], B: [20, 20, 60], C: [60, 20, 20], D: [60, 60, 60] };

async function run(config: string, extra: { job?: string; hooks?: RunHooks } = {}): Promise<{ code: number; out: string[]; err: string[] }> {
  const { out, err, io } = captureIo();
  const code = await runCommand({ config, concurrency: 2, quiet: true, ...(extra.job !== undefined ? { job: extra.job } : {}) }, io, { handleSignals: false, ...(extra.hooks !== undefined ? { hooks: extra.hooks } : {}) });
  return { code, out, err };
}

const manifestAt = (f: RunFixture, period: string): Manifest => JSON.parse(readFileSync(f.path('out', period, 'manifest.json'), 'utf8')) as Manifest;

describe('a run with one broken scorecard among several', () => {
  const f = new RunFixture();
  let config = '';
  beforeAll(async () => {
    await writeScorecard(f.path('cyp.xlsx'), VALUES);
    await writeScorecard(f.path('adults.xlsx'), { D: [60, 60, 60] });
    writeFileSync(f.path('broken.xlsx'), 'this is not a workbook');
    config = f.config({ period: '2016-17 Q3', jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }, { name: 'adults', scorecard: 'adults.xlsx' }, { name: 'broken', scorecard: 'broken.xlsx' }] });
  });

  it('completes the others and exits 1 (invalid input), with every status in the manifest', async () => {
    const { code } = await run(config);
    expect(code).toBe(ExitCode.invalidInput);
    const manifest = manifestAt(f, '2016-17-Q3');
    expect(Object.fromEntries(Object.entries(manifest.jobs).map(([k, v]) => [k, v.status]))).toEqual({ adults: 'ok', broken: 'invalid-input', cyp: 'ok' });
    expect(manifest.jobs['broken']!.errors).toEqual(['error: broken.xlsx: this is not an Excel workbook (.xlsx) or a CSV file']);
    expect(manifest.jobs['cyp']!.files.map((x) => x.name)).toEqual(['cyp/fast-2016-17-Q3.docx', 'cyp/fast-2016-17-Q3.pdf']);
    for (const file of manifest.jobs['cyp']!.files) {
      const onDisk = readFileSync(f.path('out', '2016-17-Q3', file.name));
      expect({ bytes: onDisk.byteLength, sha256: createHash('sha256').update(onDisk).digest('hex') }).toEqual({ bytes: file.bytes, sha256: file.sha256 });
    }
  });

  it('a second identical run changes no byte: papers, manifest and register', async () => {
    const before = snapshot(f.path('out'));
    expect(Object.keys(before)).toContain('exception-register.json');
    const { code } = await run(config);
    expect(code).toBe(ExitCode.invalidInput);
    expect(snapshot(f.path('out'))).toEqual(before);
  });

  it('a worker that throws mid-job fails that job (exit 3, which wins over 1) and leaves its previous papers byte-identical', async () => {
    const before = snapshot(f.path('out'));
    await writeScorecard(f.path('cyp.xlsx'), { ...VALUES, D: [60, 60, 20] });
    const { code } = await run(config, { hooks: { faults: { cyp: { afterFiles: 1 } } } });
    expect(code).toBe(ExitCode.renderFailed);
    const after = snapshot(f.path('out'));
    for (const [path, sha] of Object.entries(before)) if (path.startsWith('2016-17-Q3/cyp/')) expect(after[path]).toBe(sha);
    expect(tempFiles(after)).toEqual([]);
    const entry = manifestAt(f, '2016-17-Q3').jobs['cyp']!;
    expect(entry.status).toBe('render-failed');
    expect(entry.errors[0]).toMatch(/injected fault after 1 rendered files/);
    expect(entry.keptFromLastGoodRun.map((x) => x.name)).toEqual(['cyp/fast-2016-17-Q3.docx', 'cyp/fast-2016-17-Q3.pdf']);
  });

  it('a full disk while writing fails that job and leaves its previous papers and no temporary files', async () => {
    const before = snapshot(f.path('out'));
    const full = (job: string): Promise<void> => (job === 'cyp' ? Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })) : Promise.resolve());
    const { code } = await run(config, { hooks: { beforeRename: full } });
    expect(code).toBe(ExitCode.renderFailed);
    const after = snapshot(f.path('out'));
    for (const [path, sha] of Object.entries(before)) if (path.startsWith('2016-17-Q3/cyp/')) expect(after[path]).toBe(sha);
    expect(tempFiles(after)).toEqual([]);
    expect(manifestAt(f, '2016-17-Q3').jobs['cyp']!.errors).toEqual(['could not put the papers in place: ENOSPC: no space left on device']);
  });

  it('leaves a young temporary file alone: another shard may be writing it now', async () => {
    writeFileSync(f.path('out', '.exception-register.json.4242-7.tmp'), '{');
    await run(config);
    expect(tempFiles(snapshot(f.path('out')))).toEqual(['.exception-register.json.4242-7.tmp']);
  });

  it('removes temporary files a killed run left, at the start of the next', async () => {
    writeFileSync(f.path('out', '2016-17-Q3', 'cyp', '.fast-2016-17-Q3.pdf.999-1.tmp'), 'half a pdf');
    writeFileSync(f.path('out', '.exception-register.json.999-2.tmp'), '{');
    ageTempFiles(f.path('out'));
    const { code } = await run(config);
    expect(code).toBe(ExitCode.invalidInput);
    expect(tempFiles(snapshot(f.path('out')))).toEqual([]);
  });

  it('--job runs one job and keeps the other jobs in the manifest', async () => {
    const before = manifestAt(f, '2016-17-Q3');
    const { code } = await run(config, { job: 'adults' });
    expect(code).toBe(ExitCode.ok);
    expect(manifestAt(f, '2016-17-Q3')).toEqual(before);
  });
});

describe('the exception register across quarters', () => {
  const f = new RunFixture();
  const configFor = (period: string): string => f.config({ period, formats: ['pdf'], jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] }, `run-${period.replace(' ', '-')}.yaml`);

  it('Q2 then Q3: continuing, resolved and new; the paper is told when each was reported; a re-run records nothing twice', async () => {
    await writeScorecard(f.path('cyp.xlsx'), VALUES);
    expect((await run(configFor('2016-17 Q2'))).code).toBe(ExitCode.ok);
    expect(manifestAt(f, '2016-17-Q2').jobs['cyp']!.exceptions.new.map((e) => e.id)).toEqual(['A', 'B']);

    expect((await run(configFor('2016-17 Q3'))).code).toBe(ExitCode.ok);
    const { exceptions } = manifestAt(f, '2016-17-Q3').jobs['cyp']!;
    expect(exceptions.continuing.map((e) => [e.id, e.note])).toEqual([['A', 'reported to the board in 2016-17 Q2; still red']]);
    expect(exceptions.resolved.map((e) => [e.id, e.note])).toEqual([['B', 'returned to green; exception closed']]);
    expect(exceptions.new.map((e) => e.id)).toEqual(['C']);
    const text = execFileSync('pdftotext', [f.path('out', '2016-17-Q3', 'cyp', 'fast-2016-17-Q3.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toMatch(/A reported in 2016-17 Q2/);
    expect(text).toMatch(/B reported in 2016-17 Q2/);

    const register = readFileSync(f.path('out', 'exception-register.json'), 'utf8');
    expect(JSON.parse(register)).toEqual({ version: 1, jobs: { cyp: { periods: { '2016-17 Q2': ['A', 'B'], '2016-17 Q3': ['A', 'C'] } } } });
    const before = snapshot(f.path('out'));
    expect((await run(configFor('2016-17 Q3'))).code).toBe(ExitCode.ok);
    expect(snapshot(f.path('out'))).toEqual(before);
  });
});

describe('guards and `latest`', () => {
  const f = new RunFixture();

  it('refuses a workbook over the configured row limit as invalid input', async () => {
    await writeScorecard(f.path('cyp.xlsx'), VALUES);
    const config = f.config({ period: 'latest', limits: { maxRows: 5 }, jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] }, 'limits.yaml');
    const { code, err } = await run(config);
    expect(code).toBe(ExitCode.invalidInput);
    expect(err.join('\n')).toMatch(/rows, more than the 5 allowed/);
  });

  it('`latest` builds the newest quarter with data', async () => {
    const config = f.config({ period: 'latest', formats: ['docx'], jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] }, 'latest.yaml');
    expect((await run(config)).code).toBe(ExitCode.ok);
    expect(Object.keys(snapshot(f.path('out')))).toContain('2016-17-Q3/cyp/fast-2016-17-Q3.docx');
  });

  it('a bad run config is a usage error (exit 2) naming the field', async () => {
    const config = f.config({ jobs: [{ name: 'Bad Name', scorecard: 'cyp.xlsx', period: 'latest' }] }, 'bad.yaml');
    const { code, err } = await run(config);
    expect(code).toBe(ExitCode.usage);
    expect(err.join('\n')).toMatch(/jobs\.0\.name: must be a simple slug/);
  });

  it('an unknown --job is a usage error', async () => {
    const config = f.config({ period: 'latest', jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] }, 'one.yaml');
    const { code, err } = await run(config, { job: 'adults' });
    expect(code).toBe(ExitCode.usage);
    expect(err.join('\n')).toMatch(/no job named "adults"/);
  });
});

describe('a manifest that cannot be written', () => {
  it('names the file and exits 3, with the papers in place and no internal error', async () => {
    const f = new RunFixture();
    await writeScorecard(f.path('cyp.xlsx'), VALUES);
    const config = f.config({ period: '2016-17 Q3', jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }] });
    mkdirSync(f.path('out', '2016-17-Q3', 'manifest.json'), { recursive: true }); // a folder where the manifest goes
    writeFileSync(f.path('out', '2016-17-Q3', 'manifest.json', 'x'), 'x');
    const { code, err } = await run(config);
    expect(err.join('\n')).toMatch(/manifest\.json/);
    expect(err.join('\n')).not.toMatch(/internal error/);
    expect([ExitCode.usage, ExitCode.renderFailed]).toContain(code);
  });
});

describe('charts in parallel workers', () => {
  it('two workers drawing charts at once give the same bytes as a build in one process', async () => {
    const f = new RunFixture();
    await writeScorecard(f.path('cyp.xlsx'), VALUES);
    await writeScorecard(f.path('adults.xlsx'), { D: [60, 20, 60], E: [30, 40, 50] });
    mkdirSync(f.path('out'));
    const config = f.config({ period: '2016-17 Q3', papers: ['charts'], jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }, { name: 'adults', scorecard: 'adults.xlsx' }] }, 'charts.yaml');
    expect((await run(config)).code).toBe(ExitCode.ok);
    const loaded = await loadRunConfig(config);
    for (const job of loaded.config!.jobs) {
      const direct = await buildPapers({ data: job.scorecard, papers: job.papers, formats: job.formats, config: job.paperConfig, period: periodFromLabel(job.period), exceptionHistory: () => ({}) });
      expect(direct.files.length).toBe(2);
      for (const file of direct.files) {
        const written = readFileSync(join(f.path('out', '2016-17-Q3', job.name), file.name));
        expect(createHash('sha256').update(written).digest('hex'), `${job.name}/${file.name}`).toBe(createHash('sha256').update(file.bytes).digest('hex'));
      }
    }
  });
});
