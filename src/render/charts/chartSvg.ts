// A chart drawing as SVG and back: the bytes renderChart returns, shared by the PDF (replayed as vectors) and the DOCX.
// The reader reads only what the writer writes; it is not a general SVG parser.

import { documentFontFamily } from './fonts.js';
import type { ChartDrawing, HatchFill, Mark, Paint, PathMark, StrokeStyle, TextMark, ValueAxis } from './drawing.js';
import { hatchFill } from './paint.js';
import { coordinate } from './pathData.js';
import type { FontWeight } from './textMetrics.js';

const mmPerInch = 25.4;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (text: string): string => text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c] ?? c);
const unescapeXml = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_all, name: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return named[name] ?? '';
  });

const hatchKey = (h: HatchFill): string => `${h.fill}|${h.style}|${coordinate(h.spacingPx)}|${coordinate(h.strokePx)}`;

function hatchPattern(h: HatchFill, id: string): string {
  const s = coordinate(h.spacingPx);
  const lines = h.style === 'cross' ? `M0 ${s}L${s} 0M0 0L${s} ${s}` : `M0 ${s}L${s} 0`;
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${s}" height="${s}" data-hatch="${h.style}" data-fill="${h.fill}" data-stroke-width="${coordinate(h.strokePx)}">` +
    `<rect width="${s}" height="${s}" fill="${h.fill}"/><path d="${lines}" stroke="#ffffff" stroke-width="${coordinate(h.strokePx)}"/></pattern>`
  );
}

function strokeAttributes(stroke: StrokeStyle | null): string {
  if (stroke === null) return '';
  const dash = stroke.dash.length > 0 ? ` stroke-dasharray="${stroke.dash.map(coordinate).join(' ')}"` : '';
  return ` stroke="${stroke.colour}" stroke-width="${coordinate(stroke.widthPx)}" stroke-linecap="${stroke.cap}" stroke-linejoin="${stroke.join}"${dash}`;
}

function markElement(mark: Mark, paintId: (paint: HatchFill) => string): string {
  const clip = mark.clip === null ? '' : ` clip-path="url(#clip${mark.clip})"`;
  if (mark.kind === 'path') {
    const fill = mark.fill === null ? 'none' : typeof mark.fill === 'string' ? mark.fill : `url(#${paintId(mark.fill)})`;
    return `<path d="${mark.d}" fill="${fill}"${strokeAttributes(mark.stroke)}${clip}/>`;
  }
  const turn = mark.rotation === 0 ? '' : ` transform="rotate(${coordinate(mark.rotation)} ${coordinate(mark.x)} ${coordinate(mark.y)})"`;
  return (
    `<text x="${coordinate(mark.x)}" y="${coordinate(mark.y)}" font-size="${coordinate(mark.font.sizePx)}" font-weight="${mark.font.weight}" fill="${mark.colour}"${turn}${clip}>` +
    `${escapeXml(mark.text)}</text>`
  );
}

/**
 * The drawing as an SVG document, sized in millimetres, its pixels as the view box; text in the document font,
 * placed at its start on the baseline. The value axis (for a native Word chart) rides along as data attributes.
 */
export function writeChartSvg(drawing: ChartDrawing): string {
  const hatches = new Map<string, { id: string; hatch: HatchFill }>();
  const paintId = (hatch: HatchFill): string => {
    const key = hatchKey(hatch);
    let entry = hatches.get(key);
    if (entry === undefined) {
      entry = { id: `hatch${hatches.size}`, hatch };
      hatches.set(key, entry);
    }
    return entry.id;
  };
  const body = drawing.marks.map((mark) => markElement(mark, paintId)).join('\n');
  const clips = drawing.clips.map((d, i) => `<clipPath id="clip${i}"><path d="${d}"/></clipPath>`);
  const patterns = [...hatches.values()].map(({ id, hatch }) => hatchPattern(hatch, id));
  const defs = clips.length + patterns.length > 0 ? `<defs>${[...clips, ...patterns].join('')}</defs>\n` : '';
  const mm = (px: number): string => coordinate((px / drawing.dpi) * mmPerInch);
  const axis = drawing.valueAxis === null ? '' : ` data-value-axis="${[drawing.valueAxis.min, drawing.valueAxis.max, drawing.valueAxis.step].join(' ')}"`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${mm(drawing.widthPx)}mm" height="${mm(drawing.heightPx)}mm" viewBox="0 0 ${drawing.widthPx} ${drawing.heightPx}" data-dpi="${drawing.dpi}"${axis} font-family="${documentFontFamily}">\n` +
    `${defs}<rect width="${drawing.widthPx}" height="${drawing.heightPx}" fill="#ffffff"/>\n${body}\n</svg>\n`
  );
}

