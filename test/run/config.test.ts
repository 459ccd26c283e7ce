// The run config: every bad field named by its path; paths from the config's folder; nothing outside outputRoot.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isInside, loadRunConfig, validateRunConfig } from '../../src/run/config.js';

const FILE = '/srv/boardpack/run.yaml';
const job = (over: Record<string, unknown> = {}): Record<string, unknown> => ({ name: 'childrens-services', scorecard: 'data/cyp.xlsx', period: '2016-17 Q3', ...over });
const messages = (raw: unknown): string[] => validateRunConfig(raw, FILE).diagnostics.map((d) => d.message);

describe('validateRunConfig', () => {
  it('resolves paths from the config file folder and fills the defaults', () => {
    const { config } = validateRunConfig({ outputRoot: 'papers', jobs: [job({ paperConfig: { templates: 'council-templates' } })] }, FILE);
    expect(config).not.toBeNull();
    expect(config!.outputRoot).toBe('/srv/boardpack/papers');
    expect(config!.limits).toEqual({ maxUnpackedMb: null, maxRows: null });
    const [first] = config!.jobs;
    expect(first).toMatchObject({ scorecard: '/srv/boardpack/data/cyp.xlsx', output: '/srv/boardpack/papers', papers: ['all'], formats: ['docx', 'pdf'], period: '2016-17 Q3', date: null });
    expect(first!.paperConfig.templates).toBe('/srv/boardpack/council-templates');
  });

  it.each([
    ['Q3 2016/17', '2016-17 Q3'],
    ['2016/17 Q3', '2016-17 Q3'],
    ['Oct-Dec 2016', '2016-17 Q3'],
    ['latest', 'latest'],
  ])('writes the period %s as %s', (period, label) => {
    expect(validateRunConfig({ jobs: [job({ period })] }, FILE).config!.jobs[0]!.period).toBe(label);
  });

  it.each([
    ['no limit anywhere: the default', {}, {}, 200],
    ["the run's limit for every job", { limits: { maxPapers: 600 } }, {}, 600],
    ["a job's own paperConfig limit wins", { limits: { maxPapers: 600 } }, { paperConfig: { limits: { maxPapers: 40 } } }, 40],
    ['a shared paperConfig limit, and none for the run', { paperConfig: { limits: { maxPapers: 30 } } }, {}, 30],
  ])('limits.maxPapers: %s', (_what, run, own, expected) => {
    const { config, diagnostics } = validateRunConfig({ ...run, jobs: [job(own)] }, FILE);
    expect(diagnostics).toEqual([]);
    expect(config!.jobs[0]!.paperConfig.limits.maxPapers).toBe(expected);
  });

  it('lets a job override the shared settings, and its paperConfig replace shared keys', () => {
    const { config } = validateRunConfig(
      { period: '2016-17 Q2', papers: ['cabinet'], formats: ['pdf'], paperConfig: { council: 'Shared', directorate: 'Shared D' }, jobs: [job({ period: undefined, formats: ['docx'], paperConfig: { directorate: 'Own D' } })] },
      FILE,
    );
    expect(config!.jobs[0]).toMatchObject({ period: '2016-17 Q2', papers: ['cabinet'], formats: ['docx'] });
    expect(config!.jobs[0]!.paperConfig).toMatchObject({ council: 'Shared', directorate: 'Own D' });
  });

  it.each<[string, unknown, RegExp]>([
    ['no jobs', { jobs: [] }, /^jobs: list at least one job/],
    ['an unknown top-level field', { jobs: [job()], outptuRoot: 'x' }, /^unknown key "outptuRoot" \(did you mean outputRoot\?\); the keys allowed at the top level are outputRoot, /],
    ['a job name with a slash', { jobs: [job({ name: '../etc' })] }, /^jobs\.0\.name: must be a simple slug/],
    ['a job name with capitals', { jobs: [job({ name: 'Children' })] }, /^jobs\.0\.name: must be a simple slug/],
    ['a job name with a double hyphen', { jobs: [job({ name: 'a--b' })] }, /^jobs\.0\.name: must be a simple slug/],
    ['two jobs with one name', { jobs: [job(), job()] }, /^jobs\.1\.name: "childrens-services" is used by an earlier job/],
    ['an output folder outside outputRoot', { outputRoot: 'out', jobs: [job({ output: 'out/../../etc' })] }, /^jobs\.0\.output: "out\/..\/..\/etc" resolves to \/srv\/etc, outside the outputRoot/],
    ['an absolute output folder elsewhere', { outputRoot: 'out', jobs: [job({ output: '/tmp/x' })] }, /^jobs\.0\.output: .*outside the outputRoot \/srv\/boardpack\/out/],
    ['no period anywhere', { jobs: [job({ period: undefined })] }, /^jobs\.0\.period: give the job a period/],
    ['a period that is not a quarter', { jobs: [job({ period: 'Q5 2016/17' })] }, /^jobs\.0\.period: must be a quarter/],
    ['an unknown format', { jobs: [job({ formats: ['doc'] })] }, /^jobs\.0\.formats\.0:/],
    ['a bad meeting date in a job', { jobs: [job({ paperConfig: { meeting: { date: '12/01/2017' } } })] }, /^jobs\.0\.paperConfig\.meeting\.date: must be a real date written YYYY-MM-DD/],
    ['an unknown paper config field', { jobs: [job({ paperConfig: { counsil: 'x' } })] }, /^jobs\.0\.paperConfig: unknown key "counsil" \(did you mean council\?\); the keys allowed here are council, /],
    ['a paperConfig that is a list', { jobs: [job({ paperConfig: ['x'] })] }, /^jobs\.0\.paperConfig: must be a mapping/],
    ['a zero row limit', { limits: { maxRows: 0 }, jobs: [job()] }, /^limits\.maxRows:/],
    ['a job date that is no day of the calendar', { jobs: [job({ date: '2017-02-30' })] }, /^jobs\.0\.date: must be a real date written YYYY-MM-DD/],
    ['a job date written the UK way', { jobs: [job({ date: '12/01/2017' })] }, /^jobs\.0\.date: must be a real date written YYYY-MM-DD/],
  ])('refuses %s, naming the field', (_name, raw, message) => {
    const found = messages(raw);
    expect(found.some((m) => message.test(m)), found.join('\n')).toBe(true);
    expect(validateRunConfig(raw, FILE).config).toBeNull();
  });

  it('reports the file on every diagnostic', () => {
    const { diagnostics } = validateRunConfig({ jobs: [job({ name: 'X' })] }, FILE);
    expect(diagnostics.map((d) => d.where.file)).toEqual([FILE]);
  });
});

