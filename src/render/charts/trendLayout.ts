// A trend chart laid out and drawn directly, without Chart.js: the same marks, in the same order, at the same
// coordinates as Chart.js 4.6.1 draws for trendConfiguration (trendChart.ts), at a small part of the cost.
//
// This is a port of what Chart.js does for that one configuration, operation for operation so the floating-point
// results are identical: the layout service (layouts.update, fitBoxes, placeBoxes), the Title and Legend plugins
// (fit, row wrapping, drawPointLegend), the category scale with offset and autoSkip, the linear scale's tick
// generation (generateTicks with maxTicksLimit and precision), grid lines and borders, and the line controller
// (segments with spanGaps off, fastPathSegment for the solid line, pathSegment for the dashed one, point shapes).
// It draws on the same DrawingRecorder, with the same canvas calls, so the recorded drawing is the same.
// Anything outside that configuration stays with Chart.js (see trendLayoutHandles); test/render/trendLayout.test.ts
// compares the two on real and generated specs.

import type { LegendItem } from 'chart.js';
import { axisStyle, sharedOptions } from './commonOptions.js';
import type { ChartDrawing, ValueAxis } from './drawing.js';
import { DrawingRecorder } from './drawingRecorder.js';
import { paintBackground } from './labels.js';
import type { ChartPixelSize } from './size.js';
import { textWidthPx, type FontWeight } from './textMetrics.js';
import type { ChartTheme } from './theme.js';
import { checkTrend, drawTrendLabels, trendLegendItems, trendScaleOptions, trendSeriesStyle, type TrendSpec } from './trendChart.js';

// ---- Chart.js helpers, as they compute ----

const PI = Math.PI;
const TAU = 2 * PI;
const HALF_PI = PI / 2;
const QUARTER_PI = PI / 4;
const TWO_THIRDS_PI = (PI * 2) / 3;
const RAD_PER_DEG = PI / 180;

/** Chart.defaults: what the trend configuration leaves unset. */
const chartDefaults = {
  backgroundColor: 'rgba(0,0,0,0.1)',
  lineHeight: 1.2,
  hoverRadius: 4,
  scaleTicksPadding: 3,
  legendBoxPadding: 10,
} as const;

interface Font {
  size: number;
  weight: FontWeight;
  lineHeight: number;
  /** As Chart.js's toFontString writes it: "normal bold 25px \"Liberation Sans\"". */
  string: string;
}

function toFont(options: { family: string; size: number; weight: FontWeight }): Font {
  return { size: options.size, weight: options.weight, lineHeight: options.size * chartDefaults.lineHeight, string: `normal ${options.weight} ${options.size}px ${options.family}` };
}

interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
  width: number;
  height: number;
}

const numberOrZero = (v: unknown): number => Number(v) || 0;

function toPadding(value: number | { top?: number; right?: number; bottom?: number; left?: number }): Padding {
  const read = (prop: 'top' | 'right' | 'bottom' | 'left'): number => numberOrZero(typeof value === 'number' ? value : value[prop]);
  const obj = { top: read('top'), right: read('right'), bottom: read('bottom'), left: read('left') };
  return { ...obj, width: obj.left + obj.right, height: obj.top + obj.bottom };
}

const isNumberFinite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
const finiteOrDefault = (value: number, fallback: number): number => (isNumberFinite(value) ? value : fallback);
const limitValue = (value: number, min: number, max: number): number => Math.max(min, Math.min(max, value));
const int16Range = (value: number): number => limitValue(value, -32768, 32767);
const toRadians = (degrees: number): number => degrees * (PI / 180);
const almostEquals = (x: number, y: number, epsilon: number): boolean => Math.abs(x - y) < epsilon;

function niceNum(range: number): number {
  const roundedRange = Math.round(range);
  range = almostEquals(range, roundedRange, range / 1000) ? roundedRange : range;
  const niceRange = Math.pow(10, Math.floor(Math.log10(range)));
  const fraction = range / niceRange;
  const niceFraction = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return niceFraction * niceRange;
}

function decimalPlaces(x: number): number | undefined {
  if (!isNumberFinite(x)) return undefined;
  let e = 1;
  let p = 0;
  while (Math.round(x * e) / e !== x) {
    e *= 10;
    p++;
  }
  return p;
}

/** devicePixelRatio is 1: the canvas is in print pixels. */
function alignPixel(pixel: number, width: number): number {
  const halfWidth = width !== 0 ? Math.max(width / 2, 0.5) : 0;
  return Math.round(pixel - halfWidth) + halfWidth;
}

function clipArea(ctx: DrawingRecorder, area: { left: number; top: number; right: number; bottom: number }): void {
  ctx.save();
  ctx.beginPath();
  ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
  ctx.clip();
}

interface TextOptions {
  translation?: [number, number];
  rotation?: number;
  color?: string;
  textAlign?: string;
  textBaseline?: string;
}

/** Chart.js's renderText, for text without stroke, backdrop or decoration. */
function renderText(ctx: DrawingRecorder, text: string | readonly string[], x: number, y: number, font: Font, opts: TextOptions): void {
  const lines = typeof text === 'string' ? [text] : text;
  ctx.save();
  ctx.font = font.string;
  if (opts.translation) ctx.translate(opts.translation[0], opts.translation[1]);
  if (opts.rotation !== undefined) ctx.rotate(opts.rotation);
  if (opts.color) ctx.fillStyle = opts.color;
  if (opts.textAlign) ctx.textAlign = opts.textAlign;
  if (opts.textBaseline) ctx.textBaseline = opts.textBaseline;
  for (const line of lines) {
    ctx.fillText(line, x, y);
    y += Number(font.lineHeight);
  }
  ctx.restore();
}

type PointStyle = 'circle' | 'triangle' | 'rect' | 'rectRot' | 'line';

