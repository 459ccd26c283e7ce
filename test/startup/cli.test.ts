// The `boardpack` command started from its bundle (src/startup/index.ts, scripts/bundle-cli.mjs) does what the
// modules as built do, byte for byte: the built-in papers, a run's papers from its worker processes, a workbook of
// data queries (exceljs, left out of the bundle), the help; and its code cache is written once, then used.
// `npm test` builds dist/ and the bundle first (scripts/bootstrap.sh).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { RunFixture, snapshot, writeScorecard } from '../run/helpers.js';
import { writeBenchWorkbook } from '../../bench/workbook.js';

const root = join(import.meta.dirname, '../..');
let scratch: string;
let cache: string;

interface Started {
  status: number | null;
  stdout: string;
  stderr: string;
  /** Where the code came from, as src/startup/index.ts says. */
  source: unknown;
}

/** `boardpack <argv>` as bin/boardpack.js runs it, saying where its code came from. */
function start(argv: string[], env: Record<string, string> = {}, nodeFlags: string[] = []): Started {
  const script = `import { loadCommandLine } from ${JSON.stringify(join(root, 'dist/startup/index.js'))};
const argv = JSON.parse(process.env.ARGV);
const commandLine = await loadCommandLine(argv);
process.exitCode = await commandLine.main(argv);
commandLine.saveCache();
process.stderr.write('\\nsource: ' + JSON.stringify(commandLine.source) + '\\n');`;
  const run = spawnSync(process.execPath, [...nodeFlags, '--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ARGV: JSON.stringify(argv), BOARDPACK_COMPILE_CACHE: cache, ...env },
  });
  const lines = run.stderr.trimEnd().split('\n');
  const last = lines.pop() ?? '';
  if (!last.startsWith('source: ')) throw new Error(`the command did not finish:\n${run.stderr}`);
  return { status: run.status, stdout: run.stdout, stderr: lines.join('\n').trimEnd(), source: JSON.parse(last.slice('source: '.length)) as unknown };
}

const MODULES = { BOARDPACK_BUNDLE: 'off' };

