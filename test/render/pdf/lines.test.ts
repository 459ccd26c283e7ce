// Line breaking, measured with one unit per character so every expected line can be worked out by hand.
import { describe, expect, it } from 'vitest';
import type { Run } from '../../../src/render/pdf/inline.js';
import { breakLines } from '../../../src/render/pdf/lines.js';

const measure = (text: string): number => text.length;
const plain = (text: string): Run => ({ kind: 'text', text, face: 'regular', link: null });
const bold = (text: string): Run => ({ kind: 'text', text, face: 'bold', link: null });
const texts = (runs: Run[], width: number): string[] => breakLines(runs, width, measure).map((l) => l.fragments.map((f) => f.text).join(''));

describe('breakLines', () => {
  it.each([
    { name: 'fits on one line', runs: [plain('red for two quarters')], width: 40, lines: ['red for two quarters'] },
    { name: 'exactly the width', runs: [plain('abcde fghij')], width: 11, lines: ['abcde fghij'] },
    { name: 'one over the width', runs: [plain('abcde fghij')], width: 10, lines: ['abcde ', 'fghij'] },
    { name: 'wraps at spaces', runs: [plain('the target is 72% by March')], width: 12, lines: ['the target ', 'is 72% by ', 'March'] },
    { name: 'hard break', runs: [plain('agreed'), { kind: 'break' }, plain('March 2010')], width: 40, lines: ['agreed', 'March 2010'] },
    { name: 'two hard breaks leave an empty line', runs: [plain('a'), { kind: 'break' }, { kind: 'break' }, plain('b')], width: 40, lines: ['a', '', 'b'] },
    { name: 'word longer than the line is split', runs: [plain('https://example.org/x')], width: 8, lines: ['https://', 'example.', 'org/x'] },
    { name: 'empty text still takes a line', runs: [], width: 10, lines: [''] },
    { name: 'leading and doubled spaces collapse', runs: [plain('  a   b')], width: 10, lines: ['a b'] },
    { name: 'a no-break space holds its words together', runs: [plain('up to 10,000\u00a0children')], width: 20, lines: ['up to ', '10,000\u00a0children'] },
    { name: 'faces stay in order across a wrap', runs: [plain('Of 47 '), bold('indicators'), plain(' 8 are red')], width: 16, lines: ['Of 47 indicators ', '8 are red'] },
  ])('$name', ({ runs, width, lines }) => {
    expect(texts(runs as Run[], width)).toEqual(lines);
  });

  it('measures ink width without the trailing space kept for text extraction', () => {
    const [first] = breakLines([plain('abcde fghij')], 10, measure);
    expect(first?.fragments[0]?.text).toBe('abcde ');
    expect(first?.width).toBe(5);
  });

  it('merges neighbouring words of one face into one fragment, and starts a new one at a face change', () => {
    const [line] = breakLines([plain('Of 47 '), bold('indicators'), plain(' now')], 100, measure);
    expect(line?.fragments.map((f) => [f.text, f.face, f.x])).toEqual([
      ['Of 47 ', 'regular', 0],
      ['indicators', 'bold', 6],
      [' now', 'regular', 16],
    ]);
  });

  it('keeps a link with its words', () => {
    const link = { type: 'link' as const, url: 'https://www.wirral.gov.uk', children: [] };
    const [line] = breakLines([plain('see '), { kind: 'text', text: 'the pages', face: 'regular', link }], 100, measure);
    expect(line?.fragments.map((f) => [f.text, f.link?.url ?? null])).toEqual([
      ['see ', null],
      ['the pages', 'https://www.wirral.gov.uk'],
    ]);
  });
});