/** Chart.js's drawPointLegend for the shapes trend charts use, without rotation or a legend width. */
function drawPoint(ctx: DrawingRecorder, style: PointStyle, radius: number, borderWidth: number, x: number, y: number): void {
  let rad = 0 * RAD_PER_DEG;
  if (Number.isNaN(radius) || radius <= 0) return;
  ctx.beginPath();
  switch (style) {
    case 'triangle':
      ctx.moveTo(x + Math.sin(rad) * radius, y - Math.cos(rad) * radius);
      rad += TWO_THIRDS_PI;
      ctx.lineTo(x + Math.sin(rad) * radius, y - Math.cos(rad) * radius);
      rad += TWO_THIRDS_PI;
      ctx.lineTo(x + Math.sin(rad) * radius, y - Math.cos(rad) * radius);
      ctx.closePath();
      break;
    case 'rect': {
      const size = Math.SQRT1_2 * radius;
      ctx.rect(x - size, y - size, 2 * size, 2 * size);
      break;
    }
    case 'rectRot': {
      const xOffsetW = Math.cos(rad) * radius;
      const xOffset = Math.cos(rad) * radius;
      const yOffset = Math.sin(rad) * radius;
      const yOffsetW = Math.sin(rad) * radius;
      ctx.moveTo(x - xOffsetW, y - yOffset);
      ctx.lineTo(x + yOffsetW, y - xOffset);
      ctx.lineTo(x + xOffsetW, y + yOffset);
      ctx.lineTo(x - yOffsetW, y + xOffset);
      ctx.closePath();
      break;
    }
    case 'line': {
      const xOffset = Math.cos(rad) * radius;
      const yOffset = Math.sin(rad) * radius;
      ctx.moveTo(x - xOffset, y - yOffset);
      ctx.lineTo(x + xOffset, y + yOffset);
      break;
    }
    default:
      ctx.arc(x, y, radius, 0, TAU);
      ctx.closePath();
  }
  ctx.fill();
  if (borderWidth > 0) ctx.stroke();
}

const knownPointStyles = new Set<unknown>(['circle', 'triangle', 'rect', 'rectRot', 'line']);

// ---- layout boxes ----

interface Margins {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Box {
  readonly fullSize: boolean;
  readonly horizontal: boolean;
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
  update(maxWidth: number, maxHeight: number, margins: Margins): void;
  getPadding?(): Margins;
}

class TitleBox implements Box {
  readonly fullSize = true;
  readonly horizontal = true;
  left = 0;
  top = 0;
  right = 0;
  bottom = 0;
  width = 0;
  height = 0;
  readonly padding: Padding;

  constructor(readonly display: boolean, readonly lines: readonly string[], readonly font: Font, padding: { top: number; bottom: number }) {
    this.padding = toPadding(padding);
  }

  update(maxWidth: number, maxHeight: number): void {
    this.left = 0;
    this.top = 0;
    if (!this.display) {
      this.width = this.height = this.right = this.bottom = 0;
      return;
    }
    this.width = this.right = maxWidth;
    this.height = this.bottom = maxHeight;
    this.height = this.lines.length * this.font.lineHeight + this.padding.height;
  }

  draw(ctx: DrawingRecorder, colour: string): void {
    if (!this.display) return;
    const offset = this.font.lineHeight / 2 + this.padding.top;
    renderText(ctx, this.lines, 0, 0, this.font, {
      color: colour,
      rotation: 0,
      textAlign: 'left',
      textBaseline: 'middle',
      translation: [this.left, this.top + offset],
    });
  }
}

class LegendBox implements Box {
  readonly fullSize = true;
  readonly horizontal = true;
  left = 0;
  top = 0;
  right = 0;
  bottom = 0;
  width = 0;
  height = 0;
  maxWidth = 0;
  maxHeight = 0;
  lineWidths: number[] = [0];
  readonly boxWidth: number;
  readonly boxHeight: number;
  readonly itemHeight: number;

  constructor(readonly items: readonly LegendItem[], readonly font: Font, readonly padding: number, box: { width: number; height: number }) {
    const fontSize = font.size;
    // getBoxSize with usePointStyle
    this.boxHeight = Math.min(box.height, fontSize);
    this.boxWidth = Math.min(box.width, fontSize);
    this.itemHeight = Math.max(fontSize, this.boxHeight);
  }

  private measure(text: string): number {
    return textWidthPx(text, { weight: this.font.weight, sizePx: this.font.size });
  }

  update(maxWidth: number, maxHeight: number, margins: Margins): void {
    this.maxWidth = maxWidth;
    this.maxHeight = maxHeight;
    this.width = this.maxWidth;
    this.left = margins.left;
    this.right = this.width;
    const height = this.fitRows() + 10;
    this.width = Math.min(maxWidth, this.maxWidth);
    this.height = Math.min(height, this.maxHeight);
  }

  private fitRows(): number {
    const { padding, boxWidth, itemHeight } = this;
    const fontSize = this.font.size;
    const lineWidths = (this.lineWidths = [0]);
    const lineHeight = itemHeight + padding;
    let totalHeight = 0;
    this.items.forEach((item, i) => {
      const itemWidth = boxWidth + fontSize / 2 + this.measure(item.text);
      if (i === 0 || (lineWidths[lineWidths.length - 1] ?? 0) + itemWidth + 2 * padding > this.maxWidth) {
        totalHeight += lineHeight;
        lineWidths[lineWidths.length - (i > 0 ? 0 : 1)] = 0;
      }
      lineWidths[lineWidths.length - 1] = (lineWidths[lineWidths.length - 1] ?? 0) + itemWidth + padding;
    });
    return totalHeight;
  }

  draw(ctx: DrawingRecorder): void {
    clipArea(ctx, this);
    const { padding, boxWidth, boxHeight, itemHeight, font } = this;
    const fontSize = font.size;
    const halfFontSize = fontSize / 2;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 0.5;
    ctx.font = font.string;
    const cursor = { x: this.left + padding, y: this.top + padding + 0, line: 0 };
    const lineHeight = itemHeight + padding;
    for (const [i, item] of this.items.entries()) {
      const textWidth = this.measure(item.text);
      const width = boxWidth + halfFontSize + textWidth;
      let x = cursor.x;
      let y = cursor.y;
      if (i > 0 && x + width + padding > this.right) {
        y = cursor.y += lineHeight;
        cursor.line++;
        x = cursor.x = this.left + padding;
      }
      if (!(Number.isNaN(boxWidth) || boxWidth <= 0 || Number.isNaN(boxHeight) || boxHeight < 0)) {
        ctx.save();
        const lineWidth = item.lineWidth ?? 1;
        ctx.fillStyle = item.fillStyle as string;
        ctx.lineCap = 'butt';
        ctx.lineDashOffset = 0;
        ctx.lineJoin = 'miter';
        ctx.lineWidth = lineWidth;
        ctx.strokeStyle = item.strokeStyle as string;
        ctx.setLineDash(item.lineDash ?? []);
        drawPoint(ctx, item.pointStyle as PointStyle, (boxHeight * Math.SQRT2) / 2, lineWidth, x + boxWidth / 2, y + halfFontSize);
        ctx.restore();
      }
      renderText(ctx, item.text, x + boxWidth + halfFontSize, y + itemHeight / 2, font, {});
      cursor.x += width + padding;
    }
    ctx.restore();
  }
}

// ---- scales ----

interface Tick {
  value: number;
  label?: string;
}

interface LabelSize {
  width: number;
  height: number;
}

interface LabelSizes {
  first: LabelSize;
  last: LabelSize;
  widest: LabelSize;
  highest: LabelSize;
}

interface ScaleOptions {
  font: Font;
  tickPadding: number;
  tickLength: number;
  autoSkipPadding: number;
  maxTicksLimit: number | undefined;
  gridLineWidth: number;
  gridColour: string;
  borderWidth: number;
  borderColour: string;
  tickColour: string;
}

abstract class Scale implements Box {
  readonly fullSize = false;
  left = 0;
  top = 0;
  right = 0;
  bottom = 0;
  width = 0;
  height = 0;
  maxWidth = 0;
  maxHeight = 0;
  margins: Margins = { left: 0, top: 0, right: 0, bottom: 0 };
  paddingLeft = 0;
  paddingTop = 0;
  paddingRight = 0;
  paddingBottom = 0;
  ticks: Tick[] = [];
  min = 0;
  max = 0;
  labelSizes: LabelSizes | null = null;
  length = 0;
  maxLength = 0;
  startPixel = 0;
  endPixel = 0;
  reversePixels = false;
  borderValue = 0;
  dataLimitsCached = false;
  abstract readonly horizontal: boolean;
  abstract readonly offset: boolean;

