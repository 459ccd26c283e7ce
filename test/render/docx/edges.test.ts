// Awkward input: characters XML forbids, empty tables and boxes, tables in boxes, unknown node types.

import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../../../src/model/types.js';
import { defaultHouseStyle } from '../../../src/model/builders.js';
import { renderDocx } from '../../../src/render/docx/index.js';
import { fakeChart } from './paper.fixture.js';
import { elements, part, readParts, textOf } from './parts.js';

function paperWith(children: Block[], furniture: Document['furniture'] = { header: null, footer: null }): Document {
  return {
    type: 'document',
    style: defaultHouseStyle,
    meta: { title: 'Edge\u0001 cases', subject: null, author: null, keywords: [], language: 'en-GB', date: '2025-03-31' },
    furniture,
    children,
  };
}

async function bodyOf(doc: Document): Promise<string> {
  return part(await readParts(await renderDocx(doc, { renderChart: fakeChart })), 'word/document.xml');
}

const emptyTable = (role: 'data' | 'keyValue'): Block => ({ type: 'table', role, caption: null, columns: [], header: [], rows: [] });

describe('characters XML forbids', () => {
  it('never reach any part, from text, titles, captions, alt text or furniture', async () => {
    const dirty = 'A\u0000B\u0008C\u001FD\uFFFEE\uFFFF\uD800F';
    const doc = paperWith(
      [
        { type: 'paragraph', number: '1.1\u0002', children: [{ type: 'text', value: dirty }] },
        { type: 'box', title: dirty, children: [] },
        {
          type: 'figure',
          chart: { kind: 'rag-summary', title: dirty, groups: [] },
          alt: dirty,
          caption: dirty,
          widthMm: 100,
          heightMm: 50,
        },
        { type: 'toc', title: dirty },
      ],
      { header: dirty, footer: dirty },
    );
    const parts = await readParts(await renderDocx(doc, { renderChart: fakeChart }));
    for (const [name, xml] of Object.entries(parts)) {
      expect(xml, name).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/);
    }
    expect(textOf(part(parts, 'word/document.xml'))).toContain('1.1\tABCDEF');
  });
});

describe('empty and nested containers', () => {
  it('writes only the caption of a table with no rows (Word cannot open a table without rows)', async () => {
    const body = await bodyOf(paperWith([{ ...(emptyTable('data') as Extract<Block, { type: 'table' }>), caption: 'Table 2: none yet' }]));
    expect(elements(body, 'w:tbl')).toHaveLength(0);
    expect(body).toContain('Table 2: none yet');
  });

  it('gives an empty box one empty paragraph: a cell must hold a paragraph', async () => {
    const body = await bodyOf(paperWith([{ type: 'box', title: null, children: [] }]));
    const cell = elements(body, 'w:tc')[0] ?? '';
    expect(elements(cell, 'w:p')).toHaveLength(1);
  });

  it('ends a box holding a table with a paragraph, and separates touching tables', async () => {
    const table: Block = {
      type: 'table',
      role: 'data',
      caption: null,
      columns: [{ align: 'left', width: null }],
      header: [],
      rows: [{ type: 'tableRow', cells: [{ type: 'tableCell', status: null, children: [{ type: 'text', value: 'inner' }] }] }],
    };
    const body = await bodyOf(paperWith([{ type: 'box', title: 'Box', children: [table] }, table]));
    expect(body).toMatch(/<\/w:tbl><w:p>[\s\S]*?<\/w:p><\/w:tc>/);
    expect(body).not.toMatch(/<\/w:tbl><w:tbl>/);
  });

  it('pads a row with fewer cells than columns, and widens the grid for a row with more', async () => {
    const body = await bodyOf(
      paperWith([
        {
          type: 'table',
          role: 'data',
          caption: null,
          columns: [
            { align: 'left', width: 1 },
            { align: 'left', width: 1 },
          ],
          header: [],
          rows: [
            { type: 'tableRow', cells: [{ type: 'tableCell', status: 'red', children: [{ type: 'text', value: 'Red' }] }] },
            {
              type: 'tableRow',
              cells: ['a', 'b', 'c'].map((value) => ({ type: 'tableCell' as const, status: null, children: [{ type: 'text' as const, value }] })),
            },
          ],
        },
      ]),
    );
    const rows = elements(body, 'w:tr');
    expect(rows.map((row) => elements(row, 'w:tc').length)).toEqual([3, 3]);
    expect([...body.matchAll(/<w:gridCol /g)]).toHaveLength(3);
  });

  it('writes no header or footer text it was not given, but still numbers the pages', async () => {
    const parts = await readParts(await renderDocx(paperWith([]), { renderChart: fakeChart }));
    expect(Object.keys(parts).some((name) => /^word\/header\d+\.xml$/.test(name))).toBe(false);
    const footer = Object.entries(parts).find(([name]) => /^word\/footer\d+\.xml$/.test(name))?.[1] ?? '';
    expect(textOf(footer)).toBe('\tPage 1 of 1');
  });
});

describe('unknown node types', () => {
  it('throw, naming the type, rather than silently dropping content', async () => {
    const rogue = { type: 'sidebar', children: [] } as unknown as Block;
    await expect(renderDocx(paperWith([rogue]), { renderChart: fakeChart })).rejects.toThrow('unknown document node type "sidebar"');
  });
});

describe('numbers Word would not compute', () => {
  const t = (value: string) => [{ type: 'text' as const, value }];
  it.each([
    ['a paragraph numbered out of sequence', [{ type: 'heading', level: 1, number: '1', children: t('Intro') }, { type: 'paragraph', number: '1.5', children: t('Skipped') }] as Block[], 'Skipped', '1.5'],
    ['a numbered level-2 heading with no section above it', [{ type: 'heading', level: 2, number: '4.2', children: t('Orphan') }] as Block[], 'Orphan', '4.2'],
  ])('%s is typed, with a tab, and keeps no Word number', async (_name, blocks, text, number) => {
    const parts = await readParts(await renderDocx(paperWith(blocks), { renderChart: fakeChart }));
    const { printedParagraphs } = await import('./wordNumbers.js');
    const printed = printedParagraphs(parts).find((p) => p.text.endsWith(text));
    expect(printed).toEqual({ number: null, text: `${number}\t${text}` });
  });
});
