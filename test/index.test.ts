// The public API: the whole pipeline from a workbook to paper bytes through the package's entry point.
import { describe, expect, it } from 'vitest';
import * as boardpack from '../src/index.js';

describe('the public API', () => {
  it('reads, analyses, composes and renders the sample cabinet paper', async () => {
    const { scorecard, diagnostics } = await boardpack.readScorecard('data/sample-scorecard.xlsx');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const analysis = boardpack.analyse(scorecard!);
    expect(analysis.exceptions.map((e) => e.id)).toEqual(['NI68', 'IA01']);
    const result = await boardpack.buildPapers({ data: 'data/sample-scorecard.xlsx', papers: ['cabinet'], formats: ['pdf'], config: boardpack.resolveConfig({}), date: '2010-01-12' });
    expect(result.files.map((f) => f.name)).toEqual(['cabinet-paper-2009-10-Q3.pdf']);
    expect(Buffer.from(result.files[0]!.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
  });
});
