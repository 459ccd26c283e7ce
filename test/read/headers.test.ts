// Header matching: case, spaces and punctuation ignored; the synonyms officers use.
import { describe, expect, it } from 'vitest';
import { fieldOfHeader } from '../../src/read/headers.js';

describe('fieldOfHeader', () => {
  it.each([
    ['ID', 'id'], ['id', 'id'], ['Ref', 'id'], ['Code', 'id'], ['Indicator ID', 'id'], ['indicator_id', 'id'],
    ['Title', 'title'], ['Indicator', 'title'], ['Measure', 'title'], ['KPI', 'title'], ['Name', 'title'],
    ['Polarity', 'polarity'], ['Good is', 'polarity'], ['Good performance is:', 'polarity'], ['Direction', 'polarity'],
    ['Unit', 'unit'], ['Decimals', 'decimals'], ['Target', 'target'], ['Tolerance', 'tolerance'], ['Amber tolerance', 'tolerance'],
    ['Rate per', 'ratePer'], ['Theme', 'theme'], ['Owner', 'owner'], ['Definition', 'definition'], ['Rationale', 'rationale'],
    ['Numerator', 'numerator'], ['Denominator', 'denominator'], ['Numerator label', 'numeratorLabel'],
    ['Period', 'period'], ['Value', 'value'],
    ['Statistical neighbours', 'statisticalNeighbours'], ['SN', 'statisticalNeighbours'], ['Stat. neighbours', 'statisticalNeighbours'],
    ['England', 'england'], ['National', 'england'], ['England average', 'england'], ['Region', 'region'],
    ['Section', 'section'], ['Text', 'text'],
    ['  VALUE  ', 'value'],
  ])('%j → %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it.each(['RAG', '__proto__', 'constructor', 'Q3 2016/17', ''])('%j is not a field', (header) => {
    expect(fieldOfHeader(header)).toBeNull();
  });
});
