// docx's parts written faster (src/render/docx/xmlWriter.ts) are the same bytes as docx's own writing: the one-loop
// prepForXml against docx's, the direct writer against docx's stringifier on any object tree (quirks included), and
// whole papers, every part, with both (the styles part written once per style and reused, in any order).
import { FileChild, Packer, XmlComponent } from 'docx';
import { Document as WordDocument } from 'docx';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../src/render/docx/index.js';
import { compileParts, unzipParts } from '../../../src/render/docx/package.js';
import { resolveHouseStyle } from '../../../src/houseStyle.js';
import type { Document } from '../../../src/model/types.js';
import { docxPrepForXml, oneLoopPrepForXml, useDocxOwnWriting, writeXmlable } from '../../../src/render/docx/xmlWriter.js';
import { cabinetPaper, fakeChart } from './paper.fixture.js';

afterEach(() => useDocxOwnWriting(false));

const text = fc.oneof(fc.constantFrom('', 'a', 'R&D', '<b>', 'it\'s "so"', 'x\u0001y\u000bz', '{rId1}', 'Q3 2024/25 ≥ 72%'), fc.string({ maxLength: 6 }));
const scalar = fc.oneof(text, fc.integer({ min: -5, max: 99 }), fc.boolean(), fc.constant(undefined));
const attrs = fc.dictionary(fc.constantFrom('w:val', 'w:ascii', 'r:id', 'xml:space', 'w:w'), scalar, { maxKeys: 3 });
const name = fc.constantFrom('w:p', 'w:r', 'w:t', 'w:tbl', 'a:ext', '');

const { node } = fc.letrec<{ node: Record<string, unknown>; value: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.tuple(name, tie('value')).map(([key, value]) => ({ [key]: value })),
    fc.constant({}),
  ),
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.constant({}),
    fc.constant(null),
    attrs.map((a) => ({ _attr: a })),
    fc.record({ _attr: attrs, _cdata: fc.constantFrom('cdata', 'a]]>b', '') }),
    fc.array(fc.oneof(tie('node'), attrs.map((a) => ({ _attr: a })), scalar), { maxLength: 5 }),
  ),
}));

/** A body element whose XML is `data`, to put an arbitrary object tree through docx's compiler. */
class Raw extends FileChild {
  constructor(private readonly data: Record<string, unknown>) {
    super('w:raw');
  }
  override prepForXml(): Record<string, unknown> {
    return this.data;
  }
}

const compiler = (Packer as unknown as { compiler: { compile(file: WordDocument, prettify: undefined, overrides: []): Map<string, string | Uint8Array> } }).compiler;
const documentXml = (parts: Map<string, string | Uint8Array>): string => String(parts.get('word/document.xml'));
const fileOf = (data: Record<string, unknown>): WordDocument => new WordDocument({ sections: [{ children: [new Raw(data)] }] });

describe('writing docx object trees directly', () => {
  it('writes what docx’s stringifier writes, for any object tree', async () => {
    await fc.assert(
      fc.asyncProperty(node, async (data) => {
        const theirs = documentXml(compiler.compile(fileOf(data), undefined, []));
        const ours = documentXml(await compileParts(fileOf(data)));
        expect(ours).toBe(theirs);
      }),
      { numRuns: 400, seed: 20261130 },
    );
  });

  it.each([
    { data: { 'w:t': 'R&D <draft>' }, xml: '<w:t>R&amp;D &lt;draft&gt;</w:t>' },
    { data: { 'w:b': { _attr: { 'w:val': false } } }, xml: '<w:b w:val="false"/>' },
    { data: { 'w:x': {} }, xml: '<w:x/>' },
    { data: { 'w:x': null }, xml: '<w:x/>' },
    { data: { 'w:x': undefined }, xml: '<w:x></w:x>' },
    { data: { 'w:r': [{ 'w:t': 'a' }, 'text'] }, xml: '<w:r>text</w:r>' }, // text replaces what came just before it
    { data: { 'w:r': [{ _attr: { a: 1 } }, { 'w:t': 'a' }] }, xml: '<w:r a="1"><w:t>a</w:t></w:r>' },
    { data: { 'w:x': { _cdata: 'a]]>b' } }, xml: '<w:x><![CDATA[a]]]]><![CDATA[>b]]></w:x>' },
    { data: { 'w:t': 'a\u0001b' }, xml: '<w:t>ab</w:t>' },
    { data: { '': 'bare' }, xml: 'bare' },
  ])('$xml', ({ data, xml }) => {
    expect(writeXmlable(data)).toBe(xml);
  });

  it('stops at a null child, as docx’s stringifier does', () => {
    expect(() => writeXmlable({ 'w:r': [{ 'w:t': 'a' }, null] })).toThrow(TypeError);
  });
});

