// A chart drawing (render/charts) replayed as PDF vector paths and real text in the embedded Liberation Sans, scaled
// into the figure's frame. Runs inside the Figure's marked content, so the whole chart reads out as its alt text.
import { comparisonSeriesStyles, type ChartDrawing, type HatchFill, type PathMark, type StrokeStyle, type TextMark } from '../charts/index.js';
import { withActualText } from './context.js';
import { registeredChains, segmentText, type ChainFont, type ChartFaces } from './fonts.js';
import type { PdfDocument } from './pdfkit.js';
import { drawTextRun } from './textRun.js';

/** How the chart is replayed: the fonts its text is set in, and the house accent for the council's own series. */
export interface ChartReplay {
  faces: ChartFaces;
  /** The colour of the council's own series (the first comparison series); its default colour when null. */
  accent: string | null;
}

const OWN_SERIES = comparisonSeriesStyles[0]?.fill.toLowerCase() ?? '';

export interface ChartFrame {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The council's own series in the house accent (legend swatch and bars alike: they share the colour). */
function recolour(colour: string, replay: ChartReplay): string {
  return replay.accent !== null && colour.toLowerCase() === OWN_SERIES ? replay.accent : colour;
}

function applyStroke(pdf: PdfDocument, stroke: StrokeStyle): void {
  pdf.lineWidth(stroke.widthPx).lineCap(stroke.cap).lineJoin(stroke.join).strokeColor(stroke.colour);
  const dash = stroke.dash.filter((length) => length > 0);
  // pdfkit takes an array of dash and gap lengths, though its typings only allow one length.
  if (dash.length > 0) pdf.dash(dash as unknown as number, {});
  else pdf.undash();
}

/** The digits from `at` on: where they end. */
function digitsEnd(d: string, at: number): number {
  let i = at;
  // Never past the end: charCodeAt there (NaN) would make V8 throw away the scanner's optimised code.
  while (i < d.length) {
    const c = d.charCodeAt(i);
    if (c < 48 || c > 57) break;
    i += 1;
  }
  return i;
}

/**
 * Path data as the chart writer (render/charts/pathData.ts) writes it, read: absolute M, L, C and Z, each followed at
 * once by its numbers (2, 2, 6 and none) between single spaces, each number `-?\d+(\.\d+)?`. The commands, and every
 * number as Number() reads its characters; null for path data in any other form.
 */
function writtenPath(d: string): { commands: string[]; numbers: number[] } | null {
  const commands: string[] = [];
  const numbers: number[] = [];
  let i = 0;
  while (i < d.length) {
    const command = d[i]!;
    const arity = command === 'M' || command === 'L' ? 2 : command === 'C' ? 6 : command === 'Z' ? 0 : -1;
    if (arity < 0) return null;
    i += 1;
    for (let k = 0; k < arity; k++) {
      if (k > 0) {
        if (i >= d.length || d.charCodeAt(i) !== 32) return null;
        i += 1;
      }
      const start = i;
      if (i < d.length && d.charCodeAt(i) === 45) i += 1;
      const digits = i;
      i = digitsEnd(d, i);
      if (i === digits) return null;
      if (i < d.length && d.charCodeAt(i) === 46) {
        const fraction = (i += 1);
        i = digitsEnd(d, i);
        if (i === fraction) return null;
      }
      numbers.push(Number(d.slice(start, i)));
    }
    commands.push(command);
  }
  return { commands, numbers };
}

/**
 * What `pdf.path(d)` draws, with pdfkit's own operators: the numbers read as its parser reads them (parseFloat of the
 * same characters), M, L, C and Z as its path runner draws them. Its parser reads a character at a time, and charts
 * hold thousands of points; path data in any other form goes to it.
 */
export function tracePath(pdf: PdfDocument, d: string): PdfDocument {
  const written = d.startsWith('M') ? writtenPath(d) : null;
  if (written === null) return pdf.path(d);
  const n = written.numbers;
  let at = 0;
  for (const command of written.commands) {
    if (command === 'M') pdf.moveTo(n[at]!, n[at + 1]!);
    else if (command === 'L') pdf.lineTo(n[at]!, n[at + 1]!);
    else if (command === 'C') pdf.bezierCurveTo(n[at]!, n[at + 1]!, n[at + 2]!, n[at + 3]!, n[at + 4]!, n[at + 5]!);
    else pdf.closePath();
    at += command === 'C' ? 6 : command === 'Z' ? 0 : 2;
  }
  return pdf;
}

/** The box the path's points span; enough for hatching, whose stripes are clipped to the path anyway. */
function pathBounds(d: string): { left: number; top: number; right: number; bottom: number } {
  const numbers = (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const xs = numbers.filter((_n, i) => i % 2 === 0);
  const ys = numbers.filter((_n, i) => i % 2 === 1);
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}

/** White stripes over the fill, on the same grid as the SVG pattern (lines x ± y = k·spacing), clipped to the bar. */
function hatch(pdf: PdfDocument, d: string, fill: HatchFill): void {
  tracePath(pdf, d).fill(fill.fill);
  const box = pathBounds(d);
  const s = fill.spacingPx;
  pdf.save();
  tracePath(pdf, d).clip();
  for (let k = Math.floor((box.left + box.top) / s); k <= Math.ceil((box.right + box.bottom) / s); k += 1) {
    pdf.moveTo(k * s - box.bottom, box.bottom).lineTo(k * s - box.top, box.top);
  }
  if (fill.style === 'cross') {
    for (let k = Math.floor((box.left - box.bottom) / s); k <= Math.ceil((box.right - box.top) / s); k += 1) {
      pdf.moveTo(k * s + box.top, box.top).lineTo(k * s + box.bottom, box.bottom);
    }
  }
  pdf.lineWidth(fill.strokePx).undash().strokeColor('#ffffff').stroke();
  pdf.restore();
}

function drawPath(pdf: PdfDocument, original: PathMark, replay: ChartReplay): void {
  const fill = original.fill === null || typeof original.fill !== 'string' ? original.fill : recolour(original.fill, replay);
  const stroke = original.stroke === null ? null : { ...original.stroke, colour: recolour(original.stroke.colour, replay) };
  const mark: PathMark = { ...original, fill, stroke };
  if (mark.fill !== null && typeof mark.fill !== 'string') hatch(pdf, mark.d, mark.fill);
  if (mark.stroke !== null) applyStroke(pdf, mark.stroke);
  if (typeof mark.fill === 'string' && mark.stroke !== null) tracePath(pdf, mark.d).fillAndStroke(mark.fill, mark.stroke.colour);
  else if (typeof mark.fill === 'string') tracePath(pdf, mark.d).fill(mark.fill);
  else if (mark.stroke !== null) tracePath(pdf, mark.d).stroke();
}

/** The chart face's font, then the fallbacks after it in the body text's chain of the same weight. */
function chartChain(pdf: PdfDocument, name: string, bold: boolean): readonly ChainFont[] | null {
  const chain = registeredChains(pdf)?.[bold ? 'bold' : 'regular'];
  const from = chain?.findIndex((font) => font.name === name) ?? -1;
  return chain === undefined || from < 0 ? null : chain.slice(from);
}

/**
 * Chart text is set in Liberation Sans (the font it was laid out in); a character Liberation Sans lacks is set in the
 * fallback font along the same baseline, as body text is (see RenderContext.drawText).
 */
function drawText(pdf: PdfDocument, mark: TextMark, faces: ChartFaces): void {
  const bold = mark.font.weight === 'bold';
  const name = bold ? faces.bold : faces.normal;
  const options = { lineBreak: false, baseline: 'alphabetic', rotation: -mark.rotation } as PDFKit.Mixins.TextOptions;
  const chain = chartChain(pdf, name, bold);
  const segments = chain === null ? [] : segmentText(mark.text, chain);
  const only = segments[0];
  // Unrotated text (all but an axis title) is written directly, as pdfkit's text() would write it.
  const write = (font: string, text: string, x: number, y: number): void => {
    pdf.font(font).fontSize(mark.font.sizePx).fillColor(mark.colour);
    if (mark.rotation === 0) drawTextRun(pdf, text, x, y, { baseline: 'alphabetic' });
    else pdf.text(text, x, y, options);
  };
  if (chain === null || segments.length === 0 || (segments.length === 1 && only?.font === 0 && only.actual === null)) {
    write(name, mark.text, mark.x, mark.y);
    return;
  }
  const angle = (mark.rotation * Math.PI) / 180;
  let advance = 0;
  for (const segment of segments) {
    if (segment.text === '') continue;
    const font = chain[segment.font]?.name ?? name;
    const x = mark.x + Math.cos(angle) * advance;
    const y = mark.y + Math.sin(angle) * advance;
    const draw = (): void => write(font, segment.text, x, y);
    if (segment.actual === null) draw();
    else withActualText(pdf, segment.actual, draw);
    advance += pdf.widthOfString(segment.text);
  }
}

/**
 * Draws the chart with its pixels mapped onto the frame. Marks under one clip are drawn inside one save/restore,
 * with the clip set once; the graphics state is restored afterwards, so body text is not affected.
 */
export function drawChartVectors(pdf: PdfDocument, drawing: ChartDrawing, frame: ChartFrame, replay: ChartReplay = { faces: { normal: 'regular', bold: 'bold' }, accent: null }): void {
  pdf.save();
  pdf.translate(frame.x, frame.y);
  pdf.scale(frame.width / drawing.widthPx, frame.height / drawing.heightPx);
  let openClip: number | null = null;
  for (const mark of drawing.marks) {
    if (mark.clip !== openClip) {
      if (openClip !== null) pdf.restore();
      openClip = mark.clip;
      if (openClip !== null) {
        pdf.save();
        tracePath(pdf, drawing.clips[openClip] ?? '').clip();
      }
    }
    if (mark.kind === 'path') drawPath(pdf, mark, replay);
    else drawText(pdf, mark, replay.faces);
  }
  if (openClip !== null) pdf.restore();
  pdf.restore();
}
