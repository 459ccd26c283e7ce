// The RAG summary and comparison charts laid out and drawn directly, without Chart.js: the same marks, in the same
// order, at the same coordinates as Chart.js 4.6.1 draws for ragSummaryConfiguration and comparisonConfiguration.
//
// A port of what Chart.js does for those two configurations, operation for operation so the floating-point results
// are identical: the layout, title, legend and scales shared with the trend chart (chartLayout.ts), and the bar
// controller (stacking, the ruler, fit-category bar widths, value pixels with the half-gridline nudge at zero, border
// skipping) and bar element (border rings clipped and filled even-odd, then the fill). It draws on the same
// DrawingRecorder with the same canvas calls. Anything outside those configurations stays with Chart.js (see
// ragSummaryLayoutHandles and comparisonLayoutHandles); test/render/barLayout.test.ts compares the two.

import {
  drawChartFurniture,
  CategoryScale,
  chartDefaults,
  clipArea,
  knownPointStyles,
  layout,
  LegendBox,
  LinearScale,
  scaleOptions,
  TitleBox,
  toFont,
  toPadding,
  toTRBL,
  valueAxisOf,
  type LegendEntry,
  type Margins,
  type Scale,
  type TickLabel,
} from './chartLayout.js';
import { axisStyle, sharedOptions } from './commonOptions.js';
import { checkComparison, comparisonStyle, drawComparisonLabels, type ComparisonSpec } from './comparisonChart.js';
import type { ChartDrawing } from './drawing.js';
import { DrawingRecorder } from './drawingRecorder.js';
import { seriesHatchFill } from './paint.js';
import { checkRagSummary, drawRagSegmentCounts, ragSummarySeries, ragSummaryStyle, wrapThemeLabel, type RagSummarySpec } from './ragSummaryChart.js';
import type { ChartPixelSize } from './size.js';
import type { ChartTheme } from './theme.js';

/** BarController.defaults and BarElement.defaults: what our configurations leave unset. */
const barDefaults = {
  categoryPercentage: 0.8,
  barPercentage: 0.9,
  inflateAmount: 'auto',
} as const;

type BorderWidth = number | { top?: number; right?: number; bottom?: number; left?: number };
type Edge = 'start' | 'end' | 'left' | 'right' | 'top' | 'bottom';
/** What borderSkipped may be here; Chart.js's 'middle' (for stacks) is not ported. */
type BorderSkipped = false | true | Edge;

/** A dataset as the bar controller sees it: its values and its element options. */
interface BarDataset {
  label: string;
  values: readonly (number | null)[];
  backgroundColor: unknown;
  borderColor: string;
  borderWidth: BorderWidth;
  borderSkipped: BorderSkipped;
  maxBarThickness: number;
}

/** A BarElement's properties as updateElements leaves them. */
interface Bar {
  horizontal: boolean;
  base: number;
  x: number;
  y: number;
  width: number;
  height: number;
  borderSkipped: Partial<Record<'top' | 'right' | 'bottom' | 'left', boolean>>;
  inflateAmount: number;
}

interface BarChartParts {
  title: string;
  datasets: BarDataset[];
  /** The category labels, one per data index. */
  labels: TickLabel[];
  /** 'y' for lying bars (categories down the left), 'x' for standing ones. */
  indexAxis: 'x' | 'y';
  /** Stacked bars (the index and value scales both stacked). */
  stacked: boolean;
  usePointStyle: boolean;
  pointStyle: unknown;
  categoryScale: { gridDisplay: boolean; maxRotation: number | undefined; autoSkip: boolean };
  valueScale: {
    beginAtZero: boolean;
    range: { suggestedMin?: number; suggestedMax?: number };
    maxTicksLimit: number | undefined;
    precision: number;
    label: ((value: number) => string) | undefined;
  };
}

// ---- the bar controller ----

/** applyStack: a value plus the values of the datasets before it on the same side of zero. */
function applyStack(datasets: readonly BarDataset[], dsIndex: number, index: number, value: number): number {
  let found = false;
  for (let datasetIndex = 0; datasetIndex < datasets.length; datasetIndex++) {
    if (datasetIndex === dsIndex) {
      found = true;
      break;
    }
    const otherValue = datasets[datasetIndex]?.values[index] ?? null;
    if (otherValue !== null && Number.isFinite(otherValue) && (value === 0 || Math.sign(value) === Math.sign(otherValue))) value += otherValue;
  }
  if (!found) return 0;
  return value;
}

