// The exception register: history only from earlier periods, new/continuing/resolved, idempotent recording.
import { describe, expect, it } from 'vitest';
import { emptyRegister, exceptionChanges, exceptionHistoryFor, parseRegister, recordPeriod, type ExceptionRegister } from '../../src/run/register.js';
import { FinancialQuarter, periodFromLabel as q } from '../../src/period.js';
import { stableJson } from '../../src/run/stableJson.js';

const register = (periods: Record<string, string[]>): ExceptionRegister => ({ version: 1, jobs: { cyp: { periods } } });
/** As the manifest and the papers print it: every period as its label. */
const printed = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('exceptionHistoryFor', () => {
  it.each([
    ['nothing recorded', {}, '2016-17 Q3', {}],
    ['earlier periods, oldest first; closed exceptions have no history', { '2016-17 Q2': ['A'], '2016-17 Q1': ['A', 'B'] }, '2016-17 Q3', { A: ['2016-17 Q1', '2016-17 Q2'] }],
    ['closed, then back: only the unbroken run counts', { '2016-17 Q1': ['A'], '2016-17 Q2': [], '2016-17 Q3': ['A'] }, '2016-17 Q4', { A: ['2016-17 Q3'] }],
    ['closed last time: nothing to say', { '2016-17 Q1': ['A'], '2016-17 Q2': [] }, '2016-17 Q3', {}],
    ['the period itself never counts (a re-run gives the same papers)', { '2016-17 Q3': ['A'] }, '2016-17 Q3', {}],
    ['later periods never count (re-building an old quarter)', { '2016-17 Q4': ['A'], '2016-17 Q1': ['B'] }, '2016-17 Q3', { B: ['2016-17 Q1'] }],
    ['a quarter with no run recorded does not break the run', { '2016-17 Q1': ['A'], '2016-17 Q3': ['A'] }, '2016-17 Q4', { A: ['2016-17 Q1', '2016-17 Q3'] }],
    ['years order by time across the financial year end', { '2016-17 Q4': ['A'], '2017-18 Q1': ['A'] }, '2017-18 Q2', { A: ['2016-17 Q4', '2017-18 Q1'] }],
  ])('%s', (_name, periods, period, expected) => {
    expect(printed(exceptionHistoryFor(register(periods), 'cyp', q(period)))).toEqual(expected);
  });

  it('gives typed periods, and takes the label a worker reported as well as a typed period', () => {
    const history = exceptionHistoryFor(register({ '2016-17 Q2': ['A'] }), 'cyp', '2016-17 Q3');
    expect(history['A']).toEqual([q('2016-17 Q2')]);
    expect(history['A']?.[0]).toBeInstanceOf(FinancialQuarter);
    expect(() => exceptionHistoryFor(register({}), 'cyp', 'Q3 2016/17')).toThrow(/not a period label as boardpack writes it/);
  });

  it('keeps jobs apart', () => {
    expect(exceptionHistoryFor(register({ '2016-17 Q1': ['A'] }), 'adults', '2016-17 Q3')).toEqual({});
  });
});

describe('exceptionChanges', () => {
  it.each([
    ['first run: all new', {}, ['B', 'A'], { new: ['A', 'B'], continuing: [], resolved: [], lastPeriod: null }],
    ['continuing and new', { '2016-17 Q2': ['A'] }, ['A', 'C'], { new: ['C'], continuing: ['A'], resolved: [], lastPeriod: '2016-17 Q2' }],
    ['resolved since the last run', { '2016-17 Q1': ['A'], '2016-17 Q2': ['B'] }, [], { new: [], continuing: [], resolved: ['B'], lastPeriod: '2016-17 Q2' }],
    ['reported long ago, closed, back again: new (not "still red")', { '2016-17 Q1': ['A'], '2016-17 Q2': [] }, ['A'], { new: ['A'], continuing: [], resolved: [], lastPeriod: '2016-17 Q2' }],
    ['re-running the same period compares with the one before it', { '2016-17 Q2': ['A'], '2016-17 Q3': ['B'] }, ['B'], { new: ['B'], continuing: [], resolved: ['A'], lastPeriod: '2016-17 Q2' }],
  ])('%s', (_name, periods, current, expected) => {
    expect(printed(exceptionChanges(register(periods), 'cyp', q('2016-17 Q3'), current))).toEqual(expected);
  });
});

describe('recordPeriod', () => {
  it('is idempotent: recording a period again changes nothing', () => {
    const once = recordPeriod(emptyRegister(), 'cyp', q('2016-17 Q3'), ['B', 'A', 'A']);
    const twice = recordPeriod(once, 'cyp', q('2016-17 Q3'), ['A', 'B']);
    expect(once).toEqual({ version: 1, jobs: { cyp: { periods: { '2016-17 Q3': ['A', 'B'] } } } });
    expect(stableJson(twice)).toBe(stableJson(once));
  });

  it('replaces a period rather than adding to it, and keeps other periods and jobs', () => {
    const start = recordPeriod(recordPeriod(emptyRegister(), 'cyp', '2016-17 Q2', ['A']), 'adults', '2016-17 Q3', ['X']);
    const next = recordPeriod(recordPeriod(start, 'cyp', '2016-17 Q3', ['A']), 'cyp', '2016-17 Q3', []);
    expect(next.jobs).toEqual({ cyp: { periods: { '2016-17 Q2': ['A'], '2016-17 Q3': [] } }, adults: { periods: { '2016-17 Q3': ['X'] } } });
  });
});

describe('parseRegister', () => {
  it('reads back what it wrote', () => {
    const r = recordPeriod(emptyRegister(), 'cyp', '2016-17 Q3', ['A']);
    expect(parseRegister(stableJson(r))).toEqual({ register: r });
  });
  it('reads a period mended by hand as a person writes it, and keeps it under its label', () => {
    const parsed = parseRegister('{"version": 1, "jobs": {"cyp": {"periods": {"Q2 2016/17": ["A"]}}}}');
    expect(parsed).toEqual({ register: { version: 1, jobs: { cyp: { periods: { '2016-17 Q2': ['A'] } } } } });
    if ('register' in parsed) expect(printed(exceptionHistoryFor(parsed.register, 'cyp', q('2016-17 Q3')))).toEqual({ A: ['2016-17 Q2'] });
  });
  it.each([
    ['truncated', '{"version": 1, "jobs": {', /not valid JSON/],
    ['wrong version', '{"version": 2, "jobs": {}}', /^version:/],
    ['a period that is not a quarter', '{"version": 1, "jobs": {"cyp": {"periods": {"someday": []}}}}', /"someday" is not a quarter/],
    ['ids that are not text', '{"version": 1, "jobs": {"cyp": {"periods": {"2016-17 Q3": [1]}}}}', /jobs\.cyp\.periods\.2016-17 Q3\.0/],
    ['one quarter spelt two ways', '{"version": 1, "jobs": {"cyp": {"periods": {"2016-17 Q3": [], "Q3 2016/17": ["A"]}}}}', /"2016-17 Q3" and "Q3 2016\/17" are the same quarter/],
  ])('refuses a register that is %s', (_name, text, problem) => {
    const parsed = parseRegister(text);
    expect('problem' in parsed ? parsed.problem : '').toMatch(problem);
  });
});
