// The kerning-only word layout gives exactly fontkit's glyphs and positions in the bundled Liberation Sans faces:
// every pair of printable ASCII and Latin-1 characters, the words of real papers, and random text.
import fc from 'fast-check';
import { openSync } from 'fontkit';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontsDir } from '../../src/paths.js';
import { useKerningLayout, type ShapingFont } from '../../src/render/wordLayout.js';

const FACES = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf', 'LiberationSans-Italic.ttf', 'LiberationSans-BoldItalic.ttf'];

interface Layout {
  glyphs: number[];
  positions: number[][];
  advance: number;
}

function pair(face: string): { fast: (text: string) => Layout; full: (text: string) => Layout } {
  const plain = openSync(join(fontsDir(), face)) as unknown as ShapingFont;
  const kerned = openSync(join(fontsDir(), face)) as unknown as ShapingFont;
  useKerningLayout(kerned);
  const read = (font: ShapingFont) => (text: string): Layout => {
    // fontkit keeps each glyph it has made, with the code points it was first made for, and hides a glyph as a
    // default-ignorable character by those: once U+2060 (which Liberation Sans lacks) has been laid out, every later
    // missing character comes out as a zero-width space rather than .notdef. So the reference starts afresh each
    // time (the papers never lay out a character the font lacks: segmentText replaces it first).
    (font as unknown as { _glyphs: Record<number, unknown> })._glyphs = {};
    const run = font.layout(text);
    return { glyphs: run.glyphs.map((g) => g.id), positions: run.positions.map((p) => [p.xAdvance, p.yAdvance, p.xOffset, p.yOffset]), advance: run.advanceWidth };
  };
  return { fast: read(kerned), full: read(plain) };
}

const printable = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i));
const latin1 = Array.from({ length: 0x100 - 0xa0 }, (_, i) => String.fromCharCode(0xa0 + i)).filter((c) => c !== '\u00ad');
const words = [
  'Performance at the end of Quarter 3 is 64.7% (an increase from 60.4% at the end of Quarter 2).',
  'Référence: “AVAWAY” – £1,234.56 ≤ 5 ≥ 6 → ▲ ▼ ► ● ½ ¾ × ÷ µ ß Æ œ Ł ž İ ı Ğ ş ...',
  'Benchmark indicator 57: percent measure (KPI0057) — 1/4 1⁄4 fi fl ffi Th Ty Yo Wa LT',
];

describe.each(FACES)('%s: kerning-only layout', (face) => {
  const { fast, full } = pair(face);

  it('matches fontkit for every pair of printable ASCII characters', () => {
    for (const a of printable) for (const b of printable) expect(fast(a + b)).toEqual(full(a + b));
  });

  it('matches fontkit for every pair of Latin-1 letters and signs with ASCII', () => {
    for (const a of latin1) for (const b of [...printable, ...latin1]) {
      expect(fast(a + b)).toEqual(full(a + b));
      expect(fast(b + a)).toEqual(full(b + a));
    }
  });

  it('matches fontkit for the words of real papers, one by one and whole', () => {
    for (const sentence of words) {
      expect(fast(sentence)).toEqual(full(sentence));
      for (const word of sentence.split(' ')) expect(fast(word)).toEqual(full(word));
    }
  });

  it('matches fontkit for random text, simple or not', () => {
    const simple = fc.string({ unit: fc.oneof(fc.constantFrom(...printable, ...latin1), fc.integer({ min: 0x2010, max: 0x25ff }).map((c) => String.fromCharCode(c))), maxLength: 12 });
    const any = fc.string({ unit: 'grapheme', maxLength: 8 });
    fc.assert(
      fc.property(fc.oneof(simple, any), (text) => {
        expect(fast(text)).toEqual(full(text));
      }),
      { numRuns: 3000 },
    );
  });
});
