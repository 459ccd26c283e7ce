// The summary paper on a real district council's 45-indicator scorecard, rendered: at most six pages, and it says
// nothing of children's services.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPapers } from '../../src/build.js';
import { resolveConfig } from '../../src/config.js';
import { pdfinfo, pdftotext, writePdf } from '../render/pdf/tools.js';

const HART = join(import.meta.dirname, '../fixtures/papers/hart-real.xlsx');

describe("Hart District Council's summary paper, rendered", () => {
  it('is at most 6 pages, with the table of every indicator and a chart for each red or exception indicator', async () => {
    const config = resolveConfig({
      council: 'Hart District Council',
      directorate: 'Corporate Services',
      meeting: { committee: 'Overview and Scrutiny Committee', date: '2014-11-18', agendaItem: '7' },
      contactOfficers: [{ name: 'A. N. Officer', title: 'Performance Officer', telephone: '01252 000000' }],
      author: { name: 'A. N. Officer' },
      narrative: {
        recommendations: ['That the Committee notes performance at the end of Quarter 2.'],
        implications: { financial: 'None arising directly from this report.', legal: 'None arising directly from this report.' },
      },
    });
    const result = await buildPapers({ data: HART, papers: ['summary'], formats: ['pdf'], config });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const file = writePdf('hart-summary', result.files[0]!.bytes);
    expect(Number(pdfinfo(file)['Pages'])).toBeLessThanOrEqual(6);
    const text = pdftotext(file);
    // Every indicator is in the table; the seven red or exception indicators each have a chart.
    for (const id of ['CS01', 'HR11', 'IT06', 'RB09', 'SNH06']) expect(text).toContain(id);
    const model = await buildPapers({ data: HART, papers: ['summary'], formats: [], config, emit: 'model' });
    const doc = JSON.parse(new TextDecoder().decode(model.files[0]!.bytes)) as { children: { type: string; chart?: { kind: string } }[] };
    expect(doc.children.filter((b) => b.type === 'figure' && b.chart?.kind === 'trend')).toHaveLength(7);
    expect(text).not.toMatch(/\b(children|young people|families|safeguarding|social care)\b/i);
  }, 120_000);
});
