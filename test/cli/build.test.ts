// The CLI contract for build: files written all at once, the same bytes every time, clear errors and exit codes.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandPapers, paperCount, paperFilePattern, PAPER_TYPES, PAPERS, PAPERS_HELP } from '../../src/papers.js';
import { TempDir } from '../read/helpers.js';
import { runCli } from './run-cli.js';

const SAMPLE = 'data/sample-scorecard.xlsx';
const CONFIG = 'data/boardpack.config.yaml';
const tmp = new TempDir();
afterAll(() => tmp.remove());

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const build = (out: string, ...extra: string[]) =>
  runCli('build', '--data', SAMPLE, '--config', CONFIG, '--paper', 'performance-summary', '--out', out, ...extra);

describe('boardpack build', () => {
  it('writes DOCX and PDF named after the paper and the quarter, byte-identical on a second run', async () => {
    const first = tmp.file('first');
    const second = tmp.file('second');
    expect((await build(first)).code).toBe(0);
    expect((await build(second)).code).toBe(0);
    const names = readdirSync(first).sort();
    expect(names).toEqual(['performance-summary-2009-10-Q3.docx', 'performance-summary-2009-10-Q3.pdf']);
    for (const name of names) expect(sha(join(second, name))).toBe(sha(join(first, name)));
  });

  it('--emit analysis and --emit model write the intermediate stages as JSON', async () => {
    const out = tmp.file('emit');
    expect((await build(out, '--emit', 'model', '--format', 'pdf')).code).toBe(0);
    const model = JSON.parse(readFileSync(join(out, 'performance-summary-2009-10-Q3.model.json'), 'utf8'));
    expect(model.type).toBe('document');
    expect(model.meta).toMatchObject({ language: 'en-GB', date: '2010-01-12' });
    expect((await build(out, '--emit', 'analysis', '--format', 'pdf')).code).toBe(0);
    const analysis = JSON.parse(readFileSync(join(out, 'analysis-2009-10-Q3.json'), 'utf8'));
    expect(analysis.exceptions.map((e: { id: string }) => e.id)).toEqual(['NI68', 'IA01']);
  });

  it('a template error names the file and line, exits 1 and leaves the previous papers untouched', async () => {
    const out = tmp.file('keep');
    expect((await build(out)).code).toBe(0);
    const before = readdirSync(out).map((n) => [n, sha(join(out, n))]);
    const templates = tmp.file('council-templates');
    mkdirSync(templates, { recursive: true });
    cpSync('templates/performance-summary.md.hbs', join(templates, 'performance-summary.md.hbs'));
    const source = readFileSync(join(templates, 'performance-summary.md.hbs'), 'utf8');
    writeFileSync(join(templates, 'performance-summary.md.hbs'), `${source}\n\n{{indicatr.title}}\n`);
    const run = await build(out, '--templates', templates);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/performance-summary\.md\.hbs:\d+/);
    expect(run.stderr).toMatch(/cannot read "title"/);
    expect(readdirSync(out).map((n) => [n, sha(join(out, n))])).toEqual(before);
  });

  // A file the build reads that is unreadable when rendering starts (here a template, as a logo or font that vanished
  // after the config was checked would be) is an input problem naming it: exit 1, not the output folder's exit 2.
  it.each([
    ['a folder', 'folder', (file: string) => mkdirSync(file), /a file it reads \(a template, font or logo\) could not be read \(EISDIR/],
    ['a link to nothing', 'link', (file: string) => symlinkSync(join(file, '..', 'gone.md.hbs'), file), /extra\.md\.hbs could not be read \(ENOENT/],
  ])('a template that is %s: exit 1, the file named, no stack trace, the previous papers untouched', async (_what, slug, make, said) => {
    const out = tmp.file(`unreadable-${slug}`);
    expect((await build(out)).code).toBe(0);
    const before = readdirSync(out).map((n) => [n, sha(join(out, n))]);
    const templates = tmp.file(`unreadable-${slug}-templates`);
    mkdirSync(templates, { recursive: true });
    make(join(templates, 'extra.md.hbs'));
    const run = await build(out, '--templates', templates);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(said);
    expect(run.stderr).toMatch(/Check it is there and readable, then build again\./);
    expect(run.stderr).not.toMatch(/could not write the papers into/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out).map((n) => [n, sha(join(out, n))])).toEqual(before);
  });

  it('builds with no config at all, marking the meeting details as placeholders', async () => {
    const out = tmp.file('no-config');
    const run = await runCli('build', '--data', SAMPLE, '--paper', 'performance-summary', '--format', 'docx', '--out', out, '--emit', 'model');
    expect(run.code).toBe(0);
    const model = readFileSync(join(out, 'performance-summary-2009-10-Q3.model.json'), 'utf8');
    expect(model).toContain('[Committee]');
    // With no meeting date, the paper is dated the last day of the quarter.
    expect(JSON.parse(model).meta.date).toBe('2009-12-31');
  });

  it('a paper with its own meeting in the config (a scrutiny pack to a scrutiny panel) is dated and headed for it', async () => {
    const out = tmp.file('meetings');
    const run = await runCli('build', '--data', SAMPLE, '--config', CONFIG, '--paper', 'cabinet,scrutiny', '--format', 'pdf', '--out', out, '--emit', 'model');
    expect(run.code).toBe(0);
    const model = (stem: string) => JSON.parse(readFileSync(join(out, `${stem}-2009-10-Q3.model.json`), 'utf8'));
    expect(model('scrutiny-pack').meta.date).toBe('2010-01-19');
    expect(model('scrutiny-pack').furniture.header).toBe("Children and Young People's Scrutiny Panel – 19 January 2010");
    expect(model('cabinet-paper').meta.date).toBe('2010-01-12');
    expect(model('cabinet-paper').furniture.header).toBe('Cabinet – agenda item 8');
  });

  it('the performance summary goes to the cabinet meeting unless the config gives meetings.summary', async () => {
    const out = tmp.file('summary-meeting');
    const run = await runCli('build', '--data', SAMPLE, '--config', CONFIG, '--paper', 'summary', '--format', 'pdf', '--out', out, '--emit', 'model');
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['performance-summary-2009-10-Q3.model.json', 'performance-summary-2009-10-Q3.pdf']);
    const model = (dir: string) => JSON.parse(readFileSync(join(dir, 'performance-summary-2009-10-Q3.model.json'), 'utf8'));
    expect(model(out).meta.date).toBe('2010-01-12');
    expect(model(out).furniture.header).toBe('Cabinet – 12 January 2010');

    const config = tmp.file('summary.config.yaml');
    writeFileSync(config, `${readFileSync(CONFIG, 'utf8')}\n`.replace(/^meetings:\n/m, 'meetings:\n  summary:\n    committee: Overview and Scrutiny Committee\n    date: "2010-02-02"\n'));
    const own = tmp.file('summary-own');
    expect((await runCli('build', '--data', SAMPLE, '--config', config, '--paper', 'summary', '--format', 'pdf', '--out', own, '--emit', 'model')).code).toBe(0);
    expect(model(own).meta.date).toBe('2010-02-02');
    expect(model(own).furniture.header).toBe('Overview and Scrutiny Committee – 2 February 2010');
  });

  it('limits.maxPapers stops a runaway build before anything is rendered, naming the count and how to raise it', async () => {
    const config = tmp.file('max.config.yaml');
    writeFileSync(config, 'limits:\n  maxPapers: 3\n');
    const out = tmp.file('max');
    const run = await runCli('build', '--data', SAMPLE, '--config', config, '--paper', 'all', '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/this build would make 5 papers \(2 of them exception reports\), more than limits\.maxPapers \(3\)/);
    expect(run.stderr).toMatch(/raise limits\.maxPapers to 5 or more in the config/);
    expect(existsSync(out)).toBe(false);
    writeFileSync(config, 'limits:\n  maxPapers: 0\n');
    expect((await runCli('build', '--data', SAMPLE, '--config', config, '--out', out)).stderr).toMatch(/limits\.maxPapers/);
  });

  it.each([
    [['--format', 'odt'], 2, /--format takes docx, pdf/],
    [['--date', '12/01/2010'], 2, /--date: .*YYYY-MM-DD/],
    [['--date', '2010-02-30'], 2, /--date: .*real date/],
    [['--period', '2030-31 Q1'], 1, /2030-31 Q1/],
    [['--period', 'third quarter'], 2, /--period: "third quarter" is not a period: write the financial year and quarter/],
  ])('%j exits %i', async (extra, code, message) => {
    const out = tmp.file(`bad-${code}-${extra[0]}`);
    const run = await build(out, ...extra);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('a config file with mistakes is reported field by field, exit 2', async () => {
    const config = tmp.file('bad.config.yaml');
    writeFileSync(config, 'meeting:\n  date: 12 January 2010\n  status: Secret\nmeetings:\n  scrutiny:\n    date: "2010-02-30"\ncolour: blue\n');
    const run = await runCli('build', '--data', SAMPLE, '--config', config, '--out', tmp.file('never'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/meeting\.date: must be a real date written YYYY-MM-DD/);
    expect(run.stderr).toMatch(/meetings\.scrutiny\.date: must be a real date/);
    expect(run.stderr).toMatch(/meeting\.status/);
    expect(run.stderr).toMatch(/colour/);
  });

  it('an output folder that cannot be made is reported with its path, exit 2, nothing written', async () => {
    const blocker = tmp.file('a-file');
    writeFileSync(blocker, 'not a folder');
    const run = await build(join(blocker, 'out'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/could not write the papers into .*a-file\/out/);
    expect(run.stderr).not.toMatch(/internal error/);
  });

  it('an indicator ID that looks like a path never leaves the output folder', async () => {
    const { writeWorkbook } = await import('../read/helpers.js');
    const data = await writeWorkbook(tmp.file('ids.xlsx'), [
      { name: 'Indicators', rows: [['ID', 'Title', 'Polarity', 'Unit', 'Target'], ['/../../CYP/03', 'Escaping indicator', 'higher', 'percent', 72]] },
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ['/../../CYP/03', '2016-17 Q2', 50], ['/../../CYP/03', '2016-17 Q3', 51]] },
    ]);
    const out = tmp.file('ids/out');
    const run = await runCli('build', '--data', data, '--paper', 'exceptions', '--format', 'pdf', '--out', out);
    expect(run.code).toBe(0);
    expect(readdirSync(out)).toEqual(['exception-report-CYP-03-2016-17-Q3.pdf']);
    expect(readdirSync(tmp.file('ids'))).toEqual(['out']);
  });

  it('a staging file the output folder refuses (its name too long) is the output folder\'s problem: exit 2, nothing left', async () => {
    const { writeWorkbook } = await import('../read/helpers.js');
    // The paper's name fits in 255 bytes; its temporary name (25 or so more) does not.
    const id = `N${'X'.repeat(219)}`;
    const data = await writeWorkbook(tmp.file('long-id.xlsx'), [
      { name: 'Indicators', rows: [['ID', 'Title', 'Polarity', 'Unit', 'Target'], [id, 'Long indicator', 'higher', 'percent', 72]] },
      { name: 'Values', rows: [['ID', 'Period', 'Value'], [id, '2016-17 Q2', 50], [id, '2016-17 Q3', 51]] },
    ]);
    const out = tmp.file('long-id/out');
    const run = await runCli('build', '--data', data, '--paper', 'exceptions', '--format', 'pdf', '--out', out);
    expect(run.stderr).toMatch(/could not write the papers into .*long-id\/out, so none were written: ENAMETOOLONG/);
    expect(run.code).toBe(2);
    expect(readdirSync(out)).toEqual([]);
  });

  it('warns of an exception report left from an earlier build for the same quarter', async () => {
    const out = tmp.file('stale');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'exception-report-CP02-2009-10-Q3.pdf'), 'an old report');
    const run = await runCli('build', '--data', SAMPLE, '--paper', 'exceptions', '--format', 'pdf', '--out', out);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/exception-report-CP02-2009-10-Q3\.pdf: an exception report from an earlier build/);
    expect(run.stderr).not.toMatch(/NI68-2009-10-Q3\.pdf: an exception report/);
  });

  it('a config file that is not YAML says so, exit 2', async () => {
    const config = tmp.file('broken.yaml');
    writeFileSync(config, 'meeting: [unclosed\n');
    const run = await runCli('build', '--data', SAMPLE, '--config', config, '--out', tmp.file('never'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.yaml: not valid YAML/);
  });
});