describe('XmlComponent.prepForXml in one loop', () => {
  /** A child that records when it was written and what it gives back (undefined, arrays and attributes included). */
  class Leaf extends XmlComponent {
    constructor(private readonly output: unknown, private readonly log: string[], private readonly id: string) {
      super('leaf');
    }
    override prepForXml(context: { stack: unknown[] }): never {
      this.log.push(`${this.id}@${context.stack.length}`);
      return this.output as never;
    }
  }
  class Parent extends XmlComponent {
    constructor(children: unknown[]) {
      super('w:parent');
      (this as unknown as { root: unknown[] }).root.push(...children);
    }
  }

  const child = fc.oneof(
    fc.record({ kind: fc.constant('leaf' as const), output: fc.oneof(fc.constant(undefined), node, fc.array(fc.oneof(node, fc.constant(undefined)), { maxLength: 3 }), attrs.map((a) => ({ _attr: a }))) }),
    fc.record({ kind: fc.constant('plain' as const), value: fc.oneof(text, fc.constant(undefined), fc.array(fc.oneof(text, fc.constant(undefined)), { maxLength: 2 })) }),
  );

  it('gives docx’s object, and writes the children in the same order at the same depth', () => {
    fc.assert(
      fc.property(fc.array(child, { maxLength: 6 }), (children) => {
        const run = (prep: typeof docxPrepForXml): { xml: unknown; log: string[] } => {
          const log: string[] = [];
          const parent = new Parent(children.map((c, i) => (c.kind === 'leaf' ? new Leaf(c.output, log, String(i)) : c.value)));
          return { xml: prep.call(parent, { stack: [] }), log };
        };
        expect(run(oneLoopPrepForXml)).toEqual(run(docxPrepForXml));
      }),
      { numRuns: 2000, seed: 20261130 },
    );
  });
});

describe('whole papers', () => {
  it.each([
    ['without page-number estimation', 'word' as const],
    ['with page-number estimation', 'estimate' as const],
  ])('every part the same bytes as docx’s own writing, %s', async (_label, pageNumbers) => {
    const ours = await renderDocx(cabinetPaper(40), { renderChart: fakeChart, pageNumbers });
    useDocxOwnWriting(true);
    const theirs = await renderDocx(cabinetPaper(40), { renderChart: fakeChart, pageNumbers });
    expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
  });

  it('the styles part written once per style and reused: the same bytes in any order of house styles, languages and numbering', async () => {
    const base = cabinetPaper(3);
    const unnumbered = base.children.map((block) => ('number' in block ? { ...block, number: null } : block)) as Document['children'];
    const variants: Document[] = [
      base,
      { ...base, meta: { ...base.meta, language: 'cy-GB' } },
      { ...base, style: resolveHouseStyle({ font: { name: 'Verdana' }, colours: { heading: '#0b0c0c', tableHeader: '#1d70b8' } }) },
      { ...base, children: unnumbered },
      { ...base, style: resolveHouseStyle({ colours: { heading: '#00703c' } }), children: unnumbered },
    ];
    // Each variant twice, interleaved, so each is written once with the part fresh and once reused after others.
    const order = [0, 1, 2, 3, 4, 2, 0, 4, 1, 3];
    const ours: Buffer[] = [];
    for (const i of order) ours.push(Buffer.from(await renderDocx(variants[i]!, { renderChart: fakeChart })));
    useDocxOwnWriting(true);
    for (const [n, i] of order.entries()) {
      const theirs = Buffer.from(await renderDocx(variants[i]!, { renderChart: fakeChart }));
      expect(ours[n]!.equals(theirs), `variant ${i}`).toBe(true);
    }
    // The variants do differ in their styles part: the key is not too coarse to be tested here.
    const stylesOf = async (doc: Document): Promise<string> => String((await unzipParts(await renderDocx(doc, { renderChart: fakeChart }))).get('word/styles.xml'));
    expect(new Set(await Promise.all(variants.map(stylesOf))).size).toBe(variants.length);
  });
});