interface Ruler {
  min: number;
  pixels: number[];
  stackCount: number;
  ratio: number;
}

/** _getRuler with computeMinSampleSize: the smallest gap between categories (or ticks) in pixels. */
function ruler(iScale: CategoryScale, count: number, stackCount: number): Ruler {
  const pixels: number[] = [];
  for (let i = 0; i < count; ++i) pixels.push(iScale.getPixelForValue(i));
  let min = iScale.length;
  let prev: number | undefined;
  let curr = 0;
  const updateMinAndPrev = (): void => {
    if (curr === 32767 || curr === -32768) return;
    if (prev !== undefined) min = Math.min(min, Math.abs(curr - prev) || min);
    prev = curr;
  };
  // getAllScaleValues: every dataset's category indices, sorted and unique: 0 … count − 1.
  for (let i = 0; i < count; ++i) {
    curr = iScale.getPixelForValue(i);
    updateMinAndPrev();
  }
  prev = undefined;
  for (let i = 0; i < iScale.ticks.length; ++i) {
    curr = iScale.getPixelForTick(i) ?? Number.NaN;
    updateMinAndPrev();
  }
  return { min, pixels, stackCount, ratio: barDefaults.categoryPercentage * barDefaults.barPercentage };
}

function parseEdge(edge: Edge, a: Edge, b: Edge, reverse: boolean): Edge {
  const swap = (orig: Edge, v1: Edge, v2: Edge): Edge => (orig === v1 ? v2 : orig === v2 ? v1 : orig);
  const startEnd = (v: Edge, start: Edge, end: Edge): Edge => (v === 'start' ? start : v === 'end' ? end : v);
  if (reverse) {
    edge = swap(edge, a, b);
    edge = startEnd(edge, b, a);
  } else {
    edge = startEnd(edge, a, b);
  }
  return edge;
}

function borderSkippedOf(bar: { horizontal: boolean; base: number; x: number; y: number }, edge: BorderSkipped): Bar['borderSkipped'] {
  if (!edge) return {};
  if (edge === true) return { top: true, right: true, bottom: true, left: true };
  // borderProps
  let reverse: boolean;
  let start: Edge;
  let end: Edge;
  if (bar.horizontal) {
    reverse = bar.base > bar.x;
    start = 'left';
    end = 'right';
  } else {
    reverse = bar.base < bar.y;
    start = 'bottom';
    end = 'top';
  }
  return { [parseEdge(edge, start, end, reverse)]: true };
}

/** updateElements for one dataset: each bar's place and size. */
function placeBars(datasets: readonly BarDataset[], d: number, iScale: CategoryScale, vScale: LinearScale, rule: Ruler, stacked: boolean): Bar[] {
  const dataset = datasets[d] as BarDataset;
  const base = vScale.getBasePixel();
  const horizontal = vScale.horizontal;
  const bars: Bar[] = [];
  for (let i = 0; i < dataset.values.length; i++) {
    const value = dataset.values[i] ?? null;
    // _calculateBarValuePixels
    let vpixels: { base: number; head: number; size: number };
    if (value === null) {
      vpixels = { base, head: base, size: Number.NaN };
    } else {
      const actualBase = 0;
      let start = 0;
      let length = stacked ? applyStack(datasets, d, i, value) : value;
      if (length !== value) {
        start = length - value;
        length = value;
      }
      let barBase = vScale.getPixelForValue(start);
      const head = vScale.getPixelForValue(start + length);
      let size = head - barBase;
      if (barBase === vScale.getPixelForValue(actualBase)) {
        const halfGrid = (Math.sign(size) * vScale.getLineWidthForValue(actualBase)) / 2;
        barBase += halfGrid;
        size -= halfGrid;
      }
      vpixels = { base: barBase, head, size };
    }
    // _calculateBarIndexPixels with grouped bars and computeFitCategoryTraits
    const stackCount = rule.stackCount;
    const categorySize = rule.min * barDefaults.categoryPercentage;
    const range = { chunk: categorySize / (stackCount * 1), ratio: barDefaults.barPercentage, start: (rule.pixels[i] ?? Number.NaN) - categorySize / 2 };
    const stackIndex = (stacked ? 0 : d) + 0;
    const center = range.start + range.chunk * stackIndex + range.chunk / 2;
    const ipixelsSize = Math.min(dataset.maxBarThickness, range.chunk * range.ratio);
    const bar = {
      horizontal,
      base: vpixels.base,
      x: horizontal ? vpixels.head : center,
      y: horizontal ? center : vpixels.head,
      height: horizontal ? ipixelsSize : Math.abs(vpixels.size),
      width: horizontal ? Math.abs(vpixels.size) : ipixelsSize,
    };
    const inflateAmount = barDefaults.inflateAmount === 'auto' ? (rule.ratio === 1 ? 0.33 : 0) : barDefaults.inflateAmount;
    bars.push({ ...bar, borderSkipped: borderSkippedOf(bar, dataset.borderSkipped), inflateAmount });
  }
  return bars;
}

