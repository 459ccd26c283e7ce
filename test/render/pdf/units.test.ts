// Small rules of the PDF renderer: column widths, the paper date, missing glyphs, RAG contrast, inline runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paperDate } from '../../../src/render/pdf/document.js';
import { fontData, segmentEachCharacter, segmentText, type ChainFont } from '../../../src/render/pdf/fonts.js';
import { packageRoot as findPackageRoot } from '../../../src/paths.js';
import { columnWidths } from '../../../src/render/pdf/handlers/tableColumns.js';
import { inlineRuns, plainText } from '../../../src/render/pdf/inline.js';
import { COLOUR, RAG_FILL } from '../../../src/render/pdf/layout.js';
import { pageLabel } from '../../../src/render/pdf/furniture.js';
import type { TableColumn } from '../../../src/model/types.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const col = (width: number | null): TableColumn => ({ align: 'left', width });

describe('columnWidths', () => {
  it.each([
    { name: 'all null share equally', columns: [col(null), col(null)], cells: 2, total: 100, widths: [50, 50] },
    { name: 'weights are relative', columns: [col(1), col(3)], cells: 2, total: 100, widths: [25, 75] },
    { name: 'null takes the mean weight', columns: [col(1), col(3), col(null)], cells: 3, total: 120, widths: [20, 60, 40] },
    { name: 'more cells than columns', columns: [col(1)], cells: 2, total: 100, widths: [50, 50] },
    { name: 'zero or negative weight counts as null', columns: [col(0), col(-2), col(2)], cells: 3, total: 90, widths: [30, 30, 30] },
    { name: 'no columns and no cells', columns: [], cells: 0, total: 80, widths: [80] },
  ])('$name', ({ columns, cells, total, widths }) => {
    const got = columnWidths(columns, cells, total);
    expect(got.map((w) => Math.round(w * 1000) / 1000)).toEqual(widths);
  });
});

describe('paperDate', () => {
  it.each([
    ['2025-01-12', '2025-01-12T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
  ])('%s is midnight UTC', (input, iso) => {
    expect(paperDate(input).toISOString()).toBe(iso);
  });

  it.each(['2023-02-29', '2025-13-01', '12/01/2025', '2025-1-12', '', '2025-01-12T10:00:00Z'])('refuses "%s", naming meta.date', (input) => {
    expect(() => paperDate(input)).toThrow(`meta.date: "${input}" is not a calendar date`);
  });
});

describe('fonts', () => {
  it('finds the package root from this module and reads all four faces', () => {
    const root = findPackageRoot();
    expect(existsSync(join(root, 'templates', 'fonts', 'LiberationSans-Regular.ttf'))).toBe(true);
    const data = fontData();
    for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as const) expect(data[face].subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0]));
    expect(fontData()).toBe(data); // read once per process
  });

  // Fonts as sets of characters: a Latin-only house font, then fallbacks with more.
  const fontWith = (name: string, chars: string): ChainFont => ({ name, ascender: 900, font: { hasGlyphForCodePoint: (c: number) => chars.includes(String.fromCodePoint(c)) } });
  const latin = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789%';
  const chain = [fontWith('house', latin), fontWith('liberation', `${latin}▲▼≤Ł√►`), fontWith('dejavu', `${latin}▶☃\uFFFD`)];
  const show = (text: string, fonts: ChainFont[] = chain): string[] =>
    segmentText(text, fonts).map((s) => `${fonts[s.font]?.name}:${s.text}${s.actual === null ? '' : `=${s.actual}`}`);

  it.each([
    ['Red 64%', ['house:Red 64%']],
    ['▶ Unchanged', ['dejavu:▶ ', 'house:Unchanged']],
    ['Red ▼ and ≤ 5', ['house:Red ', 'liberation:▼ ', 'house:and ', 'liberation:≤ ', 'house:5']],
    ['Łukasz ☃', ['liberation:Ł', 'house:ukasz ', 'dejavu:☃']],
    ['Key ✓', ['house:Key ', 'liberation:√=✓']],
    ['東京 x', ['dejavu:\uFFFD\uFFFD=東京', 'dejavu: ', 'house:x']],
    ['a\u200Db', ['house:ab']],
  ])('sets each character in the first font that has it: %s', (input, output) => {
    expect(show(input)).toEqual(output);
  });

  it('falls back to ? when no font has the character or U+FFFD', () => {
    expect(show('x 東', chain.slice(0, 2))).toEqual(['house:x ', 'house:?=東']);
  });

  it('splits text as a character at a time would, whether or not the first font has it all', () => {
    const chars = fc.constantFrom(...'aZ 9%▲Ł▶☃✓東\u200D\uD83D\uDE00\uD83D'.split(''), '\uD83D\uDE00');
    const chains = [chain, chain.slice(0, 2), chain.slice(0, 1), chain.slice(1), [fontWith('none', '')], []];
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), fc.constantFrom(...chains), (pieces, fonts) => {
        const text = pieces.join('');
        expect(segmentText(text, fonts)).toEqual(segmentEachCharacter(text, fonts));
      }),
      { numRuns: 3000, seed: 20261130 },
    );
  });
});

function contrastWithWhite(hex: string): number {
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (l + 0.05);
}

describe('colours', () => {
  it.each(Object.entries(RAG_FILL))('%s fill %s carries white text at 4.5:1 or better', (_status, fill) => {
    expect(contrastWithWhite(fill)).toBeGreaterThanOrEqual(4.5);
  });
  it.each([COLOUR.link, COLOUR.secondary, COLOUR.text])('text colour %s reads at 4.5:1 or better on white', (colour) => {
    expect(contrastWithWhite(colour)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('inline runs', () => {
  it('nests bold and italic into faces and carries links', () => {
    const link = { type: 'link' as const, url: 'https://example.org', children: [{ type: 'text' as const, value: 'here' }] };
    const runs = inlineRuns([
      { type: 'strong', children: [{ type: 'text', value: 'a' }, { type: 'emphasis', children: [{ type: 'text', value: 'b' }] }] },
      { type: 'emphasis', children: [{ type: 'text', value: 'c' }] },
      link,
      { type: 'break' },
    ]);
    expect(runs.map((r) => (r.kind === 'text' ? [r.text, r.face, r.link?.url ?? null] : 'break'))).toEqual([
      ['a', 'bold', null],
      ['b', 'boldItalic', null],
      ['c', 'italic', null],
      ['here', 'regular', 'https://example.org'],
      'break',
    ]);
  });

  it('flattens to plain text for bookmarks', () => {
    expect(plainText([{ type: 'text', value: 'Referrals  to ' }, { type: 'strong', children: [{ type: 'text', value: 'care' }] }, { type: 'break' }, { type: 'text', value: 'now' }])).toBe(
      'Referrals to care now',
    );
  });
});

describe('pageLabel', () => {
  it.each([
    [1, 1, 'Page 1 of 1'],
    [3, 12, 'Page 3 of 12'],
  ])('page %i of %i', (page, of, label) => {
    expect(pageLabel(page, of)).toBe(label);
  });
});