  constructor(readonly options: ScaleOptions, readonly chart: { width: number; height: number }) {}

  abstract determineDataLimits(): void;
  abstract buildTicks(): Tick[];
  abstract tickLabel(value: number): string;
  abstract getPixelForValue(value: number): number;

  getPadding(): Margins {
    return { left: this.paddingLeft || 0, top: this.paddingTop || 0, right: this.paddingRight || 0, bottom: this.paddingBottom || 0 };
  }

  beforeLayout(): void {
    this.dataLimitsCached = false;
  }

  update(maxWidth: number, maxHeight: number, margins: Margins): void {
    this.maxWidth = maxWidth;
    this.maxHeight = maxHeight;
    this.margins = margins = { left: margins.left, right: margins.right, top: margins.top, bottom: margins.bottom };
    this.ticks = [];
    this.labelSizes = null;
    this.setDimensions();
    this.maxLength = this.horizontal ? this.width + margins.left + margins.right : this.height + margins.top + margins.bottom;
    if (!this.dataLimitsCached) {
      this.determineDataLimits();
      this.dataLimitsCached = true;
    }
    this.ticks = this.buildTicks();
    for (const tick of this.ticks) tick.label = this.tickLabel(tick.value);
    this.configure();
    // calculateLabelRotation: maxRotation 0 on the category axis, and the value axis stands upright: no rotation.
    this.ticks = this.autoSkip(this.ticks);
    this.labelSizes = null;
    this.fit();
  }

  setDimensions(): void {
    if (this.horizontal) {
      this.width = this.maxWidth;
      this.left = 0;
      this.right = this.width;
    } else {
      this.height = this.maxHeight;
      this.top = 0;
      this.bottom = this.height;
    }
    this.paddingLeft = 0;
    this.paddingTop = 0;
    this.paddingRight = 0;
    this.paddingBottom = 0;
  }

  configure(): void {
    let reversePixels = false;
    let startPixel: number;
    let endPixel: number;
    if (this.horizontal) {
      startPixel = this.left;
      endPixel = this.right;
    } else {
      startPixel = this.top;
      endPixel = this.bottom;
      reversePixels = !reversePixels;
    }
    this.startPixel = startPixel;
    this.endPixel = endPixel;
    this.reversePixels = reversePixels;
    this.length = endPixel - startPixel;
  }

  getPixelForDecimal(decimal: number): number {
    if (this.reversePixels) decimal = 1 - decimal;
    return int16Range(this.startPixel + decimal * this.length);
  }

  getPixelForTick(index: number): number | null {
    const tick = this.ticks[index];
    if (index < 0 || tick === undefined) return null;
    return this.getPixelForValue(tick.value);
  }

  private measure(text: string): number {
    return textWidthPx(text, { weight: this.options.font.weight, sizePx: this.options.font.size });
  }

  getLabelSizes(): LabelSizes {
    if (this.labelSizes === null) this.labelSizes = this.computeLabelSizes(this.ticks, this.ticks.length, this.options.maxTicksLimit);
    return this.labelSizes;
  }

  private computeLabelSizes(ticks: Tick[], length: number, maxTicksLimit: number | undefined): LabelSizes {
    const widths: number[] = [];
    const heights: number[] = [];
    const increment = Math.floor(length / Math.min(maxTicksLimit || length, length));
    let widestLabelSize = 0;
    let highestLabelSize = 0;
    for (let i = 0; i < length; i += increment) {
      const label = ticks[i]?.label;
      let width = 0;
      let height = 0;
      if (label !== undefined) {
        width = Math.max(0, this.measure(label));
        height = this.options.font.lineHeight;
      }
      widths.push(width);
      heights.push(height);
      widestLabelSize = Math.max(width, widestLabelSize);
      highestLabelSize = Math.max(height, highestLabelSize);
    }
    const valueAt = (idx: number): LabelSize => ({ width: widths[idx] || 0, height: heights[idx] || 0 });
    return { first: valueAt(0), last: valueAt(length - 1), widest: valueAt(widths.indexOf(widestLabelSize)), highest: valueAt(heights.indexOf(highestLabelSize)) };
  }

  private tickSize(): number {
    const cos = Math.abs(Math.cos(0));
    const sin = Math.abs(Math.sin(0));
    const labelSizes = this.getLabelSizes();
    const padding = this.options.autoSkipPadding || 0;
    const w = labelSizes.widest.width + padding;
    const h = labelSizes.highest.height + padding;
    return this.horizontal ? (h * cos > w * sin ? w / cos : h / sin) : h * sin < w * cos ? h / cos : w / sin;
  }

