// One run of text, already laid out and placed, written as pdfkit's text() writes it, without the rest of text().
//
// Every run boardpack draws is `text(run, x, y, { lineBreak: false })`, unrotated, without underline: a line the
// paper's own layout has broken and measured. For that call pdfkit copies and fills in its options, measures the run
// twice (once for a link or underline it will not draw, once to advance its cursor) besides shaping it to write it,
// and splits it into words for each; in a 100-indicator build text() was a tenth of the main thread. This writes the
// same operators in the same order: q, the page flip, BT, the text matrix, the font, the TJ runs with their kerning,
// ET, Q (pdfkit's _fragment for these options), and leaves the document's cursor where text() would put it but for
// the advance after the run, which nothing in boardpack reads. Anything else goes to text() itself.
import type { PdfDocument } from './pdfkit.js';

/** A glyph's place as pdfkit's embedded font lays it out (in 1000ths of an em, scaled to the font's units). */
interface GlyphPosition {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}

/** The members of pdfkit's embedded font that its encode() uses (pdfkit does not type them). */
interface EmbeddedFont {
  layoutCached(word: string): { glyphs: { id: number; advanceWidth: number; codePoints: number[] }[]; positions: GlyphPosition[] };
  subset: { includeGlyph(id: number): number };
  widths: (number | null | undefined)[];
  unicode: (number[] | null | undefined)[];
  scale: number;
}

/** The members of pdfkit's document and font that its _fragment uses (pdfkit does not type them). */
interface TextHost {
  x: number;
  y: number;
  page: { height: number; fonts: Record<string, unknown> };
  _font: {
    id: string;
    ascender: number;
    ref(): unknown;
    encode(text: string, features?: unknown): [string[], GlyphPosition[]];
  } & Partial<EmbeddedFont>;
  _fontSize: number;
  addContent(data: string): unknown;
}

/** A word as one document's font encodes it: each glyph's subset id as four hex digits, and its place. */
interface EncodedWord {
  hex: string[];
  positions: GlyphPosition[];
}

/** Per embedded font (one per document and face): the words it has encoded, by text. */
const encodedWords = new WeakMap<object, Map<string, EncodedWord>>();

/**
 * pdfkit's EmbeddedFont.encode, a word at a time, each word once per document: encode lays the run out word by word
 * (splitting after each space and tab, from its per-word cache), concatenates the words' glyph arrays, and for each
 * glyph adds it to the subset and notes its width and characters the first time the subset sees it. Adding a glyph
 * the subset holds, or noting what is noted, changes nothing, so a word's encoding is kept for the document's later
 * runs, and the subset fills in the same order.
 */
function encodeWords(font: EmbeddedFont, text: string): EncodedWord[] {
  let known = encodedWords.get(font);
  if (known === undefined) encodedWords.set(font, (known = new Map()));
  const words: EncodedWord[] = [];
  let last = 0;
  for (let index = 0; index <= text.length; index++) {
    const atEnd = index === text.length;
    if (atEnd ? last >= index : text[index] !== ' ' && text[index] !== '\t') continue;
    const word = text.slice(last, atEnd ? index : index + 1);
    last = index + 1;
    let encoded = known.get(word);
    if (encoded === undefined) {
      const run = font.layoutCached(word);
      const hex: string[] = [];
      for (const glyph of run.glyphs) {
        const gid = font.subset.includeGlyph(glyph.id);
        hex.push(`0000${gid.toString(16)}`.slice(-4));
        if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
        if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
      }
      encoded = { hex, positions: run.positions };
      known.set(word, encoded);
    }
    words.push(encoded);
  }
  return words;
}

const isEmbeddedFont = (font: Partial<EmbeddedFont>): font is EmbeddedFont =>
  typeof font.layoutCached === 'function' && typeof font.subset?.includeGlyph === 'function' && Array.isArray(font.widths) && Array.isArray(font.unicode) && typeof font.scale === 'number';

