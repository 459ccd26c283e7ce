// Tables written as XML (src/render/docx/tableXml.ts) are the bytes docx writes for the same table objects: on
// generated tables (columns, widths, header rows, RAG cells, ragged rows, any text with markup and control characters,
// bold, italics and breaks, a dark or light header fill), and on whole papers. A table with a link, or in a paper laid
// out in advance, is built from docx objects.
import { Table } from 'docx';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveHouseStyle } from '../../../src/houseStyle.js';
import type { Inline, Table as TableNode, TableCell } from '../../../src/model/types.js';
import { createContext } from '../../../src/render/docx/context.js';
import { renderBlocks } from '../../../src/render/docx/handlers.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { PrewrittenTable, renderTable, useDocxTables } from '../../../src/render/docx/table.js';
import { writeXmlable } from '../../../src/render/docx/xmlWriter.js';
import { cabinetPaper, fakeChart } from './paper.fixture.js';

afterEach(() => useDocxTables(false));

const text = fc.oneof(fc.constantFrom('', ' ', 'R&D', '<b>', 'it\'s "so"', 'x\u0001y\u000bz', 'tab\there\nline', '64.7%', '≥ 72% — £800'), fc.string({ maxLength: 8 }));
const { inline } = fc.letrec<{ inline: Inline }>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((value): Inline => ({ type: 'text', value })),
    fc.constant<Inline>({ type: 'break' }),
    fc.array(tie('inline'), { maxLength: 3 }).map((children): Inline => ({ type: 'strong', children })),
    fc.array(tie('inline'), { maxLength: 3 }).map((children): Inline => ({ type: 'emphasis', children })),
  ),
}));
const cell = fc.record({ children: fc.array(inline, { maxLength: 3 }), status: fc.constantFrom(null, 'red', 'amber', 'green') as fc.Arbitrary<TableCell['status']> }).map(
  (c): TableCell => ({ type: 'tableCell', ...c }),
);
const row = fc.array(cell, { maxLength: 9 }).map((cells) => ({ type: 'tableRow' as const, cells }));
const table = fc.record({
  caption: fc.option(text, { nil: null }),
  columns: fc.array(fc.record({ align: fc.constantFrom('left', 'center', 'right') as fc.Arbitrary<'left' | 'center' | 'right'>, width: fc.option(fc.double({ min: 0.05, max: 4, noNaN: true }), { nil: null }) }), { maxLength: 8 }),
  header: fc.array(row, { maxLength: 2 }),
  rows: fc.array(row, { maxLength: 5 }),
}).map((t): TableNode => ({ type: 'table', role: 'data', ...t }));

/** The table block's XML, written as XML or built from docx objects (the pages laid out in advance). */
function tableBlockXml(node: TableNode, tableHeader: string, layoutInAdvance: boolean): string[] {
  const ctx = createContext(new Map(), 'Paper', resolveHouseStyle({ colours: { tableHeader } }), false, renderBlocks, layoutInAdvance);
  // A table and its caption need no file or view to be written (nothing in them refers to another part).
  const context = { stack: [] } as unknown as Parameters<Table['prepForXml']>[0];
  return renderTable(node, ctx).map((block) =>
    block instanceof PrewrittenTable ? `prewritten ${block.xml}` : `${block instanceof Table ? 'docx ' : ''}${writeXmlable(block.prepForXml(context) as object)}`,
  );
}

describe('a table written as XML', () => {
  it('is the bytes docx writes for the same table, for any table', () => {
    fc.assert(
      fc.property(table, fc.constantFrom('#F3F2F1', '#0B0C0C', '#1D70B8'), (node, header) => {
        const written = tableBlockXml(node, header, false);
        const docx = tableBlockXml(node, header, true);
        expect(written.map((x) => x.replace(/^prewritten /, 'docx '))).toEqual(docx);
        // With rows and cells, the table itself is written as XML; without, there is no table, only the caption.
        const cells = Math.max(node.columns.length, ...[...node.header, ...node.rows].map((r) => r.cells.length));
        expect(written.some((x) => x.startsWith('prewritten '))).toBe(node.header.length + node.rows.length > 0 && cells > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('is built from docx objects when a cell holds a link (a HYPERLINK field)', () => {
    const node: TableNode = {
      type: 'table', role: 'data', caption: null, columns: [{ align: 'left', width: null }], header: [],
      rows: [{ type: 'tableRow', cells: [{ type: 'tableCell', status: null, children: [{ type: 'strong', children: [{ type: 'link', url: 'https://example.org', children: [] }] }] }] }],
    };
    expect(tableBlockXml(node, '#F3F2F1', false)[0]).toMatch(/^docx <w:tbl>/);
  });

  it.each([
    ['as Word updates them', 'word' as const],
    ['estimated (laid out in advance: docx objects either way)', 'estimate' as const],
  ])('leaves a whole paper the same bytes, page numbers %s', async (_label, pageNumbers) => {
    const written = await renderDocx(cabinetPaper(40), { renderChart: fakeChart, pageNumbers });
    useDocxTables(true);
    const docx = await renderDocx(cabinetPaper(40), { renderChart: fakeChart, pageNumbers });
    expect(Buffer.from(written).equals(Buffer.from(docx))).toBe(true);
  });
});
