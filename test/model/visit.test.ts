// The one traversal: every node kind reached in order, unknown kinds rejected, handler maps dispatch by type.
import { describe, expect, it } from 'vitest';
import {
  box, cell, collect, column, dispatchBlock, dispatchInline, document, figure, furniture, heading, lineBreak, link,
  list, listItem, meta, pageBreak, paragraph, row, strong, table, tableOfContents, text, visit,
} from '../../src/model/index.js';
import type { BlockHandlers, InlineHandlers, Node } from '../../src/model/index.js';

const sample = document(meta({ title: 'T', date: '2017-01-01' }), furniture(), [
  tableOfContents(),
  heading(1, [strong('H')]),
  list(false, [listItem([paragraph([link('u', 'L'), lineBreak()])])]),
  table({ columns: [column()], header: [row(['h'])], rows: [row([cell('Red', 'red')])] }),
  box('B', [pageBreak()]),
  figure({ kind: 'rag-summary', title: 't', groups: [] }, 'alt'),
]);

describe('visit', () => {
  it('reaches every node, parents first, in document order', () => {
    const seen: string[] = [];
    visit(sample, (node) => { seen.push(node.type); });
    expect(seen).toEqual([
      'document', 'toc', 'heading', 'strong', 'text', 'list', 'listItem', 'paragraph', 'link', 'text', 'break',
      'table', 'tableRow', 'tableCell', 'text', 'tableRow', 'tableCell', 'text', 'box', 'pageBreak', 'figure',
    ]);
  });

  it('skips the children of a node when the visitor says so', () => {
    const seen: string[] = [];
    visit(sample, (node) => { seen.push(node.type); return node.type === 'table' || node.type === 'list' ? 'skip' : undefined; });
    expect(seen).toEqual(['document', 'toc', 'heading', 'strong', 'text', 'list', 'table', 'box', 'pageBreak', 'figure']);
  });

  it('throws on an unknown node type, naming it', () => {
    const bad = { ...sample, children: [{ type: 'code', value: 'x' }] } as unknown as Node;
    expect(() => visit(bad, () => undefined)).toThrow('childrenOf: unknown document node type "code"');
  });

  it('collects nodes of one type', () => {
    expect(collect(sample, 'text').map((t) => t.value)).toEqual(['H', 'L', 'h', 'Red']);
  });
});

describe('handler maps', () => {
  const blockNames: BlockHandlers<string, string> = {
    heading: (n, p) => `${p}h${n.level}`, paragraph: (_n, p) => `${p}p`, list: (_n, p) => `${p}l`, table: (_n, p) => `${p}t`,
    figure: (_n, p) => `${p}f`, box: (_n, p) => `${p}b`, pageBreak: (_n, p) => `${p}pb`, toc: (_n, p) => `${p}toc`,
  };
  const inlineNames: InlineHandlers<string> = {
    text: (n) => n.value, strong: () => 'strong', emphasis: () => 'em', link: (n) => n.url, break: () => 'br',
  };
  it('dispatches each block to its handler', () => {
    expect(sample.children.map((b) => dispatchBlock(blockNames, b, '>'))).toEqual(['>toc', '>h1', '>l', '>t', '>b', '>f']);
    expect(dispatchInline(inlineNames, text('x'), undefined)).toBe('x');
  });
  it('throws on a type the map does not know, including inherited names', () => {
    expect(() => dispatchBlock(blockNames, { type: 'code' } as never, '')).toThrow('dispatchBlock: unknown document node type "code"');
    expect(() => dispatchInline(inlineNames, { type: 'toString' } as never, undefined)).toThrow('dispatchInline: unknown document node type "toString"');
  });
});