/** A number as the SVG writes it and the reader reads it: rounded to the hundredth. */
const written = (n: number): number => Number(coordinate(n));

/** As `written`, for an attribute the reader requires to be a number. */
function writtenNumber(n: number, name: string, element: string): number {
  const value = written(n);
  if (!Number.isFinite(value)) throw new Error(`chart SVG: <${element}> ${name} is not a number`);
  return value;
}

/**
 * The drawing readChartSvg gives for writeChartSvg's bytes, without writing or reading them: numbers rounded as
 * written, hatches as their patterns give them back (one object per pattern), fonts, strokes and the value axis in
 * the fields the reader fills. test/render/charts/drawings.test.ts holds the two equal on every built-in paper's
 * charts and on generated drawings.
 */
export function drawingAsWritten(drawing: ChartDrawing): ChartDrawing {
  // In the reader's order, so a drawing it would refuse is refused with the same reason: the root, the patterns
  // (in the order marks first use them), then the marks.
  if (!Number.isFinite(drawing.dpi)) throw new Error('chart SVG: <svg> data-dpi is not a number');
  const hatches = new Map<string, HatchFill>();
  for (const mark of drawing.marks) {
    if (mark.kind !== 'path' || mark.fill === null || typeof mark.fill === 'string') continue;
    const key = hatchKey(mark.fill);
    if (!hatches.has(key)) {
      const { fill, style, spacingPx, strokePx } = mark.fill;
      hatches.set(key, hatchFill(fill, style, writtenNumber(spacingPx, 'width', 'pattern'), writtenNumber(strokePx, 'data-stroke-width', 'pattern')));
    }
  }
  const paint = (fill: Paint | null): Paint | null => (fill === null || fill === 'none' ? null : typeof fill === 'string' ? fill : (hatches.get(hatchKey(fill)) ?? null));
  const stroke = (style: StrokeStyle | null): StrokeStyle | null =>
    style === null || style.colour === 'none'
      ? null
      : { colour: style.colour, widthPx: writtenNumber(style.widthPx, 'stroke-width', 'path'), dash: style.dash.map(written), cap: style.cap, join: style.join };
  const marks = drawing.marks.map((mark): Mark => {
    if (mark.kind === 'path') return { kind: 'path', d: mark.d, fill: paint(mark.fill), stroke: stroke(mark.stroke), clip: mark.clip };
    const rotation = written(mark.rotation);
    return {
      kind: 'text',
      text: mark.text,
      x: writtenNumber(mark.x, 'x', 'text'),
      y: writtenNumber(mark.y, 'y', 'text'),
      font: { weight: mark.font.weight === 'bold' ? 'bold' : 'normal', sizePx: writtenNumber(mark.font.sizePx, 'font-size', 'text') },
      colour: mark.colour,
      rotation: Number.isFinite(rotation) ? rotation : 0,
      clip: mark.clip,
    };
  });
  const axis = drawing.valueAxis;
  // The axis is written as JavaScript writes each number, which keeps every finite one but the sign of a zero.
  const valueAxis = axis === null || ![axis.min, axis.max, axis.step].every(Number.isFinite) ? null : { min: axis.min + 0, max: axis.max + 0, step: axis.step + 0 };
  return { widthPx: drawing.widthPx + 0, heightPx: drawing.heightPx + 0, dpi: drawing.dpi + 0, clips: [...drawing.clips], marks, valueAxis };
}

// ---- reading back ----

type Attributes = Record<string, string>;

function attributesOf(text: string): Attributes {
  const attributes: Attributes = {};
  for (const match of text.matchAll(/([\w:-]+)="([^"]*)"/g)) attributes[match[1] ?? ''] = unescapeXml(match[2] ?? '');
  return attributes;
}

function need(attributes: Attributes, name: string, element: string): string {
  const value = attributes[name];
  if (value === undefined) throw new Error(`chart SVG: <${element}> has no ${name}`);
  return value;
}

function numberOf(attributes: Attributes, name: string, element: string): number {
  const value = Number(need(attributes, name, element));
  if (!Number.isFinite(value)) throw new Error(`chart SVG: <${element}> ${name} is not a number`);
  return value;
}

