// `--period`: read the forgiving way once, at the command line; an unreadable one is an error naming what was typed.
import { describe, expect, it } from 'vitest';
import { readPeriodFlag } from '../../src/commands/period-flag.js';

describe('readPeriodFlag', () => {
  it('is nothing when the flag is not given', () => {
    expect(readPeriodFlag(undefined, 'scorecard.xlsx')).toEqual({ period: undefined });
  });
  it('accepts the spellings a council writes', () => {
    expect(readPeriodFlag('Q2 2009/10', 'scorecard.xlsx')).toEqual({ period: { year: 2009, quarter: 2 } });
  });
  it('an unreadable period is an error diagnostic at the scorecard, not a throw', () => {
    const read = readPeriodFlag('third quarter', 'scorecard.xlsx');
    expect('error' in read ? [read.error.severity, read.error.code, read.error.where] : read).toEqual(['error', 'invalid-period', { file: 'scorecard.xlsx' }]);
    expect('error' in read ? read.error.message : '').toContain('"third quarter"');
  });
  it.each(['2009-11 Q3', '2009-10 Q5', 'Q3', ''])('rejects %j', (text) => {
    const read = readPeriodFlag(text, 'scorecard.xlsx');
    expect('error' in read ? read.error.code : null).toBe('invalid-period');
  });
});
