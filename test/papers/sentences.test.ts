// The generated sentences as they appear in the papers: every direction, RAG, unit and gap, through the real analyse.
import { describe, expect, it } from 'vitest';
import { periodFromLabel } from '../../src/period.js';
import type { Indicator, Observation } from '../../src/read/types.js';
import { analysed, indicatorRow, note, observations, paper, scorecard, section } from './support.js';

interface Case {
  name: string;
  indicator: Partial<Indicator>;
  values: (number | null)[];
  extra?: Partial<Observation>[];
  expected: string;
}

/** One indicator's cabinet-paper subsection: its sentences paragraph. */
function cabinetSentences(c: Case): string {
  const a = analysed(scorecard([indicatorRow('X1', { title: 'Measure', ...c.indicator })], observations('X1', c.values, c.extra)));
  const { document, diagnostics } = paper('cabinet-paper', a);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return section(document, 'X1 Measure')[0] ?? '';
}

const cases: Case[] = [
  {
    name: 'percent, increase, red for the second quarter, improving',
    indicator: { target: 72 },
    values: [80, 80, 60.4, 64.7],
    expected: 'Performance at the end of Quarter 3 is 64.7% (an increase of 4.3 percentage points from 60.4% at the end of Quarter 2), against a target of 72%. This is rated red for the second consecutive quarter, 7.3 percentage points short of target; performance is improving.',
  },
  {
    name: 'percent, decrease in percentage points, green',
    indicator: { target: 60 },
    values: [61, 62, 67.4, 64.7],
    expected: 'Performance at the end of Quarter 3 is 64.7% (a decrease of 2.7 percentage points from 67.4% at the end of Quarter 2), against a target of 60%. This is rated green.',
  },
  {
    name: 'percent, unchanged',
    indicator: { target: 60 },
    values: [61, 62, 64.7, 64.7],
    expected: 'Performance at the end of Quarter 3 is unchanged at 64.7% (the same as at the end of Quarter 2), against a target of 60%. This is rated green.',
  },
  {
    name: 'percent, red in its first quarter, worsening',
    indicator: { target: 72 },
    // Three equal quarters running would be queried as copied forward: the figures differ, as a real series does.
    values: [72.5, 71.5, 72, 60],
    expected: 'Performance at the end of Quarter 3 is 60.0% (a decrease of 12 percentage points from 72.0% at the end of Quarter 2), against a target of 72%. This is rated red, 12 percentage points short of target.',
  },
  {
    name: 'percent, amber and improving',
    indicator: { target: 72 },
    values: [65.5, 66.5, 66, 70],
    expected: 'Performance at the end of Quarter 3 is 70.0% (an increase of 4 percentage points from 66.0% at the end of Quarter 2), against a target of 72%. This is rated amber, 2 percentage points short of target but within tolerance; performance is improving.',
  },
  {
    name: 'percent, lower is better, better than England',
    indicator: { target: 23.9, polarity: 'lower' },
    values: [24, 24, 22.9, 21.5],
    extra: [{}, {}, {}, { england: 26.1 }],
    expected: 'Performance at the end of Quarter 3 is 21.5% (a decrease of 1.4 percentage points from 22.9% at the end of Quarter 2), against a target of 23.9%. This is rated green. This is better than the England average of 26.1%.',
  },
  {
    name: 'a count with thousands, no target',
    indicator: { unit: 'number', polarity: null, target: null },
    values: [1500, 1550, 1600, 1732],
    expected: 'Performance at the end of Quarter 3 is 1,732 (an increase of 132 from 1,600 at the end of Quarter 2). There is no target for this indicator.',
  },
  {
    name: 'a rate per 10,000',
    indicator: { unit: 'rate', ratePer: 10000, decimals: 0, polarity: null, target: null },
    values: [80, 81, 82, 80],
    extra: [{}, {}, {}, { england: 60 }],
    expected: 'Performance at the end of Quarter 3 is 80 per 10,000 (broadly unchanged from 82 per 10,000 at the end of Quarter 2). There is no target for this indicator. This is higher than the England average of 60 per 10,000.',
  },
  {
    name: 'money, lower is better, amber',
    indicator: { unit: 'currency', polarity: 'lower', target: 800000 },
    values: [812300, 798000, 781250, 802900],
    expected: 'Performance at the end of Quarter 3 is £802,900 (an increase of £21,650 from £781,250 at the end of Quarter 2), against a target of £800,000. This is rated amber, £2,900 above target but within tolerance.',
  },
  {
    name: 'days, lower is better, improving but still above target',
    indicator: { unit: 'days', polarity: 'lower', target: 21, decimals: 1 },
    values: [25, 24, 23, 21.5],
    expected: 'Performance at the end of Quarter 3 is 21.5 days (a decrease of 1.5 days from 23.0 days at the end of Quarter 2), against a target of 21 days. This is rated amber, 0.5 days above target but within tolerance; performance is improving.',
  },
  {
    name: 'a gap last quarter',
    indicator: { target: 72 },
    values: [60, 61, null, 64.7],
    expected: 'Performance at the end of Quarter 3 is 64.7%, against a target of 72%. No data was reported for Quarter 2. This is rated red, 7.3 percentage points short of target.',
  },
  {
    name: 'no figure this quarter',
    indicator: { target: 72 },
    values: [60, 61, 62, null],
    expected: 'No data was reported for Quarter 3. This is not rated for Quarter 3 as no data was reported.',
  },
];