  private autoSkip(ticks: Tick[]): Tick[] {
    const tickLength = this.tickSize();
    const maxScale = this.length / tickLength + (this.offset ? 0 : 1);
    const maxChart = this.maxLength / tickLength;
    const determinedMaxTicks = Math.floor(Math.min(maxScale, maxChart));
    const ticksLimit = Math.min(this.options.maxTicksLimit || determinedMaxTicks, determinedMaxTicks);
    let spacing = Math.max(ticks.length / ticksLimit, 1);
    const newTicks: Tick[] = [];
    const end = ticks.length;
    let count = 0;
    spacing = Math.ceil(spacing);
    let next = 0;
    for (let i = 0; i < end; i++) {
      if (i === next) {
        const tick = ticks[i];
        if (tick !== undefined) newTicks.push(tick);
        count++;
        next = Math.round(0 + count * spacing);
      }
    }
    return newTicks;
  }

  private fit(): void {
    const minSize = { width: 0, height: 0 };
    const tl = this.options.tickLength;
    if (this.horizontal) {
      minSize.width = this.maxWidth;
      minSize.height = tl + 0;
    } else {
      minSize.height = this.maxHeight;
      minSize.width = tl + 0;
    }
    if (this.ticks.length) {
      const { first, last, widest, highest } = this.getLabelSizes();
      const tickPadding = this.options.tickPadding * 2;
      const angleRadians = toRadians(0);
      const cos = Math.cos(angleRadians);
      const sin = Math.sin(angleRadians);
      if (this.horizontal) {
        const labelHeight = sin * widest.width + cos * highest.height;
        minSize.height = Math.min(this.maxHeight, minSize.height + labelHeight + tickPadding);
      } else {
        const labelWidth = cos * widest.width + sin * highest.height;
        minSize.width = Math.min(this.maxWidth, minSize.width + labelWidth + tickPadding);
      }
      this.calculatePadding(first, last);
    }
    this.margins.left = Math.max(this.paddingLeft, this.margins.left);
    this.margins.top = Math.max(this.paddingTop, this.margins.top);
    this.margins.right = Math.max(this.paddingRight, this.margins.right);
    this.margins.bottom = Math.max(this.paddingBottom, this.margins.bottom);
    if (this.horizontal) {
      this.width = this.length = this.chart.width - this.margins.left - this.margins.right;
      this.height = minSize.height;
    } else {
      this.width = minSize.width;
      this.height = this.length = this.chart.height - this.margins.top - this.margins.bottom;
    }
  }

  private calculatePadding(first: LabelSize, last: LabelSize): void {
    const padding = this.options.tickPadding;
    if (this.horizontal) {
      const offsetLeft = (this.getPixelForTick(0) ?? Number.NaN) - this.left;
      const offsetRight = this.right - (this.getPixelForTick(this.ticks.length - 1) ?? Number.NaN);
      const paddingLeft = first.width / 2;
      const paddingRight = last.width / 2;
      this.paddingLeft = Math.max(((paddingLeft - offsetLeft + padding) * this.width) / (this.width - offsetLeft), 0);
      this.paddingRight = Math.max(((paddingRight - offsetRight + padding) * this.width) / (this.width - offsetRight), 0);
    } else {
      this.paddingTop = last.height / 2 + padding;
      this.paddingBottom = first.height / 2 + padding;
    }
  }

  /** The x of the line the axis is drawn on (for a left axis) or its y (for a bottom one), as drawGrid leaves it. */
  computeBorderValue(): void {
    this.borderValue = alignPixel(this.horizontal ? this.top : this.right, this.options.borderWidth);
  }

  drawBorder(ctx: DrawingRecorder): void {
    const axisWidth = this.options.borderWidth;
    if (!axisWidth) return;
    const lastLineWidth = this.options.gridLineWidth;
    let x1: number;
    let x2: number;
    let y1: number;
    let y2: number;
    if (this.horizontal) {
      x1 = alignPixel(this.left, axisWidth) - axisWidth / 2;
      x2 = alignPixel(this.right, lastLineWidth) + lastLineWidth / 2;
      y1 = y2 = this.borderValue;
    } else {
      y1 = alignPixel(this.top, axisWidth) - axisWidth / 2;
      y2 = alignPixel(this.bottom, lastLineWidth) + lastLineWidth / 2;
      x1 = x2 = this.borderValue;
    }
    ctx.save();
    ctx.lineWidth = axisWidth;
    ctx.strokeStyle = this.options.borderColour;
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
    ctx.restore();
  }

  drawLabels(ctx: DrawingRecorder): void {
    const { font, tickLength: tl, tickPadding: padding, tickColour } = this.options;
    const rotation = -toRadians(0);
    if (this.horizontal) {
      clipArea(ctx, { top: this.top, left: 0, bottom: this.bottom, right: this.chart.width });
      const y = this.top + (tl + padding);
      for (let i = 0; i < this.ticks.length; i++) {
        const label = this.ticks[i]?.label;
        if (label === undefined) continue;
        const x = (this.getPixelForTick(i) ?? Number.NaN) + 0;
        renderText(ctx, label, 0, font.lineHeight / 2, font, { rotation, color: tickColour, textAlign: 'center', textBaseline: 'middle', translation: [x, y] });
      }
    } else {
      clipArea(ctx, { top: 0, left: this.left, bottom: this.chart.height, right: this.right });
      const x = this.right - (tl + padding);
      for (let i = 0; i < this.ticks.length; i++) {
        const label = this.ticks[i]?.label;
        if (label === undefined) continue;
        const y = (this.getPixelForTick(i) ?? Number.NaN) + 0;
        renderText(ctx, label, 0, ((1 - 1) * font.lineHeight) / 2, font, { rotation, color: tickColour, textAlign: 'right', textBaseline: 'middle', translation: [x, y] });
      }
    }
    ctx.restore();
  }
}

class CategoryScale extends Scale {
  readonly horizontal = true;
  readonly offset = true;
  startValue = 0;
  valueRange = 0;

  constructor(options: ScaleOptions, chart: { width: number; height: number }, readonly labels: readonly string[]) {
    super(options, chart);
  }

  determineDataLimits(): void {
    this.min = 0;
    this.max = this.labels.length - 1;
  }

  buildTicks(): Tick[] {
    const ticks: Tick[] = [];
    this.valueRange = Math.max(this.labels.length - (this.offset ? 0 : 1), 1);
    this.startValue = this.min - (this.offset ? 0.5 : 0);
    for (let value = this.min; value <= this.max; value++) ticks.push({ value });
    return ticks;
  }

  tickLabel(value: number): string {
    return this.labels[value] ?? String(value);
  }

  getPixelForValue(value: number): number {
    return this.getPixelForDecimal((value - this.startValue) / this.valueRange);
  }
}

class LinearScale extends Scale {
  readonly horizontal = false;
  readonly offset = false;
  range = { min: 0, max: 0 };
  startValue = 0;
  valueRange = 0;