// ---- the bar element ----

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

function inflateRect(rect: Rect, amount: number, refRect: Partial<Rect> = {}): Rect {
  const x = rect.x !== refRect.x ? -amount : 0;
  const y = rect.y !== refRect.y ? -amount : 0;
  const w = (rect.x + rect.w !== (refRect.x ?? Number.NaN) + (refRect.w ?? Number.NaN) ? amount : 0) - x;
  const h = (rect.y + rect.h !== (refRect.y ?? Number.NaN) + (refRect.h ?? Number.NaN) ? amount : 0) - y;
  return { x: rect.x + x, y: rect.y + y, w: rect.w + w, h: rect.h + h };
}

const skipOrLimit = (skip: boolean | undefined, value: number, min: number, max: number): number => (skip ? 0 : Math.max(min, Math.min(max, value)));

/** BarElement.draw for square-cornered bars. */
function drawBar(ctx: DrawingRecorder, bar: Bar, dataset: BarDataset): void {
  // getBarBounds
  let left: number;
  let right: number;
  let top: number;
  let bottom: number;
  if (bar.horizontal) {
    const half = bar.height / 2;
    left = Math.min(bar.x, bar.base);
    right = Math.max(bar.x, bar.base);
    top = bar.y - half;
    bottom = bar.y + half;
  } else {
    const half = bar.width / 2;
    left = bar.x - half;
    right = bar.x + half;
    top = Math.min(bar.y, bar.base);
    bottom = Math.max(bar.y, bar.base);
  }
  const width = right - left;
  const height = bottom - top;
  // parseBorderWidth
  const skip = bar.borderSkipped;
  const o = toTRBL(dataset.borderWidth);
  const maxW = width / 2;
  const maxH = height / 2;
  const border = { t: skipOrLimit(skip.top, o.top, 0, maxH), r: skipOrLimit(skip.right, o.right, 0, maxW), b: skipOrLimit(skip.bottom, o.bottom, 0, maxH), l: skipOrLimit(skip.left, o.left, 0, maxW) };
  const outer: Rect = { x: left, y: top, w: width, h: height };
  const inner: Rect = { x: left + border.l, y: top + border.t, w: width - border.l - border.r, h: height - border.t - border.b };
  const rect = (r: Rect): void => ctx.rect(r.x, r.y, r.w, r.h);
  ctx.save();
  if (outer.w !== inner.w || outer.h !== inner.h) {
    ctx.beginPath();
    rect(inflateRect(outer, bar.inflateAmount, inner));
    ctx.clip();
    rect(inflateRect(inner, -bar.inflateAmount, outer));
    ctx.fillStyle = dataset.borderColor;
    ctx.fill();
  }
  ctx.beginPath();
  rect(inflateRect(inner, bar.inflateAmount));
  ctx.fillStyle = dataset.backgroundColor;
  ctx.fill();
  ctx.restore();
}

// ---- the chart ----

