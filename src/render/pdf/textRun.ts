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

/** The members of pdfkit's document and embedded font that its _fragment uses (pdfkit does not type them). */
interface TextHost {
  x: number;
  y: number;
  page: { height: number; fonts: Record<string, unknown> };
  _font: {
    id: string;
    ascender: number;
    ref(): unknown;
    encode(text: string, features?: unknown): [string[], { xAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }[]];
  };
  _fontSize: number;
  save(): unknown;
  restore(): unknown;
  transform(m11: number, m12: number, m21: number, m22: number, dx: number, dy: number): unknown;
  addContent(data: string): unknown;
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
  host.save();
  host.transform(1, 0, 0, -1, 0, host.page.height);
  const top = host.page.height - y - dy;
  if (host.page.fonts[font.id] == null) host.page.fonts[font.id] = font.ref();
  host.addContent('BT');
  host.addContent(`1 0 0 1 ${number(x)} ${number(top)} Tm`);
  host.addContent(`/${font.id} ${number(size)} Tf`);
  const [encoded, positions] = font.encode(text);
  const scale = size / 1000;
  const commands: string[] = [];
  let last = 0;
  let hadOffset = false;
  let left = x;
  const addSegment = (cur: number): void => {
    if (last < cur) {
      const position = positions[cur - 1]!;
      commands.push(`<${encoded.slice(last, cur).join('')}> ${number(-(position.xAdvance - position.advanceWidth))}`);
    }
    last = cur;
  };
  const flush = (cur: number): void => {
    addSegment(cur);
    if (commands.length > 0) {
      host.addContent(`[${commands.join(' ')}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const position = positions[i]!;
    if (position.xOffset || position.yOffset) {
      flush(i);
      host.addContent(`1 0 0 1 ${number(left + position.xOffset * scale)} ${number(top + position.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        host.addContent(`1 0 0 1 ${number(left)} ${number(top)} Tm`);
        hadOffset = false;
      }
      if (position.xAdvance - position.advanceWidth !== 0) addSegment(i + 1);
    }
    left += position.xAdvance * scale;
  }
  flush(i);
  host.addContent('ET');
  host.restore();
}
