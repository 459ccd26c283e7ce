// A slip of the keyboard gets the word that was meant: commands, papers, --version.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unknownPapers } from '../../src/commands/paper-flag.js';
import { editDistance, nearest } from '../../src/nearest.js';
import { runCli } from './run-cli.js';

describe('editDistance', () => {
  it.each([
    ['build', 'build', 0],
    ['buidl', 'build', 1],
    ['biuld', 'build', 1],
    ['bild', 'build', 1],
    ['Build', 'build', 0],
    ['cabniet', 'cabinet', 1],
    ['comitee', 'committee', 2],
    ['', 'run', 3],
    ['analyze', 'analyse', 1],
  ])('%s → %s: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('nearest', () => {
  const commands = ['validate', 'analyse', 'queries', 'build', 'run'];
  it.each([
    ['buidl', 'build'],
    ['analyze', 'analyse'],
    ['valdate', 'validate'],
    ['quries', 'queries'],
    ['rn', 'run'],
    ['zzz', null],
    ['publish', null],
  ])('%s → %s', (word, meant) => {
    expect(nearest(word, commands)).toBe(meant);
  });
  it('gives the nearer of two, and the earlier on a tie', () => {
    expect(nearest('scrutni', ['summary', 'scrutiny'])).toBe('scrutiny');
    expect(nearest('ab', ['ax', 'ay'])).toBe('ax');
  });
});

describe('the command line', () => {
  it.each([
    [['buidl', '--data', 'x.xlsx'], "boardpack: Unknown command 'buidl': did you mean build? The commands are validate, analyse, queries, build, run."],
    [['analyze'], "boardpack: Unknown command 'analyze': did you mean analyse?"],
    [['publish'], "boardpack: Unknown command 'publish'. The commands are validate, analyse, queries, build, run."],
  ])('%j is an unknown command, exit 2, with the nearest', async (argv, message) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toContain('Unknown arguments');
  });

  it.each([
    [['build', '--data', 'x.xlsx', '--dta', 'y'], 'boardpack: Unknown option --dta: did you mean --data?'],
    [['validate', '--data', 'x.xlsx', '--confg', 'c.yaml'], 'boardpack: Unknown option --confg: did you mean --config?'],
    [['run', '--config', 'run.yaml', '--concurency', '2'], 'boardpack: Unknown option --concurency: did you mean --concurrency?'],
    [['analyse', '--data', 'x.xlsx', '--frobnicate'], 'boardpack: Unknown option --frobnicate\n'],
  ])('%j is an unknown option, exit 2, with the nearest of that command', async (argv, message) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(2);
    expect(`${run.stderr}\n`).toContain(message);
  });

  it.each([
    [['build', 'scorecard.xlsx'], 'boardpack: Unexpected argument scorecard.xlsx: the scorecard is given with --data, as in: boardpack build --data scorecard.xlsx'],
    [['validate', 'Q3 scorecard.CSV'], 'boardpack: Unexpected argument "Q3 scorecard.CSV": the scorecard is given with --data, as in: boardpack validate --data "Q3 scorecard.CSV"'],
    [['run', 'month-end.yaml'], 'boardpack: Unexpected argument month-end.yaml: the config file is given with --config, as in: boardpack run --config month-end.yaml'],
    [['build', '--data', 'x.xlsx', 'cabinet'], 'boardpack: Unexpected argument cabinet: each value follows the option it belongs to'],
    [['run', 'jobs.xlsx'], 'boardpack: Unexpected argument jobs.xlsx: each value follows the option it belongs to'],
  ])('%j: a value without its option says which option takes it, exit 2', async (argv, message) => {
    const run = await runCli(...argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toContain('Unknown option');
  });

  it.each([['--version'], ['-v']])('%s prints the version in package.json and exits 0', async (flag) => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const run = await runCli(flag);
    expect(run).toEqual({ code: 0, stdout: version, stderr: '' });
  });

  it('an unknown --paper lists the papers and the nearest, exit 2, before anything is read', async () => {
    const run = await runCli('build', '--data', 'no-such-file.xlsx', '--paper', 'cabniet', '--out', 'no-such-folder');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^error: --paper: no paper called "cabniet": did you mean cabinet\? The papers are cabinet, scrutiny, (summary, )?exceptions, all, or the name of a template in .*templates \(.*cabinet-paper.*\)/);
  });
});

describe('unknownPapers', () => {
  it.each([
    [['cabinet', 'all', 'exceptions', 'performance-summary'], []],
    [['scrutni'], ['--paper: no paper called "scrutni": did you mean scrutiny?']],
    [['cabinet-papr', 'xyzzy'], ['--paper: no paper called "cabinet-papr": did you mean cabinet-paper?', '--paper: no paper called "xyzzy".']],
  ])('%j', async (names, starts) => {
    const problems = await unknownPapers(names, null);
    expect(problems.map((d) => d.message.slice(0, starts[problems.indexOf(d)]?.length ?? 0))).toEqual(starts);
    expect(problems.every((d) => d.severity === 'error' && d.code === 'unknown-paper')).toBe(true);
  });

  it("knows a council's own template by name, and suggests it", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'boardpack-templates-'));
    writeFileSync(join(dir, 'quarterly-digest.md.hbs'), '# Digest\n');
    expect(await unknownPapers(['quarterly-digest'], dir)).toEqual([]);
    expect((await unknownPapers(['quarterly-digset'], dir))[0]?.message).toMatch(/did you mean quarterly-digest\?/);
    expect(await unknownPapers(['quarterly-digest'], null)).toHaveLength(1);
    rmSync(dir, { recursive: true });
  });
});
