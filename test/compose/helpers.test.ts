// Helpers: literal template in, exact words out.
import { describe, expect, it } from 'vitest';
import { ordinal, ukDate } from '../../src/compose/index.js';
import { plainText } from '../../src/model/text.js';
import { periodFromLabel as q } from '../../src/period.js';
import { analysis, ni59, ni68, spend } from './fixtures.js';
import { compose } from './support.js';

/** The words of the single paragraph a one-line template renders to. */
function line(template: string, context: Record<string, unknown> = {}): string {
  const { document, diagnostics } = compose(template, { indicators: analysis.indicators, analysis, ni68, ni59, spend, ...context });
  expect(diagnostics).toEqual([]);
  const [only, ...rest] = document.children;
  expect(rest).toEqual([]);
  return only?.type === 'paragraph' ? plainText(only.children) : `(${only?.type ?? 'nothing'})`;
}

describe('formatting helpers', () => {
  it.each<[string, string]>([
    ['{{value ni68}}', '64.7%'],
    ['{{value ni68 "target"}}', '72%'],
    ['{{value ni68 "previous"}}', '60.4%'],
    ['{{value ni68 "yearOnYear"}}', '61.0%'],
    ['{{value ni68 63}}', '63.0%'],
    ['{{value ni68 null}}', 'no data'],
    ['{{value spend}}', '£1,200'],
    ['{{value spend "target"}}', 'no data'],
    ['{{change ni68}}', '+4.3 percentage points'],
    ['{{change ni59}}', 'no change'],
    ['{{change spend}}', '-£100'],
    ['{{ragLabel ni68}} / {{ragLabel spend}} / {{ragLabel "amber"}}', 'Red / Not rated / Amber'],
    ['{{direction ni68}} / {{direction ni59}} / {{direction null}}', '▲ Improving / ▶ Unchanged / – Not known'],
    ['{{quarter ni68.period}}; {{quarterAndYear ni68.period}}', 'Quarter 3; Quarter 3 2009-10'],
    ['{{quarterAndYear ni68.previousPeriod}}; {{quarterAndYear ni68.yearOnYearPeriod}}', 'Quarter 2 2009-10; Quarter 3 2008-09'],
    ['{{ni68.period}}, {{ni68.previousPeriod}}, {{escape analysis.period}}', '2009-10 Q3, 2009-10 Q2, 2009-10 Q3'],
    ['{{#each ni68.history}}{{#if (eq period ../ni68.period)}}{{period}}: {{value ../ni68 value}}{{/if}}{{/each}}', '2009-10 Q3: 64.7%'],
    ['{{#each analysis.exceptions}}{{#each periods}}{{this}}; {{/each}}{{/each}}', '2009-10 Q1; 2009-10 Q2; 2009-10 Q3;'],
    ['{{date "2010-01-12"}}', '12 January 2010'],
    ['{{ordinal 3}} {{ordinal 11}} {{ordinal 22}}', '3rd 11th 22nd'],
    ['{{#with (indicator "NI59")}}{{title}}: {{value this}}{{/with}}', 'Initial assessments within 7 days: 80.0%'],
    ['{{#each (keyPoints analysis 1)}}{{this}}{{/each}}', 'Referrals going on to initial assessment (NI68) red for a third consecutive quarter'],
    ['{{#each (keyPoints indicators)}}{{this}}; {{/each}}', 'Referrals going on to initial assessment (NI68) red for a third consecutive quarter; Spend per child (F1) improving: down £100 to £1,200;'],
    ['{{performanceSentence ni68}}', 'Performance at the end of Quarter 3 is 64.7% (an increase of 4.3 percentage points from 60.4% at the end of Quarter 2), against a target of 72%.'],
  ])('%s', (template, expected) => {
    expect(line(template)).toBe(expected);
  });

  it('{{rag}} shades a table cell and writes the word; outside a table it warns', () => {
    const { document } = compose('| RAG |\n|---|\n| {{rag ni68}} |\n| {{rag spend}} |', { ni68, spend });
    expect(document.children[0]).toMatchObject({
      rows: [
        { cells: [{ status: 'red', children: [{ type: 'text', value: 'Red' }] }] },
        { cells: [{ status: null, children: [{ type: 'text', value: 'Not rated' }] }] },
      ],
    });
    expect(compose('{{rag ni68}}', { ni68 }).diagnostics.map((d) => d.code)).toEqual(['misplaced-rag-marker']);
  });

  it.each<[string, string, boolean]>([
    ['eq', '{{#if (eq a 1)}}y{{else}}n{{/if}}', true],
    ['ne', '{{#if (ne a 1)}}y{{else}}n{{/if}}', false],
    ['and', '{{#if (and a list)}}y{{else}}n{{/if}}', false],
    ['or', '{{#if (or a list)}}y{{else}}n{{/if}}', true],
    ['not (an empty list is false)', '{{#if (not list)}}y{{else}}n{{/if}}', true],
    ['gt', '{{#if (gt a 0)}}y{{else}}n{{/if}}', true],
    ['lt', '{{#if (lt a 0)}}y{{else}}n{{/if}}', false],
  ])('%s', (_name, template, expected) => {
    expect(line(template, { a: 1, list: [] })).toBe(expected ? 'y' : 'n');
  });

  it.each<[string, string]>([
    ['{{value "NI68"}}', '{{value}}: expects an indicator (e.g. {{#each indicators}} ... this, or (indicator "NI68")), got string "NI68"'],
    ['{{value ni68 "targett"}}', '{{value}}: the second argument is a number or one of value, target, previous, yearOnYear, tolerance; got string "targett"'],
    ['{{ordinal 1.5}}', '{{ordinal}}: expects a whole number, got number 1.5'],
    ['{{eq 1}}', '{{eq}}: eq compares two values, got 1'],
    ['{{quarter "2009-10 Q3"}}', '{{quarter}}: expects a period from the data (such as period, previousPeriod or a quarter\'s period) as argument 1, got string "2009-10 Q3"'],
    ['{{quarterAndYear ni68}}', '{{quarterAndYear}}: expects a period from the data (such as period, previousPeriod or a quarter\'s period) as argument 1, got an object'],
    ['{{date "2010-02-30"}}', '{{date}}: "2010-02-30" is not a date written YYYY-MM-DD'],
  ])('%s is an error saying what is wrong', (template, message) => {
    expect(compose(template, { ni68 }).diagnostics.map((d) => d.message)).toEqual([message]);
  });
});

