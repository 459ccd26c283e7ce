// Words the papers use about meetings and counts.
import { describe, expect, it } from 'vitest';
import { countOf, meetingInSentence } from '../../src/compose/helpers/words.js';
import { listInWords, numberInWords } from '../../src/narrate/index.js';

describe('meetingInSentence', () => {
  it.each([
    ['Cabinet', 'Cabinet'],
    ['cabinet', 'cabinet'],
    ['Council', 'Council'],
    ['Full Council', 'Full Council'],
    ["Children and Young People's Scrutiny Panel", "the Children and Young People's Scrutiny Panel"],
    ['LSP Executive Board', 'the LSP Executive Board'],
    ['The Health and Wellbeing Board', 'The Health and Wellbeing Board'],
    ['[Committee]', '[Committee]'],
    ['  Scrutiny Board ', 'the Scrutiny Board'],
  ])('%j → %j', (name, expected) => expect(meetingInSentence(name)).toBe(expected));
});

describe('counting words', () => {
  it.each([
    [0, 'zero'], [1, 'one'], [2, 'two'], [12, 'twelve'], [13, '13'], [1.5, '1.5'],
  ])('numberInWords(%d) → %s', (n, expected) => expect(numberInWords(n)).toBe(expected));

  it('says one thing and many things', () => {
    expect(countOf(1, 'quarter')).toBe('one quarter');
    expect(countOf(2, 'quarter')).toBe('two quarters');
    expect(countOf(3, 'child', 'children')).toBe('three children');
    expect(listInWords([])).toBe('');
    expect(listInWords(['NI68'])).toBe('NI68');
    expect(listInWords(['NI68', 'IA01', 'CP02'])).toBe('NI68, IA01 and CP02');
  });
});
