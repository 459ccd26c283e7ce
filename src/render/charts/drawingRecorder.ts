// A stand-in for the canvas 2D context that Chart.js draws on: it records paths and text as marks instead of pixels.

import type { ChartDrawing, Mark, Paint, StrokeStyle } from './drawing.js';
import { isHatchFill, toPaint } from './paint.js';
import { PathData, apply, identity, lengthScale, multiply, type Matrix } from './pathData.js';
import { parseChartFont, textWidthPx, verticalMetrics } from './textMetrics.js';

interface DrawState {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  lineCap: StrokeStyle['cap'];
  lineJoin: StrokeStyle['join'];
  lineDash: number[];
  lineDashOffset: number;
  font: string;
  textAlign: string;
  textBaseline: string;
  globalAlpha: number;
  transform: Matrix;
  clip: number | null;
}

const initialState = (): DrawState => ({
  fillStyle: '#000000',
  strokeStyle: '#000000',
  lineWidth: 1,
  lineCap: 'butt',
  lineJoin: 'miter',
  lineDash: [],
  lineDashOffset: 0,
  font: '10px sans-serif',
  textAlign: 'start',
  textBaseline: 'alphabetic',
  globalAlpha: 1,
  transform: identity,
  clip: null,
});

const isStyle = (value: unknown): boolean => typeof value === 'string' || isHatchFill(value);

/** The canvas element Chart.js is given: a size, an empty style, and this context. */
export interface RecordingCanvas {
  width: number;
  height: number;
  style: Record<string, string>;
  getContext(kind: '2d'): DrawingRecorder;
}

/**
 * Implements the part of CanvasRenderingContext2D that Chart.js and our label plugins use. Fills and strokes become
 * path marks in absolute pixels; fillText becomes a text mark placed on its baseline, measured in the document font,
 * so the PDF sets the same words at the same places in real text. Anything else Chart.js might call throws.
 */
export class DrawingRecorder {
  readonly canvas: RecordingCanvas;
  private state: DrawState = initialState();
  private readonly stack: DrawState[] = [];
  private path = new PathData();
  /** The current point in local coordinates, for quadratic curves. */
  private local: [number, number] = [0, 0];
  private readonly marks: Mark[] = [];
  private readonly clips: string[] = [];

  constructor(width: number, height: number) {
    const self = this;
    this.canvas = { width, height, style: {}, getContext: () => self };
  }

  drawing(dpi: number): ChartDrawing {
    return { widthPx: this.canvas.width, heightPx: this.canvas.height, dpi, clips: [...this.clips], marks: [...this.marks], valueAxis: null };
  }

  // ---- state ----
  get fillStyle(): unknown { return this.state.fillStyle; }
  /** As on a canvas, a value that is not a colour or pattern (Chart.js passes undefined at times) is ignored. */
  set fillStyle(value: unknown) { if (isStyle(value)) this.state.fillStyle = value; }
  get strokeStyle(): unknown { return this.state.strokeStyle; }
  set strokeStyle(value: unknown) { if (isStyle(value)) this.state.strokeStyle = value; }
  get lineWidth(): number { return this.state.lineWidth; }
  set lineWidth(value: number) { if (Number.isFinite(value) && value >= 0) this.state.lineWidth = value; }
  get lineCap(): string { return this.state.lineCap; }
  set lineCap(value: string) { if (value === 'butt' || value === 'round' || value === 'square') this.state.lineCap = value; }
  get lineJoin(): string { return this.state.lineJoin; }
  set lineJoin(value: string) { if (value === 'miter' || value === 'round' || value === 'bevel') this.state.lineJoin = value; }
  get lineDashOffset(): number { return this.state.lineDashOffset; }
  set lineDashOffset(value: number) { this.state.lineDashOffset = value; }
  get font(): string { return this.state.font; }
  set font(value: string) { this.state.font = value; }
  get textAlign(): string { return this.state.textAlign; }
  set textAlign(value: string) { this.state.textAlign = value; }
  get textBaseline(): string { return this.state.textBaseline; }
  set textBaseline(value: string) { this.state.textBaseline = value; }
  get globalAlpha(): number { return this.state.globalAlpha; }
  set globalAlpha(value: number) { this.state.globalAlpha = value; }

  setLineDash(segments: number[]): void {
    this.state.lineDash = segments.filter((s) => Number.isFinite(s) && s >= 0);
  }
  getLineDash(): number[] {
    return [...this.state.lineDash];
  }

  save(): void {
    this.stack.push({ ...this.state, lineDash: [...this.state.lineDash] });
  }
  restore(): void {
    const previous = this.stack.pop();
    if (previous !== undefined) this.state = previous;
  }