  constructor(
    options: ScaleOptions,
    chart: { width: number; height: number },
    readonly data: readonly (readonly (number | null)[])[],
    readonly suggested: { suggestedMin?: number; suggestedMax?: number },
    readonly precision: number,
    readonly label: (value: number) => string,
  ) {
    super(options, chart);
  }

  determineDataLimits(): void {
    // getMinMax(true) with suggestedMin/Max and no user min/max, then handleTickRangeOptions (no beginAtZero)
    let min = finiteOrDefault(this.suggested.suggestedMin ?? Number.NaN, Number.POSITIVE_INFINITY);
    let max = finiteOrDefault(this.suggested.suggestedMax ?? Number.NaN, Number.NEGATIVE_INFINITY);
    for (const values of this.data) {
      let low = Number.POSITIVE_INFINITY;
      let high = Number.NEGATIVE_INFINITY;
      for (const value of values) {
        if (!isNumberFinite(value)) continue;
        low = Math.min(low, value);
        high = Math.max(high, value);
      }
      min = Math.min(min, low);
      max = Math.max(max, high);
    }
    const limits = { min: finiteOrDefault(min, finiteOrDefault(max, min)), max: finiteOrDefault(max, finiteOrDefault(min, max)) };
    min = isNumberFinite(limits.min) ? limits.min : 0;
    max = isNumberFinite(limits.max) ? limits.max : 1;
    if (min === max) {
      const offset = max === 0 ? 1 : Math.abs(max * 0.05);
      max = max + offset;
      min = min - offset;
    }
    this.min = min;
    this.max = max;
    // _addGrace with grace 0
    this.range = { min: this.min + -Math.abs(0), max: this.max + 0 };
  }

  buildTicks(): Tick[] {
    const maxTicksLimit = this.options.maxTicksLimit || 11;
    const computed = Math.ceil(this.height / Math.min(40, this.options.font.lineHeight / (Math.cos(toRadians(0)) || 0.001)));
    const maxTicks = Math.max(2, Math.min(maxTicksLimit, computed));
    const ticks = generateTicks(maxTicks, this.precision, this.range);
    for (const tick of ticks) {
      if (!Number.isNaN(tick.value)) {
        this.min = Math.min(this.min, tick.value);
        this.max = Math.max(this.max, tick.value);
      }
    }
    return ticks;
  }

  tickLabel(value: number): string {
    return this.label(value);
  }

  override configure(): void {
    const start = this.min;
    const end = this.max;
    super.configure();
    this.startValue = start;
    this.valueRange = end - start;
  }

  getPixelForValue(value: number): number {
    return this.getPixelForDecimal((value - this.startValue) / this.valueRange);
  }

  getBasePixel(): number {
    const { min, max } = this;
    return this.getPixelForValue(min < 0 && max < 0 ? max : min > 0 && max > 0 ? min : 0);
  }