describe('the paper catalogue', () => {
  it('declares each paper type once: its template, how many it makes, its meeting', () => {
    expect(PAPER_TYPES).toEqual(['cabinet', 'scrutiny', 'summary', 'exceptions']);
    expect(PAPER_TYPES.map((t) => [t, PAPERS[t].template, PAPERS[t].per, PAPERS[t].meetings])).toEqual([
      ['cabinet', 'cabinet-paper', 'build', ['cabinet']],
      ['scrutiny', 'scrutiny-pack', 'build', ['scrutiny']],
      ['summary', 'performance-summary', 'build', ['summary', 'cabinet']],
      ['exceptions', 'exception-report', 'exception', ['exceptions']],
    ]);
    expect(PAPERS_HELP).toMatch(/^cabinet, scrutiny, summary, exceptions, all/);
  });

  it.each([
    [['all'], ['cabinet', 'scrutiny', 'summary', 'exceptions'], 2, 5],
    [['summary', 'all'], ['summary', 'cabinet', 'scrutiny', 'exceptions'], 0, 3],
    [['exceptions', 'my-template'], ['exceptions', 'my-template'], 7, 8],
  ])('%j → %j; with %i exceptions, %i papers', (names, expanded, exceptions, count) => {
    expect(expandPapers(names)).toEqual(expanded);
    expect(paperCount(names, exceptions)).toBe(count);
  });

  it('matches a paper type\'s file names for a quarter, and nothing else', () => {
    const pattern = paperFilePattern('exceptions', '2009-10-Q3');
    expect(['exception-report-NI68-2009-10-Q3.pdf', 'exception-report-CYP-03-2009-10-Q3.docx'].every((n) => pattern.test(n))).toBe(true);
    expect(['exception-report-NI68-2009-10-Q2.pdf', 'cabinet-paper-2009-10-Q3.pdf', 'exception-report-NI68-2009-10-Q3.pdf.tmp'].some((n) => pattern.test(n))).toBe(false);
  });
});
