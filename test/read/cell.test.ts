// normaliseCell: every kind of value exceljs gives, to one plain shape.
import { describe, expect, it } from 'vitest';
import { isPercentFormat, normaliseCell } from '../../src/read/cell.js';

const december = new Date(Date.UTC(2016, 11, 1));

describe('normaliseCell', () => {
  it.each([
    ['null', null, undefined, { kind: 'blank' }],
    ['undefined', undefined, undefined, { kind: 'blank' }],
    ['number', 64.7, undefined, { kind: 'number', value: 64.7, percentFormat: false }],
    ['number with a % format', 0.647, '0.0%', { kind: 'number', value: 0.647, percentFormat: true }],
    ['NaN', Number.NaN, undefined, { kind: 'blank' }],
    ['string', 'sixty', undefined, { kind: 'text', text: 'sixty' }],
    ['whitespace string', '   ', undefined, { kind: 'blank' }],
    ['boolean', true, undefined, { kind: 'boolean', value: true }],
    ['date', december, 'mmm-yy', { kind: 'date', date: december }],
    ['rich text', { richText: [{ text: '2016-17 ' }, { font: { bold: true }, text: 'Q3' }] }, undefined, { kind: 'text', text: '2016-17 Q3' }],
    ['hyperlink', { text: 'NI68', hyperlink: 'https://example.org/ni68' }, undefined, { kind: 'text', text: 'NI68' }],
    ['hyperlink with rich text', { text: { richText: [{ text: 'NI' }, { text: '68' }] }, hyperlink: 'https://x' }, undefined, { kind: 'text', text: 'NI68' }],
    ['formula with a number result', { formula: 'A1/B1', result: 0.5 }, '0%', { kind: 'number', value: 0.5, percentFormat: true }],
    ['formula with a string result', { formula: 'A1&B1', result: 'n/a' }, undefined, { kind: 'text', text: 'n/a' }],
    ['formula with an error result', { formula: 'A1/0', result: { error: '#DIV/0!' } }, undefined, { kind: 'error', text: '#DIV/0!' }],
    ['shared formula', { sharedFormula: 'C2', result: 12 }, undefined, { kind: 'number', value: 12, percentFormat: false }],
    ['formula never calculated', { formula: 'SUM(A1:A3)' }, undefined, { kind: 'uncalculated', formula: 'SUM(A1:A3)' }],
    ['error value', { error: '#N/A' }, undefined, { kind: 'error', text: '#N/A' }],
  ])('%s', (_name, value, numFmt, expected) => {
    expect(normaliseCell(value, numFmt)).toEqual(expected);
  });
});

describe('isPercentFormat', () => {
  it.each([
    [undefined, false],
    ['General', false],
    ['0', false],
    ['0%', true],
    ['0.0%', true],
    ['#,##0.00%;[Red]-#,##0.00%', true],
    ['0.0"%"', false],
    ['0.0\\%', false],
  ])('%s → %s', (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });
});
