// Word layout without full OpenType shaping, for Liberation Sans, the bundled font: in plain text its shaping is
// kerning alone, so a word is its characters' glyphs with their advances, each kerned with the next glyph by the
// font's kern table, which holds the same pairs as its GPOS kerning. fontkit runs its whole shaping engine for each
// word, and decodes the GPOS tables first in each process: most of the PDF's and the charts' text time. The result
// equals fontkit's, glyphs and positions, for every one of the 1.19 million pairs of the 1,092 characters below in
// all four faces (checked once, outside the tests); test/render/wordLayout.test.ts checks every ASCII and Latin-1 pair
// and random text on every run.

/** The parts of a fontkit glyph and glyph run this uses. */
interface Glyph {
  id: number;
  advanceWidth: number;
}
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface GlyphRun {
  glyphs: Glyph[];
  positions: Position[];
  readonly advanceWidth: number;
}
export interface ShapingFont {
  layout(text: string, features?: unknown, script?: string, ...rest: unknown[]): GlyphRun;
  glyphsForString(text: string): Glyph[];
  /** The legacy kern table, as fontkit reads it. */
  kern?: { tables: { format: number; coverage: Record<'horizontal' | 'minimum' | 'crossStream' | 'override', boolean>; subtable: { pairs?: { left: number; right: number; value: number }[] } }[] } | null;
}

/**
 * Characters whose shaping in Liberation Sans is kerning alone: Latin letters with their accents precomposed,
 * figures, punctuation, currency, arrows, mathematical operators and shapes. Not combining marks, zero-width or
 * invisible characters (fontkit hides those), the soft hyphen, nor the fraction slash (it makes fractions).
 */
const SIMPLE = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u024F\u2010-\u2027\u2030-\u2043\u2045-\u205E\u20A0-\u20BF\u2190-\u21FF\u2200-\u22FF\u25A0-\u25FF]*$/;

/** A run as fontkit gives one; its advance is read after pdfkit scales the positions, as fontkit's is. */
class Run implements GlyphRun {
  constructor(
    readonly glyphs: Glyph[],
    readonly positions: Position[],
  ) {}

  get advanceWidth(): number {
    let width = 0;
    for (const position of this.positions) width += position.xAdvance;
    return width;
  }
}

/** The kern table's pairs (first glyph × 65536 + second) and their adjustments; null when it holds more than plain pairs. */
function kernPairs(font: ShapingFont): Map<number, number> | null {
  const tables = font.kern?.tables;
  if (tables === undefined) return null;
  const pairs = new Map<number, number>();
  for (const table of tables) {
    const { horizontal, minimum, crossStream, override } = table.coverage;
    if (table.format !== 0 || !horizontal || minimum || crossStream || override) return null;
    for (const { left, right, value } of table.subtable.pairs ?? []) pairs.set(left * 65536 + right, (pairs.get(left * 65536 + right) ?? 0) + value);
  }
  return pairs;
}

const wrapped = new WeakSet<object>();

/**
 * Gives `font` (parsed Liberation Sans, and only that: another font may shape plain text in other ways, or kern
 * differently from its kern table) the fast layout for words of simple characters without extra features;
 * anything else still goes to fontkit.
 */
export function useKerningLayout(font: ShapingFont): void {
  if (wrapped.has(font)) return;
  wrapped.add(font);
  const shape = font.layout.bind(font);
  let pairs: Map<number, number> | null | undefined;
  const fast = (text: string): GlyphRun | null => {
    if (!SIMPLE.test(text)) return null;
    pairs ??= kernPairs(font);
    if (pairs === null) return null;
    const glyphs = font.glyphsForString(text);
    const positions: Position[] = glyphs.map((glyph) => ({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
    for (let i = 0; i + 1 < glyphs.length; i++) positions[i]!.xAdvance += pairs.get(glyphs[i]!.id * 65536 + glyphs[i + 1]!.id) ?? 0;
    return new Run(glyphs, positions);
  };
  font.layout = (text: string, features?: unknown, ...rest: unknown[]): GlyphRun =>
    (typeof text === 'string' && features === undefined && rest.length === 0 ? fast(text) : null) ?? shape(text, features, ...(rest as [string?]));
}