  /** Gridlines across the chart area and tick marks beside the labels. */
  drawGrid(ctx: DrawingRecorder, chartArea: { left: number; right: number }): void {
    const { gridLineWidth: lineWidth, gridColour: lineColor, borderWidth: axisWidth, tickLength: tl } = this.options;
    const axisHalfWidth = axisWidth / 2;
    const borderValue = alignPixel(this.right, axisWidth);
    const tx1 = this.right - tl;
    const tx2 = borderValue - axisHalfWidth;
    const x1 = alignPixel(chartArea.left, axisWidth) + axisHalfWidth;
    const x2 = chartArea.right;
    this.borderValue = borderValue;
    const ticksLength = this.ticks.length;
    const limit = this.options.maxTicksLimit ?? ticksLength;
    const step = Math.max(1, Math.ceil(ticksLength / limit));
    const drawLine = (fromX: number, toX: number, y: number): void => {
      if (!lineWidth || !lineColor) return;
      ctx.save();
      ctx.lineWidth = lineWidth;
      ctx.strokeStyle = lineColor;
      ctx.setLineDash([]);
      ctx.lineDashOffset = 0;
      ctx.beginPath();
      ctx.moveTo(fromX, y);
      ctx.lineTo(toX, y);
      ctx.stroke();
      ctx.restore();
    };
    for (let i = 0; i < ticksLength; i += step) {
      const lineValue = this.getPixelForTick(Math.min(i, ticksLength - 1)) ?? Number.NaN;
      const y = alignPixel(lineValue, lineWidth);
      drawLine(x1, x2, y);
      drawLine(tx1, tx2, y);
    }
  }
}

function generateTicks(maxTicks: number, precision: number, dataRange: { min: number; max: number }): Tick[] {
  const ticks: Tick[] = [];
  const MIN_SPACING = 1e-14;
  const unit = 1;
  const maxSpaces = maxTicks - 1;
  const { min: rmin, max: rmax } = dataRange;
  let spacing = niceNum((rmax - rmin) / maxSpaces / unit) * unit;
  if (spacing < MIN_SPACING) return [{ value: rmin }, { value: rmax }];
  let numSpaces = Math.ceil(rmax / spacing) - Math.floor(rmin / spacing);
  if (numSpaces > maxSpaces) spacing = niceNum((numSpaces * spacing) / maxSpaces / unit) * unit;
  let factor = Math.pow(10, precision);
  spacing = Math.ceil(spacing * factor) / factor;
  let niceMin = Math.floor(rmin / spacing) * spacing;
  let niceMax = Math.ceil(rmax / spacing) * spacing;
  numSpaces = (niceMax - niceMin) / spacing;
  numSpaces = almostEquals(numSpaces, Math.round(numSpaces), spacing / 1000) ? Math.round(numSpaces) : Math.ceil(numSpaces);
  factor = Math.pow(10, precision);
  niceMin = Math.round(niceMin * factor) / factor;
  niceMax = Math.round(niceMax * factor) / factor;
  for (let j = 0; j < numSpaces; ++j) ticks.push({ value: Math.round((niceMin + j * spacing) * factor) / factor });
  ticks.push({ value: niceMax });
  return ticks;
}

// ---- the chart ----

interface Point {
  x: number;
  y: number;
  skip: boolean;
}

interface Series {
  values: readonly (number | null)[];
  colour: string;
  widthPx: number;
  dash: readonly number[];
  pointStyle: (i: number) => PointStyle;
  pointRadius: (i: number) => number;
  pointBorderWidth: number;
  pointFill: (i: number) => string;
  pointStroke: (i: number) => string;
}

/** PointElement.size: the point's diameter with its hover radius and border, for overflow and clipping. */
function pointSize(radius: number, borderWidth: number): number {
  radius = radius || 0;
  radius = Math.max(radius, (radius && chartDefaults.hoverRadius) || 0);
  const border = (radius && borderWidth) || 0;
  return (radius + border) * 2;
}

function maxOverflow(series: Series, border: number): number {
  const count = series.values.length;
  if (!count) return border;
  const first = pointSize(series.pointRadius(0), series.pointBorderWidth);
  const last = pointSize(series.pointRadius(count - 1), series.pointBorderWidth);
  return Math.max(border, first, last) / 2;
}

/** Runs of drawable points: _computeSegments with spanGaps off and no loop. */
function segmentsOf(points: readonly Point[]): { start: number; end: number }[] {
  const count = points.length;
  if (!count) return [];
  let start = 0;
  let end = count - 1;
  while (start < count && points[start]?.skip) start++;
  start %= count;
  while (end > start && points[end % count]?.skip) end--;
  end %= count;
  const max = end < start ? end + count : end;
  const result: { start: number; end: number }[] = [];
  // solidSegments: a skipped point ends a run; the next drawn point starts one.
  let runStart: number | null = start;
  let last: number | null = start;
  let prev = points[start];
  for (let e = start + 1; e <= max; ++e) {
    const cur = points[e % count];
    if (cur === undefined) continue;
    if (cur.skip) {
      if (prev !== undefined && !prev.skip) {
        result.push({ start: (runStart ?? 0) % count, end: (e - 1) % count });
        runStart = last = null;
      }
    } else {
      last = e;
      if (prev?.skip) runStart = e;
    }
    prev = cur;
  }
  if (last !== null) result.push({ start: (runStart ?? 0) % count, end: last % count });
  return result;
}

/** The line through a segment: fastPathSegment for a solid line, pathSegment for a dashed one. */
function pathSegment(ctx: DrawingRecorder, points: readonly Point[], segment: { start: number; end: number }, dashed: boolean): void {
  const count = points.length;
  const start = Math.max(0, segment.start);
  const end = Math.min(count - 1, segment.end);
  const outside = (0 < segment.start && count - 1 < segment.start) || (0 > segment.end && count - 1 > segment.end);
  const ilen = end < start && !outside ? count + end - start : end - start;
  if (dashed) {
    let move = true;
    for (let i = 0; i <= ilen; ++i) {
      const point = points[(start + i) % count];
      if (point === undefined || point.skip) continue;
      if (move) {
        ctx.moveTo(point.x, point.y);
        move = false;
      } else {
        ctx.lineTo(point.x, point.y);
      }
    }
    return;
  }
  let avgX = 0;
  let countX = 0;
  let prevX: number | undefined;
  let minY = 0;
  let maxY = 0;
  let lastY = 0;
  const drawX = (): void => {
    if (minY !== maxY) {
      ctx.lineTo(avgX, maxY);
      ctx.lineTo(avgX, minY);
      ctx.lineTo(avgX, lastY);
    }
  };
  const first = points[start % count];
  if (first !== undefined) ctx.moveTo(first.x, first.y);
  for (let i = 0; i <= ilen; ++i) {
    const point = points[(start + i) % count];
    if (point === undefined || point.skip) continue;
    const { x, y } = point;
    const truncX = x | 0;
    if (truncX === prevX) {
      if (y < minY) minY = y;
      else if (y > maxY) maxY = y;
      avgX = (countX * avgX + x) / ++countX;
    } else {
      drawX();
      ctx.lineTo(x, y);
      prevX = truncX;
      countX = 0;
      minY = maxY = y;
    }
    lastY = y;
  }
  drawX();
}

function isPointInArea(point: Point, area: { left: number; top: number; right: number; bottom: number }, margin: number): boolean {
  margin = margin || 0.5;
  return point.x > area.left - margin && point.x < area.right + margin && point.y > area.top - margin && point.y < area.bottom + margin;
}

/**
 * Whether this layout draws the spec exactly as Chart.js would. It ports one configuration: the options below as
 * sharedOptions, axisStyle and trendScaleOptions set them, and the point shapes drawPoint has. A spec or an edited
 * configuration outside that (a new shape for a status, a legend at the bottom ...) is drawn by Chart.js instead, so
 * nothing is ever approximated. Every trend spec the model makes today is inside it (test/render/trendLayout.test.ts).
 */
export function trendLayoutHandles(spec: TrendSpec, theme: ChartTheme, widthPx: number): boolean {
  const { layout, plugins } = sharedOptions(theme, spec.title, widthPx);
  const { legend, title } = plugins;
  const scales = trendScaleOptions(spec, theme);
  const series = trendSeriesStyle(theme);
  const options =
    typeof layout.padding === 'object' &&
    title.align === 'start' &&
    legend.display &&
    legend.position === 'top' &&
    legend.align === 'start' &&
    legend.labels.usePointStyle &&
    scales.x.offset &&
    !scales.x.grid &&
    scales.x.maxRotation === 0 &&
    Number.isInteger(scales.y.precision) &&
    scales.y.precision >= 0;
  const shapes = [
    ...trendLegendItems(spec, theme).map((item) => item.pointStyle),
    ...spec.points.map((p) => series.actualPoint(p.status).style),
    series.targetPoint.style,
  ];
  return options && shapes.every((shape) => knownPointStyles.has(shape));
}

/** The trend chart at this pixel size, as Chart.js would draw it for trendConfiguration. */
export function drawTrendChart(spec: TrendSpec, pixels: ChartPixelSize, theme: ChartTheme): ChartDrawing {
  checkTrend(spec);
  const { width, height } = pixels;
  const chart = { width, height };
  const shared = sharedOptions(theme, spec.title, width);
  const axis = axisStyle(theme);
  const scaleOptions = trendScaleOptions(spec, theme);
  const series = trendSeriesStyle(theme);
  const ctx = new DrawingRecorder(width, height);

  // Datasets in their draw order: Chart.js sorts by `order` (actual 0, target 1) and draws the last first.
  const actualPoints = spec.points.map((p) => series.actualPoint(p.status));
  const at = <T>(values: readonly T[], i: number): T => values[i % values.length] as T;
  const actual: Series = {
    values: spec.points.map((p) => p.value),
    colour: series.actual.colour,
    widthPx: series.actual.widthPx,
    dash: [],
    pointStyle: (i) => at(actualPoints, i).style as PointStyle,
    pointRadius: (i) => at(actualPoints, i).radiusPx,
    pointBorderWidth: 0,
    pointFill: (i) => at(actualPoints, i).colour,
    pointStroke: (i) => at(actualPoints, i).colour,
  };
  const target: Series = {
    values: spec.points.map((p) => p.target),
    colour: series.target.colour,
    widthPx: series.target.widthPx,
    dash: series.target.dash,
    pointStyle: () => series.targetPoint.style,
    pointRadius: () => series.targetPoint.radiusPx,
    pointBorderWidth: series.target.widthPx,
    pointFill: () => chartDefaults.backgroundColor,
    pointStroke: () => series.target.colour,
  };
  const datasets = [actual, target];

  // Boxes, as the Title and Legend plugins and the two scales make them.
  const titleOptions = shared.plugins.title;
  const title = new TitleBox(titleOptions.display, titleOptions.text, toFont(titleOptions.font), titleOptions.padding);
  const legendLabels = shared.plugins.legend.labels;
  const legend = new LegendBox(trendLegendItems(spec, theme), toFont(legendLabels.font), legendLabels.padding ?? chartDefaults.legendBoxPadding, { width: legendLabels.boxWidth, height: legendLabels.boxHeight });
  const scaleBase = {
    font: toFont(axis.ticks.font),
    tickPadding: axis.ticks.padding ?? chartDefaults.scaleTicksPadding,
    tickLength: axis.grid.tickLength,
    gridLineWidth: axis.grid.lineWidth,
    gridColour: axis.grid.color,
    borderWidth: axis.border.width,
    borderColour: axis.border.color,
    tickColour: axis.ticks.color,
  };
  const x = new CategoryScale({ ...scaleBase, autoSkipPadding: scaleOptions.x.autoSkipPadding, maxTicksLimit: undefined }, chart, spec.points.map((p) => p.period));
  const y = new LinearScale(
    { ...scaleBase, autoSkipPadding: 3, maxTicksLimit: scaleOptions.y.maxTicksLimit },
    chart,
    datasets.map((d) => d.values),
    scaleOptions.y.range,
    scaleOptions.y.precision,
    scaleOptions.y.label,
  );

  // Chart.update: the overflow of each dataset's end points pads the layout (the line's own width is not known yet).
  let minPadding = 0;
  for (const dataset of datasets) minPadding = Math.max(maxOverflow(dataset, 0), minPadding);
  const chartArea = layout(chart, toPadding(shared.layout.padding), minPadding, { title, legend, x, y });
  x.configure();
  y.configure();

  // Chart._updateDatasets: each point at its category and value.
  const pointsOf = (dataset: Series): Point[] =>
    dataset.values.map((value, i) => {
      const px = x.getPixelForValue(i);
      const py = value === null ? y.getBasePixel() : y.getPixelForValue(value);
      return { x: px, y: py, skip: Number.isNaN(px) || Number.isNaN(py) || value === null };
    });
  const points = datasets.map(pointsOf);

  // Chart.draw: the white page, the layers in z order, the datasets, the trend labels.
  paintBackground(ctx, width, height);
  x.computeBorderValue();
  y.drawGrid(ctx, chartArea);
  legend.draw(ctx);
  title.draw(ctx, titleOptions.color);
  x.drawBorder(ctx);
  x.drawLabels(ctx);
  y.drawBorder(ctx);
  y.drawLabels(ctx);
  for (let d = datasets.length - 1; d >= 0; d--) {
    const dataset = datasets[d];
    const datasetPoints = points[d];
    if (dataset === undefined || datasetPoints === undefined) continue;
    const overflow = maxOverflow(dataset, dataset.widthPx);
    clipArea(ctx, { left: x.left - overflow, right: x.right + overflow, top: y.top - overflow, bottom: y.bottom + overflow });
    if (datasetPoints.length && dataset.widthPx) {
      ctx.save();
      for (const segment of segmentsOf(datasetPoints)) {
        ctx.lineCap = 'butt';
        ctx.setLineDash([...dataset.dash]);
        ctx.lineDashOffset = 0;
        ctx.lineJoin = 'miter';
        ctx.lineWidth = dataset.widthPx;
        ctx.strokeStyle = dataset.colour;
        ctx.beginPath();
        pathSegment(ctx, datasetPoints, segment, dataset.dash.length > 0);
        ctx.stroke();
      }
      ctx.restore();
    }
    for (const [i, point] of datasetPoints.entries()) {
      const radius = dataset.pointRadius(i);
      if (point.skip || radius < 0.1 || !isPointInArea(point, chartArea, pointSize(radius, dataset.pointBorderWidth) / 2)) continue;
      ctx.strokeStyle = dataset.pointStroke(i);
      ctx.lineWidth = dataset.pointBorderWidth;
      ctx.fillStyle = dataset.pointFill(i);
      drawPoint(ctx, dataset.pointStyle(i), radius, dataset.pointBorderWidth, point.x, point.y);
    }
    ctx.restore();
  }
  drawTrendLabels(ctx, spec, theme, points[0] ?? [], width);

  return { ...ctx.drawing(pixels.dpi), valueAxis: valueAxisOf(y) };
}

/** The value axis as laid out: its limits and the step between its ticks (as chartDrawing.ts reads Chart.js's). */
export function valueAxisOf(scale: { min: number; max: number; ticks: readonly { value: number }[] } | undefined): ValueAxis | null {
  if (scale === undefined || !Number.isFinite(scale.min) || !Number.isFinite(scale.max)) return null;
  const values = scale.ticks.map((t) => t.value);
  const steps = values.slice(1).map((v, i) => v - (values[i] ?? v)).filter((s) => s > 0);
  const step = steps.length === 0 ? scale.max - scale.min : Math.min(...steps);
  return { min: scale.min, max: scale.max, step: Math.round(step * 1e9) / 1e9 };
}

// ---- the layout service ----

interface LayoutEntry {
  box: Box;
  pos: 'top' | 'left' | 'bottom';
  horizontal: boolean;
  width: number | false;
  height: number | false;
  size?: number;
}

interface ChartArea extends Margins {
  maxPadding: Margins;
  w: number;
  h: number;
  x: number;
  y: number;
}

/** layouts.update for the title and legend on top, the value axis on the left and the category axis below. */
function layout(chart: { width: number; height: number }, padding: Padding, minPadding: number, boxes: { title: TitleBox; legend: LegendBox; x: Scale; y: Scale }): Margins {
  const { width, height } = chart;
  const availableWidth = Math.max(width - padding.width, 0);
  const availableHeight = Math.max(height - padding.height, 0);
  boxes.x.beforeLayout();
  boxes.y.beforeLayout();
  const params = {
    outerWidth: width,
    outerHeight: height,
    padding,
    availableWidth,
    availableHeight,
    vBoxMaxWidth: availableWidth / 2 / 1,
    hBoxMaxHeight: availableHeight / 2,
  };
  const maxPadding = { top: padding.top, right: padding.right, bottom: padding.bottom, left: padding.left };
  updateMaxPadding(maxPadding, toPadding(minPadding));
  const chartArea: ChartArea = { maxPadding, w: availableWidth, h: availableHeight, x: padding.left, y: padding.top, top: padding.top, right: padding.right, bottom: padding.bottom, left: padding.left };
  // setLayoutDims: no stacks; full-size boxes take the available width.
  const title: LayoutEntry = { box: boxes.title, pos: 'top', horizontal: true, width: availableWidth, height: params.hBoxMaxHeight };
  const legend: LayoutEntry = { box: boxes.legend, pos: 'top', horizontal: true, width: availableWidth, height: params.hBoxMaxHeight };
  const x: LayoutEntry = { box: boxes.x, pos: 'bottom', horizontal: true, width: false, height: params.hBoxMaxHeight };
  const y: LayoutEntry = { box: boxes.y, pos: 'left', horizontal: false, width: params.vBoxMaxWidth, height: false };
  const fullSize = [title, legend];
  const vertical = [y];
  const horizontal = [title, legend, x];
  fitBoxes(fullSize, chartArea, params);
  fitBoxes(vertical, chartArea, params);
  if (fitBoxes(horizontal, chartArea, params)) fitBoxes(vertical, chartArea, params);
  handleMaxPadding(chartArea);
  placeBoxes([y, title, legend], chartArea, params);
  chartArea.x += chartArea.w;
  chartArea.y += chartArea.h;
  placeBoxes([x], chartArea, params);
  return { left: chartArea.left, top: chartArea.top, right: chartArea.left + chartArea.w, bottom: chartArea.top + chartArea.h };
}

function updateMaxPadding(maxPadding: Margins, boxPadding: Margins): void {
  maxPadding.top = Math.max(maxPadding.top, boxPadding.top);
  maxPadding.left = Math.max(maxPadding.left, boxPadding.left);
  maxPadding.bottom = Math.max(maxPadding.bottom, boxPadding.bottom);
  maxPadding.right = Math.max(maxPadding.right, boxPadding.right);
}

const getCombinedMax = (maxPadding: Margins, chartArea: ChartArea, a: keyof Margins, b: keyof Margins): number =>
  Math.max(maxPadding[a], chartArea[a]) + Math.max(maxPadding[b], chartArea[b]);

function updateDims(chartArea: ChartArea, params: { outerWidth: number; outerHeight: number }, layout: LayoutEntry): { same: boolean; other: boolean } {
  const { pos, box } = layout;
  const maxPadding = chartArea.maxPadding;
  if (layout.size) chartArea[pos] -= layout.size;
  const stackSize = Math.max(0, layout.horizontal ? box.height : box.width);
  layout.size = stackSize / 1;
  chartArea[pos] += layout.size;
  if (box.getPadding) updateMaxPadding(maxPadding, box.getPadding());
  const newWidth = Math.max(0, params.outerWidth - getCombinedMax(maxPadding, chartArea, 'left', 'right'));
  const newHeight = Math.max(0, params.outerHeight - getCombinedMax(maxPadding, chartArea, 'top', 'bottom'));
  const widthChanged = newWidth !== chartArea.w;
  const heightChanged = newHeight !== chartArea.h;
  chartArea.w = newWidth;
  chartArea.h = newHeight;
  return layout.horizontal ? { same: widthChanged, other: heightChanged } : { same: heightChanged, other: widthChanged };
}

function handleMaxPadding(chartArea: ChartArea): void {
  const maxPadding = chartArea.maxPadding;
  const updatePos = (pos: keyof Margins): number => {
    const change = Math.max(maxPadding[pos] - chartArea[pos], 0);
    chartArea[pos] += change;
    return change;
  };
  chartArea.y += updatePos('top');
  chartArea.x += updatePos('left');
  updatePos('right');
  updatePos('bottom');
}

function getMargins(horizontal: boolean, chartArea: ChartArea): Margins {
  const margin = { left: 0, top: 0, right: 0, bottom: 0 };
  for (const pos of horizontal ? (['left', 'right'] as const) : (['top', 'bottom'] as const)) margin[pos] = Math.max(chartArea[pos], chartArea.maxPadding[pos]);
  return margin;
}

function fitBoxes(boxes: LayoutEntry[], chartArea: ChartArea, params: { outerWidth: number; outerHeight: number }): boolean {
  const refitBoxes: LayoutEntry[] = [];
  let refit = false;
  let changed = false;
  for (const layout of boxes) {
    const box = layout.box;
    box.update(layout.width || chartArea.w, layout.height || chartArea.h, getMargins(layout.horizontal, chartArea));
    const { same, other } = updateDims(chartArea, params, layout);
    refit = refit || (same && refitBoxes.length > 0);
    changed = changed || other;
    if (!box.fullSize) refitBoxes.push(layout);
  }
  return (refit && fitBoxes(refitBoxes, chartArea, params)) || changed;
}

function setBoxDims(box: Box, left: number, top: number, width: number, height: number): void {
  box.top = top;
  box.left = left;
  box.right = left + width;
  box.bottom = top + height;
  box.width = width;
  box.height = height;
}

function placeBoxes(boxes: LayoutEntry[], chartArea: ChartArea, params: { outerWidth: number; outerHeight: number; padding: Padding }): void {
  const userPadding = params.padding;
  let { x, y } = chartArea;
  for (const layout of boxes) {
    const box = layout.box;
    if (layout.horizontal) {
      const width = chartArea.w * 1;
      const height = box.height;
      if (box.fullSize) setBoxDims(box, userPadding.left, y, params.outerWidth - userPadding.right - userPadding.left, height);
      else setBoxDims(box, chartArea.left + 0, y, width, height);
      y = box.bottom;
    } else {
      const height = chartArea.h * 1;
      const width = box.width;
      if (box.fullSize) setBoxDims(box, x, userPadding.top, width, params.outerHeight - userPadding.bottom - userPadding.top);
      else setBoxDims(box, x, chartArea.top + 0, width, height);
      x = box.right;
    }
  }
  chartArea.x = x;
  chartArea.y = y;
}