describe('{{reportedBefore}}', () => {
  const template = '{{reportedBefore ni68 history "LSP Executive Board"}}';
  it('lists the typed periods before the report period, oldest first', () => {
    const history = { NI68: [q('2009-10 Q2'), q('2009-10 Q3'), q('2009-10 Q1')] };
    expect(line(template, { history })).toBe('This indicator was reported to the LSP Executive Board in 2009-10 Q1 and 2009-10 Q2; it is still red.');
  });
  it('refuses labels as text rather than reading them', () => {
    expect(compose(template, { ni68, history: { NI68: ['2009-10 Q2'] } }).diagnostics.map((d) => d.message)).toEqual([
      '{{reportedBefore}}: exceptionHistory.NI68 is not a list of periods',
    ]);
  });
});

describe('ukDate and ordinal', () => {
  it.each<[string, string]>([
    ['2010-01-12', '12 January 2010'],
    ['2009-11-01', '1 November 2009'],
    ['2024-02-29', '29 February 2024'],
    ['2016-12-31', '31 December 2016'],
  ])('%s → %s', (iso, words) => expect(ukDate(iso)).toBe(words));

  it.each(['2023-02-29', '2010-13-01', '2010-1-12', '12/01/2010', ''])('rejects %j', (iso) => {
    expect(() => ukDate(iso)).toThrow('is not a date written YYYY-MM-DD');
  });

  it.each<[number, string]>([[1, '1st'], [2, '2nd'], [3, '3rd'], [4, '4th'], [11, '11th'], [12, '12th'], [13, '13th'], [21, '21st'], [101, '101st'], [111, '111th'], [112, '112th'], [0, '0th']])(
    '%d → %s', (n, words) => expect(ordinal(n)).toBe(words),
  );
});
