// The post table read header first (postHeaderFirst): what fontkit and pdfkit read of it is what fontkit's own
// decoding gives, for the bundled faces and the system's (a fixed-pitch face, an italic angle, DejaVu Sans), and the
// glyph names are still there when asked for.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openSync } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { postHeaderFirst, type PostTableFont } from '../../../src/render/pdf/fonts.js';

const BUNDLED = ['LiberationSans-Regular', 'LiberationSans-Bold', 'LiberationSans-Italic', 'LiberationSans-BoldItalic'].map((f) => join('templates/fonts', `${f}.ttf`));
const SYSTEM = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf',
  '/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf',
  '/usr/share/fonts/truetype/liberation2/LiberationSerif-BoldItalic.ttf',
].filter((file) => existsSync(file));
const files = [...BUNDLED, ...SYSTEM];

/** What the test reads of a fontkit font, beside the table internals postHeaderFirst uses. */
interface Font extends PostTableFont {
  post: Record<string, unknown>;
  italicAngle: number;
  underlinePosition: number;
  underlineThickness: number;
  numGlyphs: number;
  getGlyph(id: number): { name: string };
}
const open = (file: string): Font => openSync(file) as unknown as Font;

/** Every field of a decoded post table, as plain data (restructure's results carry hidden offsets). */
const fieldsOf = (post: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.keys(post).map((key) => [key, post[key]]));

describe('the post table read header first', () => {
  it('covers the bundled faces and at least one face with other header values', () => {
    expect(files.length).toBeGreaterThanOrEqual(4);
  });

  it.each(files)('%s: every field is fontkit’s', (file) => {
    const lazy = open(file);
    postHeaderFirst(lazy);
    const decoded = open(file);
    expect(fieldsOf(lazy.post)).toEqual(fieldsOf(decoded.post));
  });

  it.each(files)('%s: what a PDF reads is fontkit’s, and glyph names are decoded only when asked', (file) => {
    const lazy = open(file);
    postHeaderFirst(lazy);
    const decoded = open(file);
    expect([lazy.italicAngle, lazy.underlinePosition, lazy.underlineThickness, lazy.post['isFixedPitch']]).toEqual([
      decoded.italicAngle,
      decoded.underlinePosition,
      decoded.underlineThickness,
      decoded.post['isFixedPitch'],
    ]);
    const names = (font: Font): string[] => [0, 1, 36, 68, font.numGlyphs - 1].map((id) => font.getGlyph(id).name);
    expect(names(lazy)).toEqual(names(decoded));
  });

  it('reads the header alone until a glyph name is asked for', () => {
    const font = open(BUNDLED[0]!);
    const decodeTable = font._decodeTable!.bind(font);
    const decodedTags: string[] = [];
    font._decodeTable = (table: unknown) => {
      decodedTags.push((table as { tag: string }).tag);
      return decodeTable(table);
    };
    postHeaderFirst(font);
    expect(font.italicAngle).toBe(0);
    expect(decodedTags).not.toContain('post');
    expect(font.post['names']).toBeInstanceOf(Array);
    expect(decodedTags.filter((tag) => tag === 'post')).toHaveLength(1);
    font.getGlyph(40).name;
    expect(decodedTags.filter((tag) => tag === 'post')).toHaveLength(1);
  });

  it('leaves a table fontkit has already decoded as it is', () => {
    const font = open(BUNDLED[2]!);
    const decoded = font.post;
    postHeaderFirst(font);
    expect(font.post).toBe(decoded);
  });
});