  // ---- transforms ----
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.state.transform = [a, b, c, d, e, f];
  }
  resetTransform(): void {
    this.state.transform = identity;
  }
  transform(a: number, b: number, c: number, d: number, e: number, f: number): void {
    this.state.transform = multiply(this.state.transform, [a, b, c, d, e, f]);
  }
  translate(x: number, y: number): void {
    this.transform(1, 0, 0, 1, x, y);
  }
  rotate(angle: number): void {
    this.transform(Math.cos(angle), Math.sin(angle), -Math.sin(angle), Math.cos(angle), 0, 0);
  }
  scale(x: number, y: number): void {
    this.transform(x, 0, 0, y, 0, 0);
  }

  // ---- paths ----
  beginPath(): void {
    this.path = new PathData();
  }
  closePath(): void {
    this.path.closePath();
  }
  moveTo(x: number, y: number): void {
    this.path.moveTo(this.state.transform, x, y);
    this.local = [x, y];
  }
  lineTo(x: number, y: number): void {
    this.path.lineTo(this.state.transform, x, y);
    this.local = [x, y];
  }
  bezierCurveTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void {
    this.path.bezierCurveTo(this.state.transform, c1x, c1y, c2x, c2y, x, y);
    this.local = [x, y];
  }
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void {
    this.path.quadraticCurveTo(this.state.transform, this.local, cx, cy, x, y);
    this.local = [x, y];
  }
  rect(x: number, y: number, width: number, height: number): void {
    this.path.rect(this.state.transform, x, y, width, height);
    this.local = [x, y];
  }
  arc(x: number, y: number, radius: number, start: number, end: number, anticlockwise = false): void {
    this.ellipse(x, y, radius, radius, 0, start, end, anticlockwise);
  }
  ellipse(x: number, y: number, rx: number, ry: number, rotation: number, start: number, end: number, anticlockwise = false): void {
    this.path.ellipse(this.state.transform, x, y, rx, ry, rotation, start, end, anticlockwise);
    this.local = [x + rx * Math.cos(end), y + ry * Math.sin(end)];
  }

  clip(): void {
    if (this.path.isEmpty) return;
    this.clips.push(this.path.toString());
    // Chart.js never nests clips; the newest one is the whole clip.
    this.state.clip = this.clips.length - 1;
  }

  fill(): void {
    this.addPath(this.path.toString(), toPaint(this.state.fillStyle, this.state.globalAlpha), null);
  }
  stroke(): void {
    this.addPath(this.path.toString(), null, this.currentStroke());
  }
  fillRect(x: number, y: number, width: number, height: number): void {
    const rect = new PathData();
    rect.rect(this.state.transform, x, y, width, height);
    this.addPath(rect.toString(), toPaint(this.state.fillStyle, this.state.globalAlpha), null);
  }
  strokeRect(x: number, y: number, width: number, height: number): void {
    const rect = new PathData();
    rect.rect(this.state.transform, x, y, width, height);
    this.addPath(rect.toString(), null, this.currentStroke());
  }
  /** The page behind a chart is white already; a cleared canvas is what Chart.js starts from. */
  clearRect(): void {}

  private currentStroke(): StrokeStyle | null {
    const paint = toPaint(this.state.strokeStyle, this.state.globalAlpha);
    const width = this.state.lineWidth * lengthScale(this.state.transform);
    if (paint === null || typeof paint !== 'string' || width <= 0) return null;
    const dash = this.state.lineDash.length % 2 === 0 ? this.state.lineDash : [...this.state.lineDash, ...this.state.lineDash];
    return { colour: paint, widthPx: width, dash: dash.map((s) => s * lengthScale(this.state.transform)), cap: this.state.lineCap, join: this.state.lineJoin };
  }

  /** A stroke straight after a fill of the same outline joins it, as one mark drawn fill-then-stroke. */
  private addPath(d: string, fill: Paint | null, stroke: StrokeStyle | null): void {
    if (d === '' || (fill === null && stroke === null)) return;
    const last = this.marks[this.marks.length - 1];
    if (stroke !== null && last?.kind === 'path' && last.d === d && last.stroke === null && last.fill !== null && last.clip === this.state.clip) {
      last.stroke = stroke;
      return;
    }
    this.marks.push({ kind: 'path', d, fill, stroke, clip: this.state.clip });
  }

  // ---- text ----
  measureText(text: string): { width: number; actualBoundingBoxAscent: number; actualBoundingBoxDescent: number; actualBoundingBoxLeft: number; actualBoundingBoxRight: number } {
    const font = parseChartFont(this.state.font);
    const width = textWidthPx(text, font);
    const { ascent, descent } = verticalMetrics(font.weight);
    return { width, actualBoundingBoxAscent: ascent * font.sizePx, actualBoundingBoxDescent: descent * font.sizePx, actualBoundingBoxLeft: 0, actualBoundingBoxRight: width };
  }

  fillText(text: string, x: number, y: number): void {
    const colour = toPaint(this.state.fillStyle, this.state.globalAlpha);
    if (text === '' || colour === null) return;
    if (typeof colour !== 'string') throw new Error('render/charts: text cannot be drawn with a hatch');
    const font = parseChartFont(this.state.font);
    const width = textWidthPx(text, font);
    const align = this.state.textAlign;
    const left = align === 'center' ? x - width / 2 : align === 'right' || align === 'end' ? x - width : x;
    const baseline = y + this.baselineOffset(font.weight, font.sizePx);
    const m = this.state.transform;
    const [px, py] = apply(m, left, baseline);
    const scale = lengthScale(m);
    const rotation = (Math.atan2(m[1], m[0]) * 180) / Math.PI;
    this.marks.push({
      kind: 'text',
      text,
      x: px,
      y: py,
      font: { weight: font.weight, sizePx: font.sizePx * scale },
      colour,
      rotation: Math.round(rotation * 1000) / 1000,
      clip: this.state.clip,
    });
  }

  strokeText(): void {
    throw new Error('render/charts: outlined text is not drawn in charts');
  }

  drawImage(): void {
    throw new Error('render/charts: charts draw no images');
  }

  /** How far below the requested y the alphabetic baseline lies, for canvas's textBaseline values. */
  private baselineOffset(weight: 'normal' | 'bold', sizePx: number): number {
    const { ascent, descent } = verticalMetrics(weight);
    switch (this.state.textBaseline) {
      case 'top':
      case 'hanging':
        return ascent * sizePx;
      case 'middle':
        return ((ascent - descent) / 2) * sizePx;
      case 'bottom':
      case 'ideographic':
        return -descent * sizePx;
      default:
        return 0;
    }
  }
}
