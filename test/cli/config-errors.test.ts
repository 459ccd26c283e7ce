// Config errors in plain words, with the YAML path and, for an unknown key, the nearest key and every key allowed.
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema, validateConfig } from '../../src/configSchema.js';
import { keysAllowedAt } from '../../src/configErrors.js';
import { runSchema, validateRunConfig } from '../../src/run/config.js';
import { TempDir } from '../read/helpers.js';
import { runCli } from './run-cli.js';

const paperMessages = (raw: unknown): string[] => validateConfig(raw, 'boardpack.config.yaml').diagnostics.map((d) => d.message);
const runMessages = (raw: unknown): string[] => validateRunConfig(raw, '/srv/run.yaml').diagnostics.map((d) => d.message);
const job = { name: 'cyp', scorecard: 'cyp.xlsx', period: '2016-17 Q3' };

describe('the paper config', () => {
  it.each<[string, unknown, string]>([
    ['a mistyped meeting key', { meeting: { comitee: 'Cabinet' } }, 'meeting: unknown key "comitee" (did you mean committee?); the keys allowed here are committee, date, agendaItem, status, cabinetMembers, wards'],
    ['a mistyped top-level key', { councill: 'Hart' }, 'unknown key "councill" (did you mean council?); the keys allowed at the top level are council, '],
    ['a key like none allowed', { meeting: { venue: 'Civic Offices' } }, 'meeting: unknown key "venue"; the keys allowed here are committee, '],
    ['a status in the wrong case', { meeting: { status: 'public' } }, 'meeting.status: "public" is not allowed here (did you mean Public?); write one of Public, Exempt'],
    ['a measure type mistyped', { measureType: 'snapshto' }, 'measureType: "snapshto" is not allowed here (did you mean snapshot?); write one of snapshot, '],
    ['text for a mapping', { meeting: 'Cabinet' }, 'meeting: must be a mapping of keys to values, not "Cabinet"'],
    ['text for a list', { contactOfficers: 'Jane Smith' }, 'contactOfficers: must be a list, not "Jane Smith"'],
    ['a contact officer without a name', { contactOfficers: [{ telephone: '01252 622122' }] }, 'contactOfficers.0.name: is missing: give text'],
    ['a fraction of a quarter', { exceptions: { threshold: 2.5 } }, 'exceptions.threshold: must be a whole number, not 2.5'],
    ['no quarters', { exceptions: { threshold: 0 } }, 'exceptions.threshold: must be 1 or more; got 0'],
    ['an empty council name', { council: '' }, 'council: must not be empty; got ""'],
    ['a noise band in words', { noiseBands: { NI68: 'half' } }, 'noiseBands.NI68: must be a number, not "half"'],
    ['a date the UK way (our own words kept)', { meeting: { date: '12/01/2017' } }, 'meeting.date: must be a real date written YYYY-MM-DD'],
  ])('%s', (_name, raw, message) => {
    const found = paperMessages(raw);
    expect(found).toHaveLength(1);
    expect(found[0]!.startsWith(message), found[0]).toBe(true);
  });

  it('reports every problem at once, and never in the validator\'s own words', () => {
    const found = paperMessages({ meeting: { comitee: 'x', status: 'public' }, councill: 'x', exceptions: { threshold: 0 } });
    expect(found).toHaveLength(4);
    for (const message of found) expect(message).not.toMatch(/Unrecognized|Invalid (input|option)|Too (small|big)|expected .* received/);
  });
});

describe('the run config', () => {
  it.each<[string, unknown, string]>([
    ['a mistyped top-level key', { outptuRoot: 'out', jobs: [job] }, 'unknown key "outptuRoot" (did you mean outputRoot?); the keys allowed at the top level are outputRoot, period, papers, formats, paperConfig, holdOnQueries, limits, jobs'],
    ['a mistyped job key', { jobs: [{ ...job, scorcard: 'x' }] }, 'jobs.0: unknown key "scorcard" (did you mean scorecard?); the keys allowed here are name, scorecard, '],
    ['a mistyped key in a job\'s paper config', { jobs: [{ ...job, paperConfig: { meeting: { comitee: 'x' } } }] }, 'jobs.0.paperConfig.meeting: unknown key "comitee" (did you mean committee?); the keys allowed here are committee, '],
    ['a format mistyped', { jobs: [{ ...job, formats: ['doc'] }] }, 'jobs.0.formats.0: "doc" is not allowed here (did you mean docx?); write one of docx, pdf'],
    ['a job without its scorecard', { jobs: [{ name: 'cyp', period: 'latest' }] }, 'jobs.0.scorecard: is missing: give text'],
    ['no rows', { limits: { maxRows: 0 }, jobs: [job] }, 'limits.maxRows: must be more than 0; got 0'],
  ])('%s', (_name, raw, message) => {
    const found = runMessages(raw);
    expect(found.some((m) => m.startsWith(message)), found.join('\n')).toBe(true);
  });
});

describe('keysAllowedAt', () => {
  it.each<[unknown, readonly PropertyKey[], string[] | null]>([
    [configSchema, ['meeting'], ['committee', 'date', 'agendaItem', 'status', 'cabinetMembers', 'wards']],
    [configSchema, ['meetings', 'scrutiny'], ['committee', 'date', 'agendaItem', 'status', 'cabinetMembers', 'wards']],
    [configSchema, ['contactOfficers', 3], ['name', 'title', 'telephone', 'email']],
    [configSchema, ['council'], null],
    [runSchema, ['jobs', 0], ['name', 'scorecard', 'papers', 'formats', 'period', 'output', 'date', 'paperConfig', 'holdOnQueries']],
  ])('%#', (schema, path, keys) => {
    const found = keysAllowedAt(schema as typeof configSchema, path);
    if (keys === null) expect(found).toBeNull();
    else expect(found).toEqual(expect.arrayContaining(keys));
  });
});

describe('at the command line', () => {
  const tmp = new TempDir();
  afterAll(() => tmp.remove());
  it('names the file, the path and the keys allowed, exit 2', async () => {
    const config = tmp.file('boardpack.config.yaml');
    writeFileSync(config, 'council: Hart\nmeeting:\n  comitee: Cabinet\n  date: 2010-01-12\n');
    const run = await runCli('validate', '--data', 'data/sample-scorecard.xlsx', '--config', config);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`error: ${config}: meeting: unknown key "comitee" (did you mean committee?); the keys allowed here are committee, date, agendaItem, status, cabinetMembers, wards`);
  });
});
