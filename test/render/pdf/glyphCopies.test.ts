// Subsets built from glyphs read once per font and written directly (copyGlyphsOnce, subsetWriter.ts) are the bytes
// fontkit's own subsets are: for the bundled faces and DejaVu Sans, plain and composite glyphs (é, ź, Ł, ŵ), in any
// order, first use and cached.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { openSync } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { copyGlyphsOnce, subsetsWrittenDirectly } from '../../../src/render/pdf/fonts.js';

const FACES = ['LiberationSans-Regular', 'LiberationSans-Bold', 'LiberationSans-Italic', 'LiberationSans-BoldItalic'].map((f) => join('templates/fonts', `${f}.ttf`));
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';
const files = [...FACES, ...(existsSync(DEJAVU) ? [DEJAVU] : [])];

const TEXT = 'Performance at the end of Quarter 3 is 64.7% (an increase from 60.4%). Café, Łódź, Ŵales, naïve ≥ 5 ▲▼ £800 “quoted” — ½';

/** What the test uses of a fontkit font and its subsets (src/render/charts/fontkit.d.ts declares only what src uses). */
interface Subset {
  includeGlyph(id: number): number;
  encode(): Uint8Array;
  glyphs: number[];
}
interface Font {
  numGlyphs: number;
  createSubset(): Subset;
  glyphForCodePoint(codePoint: number): { id: number };
}
const open = (file: string): Font => openSync(file) as unknown as Font;

function subsetBytes(font: Font, glyphIds: readonly number[], once: boolean): Buffer {
  const subset = font.createSubset();
  if (once) copyGlyphsOnce(subset as never);
  for (const id of glyphIds) subset.includeGlyph(id);
  return Buffer.from(subset.encode());
}

describe('subsets from glyphs read once', () => {
  it.each(files)('%s: the same bytes as fontkit, for a paper’s characters and for any glyphs', (file) => {
    const font = open(file);
    const ids = [...TEXT].map((ch) => font.glyphForCodePoint(ch.codePointAt(0)!).id);
    // First use fills the cache; the second must give the same bytes from it.
    expect(subsetBytes(font, ids, true)).toEqual(subsetBytes(font, ids, false));
    // The first subset checked the direct writer against fontkit: it agrees, so the rest are written directly.
    expect(subsetsWrittenDirectly(font)).toBe(true);
    expect(subsetBytes(font, ids, true)).toEqual(subsetBytes(font, ids, false));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: font.numGlyphs - 1 }), { maxLength: 60 }), (glyphs) => {
        expect(subsetBytes(font, glyphs, true)).toEqual(subsetBytes(font, glyphs, false));
      }),
      { numRuns: 40, seed: 20261130 },
    );
  });

  it('includes the parts of a composite glyph (the subset grows past the glyphs asked for)', () => {
    const font = open(FACES[0]!);
    const subset = font.createSubset();
    copyGlyphsOnce(subset as never);
    subset.includeGlyph(font.glyphForCodePoint('é'.codePointAt(0)!).id);
    subset.encode();
    expect(subset.glyphs.length).toBeGreaterThan(2);
  });
});