/** The chart as Chart.js draws a bar configuration; `drawLabels` is the chart's afterDatasetsDraw plugin. */
function drawBarChart(parts: BarChartParts, pixels: ChartPixelSize, theme: ChartTheme, drawLabels: (ctx: DrawingRecorder, bars: readonly Bar[][]) => void): ChartDrawing {
  const { width, height } = pixels;
  const chart = { width, height };
  const shared = sharedOptions(theme, parts.title, width);
  const axis = axisStyle(theme);
  const ctx = new DrawingRecorder(width, height);
  const { datasets } = parts;

  const titleOptions = shared.plugins.title;
  const title = new TitleBox(titleOptions.display, titleOptions.text, toFont(titleOptions.font), titleOptions.padding);
  const legendLabels = shared.plugins.legend.labels;
  // The legend plugin's generateLabels: one item per dataset, in its own colours, with Chart.js's line width.
  const items: LegendEntry[] = datasets.map((dataset) => {
    const borderWidth = toPadding(dataset.borderWidth);
    return {
      text: dataset.label,
      fillStyle: dataset.backgroundColor,
      fontColor: legendLabels.color,
      lineWidth: (borderWidth.width + borderWidth.height) / 4,
      strokeStyle: dataset.borderColor,
      pointStyle: parts.pointStyle,
    };
  });
  const legend = new LegendBox(items, toFont(legendLabels.font), legendLabels.padding ?? chartDefaults.legendBoxPadding, { width: legendLabels.boxWidth, height: legendLabels.boxHeight }, parts.usePointStyle);

  const lying = parts.indexAxis === 'y';
  const category = parts.categoryScale;
  const iScale = new CategoryScale(
    scaleOptions(axis, {
      position: lying ? 'left' : 'bottom',
      offset: true,
      gridOffset: true,
      gridDisplay: category.gridDisplay,
      autoSkip: category.autoSkip,
      ...(category.maxRotation === undefined ? {} : { maxRotation: category.maxRotation }),
    }),
    chart,
    parts.labels,
  );
  const value = parts.valueScale;
  // The value scale's range: each value, or for stacked bars each segment's end.
  const stackedValues = datasets.map((dataset, d) => dataset.values.map((v, i) => (v === null || !parts.stacked ? v : applyStack(datasets, d, i, v))));
  const vScale = new LinearScale(scaleOptions(axis, { position: lying ? 'bottom' : 'left', maxTicksLimit: value.maxTicksLimit }), chart, {
    data: stackedValues,
    suggested: value.range,
    beginAtZero: value.beginAtZero,
    precision: value.precision,
    label: value.label,
  });
  const [xScale, yScale]: [Scale, Scale] = lying ? [vScale, iScale] : [iScale, vScale];

  // Bars never overflow the chart area (getMaxOverflow 0).
  const chartArea: Margins = layout(chart, toPadding(shared.layout.padding), 0, { title, legend, bottom: xScale, left: yScale });
  xScale.configure();
  yScale.configure();

  // Chart._updateDatasets
  const rule = ruler(iScale, parts.labels.length, parts.stacked ? 1 : datasets.length);
  const bars = datasets.map((_, d) => placeBars(datasets, d, iScale, vScale, rule, parts.stacked));

  // Chart.draw: the white page, the layers in z order, the datasets last to first, then the labels.
  drawChartFurniture(ctx, { width, height }, { x: xScale, y: yScale, legend, title, titleColour: titleOptions.color }, chartArea);
  for (let d = datasets.length - 1; d >= 0; d--) {
    const dataset = datasets[d] as BarDataset;
    clipArea(ctx, { left: xScale.left - 0, right: xScale.right + 0, top: yScale.top - 0, bottom: yScale.bottom + 0 });
    (bars[d] ?? []).forEach((bar, i) => {
      if (dataset.values[i] !== null) drawBar(ctx, bar, dataset);
    });
    ctx.restore();
  }
  drawLabels(ctx, bars);

  return { ...ctx.drawing(pixels.dpi), valueAxis: valueAxisOf(vScale) };
}

// ---- the RAG summary ----

function ragSummaryParts(spec: RagSummarySpec, widthPx: number, theme: ChartTheme): BarChartParts {
  const style = ragSummaryStyle(theme);
  return {
    title: spec.title,
    datasets: ragSummarySeries(spec, theme),
    labels: spec.groups.map((g) => wrapThemeLabel(g.label)),
    indexAxis: 'y',
    stacked: style.scales.x.stacked && style.scales.y.stacked,
    usePointStyle: sharedOptions(theme, spec.title, widthPx).plugins.legend.labels.usePointStyle,
    pointStyle: style.legendPointStyle,
    categoryScale: { gridDisplay: style.scales.y.grid, maxRotation: undefined, autoSkip: true },
    valueScale: { beginAtZero: style.scales.x.beginAtZero, range: {}, maxTicksLimit: undefined, precision: style.scales.x.precision, label: undefined },
  };
}

/** The options every bar chart shares that the port reproduces: sharedOptions' layout, title and legend. */
function sharedOptionsPorted(theme: ChartTheme, title: string, widthPx: number): boolean {
  const { layout: layoutOptions, plugins } = sharedOptions(theme, title, widthPx);
  const { legend, title: titleOptions } = plugins;
  return typeof layoutOptions.padding === 'object' && titleOptions.align === 'start' && legend.display && legend.position === 'top' && legend.align === 'start';
}

