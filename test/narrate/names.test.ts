// An indicator named at the start of a bullet: its title with the code in brackets, a "%" said in words as a
// performance officer would write it.
import { describe, expect, it } from 'vitest';
import { indicatorName, indicatorNameFirst } from '../../src/narrate/index.js';

describe('an indicator named at the start of a bullet', () => {
  it.each([
    ['% of undisputed invoices paid on time', 'FI06', 'Percentage of undisputed invoices paid on time (FI06)'],
    ['%of council tax collected', 'RB06', 'Percentage of council tax collected (RB06)'],
    ['% Garden Waste invoices sent out accurately and on time', 'CS03', 'Percentage of Garden Waste invoices sent out accurately and on time (CS03)'],
    ['% Reduction in violence against the person offences with injury', 'SNH02', 'Percentage reduction in violence against the person offences with injury (SNH02)'],
    ['% change in household waste', 'W01', 'Percentage change in household waste (W01)'],
    ['%  Increase in visitors', 'V01', 'Percentage increase in visitors (V01)'],
    ['% Reductions achieved', 'R01', 'Percentage of Reductions achieved (R01)'],
    ['% Changes in circumstances processed in time', 'RB09', 'Percentage of Changes in circumstances processed in time (RB09)'],
    ['re-referrals within 12 months.', 'RR1', 'Re-referrals within 12 months (RR1)'],
    ['', 'NI68', 'NI68'],
  ])('"%s" (%s) → %s', (title, id, expected) => {
    expect(indicatorNameFirst({ id, title })).toBe(expected);
  });

  it('inside a sentence the title stays as written', () => {
    expect(indicatorName({ id: 'SNH02', title: '% Reduction in violence' })).toBe('% Reduction in violence (SNH02)');
  });
});
