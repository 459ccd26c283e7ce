// Word layout without full OpenType shaping, for Liberation Sans, the bundled font: in plain text its shaping is
// kerning alone, so a word is its characters' glyphs with their advances, each advance kerned with the next glyph.
// fontkit runs its whole shaping engine for each word (about 0.1 ms a word here, most of the PDF's text time in a
// large build); this asks fontkit once for each pair of glyphs and adds. test/render/wordLayout.test.ts checks
// it gives exactly fontkit's glyphs and positions for every pair of characters and for random text.

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
}

/**
 * Characters whose shaping in Liberation Sans is kerning alone: Latin letters with their accents precomposed,
 * figures, punctuation, currency, arrows, mathematical operators and shapes. Not combining marks, zero-width or
 * invisible characters (fontkit hides those), the soft hyphen, nor the fraction slash (it makes fractions).
 */
const SIMPLE = /^[\u0020-\u007E\u00A0-\u00AC\u00AE-\u024F\u2010-\u2027\u2030-\u2043\u2045-\u205E\u20A0-\u20BF\u2190-\u21FF\u2200-\u22FF\u25A0-\u25FF]*$/;
const LATIN = /\p{Script=Latin}/u;

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

const wrapped = new WeakSet<object>();

/**
 * Gives `font` (parsed Liberation Sans, and only that: another font may shape plain text in other ways) the fast
 * layout for words of simple characters without extra features; anything else still goes to fontkit.
 */
export function useKerningLayout(font: ShapingFont): void {
  if (wrapped.has(font)) return;
  wrapped.add(font);
  const shape = font.layout.bind(font);
  /** Per script and pair of glyphs: the first glyph's kerned advance less its own, or null when the pair is not plain. */
  const kerning = new Map<string, number | null>();
  const kern = (script: string | undefined, first: Glyph, second: Glyph, characters: string): number | null => {
    const key = `${script ?? ''}\u0000${first.id}\u0000${second.id}`;
    let adjustment = kerning.get(key);
    if (adjustment === undefined) {
      const run = shape(characters, [], script);
      const [a, b] = run.positions;
      const plain =
        run.glyphs.length === 2 && run.glyphs[0]?.id === first.id && run.glyphs[1]?.id === second.id && a !== undefined && b !== undefined &&
        b.xAdvance === second.advanceWidth && a.yAdvance === 0 && b.yAdvance === 0 && a.xOffset === 0 && a.yOffset === 0 && b.xOffset === 0 && b.yOffset === 0;
      adjustment = plain ? a.xAdvance - first.advanceWidth : null;
      kerning.set(key, adjustment);
    }
    return adjustment;
  };
  const fast = (text: string): GlyphRun | null => {
    if (!SIMPLE.test(text)) return null;
    const characters = Array.from(text);
    const glyphs = font.glyphsForString(text);
    if (glyphs.length !== characters.length) return null;
    const script = LATIN.test(text) ? 'latn' : undefined;
    const positions: Position[] = glyphs.map((glyph) => ({ xAdvance: glyph.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
    for (let i = 0; i + 1 < glyphs.length; i++) {
      const adjustment = kern(script, glyphs[i]!, glyphs[i + 1]!, characters[i]! + characters[i + 1]!);
      if (adjustment === null) return null;
      positions[i]!.xAdvance += adjustment;
    }
    if (glyphs.length === 1 && kern(script, glyphs[0]!, glyphs[0]!, characters[0]! + characters[0]!) === null) return null;
    return new Run(glyphs, positions);
  };
  font.layout = (text: string, features?: unknown, ...rest: unknown[]): GlyphRun =>
    (typeof text === 'string' && features === undefined && rest.length === 0 ? fast(text) : null) ?? shape(text, features, ...(rest as [string?]));
}
