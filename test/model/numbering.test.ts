// Paragraph numbering as in the published papers (seeds 000 and 002).
import { describe, expect, it } from 'vitest';
import {
  box, document, furniture, heading, list, meta, numberParagraphs, pageBreak, paragraph, plainText, table,
  column, row, figure,
} from '../../src/model/index.js';
import type { Block, Document } from '../../src/model/types.js';

const doc = (children: Block[]): Document =>
  document(meta({ title: 'T', date: '2010-01-12' }), furniture(), children);

/** Each top-level block as "number text" ("-" for unnumbered), which is how a reader sees it. */
const outline = (d: Document): string[] =>
  d.children.map((b) => {
    const words = b.type === 'heading' || b.type === 'paragraph' ? plainText(b.children) : b.type;
    const number = 'number' in b ? b.number : null;
    return `${number ?? '-'} ${words}`;
  });

describe('numberParagraphs', () => {
  it('numbers the Wirral exception report (seed 000) as published', () => {
    const paper = doc([
      paragraph('Title: NI 68'),
      heading(1, 'Executive Summary'),
      paragraph('This report presents...'),
      heading(1, 'Background'),
      paragraph('The LSP Executive Board agreed...'),
      heading(1, 'Introduction'),
      paragraph('This National Performance Indicator...'),
      heading(2, 'Definition'),
      paragraph('The calculation is...'),
      paragraph('A referral is defined...'),
      heading(2, 'Rationale'),
      paragraph('It is important...'),
      heading(2, 'Position'),
      heading(1, 'Learning from regional best practice'),
      paragraph('Government Office North West...'),
      list(false, ['Reduction in the numbers of referrals']),
    ]);
    expect(outline(numberParagraphs(paper))).toEqual([
      '- Title: NI 68',
      '1 Executive Summary',
      '1.1 This report presents...',
      '2 Background',
      '2.1 The LSP Executive Board agreed...',
      '3 Introduction',
      '3.1 This National Performance Indicator...',
      '3.2 Definition',
      '- The calculation is...',
      '- A referral is defined...',
      '3.3 Rationale',
      '- It is important...',
      '3.4 Position',
      '4 Learning from regional best practice',
      '4.1 Government Office North West...',
      '- list',
    ]);
  });

  it('numbers the Peterborough cabinet report (seed 002) as published: 1, 1.1, 2, 2.1, 3, 3.1 ... 3.3', () => {
    const paper = doc([
      heading(1, 'ORIGIN OF REPORT'),
      paragraph('Quarterly updated Director\'s report to Cabinet.'),
      heading(1, 'PURPOSE AND REASON FOR REPORT'),
      paragraph('To report to Cabinet on Children\'s Services improvement.'),
      heading(1, 'SOCIAL CARE PERFORMANCE'),
      heading(2, 'CAFs (early intervention assessments)'),
      paragraph('The number of early intervention assessments has increased...'),
      heading(2, 'Contacts/Referrals'),
      heading(2, 'Re-referrals'),
    ]);
    expect(outline(numberParagraphs(paper))).toEqual([
      '1 ORIGIN OF REPORT',
      '1.1 Quarterly updated Director\'s report to Cabinet.',
      '2 PURPOSE AND REASON FOR REPORT',
      '2.1 To report to Cabinet on Children\'s Services improvement.',
      '3 SOCIAL CARE PERFORMANCE',
      '3.1 CAFs (early intervention assessments)',
      '- The number of early intervention assessments has increased...',
      '3.2 Contacts/Referrals',
      '3.3 Re-referrals',
    ]);
  });

  it.each<[string, Block[], string[]]>([
    ['level-3 headings are unnumbered and keep the section', [heading(1, 'A'), heading(3, 'Note'), paragraph('p')], ['1 A', '- Note', '1.1 p']],
    ['a level-2 heading before any level-1 heading is unnumbered', [heading(2, 'Pre'), paragraph('p'), heading(1, 'A')], ['- Pre', '- p', '1 A']],
    ['the second counter restarts in each section', [heading(1, 'A'), paragraph('a'), paragraph('b'), heading(1, 'B'), paragraph('c')], ['1 A', '1.1 a', '1.2 b', '2 B', '2.1 c']],
    ['tables, figures, boxes and page breaks take no number and do not count', [heading(1, 'A'), table({ columns: [column()], rows: [row(['x'])] }), pageBreak(), box('Recommendations', [paragraph('in box')]), figure({ kind: 'rag-summary', title: 't', groups: [] }, 'alt'), paragraph('p')], ['1 A', '- table', '- pageBreak', '- box', '- figure', '1.1 p']],
    ['a paragraph under a level-2 heading stays unnumbered after a level-3 heading', [heading(1, 'A'), heading(2, 'B'), heading(3, 'C'), paragraph('p')], ['1 A', '1.1 B', '- C', '- p']],
  ])('%s', (_name, blocks, expected) => {
    expect(outline(numberParagraphs(doc(blocks)))).toEqual(expected);
  });

  it.each([
    ['a list after a paragraph continues it, unnumbered', [heading(1, 'A'), paragraph('The following:'), list(false, ['x']), paragraph('Next.')], ['1 A', '1.1 The following:', '- list', '1.2 Next.']],
    ['a list straight after the section heading takes the number', [heading(1, 'Recommendations'), list(false, ['x']), paragraph('p')], ['1 Recommendations', '1.1 list', '1.2 p']],
    ['a list after a box is not numbered', [heading(1, 'A'), box(null, [paragraph('in')]), list(false, ['x'])], ['1 A', '- list']],
  ])('%s', (_name, blocks, expected) => {
    expect(outline(numberParagraphs(doc(blocks))).filter((line) => line !== '- box')).toEqual(expected);
  });

  it('leaves paragraphs inside boxes and lists unnumbered and does not change its input', () => {
    const input = doc([heading(1, 'A'), box(null, [paragraph('inside')]), list(true, ['item'])]);
    const before = structuredClone(input);
    const out = numberParagraphs(input);
    expect(input).toEqual(before);
    const inBox = out.children[1];
    expect(inBox?.type === 'box' && inBox.children[0]?.type === 'paragraph' ? inBox.children[0].number : 'x').toBeNull();
    const theList = out.children[2];
    expect(theList?.type === 'list' ? [theList.number, theList.items[0]?.children[0]] : null).toEqual([
      null, { type: 'paragraph', children: [{ type: 'text', value: 'item' }], number: null },
    ]);
  });

  it('is idempotent', () => {
    const once = numberParagraphs(doc([heading(1, 'A'), paragraph('a'), heading(2, 'B')]));
    expect(numberParagraphs(once)).toEqual(once);
  });
});

describe('the paper title as a heading', () => {
  it('a level-1 heading repeating meta.title is the title: unnumbered, and numbering starts after it', () => {
    const paper = { ...doc([heading(1, 'Performance report, Quarter 3'), heading(2, 'Executive summary'), paragraph('p'), heading(1, 'Origin of report'), paragraph('q')]), meta: { ...doc([]).meta, title: 'Performance report, Quarter 3' } };
    expect(outline(numberParagraphs(paper))).toEqual(['- Performance report, Quarter 3', '- Executive summary', '- p', '1 Origin of report', '1.1 q']);
  });
});