describe('indicator sentences in the cabinet paper', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(cabinetSentences(c)).toBe(c.expected);
  });
});

describe('exception report sentences', () => {
  const labels = { numeratorLabel: 'children who went on to receive an Initial Assessment', denominatorLabel: "children referred into Children's Social Care" };
  function exceptionReport(values: (number | null)[], extra: Partial<Observation>[], fields: Partial<Indicator> = {}, history: Record<string, string[]> = {}) {
    const a = analysed(scorecard([indicatorRow('NI68', { title: 'Referrals going on to initial assessment', target: 72, ...fields })], observations('NI68', values, extra)));
    const indicator = a.indicators[0] ?? null;
    const exceptionHistory = Object.fromEntries(Object.entries(history).map(([id, labels]) => [id, labels.map(periodFromLabel)]));
    return paper('exception-report', a, { indicator, exceptionHistory });
  }
  const figures = [{}, {}, { numerator: 1089, denominator: 1803 }, { numerator: 1732, denominator: 2677 }];

  it.each<[string, (number | null)[], Record<string, string[]>, string]>([
    ['two quarters, never reported', [80, 80, 60.4, 64.7], {}, 'This report presents to the LSP Executive Board the current position with regard to the performance of NI68 – Referrals going on to initial assessment – following two consecutive quarters where the target was reported as red.'],
    ['four quarters, reported before', [60, 60, 60.4, 64.7], { NI68: ['2009-10 Q1', '2009-10 Q2'] }, 'This report presents to the LSP Executive Board the current position with regard to the performance of NI68 – Referrals going on to initial assessment – following four consecutive quarters where the target was reported as red. This indicator was reported to the LSP Executive Board in 2009-10 Q1 and 2009-10 Q2; it is still red.'],
    ['the register holds this quarter too: not "before"', [80, 80, 60.4, 64.7], { NI68: ['2009-10 Q2', '2009-10 Q3'] }, 'This report presents to the LSP Executive Board the current position with regard to the performance of NI68 – Referrals going on to initial assessment – following two consecutive quarters where the target was reported as red. This indicator was reported to the LSP Executive Board in 2009-10 Q2; it is still red.'],
  ])('executive summary: %s', (_name, values, history, expected) => {
    const { document } = exceptionReport(values, figures, {}, history);
    expect(section(document, 'Executive summary')).toEqual([expected]);
  });

  it.each<[string, Partial<Indicator>, Partial<Observation>[], string[]]>([
    ['both figures', labels, figures, ["The calculation is the number of children who went on to receive an Initial Assessment – 1,732, as a percentage of the number of children referred into Children's Social Care – 2,677 (31 December 2009 figures)."]],
    ['no numerator this quarter', labels, [{}, {}, {}, { denominator: 2677 }], ["The calculation is the number of children who went on to receive an Initial Assessment, as a percentage of the number of children referred into Children's Social Care – 2,677 (31 December 2009 figures). The number of children who went on to receive an Initial Assessment was not reported for Quarter 3 2009-10."]],
    ['labels written "Number of ..."', { numeratorLabel: 'Number of initial assessments', denominatorLabel: 'the number of referrals' }, figures, ['The calculation is the number of initial assessments – 1,732, as a percentage of the number of referrals – 2,677 (31 December 2009 figures).']],
    ['no figures', labels, [], ["The calculation is the number of children who went on to receive an Initial Assessment, as a percentage of the number of children referred into Children's Social Care. Neither figure was reported for Quarter 3 2009-10."]],
    ['no labels: only the definition text', { definition: 'The percentage of referrals which progress to an Initial Assessment.' }, figures, ['The percentage of referrals which progress to an Initial Assessment.']],
  ])('definition: %s', (_name, fields, extra, expected) => {
    const { document } = exceptionReport([80, 80, 60.4, 64.7], extra, { definition: 'Defined nationally.', ...fields });
    const text = section(document, 'Definition');
    expect(text.slice(0, expected.length)).toEqual(expected);
  });

  it.each<[string, Partial<Indicator>, (number | null)[], string]>([
    ['higher is better, short of target', {}, [80, 80, 60.4, 64.7], 'This indicator measures the percentage of referrals going on to initial assessment. The target is to increase the percentage to 72% by the end of Quarter 3 2009-10 (31 December 2009).'],
    ['lower is better', { polarity: 'lower', target: 20, title: 'Re-referrals within 12 months' }, [30, 30, 30, 30], 'This indicator measures the percentage of re-referrals within 12 months. The target is to reduce the percentage to 20% by the end of Quarter 3 2009-10 (31 December 2009).'],
    ['a title that already names its measure; days', { unit: 'days', polarity: 'lower', target: 426, title: 'Average days between entering care and adoption' }, [600, 600, 600, 600], 'This indicator measures the average days between entering care and adoption. The target is to reduce the average time taken to 426 days by the end of Quarter 3 2009-10 (31 December 2009).'],
    ['a title starting "Percentage of" takes "the"', { title: 'Percentage of children with a plan' }, [80, 80, 60.4, 64.7], 'This indicator measures the percentage of children with a plan. The target is to increase the percentage to 72% by the end of Quarter 3 2009-10 (31 December 2009).'],
    ['a title starting "%" reads as "the percentage"', { title: '% of children with a plan' }, [80, 80, 60.4, 64.7], 'This indicator measures the percentage of children with a plan. The target is to increase the percentage to 72% by the end of Quarter 3 2009-10 (31 December 2009).'],
    ['an acronym keeps its capitals', { title: 'CAF assessments completed' }, [80, 80, 60.4, 64.7], 'This indicator measures the percentage of CAF assessments completed. The target is to increase the percentage to 72% by the end of Quarter 3 2009-10 (31 December 2009).'],
  ])('introduction: %s', (_name, fields, values, expected) => {
    const { document } = exceptionReport(values, [], fields);
    expect(section(document, 'Introduction')[0]).toBe(expected);
  });
});

