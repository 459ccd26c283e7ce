// `--period`: read the forgiving way once, at the command line; an unreadable one is a usage error naming the flag.
import { describe, expect, it } from 'vitest';
import { readPeriodFlag } from '../../src/commands/period-flag.js';

describe('readPeriodFlag', () => {
  it('is nothing when the flag is not given', () => {
    expect(readPeriodFlag(undefined)).toEqual({ period: undefined });
  });
  it('accepts the spellings a council writes', () => {
    expect(readPeriodFlag('Q2 2009/10')).toEqual({ period: { year: 2009, quarter: 2 } });
  });
  it('an unreadable period is an error diagnostic against --period, not the data file, and not a throw', () => {
    const read = readPeriodFlag('third quarter');
    expect('error' in read ? [read.error.severity, read.error.code, read.error.where] : read).toEqual(['error', 'invalid-period', {}]);
    expect('error' in read ? read.error.message : '').toMatch(/^--period: "third quarter" is not a period/);
  });
  it.each(['2009-11 Q3', '2009-10 Q5', 'Q3', ''])('rejects %j', (text) => {
    const read = readPeriodFlag(text);
    expect('error' in read ? read.error.code : null).toBe('invalid-period');
  });
});
