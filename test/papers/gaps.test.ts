// A scorecard full of gaps: every paper still says honestly what is missing, never NaN, undefined, null or an empty sentence.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config.js';
import type { Document } from '../../src/model/types.js';
import { defaultHouseStyle } from '../../src/model/builders.js';
import { analysed, indicatorRow, note, observations, paper, scorecard, textLines } from './support.js';

/** Every unit and polarity, with gaps in each place a figure can be missing. */
const gappy = scorecard(
  [
    indicatorRow('G1', { title: 'Red with gaps', target: 72, numeratorLabel: 'assessed', denominatorLabel: 'referred', theme: 'Front door' }),
    indicatorRow('G2', { title: 'Nothing this quarter', target: 60, theme: 'Front door' }),
    indicatorRow('G3', { title: 'Nothing last quarter', unit: 'number', polarity: null, target: null, theme: 'Assessment' }),
    indicatorRow('G4', { title: 'Never reported', unit: 'rate', ratePer: 10000, target: 80 }),
    indicatorRow('G5', { title: 'Money with no polarity', unit: 'currency', polarity: null, target: null }),
    indicatorRow('G6', { title: 'Days, lower is better', unit: 'days', polarity: 'lower', target: 20, theme: 'Assessment' }),
  ],
  [
    ...observations('G1', [null, 50, 60, 61], [{}, { england: 70 }, { england: null }, { numerator: 61 }]),
    ...observations('G2', [55, null, 58, null], [{}, {}, {}, { statisticalNeighbours: 50 }]),
    ...observations('G3', [null, 10, null, 12]),
    ...observations('G4', [null, null, null, null]),
    ...observations('G5', [1000, null, null, 1200], [{}, {}, { region: 1100 }, {}]),
    ...observations('G6', [30, 29, null, 31]),
  ],
  [note('G1', 'actions', ''), note('G3', 'position', '   ')],
);

const FORBIDDEN = /\b(NaN|undefined|null|Infinity)\b|\[object /;

function problems(doc: Document): string[] {
  const lines = textLines(doc);
  const bad = lines.filter((l) => FORBIDDEN.test(l));
  // A sentence with nothing in it: empty paragraphs, "is ." or a dangling "of ," from a missing figure.
  const empty = lines.filter((l) => /^\s*[.,;:]?\s*$/.test(l) && l !== '' ? true : /\s[.,;:]\s|\(\s*\)|\bof\s*[.,]/.test(l));
  const emptyParagraphs = doc.children.filter((b) => b.type === 'paragraph' && b.children.every((i) => i.type === 'text' && i.value.trim() === ''));
  return [...bad, ...empty, ...emptyParagraphs.map(() => '(empty paragraph)')];
}

describe('a scorecard full of gaps', () => {
  const analysis = analysed(gappy);
  const configs = [['with a config', undefined], ['with no config', resolveConfig({})]] as const;

  it('puts G1 in exception (red for three quarters after a gap)', () => {
    expect(analysis.exceptions.map((e) => e.id)).toEqual(['G1']);
  });

  for (const [label, config] of configs) {
    it.each(['cabinet-paper', 'scrutiny-pack'])(`%s (${label}) has no NaN, undefined, null or empty sentence`, (template) => {
      const { document, diagnostics } = paper(template, analysis, config === undefined ? {} : { config });
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(textLines(document).length).toBeGreaterThan(20);
      expect(problems(document)).toEqual([]);
    });

    it(`every exception report (${label}) has no NaN, undefined, null or empty sentence`, () => {
      for (const indicator of analysis.indicators.filter((a) => a.exception)) {
        const { document, diagnostics } = paper('exception-report', analysis, { indicator, ...(config === undefined ? {} : { config }) });
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(problems(document)).toEqual([]);
      }
    });
  }

  it('says what is missing in words', () => {
    const cabinet = textLines(paper('cabinet-paper', analysis).document);
    expect(cabinet).toContain('No data was reported for Quarter 3. This is not rated for Quarter 3 as no data was reported.');
    expect(cabinet).toContain('Performance at the end of Quarter 3 is 12. No data was reported for Quarter 2. There is no target for this indicator.');
    const report = textLines(paper('exception-report', analysis, { indicator: analysis.indicators[0] ?? null }).document);
    expect(report).toContain('The calculation is the number of assessed – 61, as a percentage of the number of referred (31 December 2009 figures). The number of referred was not reported for Quarter 3 2009-10.');
    expect(report).toContain('[Commentary required: further action]');
    const scrutiny = paper('scrutiny-pack', analysis).document;
    const appendix = textLines(scrutiny).filter((l) => l.startsWith('G4 |'));
    expect(appendix).toEqual(['G4 | Never reported | no data | 80 per 10,000 | Not rated | – Not known | no data | no data']);
  });

  it('the problem finder catches what it looks for', () => {
    const para = (value: string): Document => ({ type: 'document', style: defaultHouseStyle, meta: { title: 't', subject: null, author: null, keywords: [], language: 'en-GB', date: '2010-01-12' }, furniture: { header: null, footer: null }, children: [{ type: 'paragraph', number: null, children: [{ type: 'text', value }] }] });
    expect(problems(para('Performance is NaN%.'))).toHaveLength(1);
    expect(problems(para('The target is undefined.'))).toHaveLength(1);
    expect(problems(para('against a target of .'))).toHaveLength(1);
    expect(problems(para(' '))).not.toEqual([]);
    expect(problems(para('Performance at the end of Quarter 3 is 64.7%.'))).toEqual([]);
  });
});
