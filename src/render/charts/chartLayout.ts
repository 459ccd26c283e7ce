// What every directly laid-out chart shares with Chart.js 4.6.1, ported operation for operation so the floating-point
// results are identical: its helpers (fonts, padding, pixel alignment, text and point drawing), the Title and Legend
// boxes, the category and linear scales (ticks, labels, rotation, auto-skip, gridlines, borders) and the layout service
// (layouts.update, fitBoxes, placeBoxes) for the boxes our charts have: title and legend on top, one scale below and
// one on the left. The chart kinds' own parts are in trendLayout.ts (lines and points) and barLayout.ts (bars).
// Each draws on the same DrawingRecorder with the same canvas calls as Chart.js, so the recorded drawing is the same.

import { textWidthPx, type FontWeight } from './textMetrics.js';
import type { ValueAxis } from './drawing.js';
import type { DrawingRecorder } from './drawingRecorder.js';
import type { axisStyle } from './commonOptions.js';
import { paintBackground } from './labels.js';
import { inkPalette } from './palette.js';

// ---- Chart.js helpers, as they compute ----

export const PI = Math.PI;
export const TAU = 2 * PI;
const TWO_THIRDS_PI = (PI * 2) / 3;
const RAD_PER_DEG = PI / 180;

/** Chart.defaults: what our configurations leave unset. */
export const chartDefaults = {
  backgroundColor: 'rgba(0,0,0,0.1)',
  lineHeight: 1.2,
  hoverRadius: 4,
  scaleTicksPadding: 3,
  autoSkipPadding: 3,
  maxRotation: 50,
  legendBoxPadding: 10,
  /** Chart.defaults.color, as chartJs.ts sets it. */
  color: inkPalette.text,
} as const;

export interface Font {
  size: number;
  weight: FontWeight;
  lineHeight: number;
  /** As Chart.js's toFontString writes it: "normal bold 25px \"Liberation Sans\"". */
  string: string;
}

export function toFont(options: { family: string; size: number; weight: FontWeight }): Font {
  return { size: options.size, weight: options.weight, lineHeight: options.size * chartDefaults.lineHeight, string: `normal ${options.weight} ${options.size}px ${options.family}` };
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
  width: number;
  height: number;
}

const numberOrZero = (v: unknown): number => Number(v) || 0;

/** toTRBL: a number for every side, or an object's sides (x and y standing in for missing ones). */
export function toTRBL(value: number | { top?: number; right?: number; bottom?: number; left?: number; x?: number; y?: number }): { top: number; right: number; bottom: number; left: number } {
  const read = (prop: 'top' | 'right' | 'bottom' | 'left', alias: 'x' | 'y'): number => numberOrZero(typeof value === 'number' ? value : value[prop] === undefined ? value[alias] : value[prop]);
  return { top: read('top', 'y'), right: read('right', 'x'), bottom: read('bottom', 'y'), left: read('left', 'x') };
}

export function toPadding(value: number | { top?: number; right?: number; bottom?: number; left?: number }): Padding {
  const obj = toTRBL(value);
  return { ...obj, width: obj.left + obj.right, height: obj.top + obj.bottom };
}

export const isNumberFinite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
export const finiteOrDefault = (value: number, fallback: number): number => (isNumberFinite(value) ? value : fallback);
export const limitValue = (value: number, min: number, max: number): number => Math.max(min, Math.min(max, value));
const int16Range = (value: number): number => limitValue(value, -32768, 32767);
export const toRadians = (degrees: number): number => degrees * (PI / 180);
const toDegrees = (radians: number): number => radians * (180 / PI);
const almostEquals = (x: number, y: number, epsilon: number): boolean => Math.abs(x - y) < epsilon;

function niceNum(range: number): number {
  const roundedRange = Math.round(range);
  range = almostEquals(range, roundedRange, range / 1000) ? roundedRange : range;
  const niceRange = Math.pow(10, Math.floor(Math.log10(range)));
  const fraction = range / niceRange;
  const niceFraction = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return niceFraction * niceRange;
}

/** devicePixelRatio is 1: the canvas is in print pixels. */
export function alignPixel(pixel: number, width: number): number {
  const halfWidth = width !== 0 ? Math.max(width / 2, 0.5) : 0;
  return Math.round(pixel - halfWidth) + halfWidth;
}

