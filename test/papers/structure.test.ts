// The structure of each paper built from the shipped sample data: headings in order, tables, one exception report per exception.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPapers, type BuildResult } from '../../src/build.js';
import { loadConfig, type ResolvedConfig } from '../../src/config.js';
import type { Document } from '../../src/model/types.js';
import { headings, section, tables, textLines } from './support.js';

const ROOT = join(import.meta.dirname, '../..');

async function build(configFile: string | undefined): Promise<{ result: BuildResult; models: Map<string, Document> }> {
  const loaded = await loadConfig(configFile);
  const config = loaded.config as ResolvedConfig;
  const result = await buildPapers({ data: join(ROOT, 'data/sample-scorecard.xlsx'), papers: ['all'], formats: [], config, emit: 'model' });
  const models = new Map(result.files.map((f) => [f.name, JSON.parse(new TextDecoder().decode(f.bytes)) as Document]));
  return { result, models };
}

function model(models: Map<string, Document>, name: string): Document {
  const doc = models.get(name);
  if (doc === undefined) throw new Error(`no ${name} among ${[...models.keys()].join(', ')}`);
  return doc;
}

describe('papers for the sample scorecard', () => {
  let built: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    built = await build(join(ROOT, 'data/boardpack.config.yaml'));
  }, 60_000);

  it('builds every paper, one exception report per exception, without errors', () => {
    expect(built.result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect([...built.models.keys()]).toEqual([
      'cabinet-paper-2009-10-Q3.model.json',
      'scrutiny-pack-2009-10-Q3.model.json',
      'performance-summary-2009-10-Q3.model.json',
      'exception-report-NI68-2009-10-Q3.model.json',
      'exception-report-IA01-2009-10-Q3.model.json',
    ]);
    expect(built.result.analysis?.exceptions.map((e) => e.id)).toEqual(['NI68', 'IA01']);
  });

  it('cabinet paper: front sheet, title, recommendations box with key points, numbered sections by theme', () => {
    const doc = model(built.models, 'cabinet-paper-2009-10-Q3.model.json');
    expect(doc.children.slice(0, 3).map((b) => b.type)).toEqual(['table', 'heading', 'box']); // the title is a level-1 heading, unnumbered
    expect(textLines({ ...doc, children: doc.children.slice(0, 1) })).toEqual([
      'Cabinet | Agenda item 8',
      '12 January 2010 | Public report',
      "Cabinet member(s) responsible | Cllr A. Example, Cabinet Member for Children's Services",
      "Contact officer(s) | A. N. Officer – Head of Branch, Children's Social Care, Tel. 01234 567890",
      'Ward(s) | All',
    ]);
    expect(textLines({ ...doc, children: doc.children.slice(2, 3) })).toEqual([
      "From: A. N. Officer, Head of Branch, Children's Social Care. Deadline date: N/A.",
      'To note the contents of this report.',
      'Key points:',
      "Referrals to children's social care going on to initial assessment (NI68) red for a second consecutive quarter",
      'Initial assessments completed within 7 working days (IA01) red for a fourth consecutive quarter',
      'Early help assessments (CAF) completed per 10,000 children (EH01) improving: up 14.4 per 10,000 to 125.1 per 10,000',
      'Child protection plans lasting two years or more (CP02) improving: down 0.6 percentage points to 6.3%',
      'Average days between entering care and moving in with an adoptive family (ADO01) improving: down 33 days to 445 days',
    ]);
    expect(headings(doc)).toEqual([
      "# Children and Young People's Department performance report, Quarter 3 2009-10",
      '# 1 Origin of report', '# 2 Purpose and reason for report',
      '# 3 Front door', "## 3.1 NI68 Referrals to children's social care going on to initial assessment", "## 3.2 NI65 Re-referrals to children's social care within 12 months", '## 3.3 REF01 Rate of referrals per 10,000 children', "## 3.4 CONT01 Contacts received by children's social care",
      '# 4 Assessment', '## 4.1 IA01 Initial assessments completed within 7 working days', '## 4.2 CA01 Core assessments completed within 35 working days',
      '# 5 Early help', '## 5.1 EH01 Early help assessments (CAF) completed per 10,000 children',
      '# 6 Child protection', '## 6.1 CP01 Child protection plans starting that were a second or subsequent plan', '## 6.2 CP02 Child protection plans lasting two years or more', '## 6.3 CP03 Initial child protection conferences held within 15 working days',
      '# 7 Looked after children', '## 7.1 LAC01 Children looked after per 10,000 children', '## 7.2 LAC02 Looked-after children with three or more placements in the year', '## 7.3 ADO01 Average days between entering care and moving in with an adoptive family',
      '# 8 Care leavers', '## 8.1 CL01 Care leavers aged 19 to 21 in education, employment or training',
      '# 9 Workforce', '## 9.1 WF01 Spend on agency social workers in the quarter',
      '# 10 Implications', '## 10.1 Financial implications', '## 10.2 Legal implications', '## 10.3 Human resources implications',
      '# 11 Background documents', '# 12 Glossary',
    ]);
    // The config's narrative: implications by name; the glossary, then the signature, close the paper.
    expect(section(doc, 'Legal implications')).toEqual(['There are no legal implications arising directly from this report.']);
    expect(textLines(doc).slice(-2)).toEqual(['Re-referral | A referral within 12 months of a previous referral for the same child.', "A. N. Officer\nHead of Branch, Children's Social Care"]);
    expect(section(doc, 'Purpose and reason for report')[1]).toBe(
      "Of these, two indicators have been rated red for two or more consecutive quarters and are reported to the LSP Executive Board as exceptions: Referrals to children's social care going on to initial assessment (NI68) and Initial assessments completed within 7 working days (IA01).",
    );
    // Sentence, trend chart, then the officer's commentary.
    const cont01 = section(doc, "CONT01 Contacts received by children's social care");
    expect(cont01[0]).toBe('Performance at the end of Quarter 3 is 891 (an increase of 89 from 802 at the end of Quarter 2). There is no target for this indicator.');
    expect(cont01.at(-1)).toBe('The rise in contacts did not lead to a large rise in the number of referrals. We are looking at who the contacts were from and what they were about.');
    expect(doc.children.filter((b) => b.type === 'figure').map((b) => (b.type === 'figure' ? b.chart.kind : ''))).toEqual(['rag-summary', ...Array<string>(15).fill('trend')]);
  });

  it('scrutiny pack: the cover headings, narrative by theme, comparison tables, achievements and priorities, appendix scorecard', () => {
    const doc = model(built.models, 'scrutiny-pack-2009-10-Q3.model.json');
    const cover = headings(doc).filter((h) => h.startsWith('## ') && !/^## \d/.test(h));
    expect(cover).toEqual([
      '## Executive summary', '## Reason for scrutiny', '## Recommendations', '## Background papers', '## Resource and legal considerations',
      '## Citizen impact', '## Environmental impact', '## Performance management', '## Equality implications',
      '## Human resources implications', '## Consultation', '## Contact officer',
    ]);
    expect(headings(doc).filter((h) => h.startsWith('# '))).toEqual([
      "# Children and Young People's Department performance reporting, end of Quarter 3 2009-10",
      '# 1 Front door', '# 2 Assessment', '# 3 Early help', '# 4 Child protection', '# 5 Looked after children', '# 6 Care leavers', '# 7 Workforce',
      '# 8 Comparison with other areas', '# 9 Summary of achievements and priorities', '# 10 Glossary', '# 11 Appendix: scorecard',
    ]);
    expect(section(doc, 'Executive summary')[0]).toContain("against the 15 indicators in its scorecard: 5 green, 5 amber, 2 red and 3 not rated. Two indicators are in exception, having been rated red for two or more consecutive quarters: Referrals to children's social care going on to initial assessment (NI68) and Initial assessments completed within 7 working days (IA01).");

    const data = tables(doc).filter((t) => t.role === 'data');
    expect(data.map((t) => t.caption)).toEqual([
      "NI65 Re-referrals to children's social care within 12 months", 'REF01 Rate of referrals per 10,000 children', 'IA01 Initial assessments completed within 7 working days',
      'CP01 Child protection plans starting that were a second or subsequent plan', 'LAC01 Children looked after per 10,000 children',
      'LAC02 Looked-after children with three or more placements in the year', 'CL01 Care leavers aged 19 to 21 in education, employment or training',
      null, 'Glossary of terms', 'Scorecard at the end of Quarter 3 2009-10',
    ]);
    const [ni65] = data;
    expect(textLines({ ...doc, children: ni65 === undefined ? [] : [ni65] }).slice(0, 2)).toEqual([
      'Quarter | Sample Borough Council | Statistical neighbours | England',
      '2007-08 Q4 | 27.5% | 25.9% | 25.2%',
    ]);
    expect(section(doc, 'Summary of achievements and priorities')).toEqual([
      'Achievements | Priorities',
      // Indicators by title with the code in brackets; the target once, with the gap to it; LAC02's 10.0% to 9.8% is inside
      // its noise band, so it is no longer an achievement "improving" (issue 9).
      "Re-referrals to children's social care within 12 months (NI65): 21.5%, green and improving. | Referrals to children's social care going on to initial assessment (NI68): 64.7%. This is rated red for the second consecutive quarter, 7.3 percentage points short of the 72% target; performance is improving.",
      'Early help assessments (CAF) completed per 10,000 children (EH01): 125.1 per 10,000, green and improving. | Initial assessments completed within 7 working days (IA01): 60.4%. This is rated red for the fourth consecutive quarter, 14.6 percentage points short of the 75% target.',
      'Child protection plans starting that were a second or subsequent plan (CP01): 13.4%, green and improving. | ',
    ]);
    const appendix = data.at(-1);
    if (appendix === undefined) throw new Error('no appendix');
    expect(appendix.rows).toHaveLength(15);
    const row = (id: string) => appendix.rows.map((r) => r.cells.map((c) => `${c.children.map((i) => (i.type === 'text' ? i.value : '')).join('')}${c.status === null ? '' : ` [${c.status}]`}`)).find((cells) => cells[0] === id);
    expect(row('NI68')).toEqual(['NI68', "Referrals to children's social care going on to initial assessment", '64.7%', '72%', 'Red [red]', '▲ Improving', '60.4%', '67.5%']);
    expect(row('CONT01')).toEqual(['CONT01', "Contacts received by children's social care", '891', 'none', 'Not rated', '▲ Up', '802', '702']);
    expect(row('WF01')).toEqual(['WF01', 'Spend on agency social workers in the quarter', '£802,900', '£800,000', 'Amber [amber]', '▼ Worsening', '£781,250', '£845,500']);
  });

  it('exception reports: the seed\'s sections in order, the author block, and officer commentary for NI68', () => {
    for (const id of ['NI68', 'IA01']) {
      const doc = model(built.models, `exception-report-${id}-2009-10-Q3.model.json`);
      expect(headings(doc)).toEqual([
        `# ${doc.meta.title}`,
        '# 1 Executive summary', '# 2 Background', '# 3 Introduction', '## 3.2 Definition', '## 3.3 Rationale', '## 3.4 Position',
        '# 4 Learning from best practice', '# 5 Performance in Sample Borough Council', '# 6 Further action', '# 7 Conclusion',
      ]);
      expect(doc.meta.title).toContain(`Sample Borough Local Strategic Partnership Performance Management – Exceptions: ${id}`);
      expect(textLines(doc).slice(-4)).toEqual(['Name/Author | A. N. Officer', "Title | Head of Branch, Children's Social Care", 'Contact number | 01234 567890', 'Email | a.officer@example.gov.uk']);
      expect(doc.children.filter((b) => b.type === 'figure')).toHaveLength(1);
    }
    const ni68 = model(built.models, 'exception-report-NI68-2009-10-Q3.model.json');
    expect(section(ni68, 'Further action')[0]).toBe('Further action to accelerate the pace of change includes:');
    expect(section(ni68, 'Background')).toEqual([
      'The LSP Executive Board has agreed that should an improvement target underperform for a period of two or more consecutive quarters, the relevant delivery plan or progress report will be reported to a subsequent board meeting for consideration and to identify any further action to be taken.',
    ]);
  });

  it('IA01 has no commentary: placeholders in its report and one warning per missing section; NI68 has none', () => {
    const missing = built.result.diagnostics.filter((d) => d.code === 'missing-commentary');
    expect(missing.map((d) => d.message.replace(/: no commentary for "([^"]+)".*/, ' $1'))).toEqual([
      // Both are red with no position commentary: flagged in the cabinet paper and in the scrutiny pack.
      "NI68 Referrals to children's social care going on to initial assessment position",
      'IA01 Initial assessments completed within 7 working days position',
      "NI68 Referrals to children's social care going on to initial assessment position",
      'IA01 Initial assessments completed within 7 working days position',
      'IA01 Initial assessments completed within 7 working days rationale',
      'IA01 Initial assessments completed within 7 working days learning from best practice',
      'IA01 Initial assessments completed within 7 working days local performance',
      'IA01 Initial assessments completed within 7 working days further action',
      'IA01 Initial assessments completed within 7 working days conclusion',
    ]);
    const ia01 = model(built.models, 'exception-report-IA01-2009-10-Q3.model.json');
    expect(section(ia01, 'Further action')).toEqual(['[Commentary required: further action]']);
  });
});

describe('papers with no config file', () => {
  it('build, with the meeting details clearly marked as placeholders', async () => {
    const { result, models } = await build(undefined);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const cabinet = textLines(model(models, 'cabinet-paper-2009-10-Q3.model.json'));
    expect(cabinet.slice(0, 4)).toEqual([
      '[Committee] | Agenda item [Agenda item]',
      '[Meeting date] | Public report',
      'Cabinet member(s) responsible | [Cabinet member responsible]',
      'Contact officer(s) | [Contact officer], Tel. [Telephone]',
    ]);
    const scrutiny = textLines(model(models, 'scrutiny-pack-2009-10-Q3.model.json'));
    expect(scrutiny.slice(0, 3)).toEqual(['[Meeting date]', '[Directorate] performance reporting, end of Quarter 3 2009-10', 'Committee | [Committee]']);
    const exception = textLines(model(models, 'exception-report-NI68-2009-10-Q3.model.json'));
    expect(exception[0]).toBe("[Partnership name] Performance Management – Exceptions: NI68 Referrals to children's social care going on to initial assessment");
    expect(exception.slice(-4)).toEqual(['Name/Author | [Report author]', 'Title | [Job title]', 'Contact number | [Telephone]', 'Email | [Email]']);
  }, 60_000);
});