describe('isInside', () => {
  it.each([
    ['/a/out', '/a/out', true],
    ['/a/out', '/a/out/cyp', true],
    ['/a/out', '/a/outside', false],
    ['/a/out', '/a', false],
    ['/a/out', '/b/out', false],
  ])('%s contains %s: %s', (outer, inner, expected) => {
    expect(isInside(outer, inner)).toBe(expected);
  });
});

describe('loadRunConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'boardpack-runconfig-'));
  it.each([
    ['run.yaml', 'jobs: [{name: cyp, scorecard: a.xlsx, period: latest}]\n', null],
    ['run.json', '{"jobs": [{"name": "cyp", "scorecard": "a.xlsx", "period": "latest"}]}', null],
    ['bad.yaml', 'jobs: [\n', /^not valid YAML/],
    ['bad.json', '{"jobs": ', /^not valid JSON/],
  ])('%s', async (name, text, problem) => {
    writeFileSync(join(dir, name), text);
    const result = await loadRunConfig(join(dir, name));
    if (problem === null) expect(result.config?.jobs[0]?.scorecard).toBe(join(dir, 'a.xlsx'));
    else expect(result.diagnostics[0]?.message).toMatch(problem);
  });
  it('says when the file cannot be read', async () => {
    expect((await loadRunConfig(join(dir, 'missing.yaml'))).diagnostics[0]?.code).toBe('run-config-missing');
  });
  it("checks each job's house style files beside the run config, named by the job's path", async () => {
    writeFileSync(join(dir, 'logo.png'), readFileSync(fileURLToPath(new URL('../../data/example-council/logo.png', import.meta.url))));
    writeFileSync(join(dir, 'notes.txt'), 'not a font');
    const jobs = (font: string) => `jobs:\n  - {name: cyp, scorecard: a.xlsx, period: latest, paperConfig: {style: {logo: {file: logo.png, alt: Council}}}}\n  - {name: corp, scorecard: b.xlsx, period: latest, paperConfig: {style: {font: {name: X, regular: ${font}}}}}\n`;
    writeFileSync(join(dir, 'styled.yaml'), jobs('notes.txt'));
    const bad = await loadRunConfig(join(dir, 'styled.yaml'));
    expect(bad.config).toBeNull();
    expect(bad.diagnostics.map((d) => d.message)).toEqual([`jobs.1.paperConfig.style.font.regular: "${join(dir, 'notes.txt')}" is not a TrueType (.ttf) or OpenType (.otf) font file`]);
    writeFileSync(join(dir, 'styled.yaml'), jobs(fileURLToPath(new URL('../../templates/fonts/LiberationSans-Regular.ttf', import.meta.url))));
    const good = await loadRunConfig(join(dir, 'styled.yaml'));
    expect(good.diagnostics).toEqual([]);
    expect(good.config?.jobs[0]?.paperConfig.style.logo?.file).toBe(join(dir, 'logo.png'));
  });
});