/**
 * Whether barLayout draws this RAG summary exactly as Chart.js would: the options below as sharedOptions, axisStyle
 * and ragSummaryStyle set them (stacked lying bars, a point-style legend in a shape the port has, whole-number
 * precision, no gridlines across the themes, no 'middle' border skipping). Anything else goes to Chart.js.
 */
export function ragSummaryLayoutHandles(spec: RagSummarySpec, theme: ChartTheme, widthPx: number): boolean {
  const style = ragSummaryStyle(theme);
  const { usePointStyle } = sharedOptions(theme, spec.title, widthPx).plugins.legend.labels;
  const skipped: unknown = style.border.skipped;
  return (
    sharedOptionsPorted(theme, spec.title, widthPx) &&
    usePointStyle &&
    knownPointStyles.has(style.legendPointStyle) &&
    style.scales.x.stacked &&
    style.scales.y.stacked &&
    !style.scales.y.grid &&
    Number.isInteger(style.scales.x.precision) &&
    style.scales.x.precision >= 0 &&
    skipped !== 'middle'
  );
}

/** The RAG summary at this pixel size, as Chart.js would draw it for ragSummaryConfiguration. */
export function drawRagSummaryChart(spec: RagSummarySpec, pixels: ChartPixelSize, theme: ChartTheme): ChartDrawing {
  checkRagSummary(spec);
  return drawBarChart(ragSummaryParts(spec, pixels.width, theme), pixels, theme, (ctx, bars) => drawRagSegmentCounts(ctx, spec, theme, (d) => bars[d] ?? []));
}

// ---- the comparison chart ----

function comparisonParts(spec: ComparisonSpec, pixels: ChartPixelSize, theme: ChartTheme): BarChartParts {
  const style = comparisonStyle(spec, theme, pixels);
  return {
    title: spec.title,
    datasets: spec.series.map((series, s) => {
      const { style: seriesStyle, borderWidth } = style.series(s);
      return {
        label: series.name,
        values: series.values,
        backgroundColor: seriesStyle.hatch === 'none' ? seriesStyle.fill : seriesHatchFill(seriesStyle, style.hatch.spacingPx, style.hatch.strokePx),
        borderColor: seriesStyle.fill,
        borderWidth,
        borderSkipped: 'start',
        maxBarThickness: style.maxBarThickness,
      };
    }),
    labels: [...spec.categories],
    indexAxis: 'x',
    stacked: false,
    usePointStyle: style.legendUsePointStyle,
    pointStyle: undefined,
    categoryScale: { gridDisplay: style.scales.x.grid, maxRotation: style.scales.x.maxRotation, autoSkip: style.scales.x.autoSkip },
    valueScale: { beginAtZero: style.scales.y.beginAtZero, range: style.scales.y.range, maxTicksLimit: style.scales.y.maxTicksLimit, precision: style.scales.y.precision, label: style.scales.y.label },
  };
}

/**
 * Whether barLayout draws this comparison chart exactly as Chart.js would: the options below as sharedOptions,
 * axisStyle and comparisonStyle set them (grouped standing bars, square legend boxes, every period labelled level, no
 * gridlines between periods, values from zero to a whole number of decimals). Anything else goes to Chart.js.
 */
export function comparisonLayoutHandles(spec: ComparisonSpec, pixels: ChartPixelSize, theme: ChartTheme): boolean {
  const style = comparisonStyle(spec, theme, pixels);
  const { x, y } = style.scales;
  return (
    sharedOptionsPorted(theme, spec.title, pixels.width) &&
    !style.legendUsePointStyle &&
    !x.grid &&
    x.maxRotation === 0 &&
    !x.autoSkip &&
    y.beginAtZero &&
    Number.isInteger(y.precision) &&
    y.precision >= 0
  );
}

/** The comparison chart at this pixel size, as Chart.js would draw it for comparisonConfiguration. */
export function drawComparisonChart(spec: ComparisonSpec, pixels: ChartPixelSize, theme: ChartTheme): ChartDrawing {
  checkComparison(spec);
  return drawBarChart(comparisonParts(spec, pixels, theme), pixels, theme, (ctx, bars) => drawComparisonLabels(ctx, spec, theme, (s) => bars[s] ?? []));
}