function clipOf(attributes: Attributes): number | null {
  const match = /^url\(#clip(\d+)\)$/.exec(attributes['clip-path'] ?? '');
  return match === null ? null : Number(match[1]);
}

function strokeOf(attributes: Attributes): StrokeStyle | null {
  const colour = attributes['stroke'];
  if (colour === undefined || colour === 'none') return null;
  const dash = (attributes['stroke-dasharray'] ?? '').split(/[\s,]+/).filter((s) => s !== '').map(Number);
  return {
    colour,
    widthPx: numberOf(attributes, 'stroke-width', 'path'),
    dash,
    cap: (attributes['stroke-linecap'] ?? 'butt') as StrokeStyle['cap'],
    join: (attributes['stroke-linejoin'] ?? 'miter') as StrokeStyle['join'],
  };
}

function valueAxisOf(text: string | undefined): ValueAxis | null {
  if (text === undefined) return null;
  const [min, max, step] = text.split(' ').map(Number);
  if (min === undefined || max === undefined || step === undefined || ![min, max, step].every(Number.isFinite)) return null;
  return { min, max, step };
}

/** The drawing back from SVG that writeChartSvg wrote; anything else is refused with the reason. */
export function readChartSvg(svg: Uint8Array | string): ChartDrawing {
  const text = typeof svg === 'string' ? svg : new TextDecoder().decode(svg);
  const root = /<svg\b([^>]*)>/.exec(text);
  if (root === null) throw new Error('chart SVG: no <svg> element');
  const rootAttributes = attributesOf(root[1] ?? '');
  const viewBox = need(rootAttributes, 'viewBox', 'svg').split(' ').map(Number);
  const drawing: ChartDrawing = {
    widthPx: viewBox[2] ?? 0,
    heightPx: viewBox[3] ?? 0,
    dpi: numberOf(rootAttributes, 'data-dpi', 'svg'),
    clips: [],
    marks: [],
    valueAxis: valueAxisOf(rootAttributes['data-value-axis']),
  };
  const hatches = new Map<string, HatchFill>();
  for (const match of text.matchAll(/<clipPath id="clip(\d+)"><path d="([^"]*)"\/><\/clipPath>/g)) drawing.clips[Number(match[1])] = match[2] ?? '';
  for (const match of text.matchAll(/<pattern\b([^>]*)>/g)) {
    const a = attributesOf(match[1] ?? '');
    const style = need(a, 'data-hatch', 'pattern');
    if (style !== 'diagonal' && style !== 'cross') throw new Error(`chart SVG: unknown hatch "${style}"`);
    hatches.set(need(a, 'id', 'pattern'), hatchFill(need(a, 'data-fill', 'pattern'), style, numberOf(a, 'width', 'pattern'), numberOf(a, 'data-stroke-width', 'pattern')));
  }
  const paintOf = (fill: string | undefined): Paint | null => {
    if (fill === undefined || fill === 'none') return null;
    const url = /^url\(#([\w-]+)\)$/.exec(fill);
    if (url === null) return fill;
    const hatch = hatches.get(url[1] ?? '');
    if (hatch === undefined) throw new Error(`chart SVG: fill ${fill} names no pattern`);
    return hatch;
  };
  const body = text.slice(text.indexOf('>', text.indexOf('</defs>') >= 0 ? text.indexOf('</defs>') : root.index) + 1);
  for (const match of body.matchAll(/<path\b([^>]*?)\/>|<text\b([^>]*)>([^<]*)<\/text>/g)) {
    if (match[1] !== undefined) {
      const a = attributesOf(match[1]);
      const mark: PathMark = { kind: 'path', d: need(a, 'd', 'path'), fill: paintOf(a['fill']), stroke: strokeOf(a), clip: clipOf(a) };
      drawing.marks.push(mark);
    } else {
      const a = attributesOf(match[2] ?? '');
      const rotation = /^rotate\((-?[\d.]+) /.exec(a['transform'] ?? '');
      const mark: TextMark = {
        kind: 'text',
        text: unescapeXml(match[3] ?? ''),
        x: numberOf(a, 'x', 'text'),
        y: numberOf(a, 'y', 'text'),
        font: { weight: (a['font-weight'] === 'bold' ? 'bold' : 'normal') satisfies FontWeight, sizePx: numberOf(a, 'font-size', 'text') },
        colour: need(a, 'fill', 'text'),
        rotation: rotation === null ? 0 : Number(rotation[1]),
        clip: clipOf(a),
      };
      drawing.marks.push(mark);
    }
  }
  return drawing;
}