/** The author block closes the conclusion's section; table rows are written `label | value`. */
const notAuthorBlock = (line: string): boolean => !line.includes(' | ');

describe('commentary sections', () => {
  function report(commentary: ReturnType<typeof note>[]) {
    const a = analysed(scorecard([indicatorRow('IA01', { title: 'Initial assessments in time', target: 75 })], observations('IA01', [60, 60, 60, 60]), commentary));
    return paper('exception-report', a, { indicator: a.indicators[0] ?? null });
  }

  it('a section no officer wrote is a visible placeholder and a warning naming the indicator and section', () => {
    const { document, diagnostics } = report([note('IA01', 'learning', 'We visited two councils.')]);
    expect(section(document, 'Learning from best practice')).toEqual(['We visited two councils.']);
    expect(section(document, 'Further action')).toEqual(['[Commentary required: further action]']);
    expect(section(document, 'Conclusion').filter(notAuthorBlock)).toEqual(['[Commentary required: conclusion]']);
    const missing = diagnostics.filter((d) => d.code === 'missing-commentary');
    expect(missing.map((d) => [d.severity, d.where.sheet, d.message])).toEqual([
      ['warning', 'Indicators', 'IA01 Initial assessments in time: no commentary for "definition" in 2009-10 Q3; the paper shows "[Commentary required: definition]" until an officer writes it'],
      ['warning', 'Indicators', 'IA01 Initial assessments in time: no commentary for "rationale" in 2009-10 Q3; the paper shows "[Commentary required: rationale]" until an officer writes it'],
      ['warning', 'Indicators', 'IA01 Initial assessments in time: no commentary for "local performance" in 2009-10 Q3; the paper shows "[Commentary required: local performance]" until an officer writes it'],
      ['warning', 'Indicators', 'IA01 Initial assessments in time: no commentary for "further action" in 2009-10 Q3; the paper shows "[Commentary required: further action]" until an officer writes it'],
      ['warning', 'Indicators', 'IA01 Initial assessments in time: no commentary for "conclusion" in 2009-10 Q3; the paper shows "[Commentary required: conclusion]" until an officer writes it'],
    ]);
  });

  it.each<[string, string]>([
    ['actions', 'Further action'],
    ['Further Action', 'Further action'],
    ['next steps', 'Further action'],
    ['action_plan', 'Further action'],
    ['best practice', 'Learning from best practice'],
    ['Lessons learnt', 'Learning from best practice'],
    ['local performance', 'Performance in Wirral Council'],
    ['conclusions', 'Conclusion'],
    ['summary', 'Conclusion'],
  ])('the section "%s" fills %s', (name, heading) => {
    const { document, diagnostics } = report([note('IA01', name, 'Written by the officer.\n\n- first\n- second')]);
    expect(section(document, heading).filter(notAuthorBlock)).toEqual(['Written by the officer.', 'first', 'second']);
    expect(diagnostics.filter((d) => d.code === 'missing-commentary').map((d) => d.message).join('\n')).not.toContain(heading.toLowerCase());
  });

  it('blank commentary counts as none', () => {
    const { diagnostics } = report([note('IA01', 'actions', '  \n ')]);
    expect(diagnostics.some((d) => d.message.includes('"further action"'))).toBe(true);
  });
});
