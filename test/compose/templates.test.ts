// The built-in paper templates, composed from a literal analysis with the context build.ts gives them.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { paperContext } from '../../src/build.js';
import { composePaper, createChartFactory } from '../../src/compose/index.js';
import { resolveConfig } from '../../src/config.js';
import { collect, plainText } from '../../src/model/index.js';
import type { Analysis, IndicatorAnalysis } from '../../src/analyse/types.js';
import type { Document } from '../../src/model/types.js';
import { analysis, ni68 } from './fixtures.js';
import { templatesDir } from './support.js';

const BUILT_IN = join(import.meta.dirname, '../../templates');
const config = resolveConfig({
  council: 'Wirral Council',
  meeting: { committee: 'LSP Executive Board', agendaItem: '8' },
  directorate: 'People Directorate',
  contactOfficers: [{ name: 'A. N. Officer', telephone: '0151 666 0000' }],
  author: { name: 'A. N. Officer' },
  narrative: { implications: { financial: 'None arising directly from this report.', legal: 'None arising directly from this report.' } },
});

function summary(a: Analysis = analysis, dirs: string[] = [BUILT_IN]) {
  return composePaper({ templateName: 'performance-summary', templatesDirs: dirs, context: paperContext(a, config, '2010-01-12', null), charts: createChartFactory(a) });
}

/** Headings and numbered blocks as a reader sees them. */
function outline(doc: Document): string[] {
  return doc.children.flatMap((b) => (b.type === 'heading' ? [`${b.number ?? '-'} ${plainText(b.children)}`] : b.type === 'figure' ? [`figure ${b.chart.kind}`] : []));
}

describe('performance-summary.md.hbs', () => {
  it('composes without diagnostics, numbered, with the furniture from config', () => {
    const { document, diagnostics } = summary();
    expect(diagnostics).toEqual([]);
    expect(document.meta).toEqual({
      title: 'Wirral Council performance summary, Quarter 3 2009-10',
      subject: "Quarterly performance against the scorecard's indicators",
      author: 'A. N. Officer', keywords: ['performance', 'scorecard', 'summary', '2009-10 Q3'], language: 'en-GB', date: '2010-01-12',
    });
    expect(document.furniture).toEqual({ header: 'LSP Executive Board – 12 January 2010', footer: 'Wirral Council' });
    // One table of every indicator, then the red and exception indicators with their charts (charts: red by default).
    expect(outline(document)).toEqual([
      '- Wirral Council performance summary, Quarter 3 2009-10', '1 Summary', '2 Recommendations', '3 Performance at the end of Quarter 3 2009-10',
      '4 Indicators needing attention', '4.2 Referrals going on to initial assessment (NI68)', 'figure trend', '5 Implications', '6 Background papers',
    ]);
  });

  it('tabulates every indicator with value, target, RAG (word and shading) and direction', () => {
    const tables = summary().document.children.filter((b) => b.type === 'table' && b.role === 'data' && b.caption !== null);
    expect(tables).toHaveLength(1);
    const table = tables[0];
    if (table?.type !== 'table') throw new Error('no table');
    expect(table.caption).toBe('Indicators at the end of Quarter 3 2009-10');
    expect(table.columns.map((c) => [c.align, c.width])).toEqual([['left', 3], ['left', 13], ['right', 3], ['right', 3], ['left', 3], ['left', 5]]);
    expect(table.rows.map((r) => r.cells.map((c) => `${plainText(c.children)}${c.status === null ? '' : ` [${c.status}]`}`))).toEqual([
      ['NI68', 'Referrals going on to initial assessment', '64.7%', '72%', 'Red [red]', '▲ Improving'],
      ['NI59', 'Initial assessments within 7 days', '80.0%', '75%', 'Green [green]', '▶ Unchanged'],
      ['F1', 'Spend per child', '£1,200', 'none', 'Not rated', '▲ Improving'],
    ]);
  });

  it('keeps hostile titles and commentary literal, even inside the table', () => {
    const hostile: IndicatorAnalysis = {
      ...ni68,
      title: 'Referrals | *going* on # to <b>assessment</b>',
      commentary: [{ id: 'NI68', period: null, section: 'position', text: '# Not a heading\n\n1. not numbered | at all\n- a real bullet', where: {} }],
    };
    const { document, diagnostics } = summary({ ...analysis, indicators: [hostile, ...analysis.indicators.slice(1)] });
    expect(diagnostics).toEqual([]);
    const table = document.children.find((b) => b.type === 'table' && b.role === 'data');
    expect(table?.type === 'table' ? plainText(table.rows[0]?.cells[1]?.children ?? []) : null).toBe('Referrals | *going* on # to <b>assessment</b>');
    const words = collect(document, 'paragraph').map((p) => plainText(p.children));
    expect(words).toContain('# Not a heading');
    expect(words).toContain('1. not numbered | at all');
    expect(words).toContain('a real bullet');
  });

  it('leaves the section of indicators needing attention out when none is red or in exception', () => {
    const calm: Analysis = { ...analysis, indicators: analysis.indicators.map((a) => ({ ...a, exception: false, rag: a.rag === 'red' ? 'amber' : a.rag })), exceptions: [] };
    expect(outline(summary(calm).document)).toEqual([
      '- Wirral Council performance summary, Quarter 3 2009-10', '1 Summary', '2 Recommendations', '3 Performance at the end of Quarter 3 2009-10', '4 Implications', '5 Background papers',
    ]);
  });

  it('takes a council\'s own front sheet instead of the built-in one', () => {
    const council = templatesDir({ 'partials/front-sheet.md.hbs': '**{{config.council}}** — our own front sheet\n' });
    const { document, diagnostics } = summary(analysis, [council, BUILT_IN]);
    expect(diagnostics).toEqual([]);
    expect(document.children[1]).toEqual({ type: 'paragraph', number: null, children: [{ type: 'strong', children: [{ type: 'text', value: 'Wirral Council' }] }, { type: 'text', value: ' — our own front sheet' }] });
  });
});
