// The paper's own words from the config (narrative:) or the workbook's Paper sheet, without editing a template; the
// same placeholder and warning for a missing piece in every paper; which indicators get a chart.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPapers } from '../../src/build.js';
import { resolveConfig, type UserConfig } from '../../src/config.js';
import { validateConfig } from '../../src/configSchema.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { collect, plainText } from '../../src/model/index.js';
import type { Document } from '../../src/model/types.js';
import { narrativeFor, withPaperSheet } from '../../src/narrativeConfig.js';
import { readPaperSheet } from '../../src/read/paperSheet.js';
import type { SheetGrid } from '../../src/read/grid.js';
import { Findings } from '../../src/read/place.js';
import { templatesDir } from '../compose/support.js';
import { TempDir, writeWorkbook } from '../read/helpers.js';
import { analysed, BUILT_IN, headings, indicatorRow, note, observations, paper, sampleConfig, scorecard, section, textLines } from './support.js';

/** R1 red two quarters running (an exception) with no commentary; R2 red this quarter only, with commentary; G1 green. */
const sc = scorecard(
  [
    indicatorRow('R1', { title: 'Applications decided in time', target: 70, theme: 'Planning' }),
    indicatorRow('R2', { title: 'Complaints answered in time', target: 90, theme: 'Planning' }),
    indicatorRow('G1', { title: 'Calls answered', target: 50, theme: 'Customers' }),
  ],
  [...observations('R1', [72, 71, 60, 61]), ...observations('R2', [92, 91, 93, 80]), ...observations('G1', [55, 56, 57, 58])],
  [note('R2', 'position', 'Two staff were off sick; the backlog is cleared.')],
);
const analysis = analysed(sc);

const FULL: UserConfig = {
  ...sampleConfig,
  narrative: {
    title: 'Planning and customer services: quarterly performance',
    purpose: 'To report performance at the end of the quarter.',
    recommendations: ['That Cabinet notes the report.', 'That Cabinet asks for a further report on R1.'],
    reasons: 'So that Cabinet can hold the service to account.',
    implications: { financial: 'None.', legal: 'None arising.', 'Health and safety': 'None known.', humanResources: 'Two posts are vacant.' },
    consultation: 'The service leads were consulted.',
    backgroundPapers: ['Planning scorecard, Quarter 3 2009-10'],
    appendices: ['Appendix 1 – the full scorecard'],
    glossary: { PPA: 'Planning performance agreement' },
    signature: 'A. Director\nDirector of Place',
    sections: [
      { title: 'Local context', text: 'Applications rose by a third.', after: 'purpose' },
      { title: 'Next report', text: 'In April.', after: 'end' },
    ],
    scrutiny: { recommendations: ['That the Panel challenges the figures.'] },
  },
};

const built = (template: string, config: UserConfig, indicator = null as (typeof analysis.indicators)[number] | null, dirs?: string[]) =>
  paper(template, analysis, { config: resolveConfig(config), indicator, ...(dirs === undefined ? {} : { dirs }) });

const warningsOf = (diagnostics: Diagnostic[], code: string): string[] => diagnostics.filter((d) => d.code === code).map((d) => d.message);