export function clipArea(ctx: DrawingRecorder, area: { left: number; top: number; right: number; bottom: number }): void {
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
export function renderText(ctx: DrawingRecorder, text: string | readonly string[], x: number, y: number, font: Font, opts: TextOptions): void {
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

export type PointStyle = 'circle' | 'triangle' | 'rect' | 'rectRot' | 'line';

/** Chart.js's drawPointLegend for the shapes our charts use, without rotation or a legend width. */
export function drawPoint(ctx: DrawingRecorder, style: PointStyle, radius: number, borderWidth: number, x: number, y: number): void {
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

export const knownPointStyles = new Set<unknown>(['circle', 'triangle', 'rect', 'rectRot', 'line']);

// ---- layout boxes ----

export interface Margins {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Box {
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

/** Where a box sits once laid out (Chart.js's LayoutItem geometry): every box starts at the origin with no size. */
abstract class PlacedBox {
  left = 0;
  top = 0;
  right = 0;
  bottom = 0;
  width = 0;
  height = 0;
}

/**
 * What Chart.draw draws before the datasets, in its z order: the white page, both scales' grids, the legend, the
 * title, then each scale's border and labels. The trend and bar layouts share it.
 */
export function drawChartFurniture(ctx: DrawingRecorder, size: { width: number; height: number }, parts: { x: Scale; y: Scale; legend: LegendBox; title: TitleBox; titleColour: string }, chartArea: Margins): void {
  paintBackground(ctx, size.width, size.height);
  parts.x.drawGrid(ctx, chartArea);
  parts.y.drawGrid(ctx, chartArea);
  parts.legend.draw(ctx);
  parts.title.draw(ctx, parts.titleColour);
  parts.x.drawBorder(ctx);
  parts.x.drawLabels(ctx);
  parts.y.drawBorder(ctx);
  parts.y.drawLabels(ctx);
}

export class TitleBox extends PlacedBox implements Box {
  readonly fullSize = true;
  readonly horizontal = true;
  readonly padding: Padding;

  constructor(readonly display: boolean, readonly lines: readonly string[], readonly font: Font, padding: { top: number; bottom: number }) {
    super();
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

/** A legend entry as Chart.js's generateLabels (or a chart's own) makes it. */
export interface LegendEntry {
  text: string;
  fillStyle?: unknown;
  strokeStyle?: unknown;
  lineWidth?: number;
  lineDash?: number[];
  pointStyle?: unknown;
  /** The text colour; Chart.js's own items carry it, a chart's own items may leave the current fill. */
  fontColor?: unknown;
}

export class LegendBox extends PlacedBox implements Box {
  readonly fullSize = true;
  readonly horizontal = true;
  maxWidth = 0;
  maxHeight = 0;
  lineWidths: number[] = [0];
  readonly boxWidth: number;
  readonly boxHeight: number;
  readonly itemHeight: number;

  constructor(
    readonly items: readonly LegendEntry[],
    readonly font: Font,
    readonly padding: number,
    box: { width: number; height: number },
    readonly usePointStyle: boolean,
  ) {
    super();
    const fontSize = font.size;
    // getBoxSize
    let { width: boxWidth, height: boxHeight } = box;
    if (usePointStyle) {
      boxHeight = Math.min(boxHeight, fontSize);
      boxWidth = Math.min(boxWidth, fontSize);
    }
    this.boxHeight = boxHeight;
    this.boxWidth = boxWidth;
    this.itemHeight = Math.max(fontSize, boxHeight);
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
      ctx.strokeStyle = item.fontColor;
      ctx.fillStyle = item.fontColor;
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
        ctx.fillStyle = item.fillStyle === undefined ? chartDefaults.color : item.fillStyle;
        ctx.lineCap = 'butt';
        ctx.lineDashOffset = 0;
        ctx.lineJoin = 'miter';
        ctx.lineWidth = lineWidth;
        ctx.strokeStyle = item.strokeStyle === undefined ? chartDefaults.color : item.strokeStyle;
        ctx.setLineDash(item.lineDash ?? []);
        if (this.usePointStyle) {
          drawPoint(ctx, item.pointStyle as PointStyle, (boxHeight * Math.SQRT2) / 2, lineWidth, x + boxWidth / 2, y + halfFontSize);
        } else {
          const yBoxTop = y + Math.max((fontSize - boxHeight) / 2, 0);
          ctx.beginPath();
          ctx.rect(x, yBoxTop, boxWidth, boxHeight);
          ctx.fill();
          if (lineWidth !== 0) ctx.stroke();
        }
        ctx.restore();
      }
      renderText(ctx, item.text, x + boxWidth + halfFontSize, y + itemHeight / 2, font, {});
      cursor.x += width + padding;
    }
    ctx.restore();
  }
}

// ---- scales ----

export type TickLabel = string | readonly string[];

export interface Tick {
  value: number;
  label?: TickLabel;
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

export interface ScaleOptions {
  /** Below the chart area (a horizontal scale) or to its left. */
  position: 'bottom' | 'left';
  font: Font;
  tickPadding: number;
  tickLength: number;
  autoSkip: boolean;
  autoSkipPadding: number;
  maxTicksLimit: number | undefined;
  /** Degrees; labels are never turned by less than 0. */
  maxRotation: number;
  offset: boolean;
  gridDisplay: boolean;
  /** Gridlines between categories rather than through them (a bar chart's category axis). */
  gridOffset: boolean;
  gridLineWidth: number;
  gridColour: string;
  borderWidth: number;
  borderColour: string;
  tickColour: string;
}

/** A scale's options: axisStyle's ticks, grid and border, Chart.js's defaults, and the scale's own settings over them. */
export function scaleOptions(axis: ReturnType<typeof axisStyle>, own: Partial<ScaleOptions> & Pick<ScaleOptions, 'position'>): ScaleOptions {
  return {
    font: toFont(axis.ticks.font),
    tickPadding: axis.ticks.padding ?? chartDefaults.scaleTicksPadding,
    tickLength: axis.grid.tickLength,
    autoSkip: true,
    autoSkipPadding: chartDefaults.autoSkipPadding,
    maxTicksLimit: undefined,
    maxRotation: chartDefaults.maxRotation,
    offset: false,
    gridDisplay: true,
    gridOffset: false,
    gridLineWidth: axis.grid.lineWidth,
    gridColour: axis.grid.color,
    borderWidth: axis.border.width,
    borderColour: axis.border.color,
    tickColour: axis.ticks.color,
    ...own,
  };
}

export abstract class Scale extends PlacedBox implements Box {
  readonly fullSize = false;
  readonly horizontal: boolean;
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
  labelRotation = 0;
  labelSizes: LabelSizes | null = null;
  length = 0;
  maxLength = 0;
  startPixel = 0;
  endPixel = 0;
  reversePixels = false;
  borderValue = 0;
  dataLimitsCached = false;

  constructor(readonly options: ScaleOptions, readonly chart: { width: number; height: number }) {
    super();
    this.horizontal = options.position === 'bottom';
  }

  abstract determineDataLimits(): void;
  abstract buildTicks(): Tick[];
  abstract tickLabel(value: number, index: number, ticks: readonly Tick[]): TickLabel;
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
    for (const [i, tick] of this.ticks.entries()) tick.label = this.tickLabel(tick.value, i, this.ticks);
    this.configure();
    this.calculateLabelRotation();
    if (this.options.autoSkip) {
      this.ticks = this.autoSkip(this.ticks);
      this.labelSizes = null;
    }
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
    const lineHeight = this.options.font.lineHeight;
    let widestLabelSize = 0;
    let highestLabelSize = 0;
    for (let i = 0; i < length; i += increment) {
      const label = ticks[i]?.label;
      let width = 0;
      let height = 0;
      if (typeof label === 'string') {
        width = Math.max(width, this.measure(label));
        height = lineHeight;
      } else if (label !== undefined) {
        for (const line of label) {
          width = Math.max(width, this.measure(line));
          height += lineHeight;
        }
      }
      widths.push(width);
      heights.push(height);
      widestLabelSize = Math.max(width, widestLabelSize);
      highestLabelSize = Math.max(height, highestLabelSize);
    }
    const valueAt = (idx: number): LabelSize => ({ width: widths[idx] || 0, height: heights[idx] || 0 });
    return { first: valueAt(0), last: valueAt(length - 1), widest: valueAt(widths.indexOf(widestLabelSize)), highest: valueAt(heights.indexOf(highestLabelSize)) };
  }

  private calculateLabelRotation(): void {
    const { maxTicksLimit, maxRotation, offset, tickLength, tickPadding } = this.options;
    const numTicks = Math.min(maxTicksLimit || this.ticks.length, this.ticks.length);
    const minRotation = 0;
    let labelRotation = minRotation;
    if (minRotation >= maxRotation || numTicks <= 1 || !this.horizontal) {
      this.labelRotation = minRotation;
      return;
    }
    const labelSizes = this.getLabelSizes();
    const maxLabelWidth = labelSizes.widest.width;
    const maxLabelHeight = labelSizes.highest.height;
    const maxWidth = limitValue(this.chart.width - maxLabelWidth, 0, this.maxWidth);
    let tickWidth = offset ? this.maxWidth / numTicks : maxWidth / (numTicks - 1);
    if (maxLabelWidth + 6 > tickWidth) {
      tickWidth = maxWidth / (numTicks - (offset ? 0.5 : 1));
      const maxHeight = this.maxHeight - tickLength - tickPadding - 0;
      const maxLabelDiagonal = Math.sqrt(maxLabelWidth * maxLabelWidth + maxLabelHeight * maxLabelHeight);
      labelRotation = toDegrees(
        Math.min(
          Math.asin(limitValue((labelSizes.highest.height + 6) / tickWidth, -1, 1)),
          Math.asin(limitValue(maxHeight / maxLabelDiagonal, -1, 1)) - Math.asin(limitValue(maxLabelHeight / maxLabelDiagonal, -1, 1)),
        ),
      );
      labelRotation = Math.max(minRotation, Math.min(maxRotation, labelRotation));
    }
    this.labelRotation = labelRotation;
  }

  private tickSize(): number {
    const rot = toRadians(this.labelRotation);
    const cos = Math.abs(Math.cos(rot));
    const sin = Math.abs(Math.sin(rot));
    const labelSizes = this.getLabelSizes();
    const padding = this.options.autoSkipPadding || 0;
    const w = labelSizes.widest.width + padding;
    const h = labelSizes.highest.height + padding;
    return this.horizontal ? (h * cos > w * sin ? w / cos : h / sin) : h * sin < w * cos ? h / cos : w / sin;
  }

  private autoSkip(ticks: Tick[]): Tick[] {
    const tickLength = this.tickSize();
    const maxScale = this.length / tickLength + (this.options.offset ? 0 : 1);
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
      const angleRadians = toRadians(this.labelRotation);
      const cos = Math.cos(angleRadians);
      const sin = Math.sin(angleRadians);
      if (this.horizontal) {
        const labelHeight = sin * widest.width + cos * highest.height;
        minSize.height = Math.min(this.maxHeight, minSize.height + labelHeight + tickPadding);
      } else {
        const labelWidth = cos * widest.width + sin * highest.height;
        minSize.width = Math.min(this.maxWidth, minSize.width + labelWidth + tickPadding);
      }
      this.calculatePadding(first, last, sin, cos);
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

  private calculatePadding(first: LabelSize, last: LabelSize, sin: number, cos: number): void {
    const padding = this.options.tickPadding;
    if (this.horizontal) {
      const offsetLeft = (this.getPixelForTick(0) ?? Number.NaN) - this.left;
      const offsetRight = this.right - (this.getPixelForTick(this.ticks.length - 1) ?? Number.NaN);
      let paddingLeft: number;
      let paddingRight: number;
      if (this.labelRotation !== 0) {
        // The labels hang below the ticks (a scale at the bottom).
        paddingLeft = cos * first.width;
        paddingRight = sin * last.height;
      } else {
        paddingLeft = first.width / 2;
        paddingRight = last.width / 2;
      }
      this.paddingLeft = Math.max(((paddingLeft - offsetLeft + padding) * this.width) / (this.width - offsetLeft), 0);
      this.paddingRight = Math.max(((paddingRight - offsetRight + padding) * this.width) / (this.width - offsetRight), 0);
    } else {
      this.paddingTop = last.height / 2 + padding;
      this.paddingBottom = first.height / 2 + padding;
    }
  }

  /** getPixelForGridLine: through a tick, or between two for an offset grid; undefined off the scale. */
  private pixelForGridLine(index: number): number | undefined {
    const length = this.ticks.length;
    const validIndex = Math.min(index, length - 1);
    const start = this.startPixel;
    const end = this.endPixel;
    const epsilon = 1e-6;
    let lineValue = this.getPixelForTick(validIndex) ?? Number.NaN;
    if (this.options.gridOffset) {
      let offset: number;
      if (length === 1) offset = Math.max(lineValue - start, end - lineValue);
      else if (index === 0) offset = ((this.getPixelForTick(1) ?? Number.NaN) - lineValue) / 2;
      else offset = (lineValue - (this.getPixelForTick(validIndex - 1) ?? Number.NaN)) / 2;
      lineValue += validIndex < index ? offset : -offset;
      if (lineValue < start - epsilon || lineValue > end + epsilon) return undefined;
    }
    return lineValue;
  }

  /**
   * Gridlines across the chart area and tick marks beside the labels, when the grid is shown; either way, the line
   * the axis is drawn on (its x for a left scale, its y for a bottom one), as Chart.js works it out here.
   */
  drawGrid(ctx: DrawingRecorder, chartArea: Margins): void {
    const { gridLineWidth: lineWidth, gridColour: lineColor, borderWidth: axisWidth, tickLength: tl } = this.options;
    const axisHalfWidth = axisWidth / 2;
    let tx1 = 0;
    let ty1 = 0;
    let tx2 = 0;
    let ty2 = 0;
    let x1 = 0;
    let y1 = 0;
    let x2 = 0;
    let y2 = 0;
    let borderValue: number;
    if (this.horizontal) {
      borderValue = alignPixel(this.top, axisWidth);
      y1 = chartArea.top;
      y2 = alignPixel(chartArea.bottom, axisWidth) - axisHalfWidth;
      ty1 = borderValue + axisHalfWidth;
      ty2 = this.top + tl;
    } else {
      borderValue = alignPixel(this.right, axisWidth);
      tx1 = this.right - tl;
      tx2 = borderValue - axisHalfWidth;
      x1 = alignPixel(chartArea.left, axisWidth) + axisHalfWidth;
      x2 = chartArea.right;
    }
    this.borderValue = borderValue;
    if (!this.options.gridDisplay) return;
    const ticksLength = this.ticks.length + (this.options.gridOffset ? 1 : 0);
    const limit = this.options.maxTicksLimit ?? ticksLength;
    const step = Math.max(1, Math.ceil(ticksLength / limit));
    const drawLine = (fromX: number, fromY: number, toX: number, toY: number): void => {
      if (!lineWidth || !lineColor) return;
      ctx.save();
      ctx.lineWidth = lineWidth;
      ctx.strokeStyle = lineColor;
      ctx.setLineDash([]);
      ctx.lineDashOffset = 0;
      ctx.beginPath();
      ctx.moveTo(fromX, fromY);
      ctx.lineTo(toX, toY);
      ctx.stroke();
      ctx.restore();
    };
    for (let i = 0; i < ticksLength; i += step) {
      const lineValue = this.pixelForGridLine(i);
      if (lineValue === undefined) continue;
      const aligned = alignPixel(lineValue, lineWidth);
      if (this.horizontal) tx1 = tx2 = x1 = x2 = aligned;
      else ty1 = ty2 = y1 = y2 = aligned;
      drawLine(x1, y1, x2, y2);
      drawLine(tx1, ty1, tx2, ty2);
    }
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
    const rotation = -toRadians(this.labelRotation);
    const lineHeight = font.lineHeight;
    if (this.horizontal) {
      clipArea(ctx, { top: this.top, left: 0, bottom: this.bottom, right: this.chart.width });
      const y = this.top + (tl + padding);
      const textAlign = rotation ? 'right' : 'center';
      for (let i = 0; i < this.ticks.length; i++) {
        const label = this.ticks[i]?.label;
        if (label === undefined) continue;
        let x = (this.getPixelForTick(i) ?? Number.NaN) + 0;
        const textOffset = lineHeight / 2;
        if (rotation !== 0) x += (lineHeight / 2) * Math.sin(rotation);
        renderText(ctx, label, 0, textOffset, font, { rotation, color: tickColour, textAlign, textBaseline: 'middle', translation: [x, y] });
      }
    } else {
      clipArea(ctx, { top: 0, left: this.left, bottom: this.chart.height, right: this.right });
      const x = this.right - (tl + padding);
      for (let i = 0; i < this.ticks.length; i++) {
        const label = this.ticks[i]?.label;
        if (label === undefined) continue;
        const y = (this.getPixelForTick(i) ?? Number.NaN) + 0;
        const lineCount = typeof label === 'string' ? 1 : label.length;
        renderText(ctx, label, 0, ((1 - lineCount) * lineHeight) / 2, font, { rotation, color: tickColour, textAlign: 'right', textBaseline: 'middle', translation: [x, y] });
      }
    }
    ctx.restore();
  }
}

export class CategoryScale extends Scale {
  startValue = 0;
  valueRange = 0;

  constructor(options: ScaleOptions, chart: { width: number; height: number }, readonly labels: readonly TickLabel[]) {
    super(options, chart);
  }

  determineDataLimits(): void {
    this.min = 0;
    this.max = this.labels.length - 1;
  }

  buildTicks(): Tick[] {
    const ticks: Tick[] = [];
    const offset = this.options.offset;
    this.valueRange = Math.max(this.labels.length - (offset ? 0 : 1), 1);
    this.startValue = this.min - (offset ? 0.5 : 0);
    for (let value = this.min; value <= this.max; value++) ticks.push({ value });
    return ticks;
  }

  tickLabel(value: number): TickLabel {
    return this.labels[value] ?? String(value);
  }

  override configure(): void {
    super.configure();
    if (!this.horizontal) this.reversePixels = !this.reversePixels;
  }

  getPixelForValue(value: number): number {
    return this.getPixelForDecimal((value - this.startValue) / this.valueRange);
  }
}

export interface LinearScaleSettings {
  /** The values each dataset puts on this scale (for stacked bars, each segment's running total). */
  data: readonly (readonly (number | null)[])[];
  suggested: { suggestedMin?: number; suggestedMax?: number };
  beginAtZero: boolean;
  precision: number;
  /** The tick callback; Chart.js's numeric formatter when there is none. */
  label: ((value: number) => string) | undefined;
}

export class LinearScale extends Scale {
  range = { min: 0, max: 0 };
  startValue = 0;
  valueRange = 0;

  constructor(options: ScaleOptions, chart: { width: number; height: number }, readonly settings: LinearScaleSettings) {
    super(options, chart);
  }

  determineDataLimits(): void {
    // getMinMax(true) with suggestedMin/Max and no user min/max, then handleTickRangeOptions
    const { suggested, beginAtZero } = this.settings;
    let min = finiteOrDefault(suggested.suggestedMin ?? Number.NaN, Number.POSITIVE_INFINITY);
    let max = finiteOrDefault(suggested.suggestedMax ?? Number.NaN, Number.NEGATIVE_INFINITY);
    for (const values of this.settings.data) {
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
    if (beginAtZero) {
      const minSign = Math.sign(min);
      const maxSign = Math.sign(max);
      if (minSign < 0 && maxSign < 0) max = 0;
      else if (minSign > 0 && maxSign > 0) min = 0;
    }
    if (min === max) {
      const offset = max === 0 ? 1 : Math.abs(max * 0.05);
      max = max + offset;
      if (!beginAtZero) min = min - offset;
    }
    this.min = min;
    this.max = max;
    // _addGrace with grace 0
    const keepZero = (value: number, add: number): number => (beginAtZero && value === 0 ? 0 : value + add);
    this.range = { min: keepZero(this.min, -Math.abs(0)), max: keepZero(this.max, 0) };
  }

  buildTicks(): Tick[] {
    const maxTicksLimit = this.options.maxTicksLimit || 11;
    const length = this.horizontal ? this.width : this.height;
    const ratio = (this.horizontal ? Math.sin(toRadians(0)) : Math.cos(toRadians(0))) || 0.001;
    const computed = Math.ceil(length / Math.min(40, this.options.font.lineHeight / ratio));
    const maxTicks = Math.max(2, Math.min(maxTicksLimit, computed));
    const ticks = generateTicks(maxTicks, this.settings.precision, this.range);
    for (const tick of ticks) {
      if (!Number.isNaN(tick.value)) {
        this.min = Math.min(this.min, tick.value);
        this.max = Math.max(this.max, tick.value);
      }
    }
    return ticks;
  }

  tickLabel(value: number, _index: number, ticks: readonly Tick[]): string {
    return this.settings.label === undefined ? numericTickLabel(value, ticks) : this.settings.label(value);
  }

  override configure(): void {
    let start = this.min;
    let end = this.max;
    super.configure();
    if (this.options.offset && this.ticks.length) {
      const offset = (end - start) / Math.max(this.ticks.length - 1, 1) / 2;
      start -= offset;
      end += offset;
    }
    this.startValue = start;
    this.valueRange = end - start;
  }

  getPixelForValue(value: number): number {
    return this.getPixelForDecimal((value - this.startValue) / this.valueRange);
  }

  getBaseValue(): number {
    const { min, max } = this;
    return min < 0 && max < 0 ? max : min > 0 && max > 0 ? min : 0;
  }

  getBasePixel(): number {
    return this.getPixelForValue(this.getBaseValue());
  }

  /** The gridline's width at a value that has a tick, else 0 (getLineWidthForValue). */
  getLineWidthForValue(value: number): number {
    if (!this.options.gridDisplay) return 0;
    return this.ticks.some((t) => t.value === value) ? this.options.gridLineWidth : 0;
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

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Chart.js's Ticks.formatters.numeric, in en-GB, the papers' language. Chart.js leaves the locale to the process's
 * default, which comes from the machine's LANG: a German one wrote 1.000 for a thousand and a French one 1 000, so
 * the same scorecard gave other papers on another machine.
 */
export function numericTickLabel(tickValue: number, ticks: readonly Tick[]): string {
  if (tickValue === 0) return '0';
  let notation: 'scientific' | undefined;
  let delta = tickValue;
  const first = ticks[0];
  const last = ticks[ticks.length - 1];
  if (ticks.length > 1 && first !== undefined && last !== undefined) {
    const maxTick = Math.max(Math.abs(first.value), Math.abs(last.value));
    if (maxTick < 1e-4 || maxTick > 1e15) notation = 'scientific';
    // calculateDelta
    delta = ticks.length > 3 ? (ticks[2]?.value ?? Number.NaN) - (ticks[1]?.value ?? Number.NaN) : (ticks[1]?.value ?? Number.NaN) - first.value;
    if (Math.abs(delta) >= 1 && tickValue !== Math.floor(tickValue)) delta = tickValue - Math.floor(tickValue);
  }
  const logDelta = Math.log10(Math.abs(delta));
  const numDecimal = Number.isNaN(logDelta) ? 1 : Math.max(Math.min(-1 * Math.floor(logDelta), 20), 0);
  const options = { notation, minimumFractionDigits: numDecimal, maximumFractionDigits: numDecimal };
  const key = JSON.stringify(options);
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-GB', options);
    numberFormats.set(key, format);
  }
  return format.format(tickValue);
}

/** The value axis as laid out: its limits and the step between its ticks (chartDrawing.ts reads Chart.js's the same way). */
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

/**
 * layouts.update for the title and legend on top, one scale on the left and one below (Chart.js orders the boxes by
 * weight: title, then legend). Returns the chart area.
 */
export function layout(chart: { width: number; height: number }, padding: Padding, minPadding: number, boxes: { title: TitleBox; legend: LegendBox; bottom: Scale; left: Scale }): Margins {
  const { width, height } = chart;
  const availableWidth = Math.max(width - padding.width, 0);
  const availableHeight = Math.max(height - padding.height, 0);
  boxes.bottom.beforeLayout();
  boxes.left.beforeLayout();
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
  const bottom: LayoutEntry = { box: boxes.bottom, pos: 'bottom', horizontal: true, width: false, height: params.hBoxMaxHeight };
  const left: LayoutEntry = { box: boxes.left, pos: 'left', horizontal: false, width: params.vBoxMaxWidth, height: false };
  const fullSize = [title, legend];
  const vertical = [left];
  const horizontal = [title, legend, bottom];
  fitBoxes(fullSize, chartArea, params);
  fitBoxes(vertical, chartArea, params);
  if (fitBoxes(horizontal, chartArea, params)) fitBoxes(vertical, chartArea, params);
  handleMaxPadding(chartArea);
  placeBoxes([left, title, legend], chartArea, params);
  chartArea.x += chartArea.w;
  chartArea.y += chartArea.h;
  placeBoxes([bottom], chartArea, params);
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