/** A workbook of 100 indicators: its cabinet paper alone holds more than MIN_FIGURES_FOR_THREAD figures. */
let hundred: Promise<string> | undefined;
function hundredIndicators(): Promise<string> {
  hundred ??= (async () => {
    const data = join(scratch, 'hundred.xlsx');
    await writeBenchWorkbook(data, 100, 4);
    return data;
  })();
  return hundred;
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'boardpack-startup-'));
  cache = join(scratch, 'cache');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the command line from its bundle', () => {
  it('writes its code cache after the first command, and compiles from it after', () => {
    const argv = ['validate', '--data', 'data/sample-scorecard.xlsx'];
    const first = start(argv);
    expect(first.source).toEqual({ kind: 'bundle', cache: 'none' });
    expect(readdirSync(cache)).toEqual([expect.stringMatching(/-validate\.v8cache$/)]);
    const second = start(argv);
    expect(second.source).toEqual({ kind: 'bundle', cache: 'accepted' });
    expect(second).toMatchObject({ status: first.status, stdout: first.stdout, stderr: first.stderr });
    // A cache made under other V8 flags is refused by V8; the command runs all the same, and writes one for itself.
    expect(start(argv, {}, ['--max-semi-space-size=32'])).toMatchObject({ source: { kind: 'bundle', cache: 'rejected' }, status: first.status, stdout: first.stdout });
    expect(start(argv, {}, ['--max-semi-space-size=32']).source).toEqual({ kind: 'bundle', cache: 'accepted' });
    expect(start(argv).source).toEqual({ kind: 'bundle', cache: 'rejected' });
    // A damaged cache (V8 would crash on it) is refused before V8 sees it, and written again.
    const [name] = readdirSync(cache);
    const data = readFileSync(join(cache, name!));
    data.fill(7, 64, 4096);
    writeFileSync(join(cache, name!), data);
    expect(start(argv)).toMatchObject({ source: { kind: 'bundle', cache: 'rejected' }, status: first.status, stdout: first.stdout });
    expect(start(argv).source).toEqual({ kind: 'bundle', cache: 'accepted' });
    expect(start(argv, { BOARDPACK_COMPILE_CACHE: 'off' }).source).toEqual({ kind: 'bundle', cache: 'off' });
    expect(start(argv, MODULES).source).toEqual({ kind: 'modules', reason: 'BOARDPACK_BUNDLE=off' });
  });

  it('runs with TurboFan inlining off, as its code cache shows: V8 keys a cache by the flags it was made under', () => {
    const own = join(scratch, 'inlining-cache');
    const argv = ['validate', '--data', 'data/sample-scorecard.xlsx'];
    // The command as bin/boardpack.js runs it, which writes its cache in a folder of its own.
    const command = (): number | null => spawnSync(process.execPath, ['bin/boardpack.js', ...argv], { cwd: root, env: { ...process.env, BOARDPACK_COMPILE_CACHE: own } }).status;
    expect(command()).toBe(0);
    expect(readdirSync(own)).toEqual([expect.stringMatching(/-validate\.v8cache$/)]);
    // The command's cache is V8's under --no-turbo-inlining: refused without the flag, taken with it.
    expect(start(argv, { BOARDPACK_COMPILE_CACHE: own }).source).toEqual({ kind: 'bundle', cache: 'rejected' });
    rmSync(own, { recursive: true });
    expect(command()).toBe(0);
    expect(start(argv, { BOARDPACK_COMPILE_CACHE: own }, ['--no-turbo-inlining']).source).toEqual({ kind: 'bundle', cache: 'accepted' });
  });

  it('builds every built-in paper, DOCX and PDF, to the same bytes as the modules', () => {
    const build = (out: string, env: Record<string, string> = {}): Started =>
      start(['build', '--data', 'data/sample-scorecard.xlsx', '--config', 'data/boardpack.config.yaml', '--paper', 'all', '--format', 'docx,pdf', '--date', '2010-01-12', '--out', join(scratch, out)], env);
    const bundled = build('bundle');
    const modules = build('modules', MODULES);
    expect(bundled.source).toMatchObject({ kind: 'bundle' });
    expect({ ...bundled, stdout: bundled.stdout.replaceAll('/bundle/', '/x/'), source: null }).toEqual({ ...modules, stdout: modules.stdout.replaceAll('/modules/', '/x/'), source: null });
    expect(readdirSync(join(scratch, 'bundle'))).toHaveLength(10);
    expect(snapshot(join(scratch, 'bundle'))).toEqual(snapshot(join(scratch, 'modules')));
  });

  it("renders a big build's PDFs in a render thread started from the bundle, which ends by itself once its cache is written", async () => {
    // 100 indicators: the cabinet paper alone has over MIN_FIGURES_FOR_THREAD figures, so the PDF goes to the thread,
    // and with one paper the thread writes its code cache just before the build is done: it must not be cut short.
    const data = await hundredIndicators();
    const build = (out: string, env: Record<string, string> = {}): Started =>
      start(['build', '--data', data, '--paper', 'cabinet', '--format', 'docx,pdf', '--date', '2017-01-12', '--out', join(scratch, out)], env);
    const bundled = build('hundred-bundle');
    expect(bundled).toMatchObject({ status: 0, source: { kind: 'bundle' } });
    expect(readdirSync(cache)).toContainEqual(expect.stringMatching(/-renderthread\.v8cache$/));
    const modules = build('hundred-modules', MODULES);
    expect(modules.status).toBe(0);
    expect(readdirSync(join(scratch, 'hundred-bundle'))).toHaveLength(2);
    expect(snapshot(join(scratch, 'hundred-bundle'))).toEqual(snapshot(join(scratch, 'hundred-modules')));
  });

  it('ends a render thread started while composing when a template error stops the build, instead of hanging', async () => {
    // The cabinet paper is composed first and starts the thread; the exception reports' template then fails.
    const templates = join(scratch, 'broken-templates');
    mkdirSync(templates, { recursive: true });
    writeFileSync(join(templates, 'exception-report.md.hbs'), '# {{#if}}\n');
    const config = join(scratch, 'broken-templates.yaml');
    writeFileSync(config, `templates: ${JSON.stringify(templates)}\n`);
    const argv = ['build', '--data', await hundredIndicators(), '--config', config, '--paper', 'all', '--date', '2017-01-12', '--out', join(scratch, 'broken-out')];
    const run = spawnSync(process.execPath, [join(root, 'bin/boardpack.js'), ...argv], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { ...process.env, BOARDPACK_COMPILE_CACHE: cache } });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Handlebars syntax error');
  });

  it("runs a month-end run's jobs in worker processes to the same papers", async () => {
    const fixture = new RunFixture();
    try {
      await writeScorecard(fixture.path('cyp.xlsx'), { A: [20, 20, 20], B: [60, 55, 20] });
      await writeScorecard(fixture.path('adults.xlsx'), { C: [60, 60, 60] });
      const runConfig = (out: string): string => {
        const file = fixture.path(`${out}.yaml`);
        writeFileSync(file, stringify({ outputRoot: out, period: '2016-17 Q3', papers: ['fast'], formats: ['docx', 'pdf'], paperConfig: { council: 'Test Council', templates: 'templates' }, jobs: [{ name: 'cyp', scorecard: 'cyp.xlsx' }, { name: 'adults', scorecard: 'adults.xlsx' }] }));
        return file;
      };
      const bundled = start(['run', '--config', runConfig('bundle'), '--quiet']);
      const modules = start(['run', '--config', runConfig('modules'), '--quiet'], MODULES);
      expect(bundled.source).toMatchObject({ kind: 'bundle' });
      expect({ status: bundled.status, stderr: bundled.stderr }).toEqual({ status: 0, stderr: modules.stderr });
      const papers = (out: string): Record<string, string> => Object.fromEntries(Object.entries(snapshot(fixture.path(out))).filter(([path]) => /\.(docx|pdf)$/.test(path)));
      expect(Object.keys(papers('bundle'))).toHaveLength(4);
      expect(papers('bundle')).toEqual(papers('modules'));
      // The workers ran from the bundle too (bin/boardpack.js --boardpack-run-worker), and kept a code cache of a job.
      expect(readdirSync(cache)).toContainEqual(expect.stringMatching(/-jobworker\.v8cache$/));
    } finally {
      rmSync(fixture.dir, { recursive: true, force: true });
    }
  });

  it('says what the job workers\' argument is for when typed at the command line, without a stack trace', () => {
    const run = spawnSync(process.execPath, [join(root, 'bin/boardpack.js'), '--boardpack-run-worker'], { cwd: root, encoding: 'utf8', env: { ...process.env, BOARDPACK_COMPILE_CACHE: cache } });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('boardpack: --boardpack-run-worker is how `boardpack run` starts its own worker processes, not a command.\nRun `boardpack --help` for the commands and options.\n');
  });

  it('writes a workbook of data queries with exceljs, which it imports from outside the bundle', () => {
    const bundled = start(['queries', '--data', 'data/sample-scorecard.xlsx', '--out', join(scratch, 'queries-bundle.xlsx')]);
    const modules = start(['queries', '--data', 'data/sample-scorecard.xlsx', '--out', join(scratch, 'queries-modules.xlsx')], MODULES);
    expect(bundled.source).toMatchObject({ kind: 'bundle' });
    expect(bundled.status).toBe(0);
    expect(readFileSync(join(scratch, 'queries-bundle.xlsx'))).toEqual(readFileSync(join(scratch, 'queries-modules.xlsx')));
  });

  it.each([[['--help']], [['build', '--help']], [['--version']], [['buidl']], [['build', '--dta', 'x']]])('says the same for %j', (argv) => {
    const bundled = start(argv);
    expect(bundled.source).toMatchObject({ kind: 'bundle' });
    expect({ ...bundled, source: null }).toEqual({ ...start(argv, MODULES), source: null });
  });
});

describe('the bundle', () => {
  it('is strict throughout, as the ES modules it was made from', () => {
    expect(readFileSync(join(root, 'dist/cli.bundle.cjs'), 'utf8').slice(0, 14)).toBe('"use strict";\n');
  });

  it('is current after the build', () => {
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `import { currentBundle } from './dist/startup/bundle.js'; console.log(JSON.stringify(currentBundle('dist')));`], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(run.stdout)).toHaveProperty('manifest.sha256');
  });

  it('is in ASCII alone, so V8 holds it as one byte a character (a source with a dash in a tagged template would not be)', () => {
    const outside = /[^\u0000-\u007f]/.exec(readFileSync(join(root, 'dist/cli.bundle.cjs'), 'utf8'));
    expect(outside?.[0]).toBeUndefined();
  });
});