describe('the config narrative, without editing a template', () => {
  const cabinet = built('cabinet-paper', FULL);
  const doc = cabinet.document;

  it('gives the title, numbered recommendations, purpose, reasons, implications by name and the closing pieces', () => {
    expect(doc.meta.title).toBe('Planning and customer services: quarterly performance');
    expect(headings(doc)).toEqual([
      '# Planning and customer services: quarterly performance',
      '# 1 Origin of report', '# 2 Purpose and reason for report', '# 3 Reasons for the recommendations', '# 4 Local context',
      '# 5 Planning', '## 5.1 R1 Applications decided in time', '## 5.2 R2 Complaints answered in time',
      '# 6 Customers', '## 6.1 G1 Calls answered',
      '# 7 Implications', '## 7.1 Financial implications', '## 7.2 Legal implications', '## 7.3 Human resources implications', '## 7.4 Health and safety implications',
      '# 8 Consultation', '# 9 Background documents', '# 10 Appendices', '# 11 Glossary', '# 12 Next report',
    ]);
    const box = collect(doc, 'box')[0]!;
    const recommendations = collect(box, 'list')[0]!;
    expect(recommendations.ordered).toBe(true);
    expect(recommendations.items.map((i) => textLines({ ...doc, children: i.children }).join(' '))).toEqual(['That Cabinet notes the report.', 'That Cabinet asks for a further report on R1.']);
    expect(section(doc, 'Purpose and reason for report')[0]).toBe('To report performance at the end of the quarter.');
    // After the council's own purpose, "Of these" would point at nothing: the count is said again.
    expect(section(doc, 'Purpose and reason for report')[1]).toMatch(/^Of the three indicators in the scorecard, one indicator has been rated red/);
    expect(section(doc, 'Human resources implications')).toEqual(['Two posts are vacant.']);
    expect(section(doc, 'Local context')).toEqual(['Applications rose by a third.']);
    expect(section(doc, 'Glossary')).toEqual(['Term | Meaning', 'PPA | Planning performance agreement']);
    expect(textLines(doc).slice(-2)).toEqual(['In April.', 'A. Director\nDirector of Place']);
    expect(warningsOf(cabinet.diagnostics, 'missing-paper-text')).toEqual([]);
  });

  it("a paper's own pieces replace the shared ones: the scrutiny pack's recommendations", () => {
    const scrutiny = built('scrutiny-pack', FULL).document;
    expect(section(scrutiny, 'Recommendations')).toEqual(['That the Panel challenges the figures.']);
    expect(section(scrutiny, 'Resource and legal considerations')).toEqual(['None.', 'None arising.']);
    expect(section(scrutiny, 'Health and safety implications')).toEqual(['None known.']);
  });

  it("an exception report, about one indicator for the partnership's board, takes the shared implications and glossary but not the meeting paper's title, purpose, recommendations or sections", () => {
    const r1 = analysis.indicators.find((a) => a.id === 'R1')!;
    const shared = built('exception-report', FULL, r1).document;
    expect(shared.meta.title).toContain('Exceptions: R1 Applications decided in time');
    expect(textLines(shared).join('\n')).not.toMatch(/To report performance|That Cabinet|Local context/);
    expect(headings(shared).slice(-2)).toEqual(['# 9 Appendices', '# 10 Glossary']);
    const own = built('exception-report', { ...FULL, narrative: { ...FULL.narrative, exceptions: { recommendations: ['That the Board notes the action plan.'] } } }, r1).document;
    expect(section(own, 'Recommendations')).toEqual(['That the Board notes the action plan.']);
    // Its own title and reasons are used, not dropped: the title stands before the indicator's ID and name.
    const titled = built('exception-report', { ...FULL, narrative: { ...FULL.narrative, exceptions: { title: 'Hart Partnership exception report', reasons: 'The Board asked for a plan.' } } }, r1).document;
    expect(titled.meta.title).toBe('Hart Partnership exception report: R1 Applications decided in time');
    expect(headings(titled)[0]).toBe('# Hart Partnership exception report: R1 Applications decided in time');
    expect(section(titled, 'Reasons for the recommendations')).toEqual(['The Board asked for a plan.']);
  });

  it('the narrative text is escaped as commentary is: paragraphs and bullets kept, no Markdown, Handlebars or HTML', () => {
    const hostile = built('cabinet-paper', { ...FULL, narrative: { ...FULL.narrative, purpose: '# Not a heading {{config.council}}\n\n<b>not bold</b> **nor this** [link](http://x)\n- a bullet', title: '**Title** | {{x}}' } });
    expect(hostile.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(section(hostile.document, 'Purpose and reason for report').slice(0, 3)).toEqual([
      '# Not a heading {{config.council}}',
      '<b>not bold</b> **nor this** [link](http://x)',
      'a bullet',
    ]);
    expect(hostile.document.meta.title).toBe('**Title** | {{x}}');
    expect(headings(hostile.document)[0]).toBe('# **Title** | {{x}}');
  });
});

describe('a required piece that is missing: the same placeholder and warning in every paper', () => {
  const bare: UserConfig = { ...sampleConfig };
  it.each(['cabinet-paper', 'scrutiny-pack', 'performance-summary'])('%s shows [Financial implications] and [Legal implications] and warns once', (template) => {
    const result = built(template, bare);
    // A paragraph under its heading, or (the summary) a cell beside its name.
    const words = textLines(result.document).map((line) => line.replace(/^(Financial|Legal) implications \| /, ''));
    expect(words).toContain('[Financial implications]');
    expect(words).toContain('[Legal implications]');
    const warnings = warningsOf(result.diagnostics, 'missing-paper-text');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('[Financial implications] (narrative.implications.financial in the config, or a "Financial implications" row on the Paper sheet)');
    expect(warnings[0]).toContain('[Legal implications]');
  });

  it('a paper with nothing missing has no such warning; with no config every meeting detail is named', () => {
    expect(warningsOf(built('exception-report', bare, analysis.indicators[0]!).diagnostics, 'missing-paper-text')).toEqual([]);
    const none = warningsOf(built('cabinet-paper', {}).diagnostics, 'missing-paper-text');
    expect(none).toHaveLength(1);
    for (const label of ['[Council name]', '[Directorate]', '[Committee]', '[Report author]', '[Contact officer]']) expect(none[0]).toContain(label);
  });

  it.each(['cabinet-paper', 'scrutiny-pack'])('%s: a red indicator without position commentary gets the placeholder and a warning; others do not', (template) => {
    const result = built(template, FULL);
    expect(warningsOf(result.diagnostics, 'missing-commentary')).toEqual([
      'R1 Applications decided in time: no commentary for "position" in 2009-10 Q3; the paper shows "[Commentary required: position]" until an officer writes it',
    ]);
    expect(section(result.document, 'R1 Applications decided in time')).toContain('[Commentary required: position]');
    expect(section(result.document, 'R2 Complaints answered in time')).toContain('Two staff were off sick; the backlog is cleared.');
    expect(section(result.document, 'G1 Calls answered').join(' ')).not.toContain('Commentary required');
  });
});

describe('charts: all | red | none', () => {
  const trends = (doc: Document): string[] => collect(doc, 'figure').filter((f) => f.chart.kind === 'trend').map((f) => f.alt.split(' ')[2] ?? '');
  it.each([
    ['cabinet-paper', undefined, ['R1', 'R2', 'G1']],
    ['cabinet-paper', 'red', ['R1', 'R2']],
    ['cabinet-paper', 'none', []],
    ['performance-summary', undefined, ['R1', 'R2']],
    ['performance-summary', 'all', ['R1', 'R2']],
    ['scrutiny-pack', undefined, []],
    ['scrutiny-pack', 'red', ['R1', 'R2']],
  ] as const)('%s with charts %s', (template, choice, ids) => {
    const paperType = template === 'cabinet-paper' ? 'cabinet' : template === 'scrutiny-pack' ? 'scrutiny' : 'summary';
    const config: UserConfig = choice === undefined ? FULL : { ...FULL, charts: { [paperType]: choice } };
    expect(trends(built(template, config).document)).toEqual(ids);
  });

  it('one choice for every paper, and a wrong one is a config error naming the path', () => {
    expect(resolveConfig({ charts: 'none' }).charts).toEqual({ cabinet: 'none', scrutiny: 'none', summary: 'none' });
    expect(validateConfig({ charts: { cabinet: 'some' } }, 'c.yaml').diagnostics.map((d) => d.message)[0]).toMatch(/^charts/);
    expect(validateConfig({ narrative: { sections: [{ title: 'X', text: 'Y', after: 'nowhere' }] } }, 'c.yaml').diagnostics[0]?.message).toMatch(/^narrative\.sections\.0\.after/);
    expect(validateConfig({ narrative: { cabinet: { recomendations: ['typo'] } } }, 'c.yaml').diagnostics[0]?.message).toMatch(/narrative\.cabinet/);
  });
});

describe('extra sections in a council template without their place', () => {
  it('are reported, not silently lost', () => {
    const dir = templatesDir({ 'mine.md.hbs': '---\ntitle: Mine\npaper: cabinet\n---\n# Body\n\n{{extraSections "purpose"}}\n' });
    const result = built('mine', FULL, null, [dir, BUILT_IN]);
    expect(headings(result.document)).toEqual(['# Body', '# Local context']);
    expect(warningsOf(result.diagnostics, 'section-not-placed')).toEqual([
      'the extra section "Next report" goes after "end", which this template has no place for: it is left out (add {{extraSections "end"}} to the template, or give it another place)',
    ]);
  });
});

/** A sheet as the reader gives it: rows of text cells. */
function grid(name: string, rows: (string | null)[][]): SheetGrid {
  return {
    name,
    rows: rows.map((cells, r) => ({
      row: r + 1,
      cells: new Map(cells.flatMap((text, c) => (text === null ? [] : [[c + 1, { kind: 'text' as const, text }]]))),
    })),
  };
}

describe('the Paper sheet', () => {
  it('reads each row by its Field, a list one item a row or a line, implications and glossary by name', () => {
    const findings = new Findings('s.xlsx');
    const sheet = readPaperSheet(
      [
        grid('Values', [['ID', 'Period', 'Value']]),
        grid('Paper', [
          ['Field', 'Text', 'Paper', 'After'],
          ['Title', 'Quarterly performance', null, null],
          ['Recommendation 1', 'To note the report.', null, null],
          ['Recommendation 2', 'To ask for more.', null, null],
          ['Background papers', '- Scorecard\n- Last report', null, null],
          ['Financial implications', 'None.', null, null],
          ['Climate implications', 'Fewer journeys.', null, null],
          ['Glossary: PPA', 'Planning performance agreement', null, null],
          ['Section: Local context', 'Applications rose.', null, 'purpose'],
          ['Recommendation 1', 'That the Panel challenges.', 'Scrutiny pack', null],
          ['Sign-off', 'Me', null, null],
          ['Purpose', 'To inform.', 'Council', null],
        ]),
      ],
      findings,
    );
    expect(sheet).toEqual({
      shared: {
        title: 'Quarterly performance',
        recommendations: ['To note the report.', 'To ask for more.'],
        backgroundPapers: ['Scorecard', 'Last report'],
        implications: { Financial: 'None.', Climate: 'Fewer journeys.' },
        glossary: { PPA: 'Planning performance agreement' },
        sections: [{ title: 'Local context', text: 'Applications rose.', after: 'purpose' }],
      },
      papers: { scrutiny: { recommendations: ['That the Panel challenges.'] } },
    });
    expect(findings.diagnostics.map((d) => `${d.code} ${d.where.sheet}!${d.where.cell}`)).toEqual(['unknown-paper-field Paper!A11', 'unknown-paper Paper!A12']);
    const narrative = narrativeFor(withPaperSheet({ shared: {}, papers: {} }, sheet), 'cabinet');
    expect(narrative.implications.map((i) => i.heading)).toEqual(['Financial implications', 'Legal implications', 'Climate implications']);
  });

  it('a workbook without one has none; one without Field and Text headers is a warning', () => {
    const findings = new Findings('s.xlsx');
    expect(readPaperSheet([grid('Values', [['ID']])], findings)).toBeNull();
    expect(readPaperSheet([grid('Paper', [['Title', 'x']])], findings)).toBeNull();
    expect(findings.diagnostics.map((d) => d.code)).toEqual(['missing-column']);
  });

  it("a commentary sheet called Narrative is not taken for the Paper sheet; a Narrative sheet with Field and Text is", () => {
    const findings = new Findings('s.xlsx');
    expect(readPaperSheet([grid('Narrative', [['ID', 'Section', 'Text'], ['NI68', 'position', 'Up.']])], findings)).toBeNull();
    expect(findings.diagnostics).toEqual([]);
    expect(readPaperSheet([grid('Narrative', [['Field', 'Text'], ['Purpose', 'To report.']])], findings)?.shared.purpose).toBe('To report.');
  });

  it.each([
    ['LSP exception report', 'exceptions'],
    ['Exception reports', 'exceptions'],
    ['Board exceptions', 'exceptions'],
    ['Cabinet paper', 'cabinet'],
    ['Scrutiny pack', 'scrutiny'],
    ['Performance summary', 'summary'],
  ])('a Paper column of %j is the %s paper', (given, paper) => {
    const findings = new Findings('s.xlsx');
    const sheet = readPaperSheet([grid('Paper', [['Field', 'Text', 'Paper'], ['Purpose', 'Its own.', given]])], findings);
    expect(findings.diagnostics).toEqual([]);
    expect(sheet?.papers[paper as 'cabinet']?.purpose).toBe('Its own.');
  });

  it("the sheet's rows for every paper win over the config's words for one paper; an exception report still takes only its own", () => {
    const config = { shared: { purpose: 'Standing purpose.' }, papers: { scrutiny: { recommendations: ['Standing scrutiny rec.'], purpose: 'Standing scrutiny purpose.' }, exceptions: { recommendations: ['Board notes it.'] } } };
    const sheet = { shared: { recommendations: ['This quarter, for every paper.'], title: 'Quarter 3' }, papers: {} };
    const merged = withPaperSheet(config, sheet);
    expect(narrativeFor(merged, 'scrutiny')).toMatchObject({ recommendations: ['This quarter, for every paper.'], purpose: 'Standing scrutiny purpose.', title: 'Quarter 3' });
    expect(narrativeFor(merged, 'cabinet')).toMatchObject({ recommendations: ['This quarter, for every paper.'], purpose: 'Standing purpose.' });
    expect(narrativeFor(merged, 'exceptions')).toMatchObject({ recommendations: ['Board notes it.'], title: null });
  });

  const dir = new TempDir();
  afterAll(() => dir.remove());

  it('in a real workbook, its words win over the config and reach every paper', async () => {
    const file = await writeWorkbook(dir.file('paper.xlsx'), [
      { name: 'Indicators', rows: [['ID', 'Title', 'Polarity', 'Unit', 'Target'], ['P1', 'Major applications decided in time', 'higher', 'percent', 60]] },
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ['P1', '2009-10 Q2', 55], ['P1', '2009-10 Q3', 50]] },
      { name: 'Paper', rows: [['Field', 'Text'], ['Title', 'Planning performance, Quarter 3'], ['Legal implications', 'None, says the Paper sheet.'], ['Recommendation 1', 'That Cabinet notes the figures.']] },
    ]);
    const config = resolveConfig({ ...FULL, narrative: { title: 'From the config', implications: { financial: 'None, says the config.', legal: 'Overruled.' } } });
    const result = await buildPapers({ data: file, papers: ['cabinet', 'scrutiny'], formats: [], config, emit: 'model' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const docs = result.files.map((f) => JSON.parse(new TextDecoder().decode(f.bytes)) as Document);
    expect(docs.map((d) => d.meta.title)).toEqual(['Planning performance, Quarter 3', 'Planning performance, Quarter 3']);
    const [cabinetDoc, scrutinyDoc] = docs as [Document, Document];
    expect(section(cabinetDoc, 'Financial implications')).toEqual(['None, says the config.']);
    expect(section(cabinetDoc, 'Legal implications')).toEqual(['None, says the Paper sheet.']);
    expect(plainText(collect(cabinetDoc, 'list')[0]!.items[0]!.children.flatMap((b) => (b.type === 'paragraph' ? b.children : [])))).toBe('That Cabinet notes the figures.');
    expect(section(scrutinyDoc, 'Resource and legal considerations')).toEqual(['None, says the config.', 'None, says the Paper sheet.']);
  }, 60_000);
});

describe("a council's own template without paper: in its front matter", () => {
  const dir = new TempDir();
  afterAll(() => dir.remove());

  it('still gets the narrative and charts setting of the paper type the build asked for', async () => {
    const file = await writeWorkbook(dir.file('own.xlsx'), [
      { name: 'Indicators', rows: [['ID', 'Title', 'Polarity', 'Unit', 'Target'], ['P1', 'Major applications decided in time', 'higher', 'percent', 60]] },
      { name: 'Values', rows: [['ID', 'Period', 'Value'], ['P1', '2009-10 Q2', 55], ['P1', '2009-10 Q3', 50]] },
    ]);
    const templates = templatesDir({ 'cabinet-paper.md.hbs': '---\ntitle: Own cabinet paper\n---\n# Purpose\n\n{{commentary narrative.purpose}}\n\nCharts: {{charts}}\n' });
    const config = resolveConfig({ templates, narrative: { purpose: 'Shared purpose.', cabinet: { purpose: 'The cabinet paper’s own purpose.' } }, charts: { cabinet: 'red' } });
    const result = await buildPapers({ data: file, papers: ['cabinet'], formats: [], config, emit: 'model' });
    const doc = JSON.parse(new TextDecoder().decode(result.files[0]!.bytes)) as Document;
    expect(section(doc, 'Purpose')).toEqual(['The cabinet paper’s own purpose.', 'Charts: red']);
  }, 60_000);
});

describe('the sample config', () => {
  it('supplies the children’s wording the built-in papers no longer assume', async () => {
    const { loadConfig } = await import('../../src/config.js');
    const loaded = await loadConfig(join(import.meta.dirname, '../../data/boardpack.config.yaml'));
    const narrative = narrativeFor(loaded.config!.narrative, 'scrutiny');
    expect(narrative.affected).toBe('children, young people and families in the area');
    expect(narrative.recommendations).toHaveLength(2);
    expect(narrative.glossary.map((g) => g.term)).toEqual(['CAF', 'Initial assessment', 'Re-referral']);
  });
});