/** The run's words as `encodeWords` gives them, or, for a font of another kind, pdfkit's encode() as one word. */
function encodedRun(font: TextHost['_font'], text: string): EncodedWord[] {
  if (isEmbeddedFont(font)) return encodeWords(font, text);
  const [hex, positions] = font.encode(text);
  return [{ hex, positions }];
}

/** pdfkit's PDFObject.number: six decimal places at most, written as JavaScript writes the number. */
function number(n: number): number {
  if (n > -1e21 && n < 1e21) return Math.round(n * 1e6) / 1e6;
  throw new Error(`unsupported number: ${n}`);
}

export type TextBaseline = 'top' | 'alphabetic';

/**
 * Draws `text` with its top (or, `alphabetic`, its baseline) at (x, y) in the current font, size and colour: the
 * bytes `pdf.text(text, x, y, { lineBreak: false, baseline })` writes. `underline` goes to pdfkit's text().
 */
export function drawTextRun(pdf: PdfDocument, text: string, x: number, y: number, options: { baseline?: TextBaseline; underline?: boolean } = {}): void {
  if (options.underline === true || text.includes('\n')) {
    pdf.text(text, x, y, { lineBreak: false, underline: options.underline === true, ...(options.baseline === undefined ? {} : { baseline: options.baseline }) });
    return;
  }
  const host = pdf as unknown as TextHost;
  host.x = x;
  host.y = y;
  if (text.length === 0) return;
  const font = host._font;
  const size = host._fontSize;
  const dy = options.baseline === 'alphabetic' ? 0 : (font.ascender / 1000) * size;
  // q and the page flip as pdfkit's save() and transform() write them. Their matrix, which restore() would put back,
  // is left as it is: nothing between reads it. The operators go in as few writes as give the same lines; BT and ET
  // each stay a write of their own, where a span's ActualText is put around them (withActualText, context.ts).
  host.addContent(`q\n1 0 0 -1 0 ${number(host.page.height)} cm`);
  const top = host.page.height - y - dy;
  if (host.page.fonts[font.id] == null) host.page.fonts[font.id] = font.ref();
  host.addContent('BT');
  const lines = [`1 0 0 1 ${number(x)} ${number(top)} Tm`, `/${font.id} ${number(size)} Tf`];
  const scale = size / 1000;
  // pdfkit's _fragment: glyphs gather into a TJ string until one is kerned (its adjustment follows it) or positioned
  // off the line (it gets a text matrix and a TJ of its own, and the next glyph a matrix back on the line).
  const commands: string[] = [];
  let pending = '';
  let pendingLast: GlyphPosition | null = null;
  let hadOffset = false;
  let left = x;
  const addSegment = (): void => {
    if (pending !== '' && pendingLast !== null) commands.push(`<${pending}> ${number(-(pendingLast.xAdvance - pendingLast.advanceWidth))}`);
    pending = '';
  };
  const flush = (): void => {
    addSegment();
    if (commands.length > 0) {
      lines.push(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  for (const word of encodedRun(font, text)) {
    for (let i = 0; i < word.positions.length; i++) {
      const position = word.positions[i]!;
      const hex = word.hex[i]!;
      if (position.xOffset || position.yOffset) {
        flush();
        lines.push(`1 0 0 1 ${number(left + position.xOffset * scale)} ${number(top + position.yOffset * scale)} Tm`);
        pending = hex;
        pendingLast = position;
        flush();
        hadOffset = true;
      } else {
        if (hadOffset) {
          lines.push(`1 0 0 1 ${number(left)} ${number(top)} Tm`);
          hadOffset = false;
        }
        pending += hex;
        pendingLast = position;
        if (position.xAdvance - position.advanceWidth !== 0) addSegment();
      }
      left += position.xAdvance * scale;
    }
  }
  flush();
  host.addContent(lines.join('\n'));
  host.addContent('ET');
  host.addContent('Q');
}
