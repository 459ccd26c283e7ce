// Canvas colours (hex, rgb(), rgba(), with globalAlpha) as opaque #rrggbb over the white page, and hatch fills.

import type { HatchFill, Paint } from './drawing.js';
import { inkPalette, type SeriesStyle } from './palette.js';

const hex2 = (n: number): string => Math.round(Math.min(255, Math.max(0, n))).toString(16).padStart(2, '0');

function channels(colour: string): { rgb: [number, number, number]; alpha: number } | null {
  const text = colour.trim().toLowerCase();
  if (text === 'transparent') return { rgb: [0, 0, 0], alpha: 0 };
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/.exec(text);
  if (long !== null) {
    const [r, g, b, a] = long.slice(1).map((h) => (h === undefined ? undefined : Number.parseInt(h, 16)));
    return { rgb: [r ?? 0, g ?? 0, b ?? 0], alpha: a === undefined ? 1 : a / 255 };
  }
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(text);
  if (short !== null) {
    const [r, g, b] = short.slice(1).map((h) => Number.parseInt(`${h}${h}`, 16));
    return { rgb: [r ?? 0, g ?? 0, b ?? 0], alpha: 1 };
  }
  const functional = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(text);
  if (functional !== null) {
    const alphaText = functional[4];
    const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number.parseFloat(alphaText) / 100 : Number(alphaText);
    return { rgb: [Number(functional[1]), Number(functional[2]), Number(functional[3])], alpha };
  }
  return null;
}

/** The page's white as channels, read once. */
let white: readonly number[] | null = null;

/** Colours already read, by globalAlpha then colour: a chart sets the same few colours hundreds of times. */
const opaqueColours = new Map<number, Map<string, string | null>>();

/**
 * `#rrggbb` for a colour as it prints on white, or null when it prints nothing. Part-transparent colours are mixed
 * with white here, so neither the PDF nor the SVG needs transparency.
 */
export function opaqueColour(colour: string, globalAlpha = 1): string | null {
  let byColour = opaqueColours.get(globalAlpha);
  if (byColour === undefined) {
    if (opaqueColours.size > 100) opaqueColours.clear();
    byColour = new Map();
    opaqueColours.set(globalAlpha, byColour);
  }
  const known = byColour.get(colour);
  if (known !== undefined) return known;
  const parsed = channels(colour);
  if (parsed === null) throw new Error(`render/charts: cannot read the colour "${colour}"`);
  const alpha = parsed.alpha * globalAlpha;
  white ??= channels(inkPalette.background)?.rgb ?? [255, 255, 255];
  const page = white;
  const opaque = alpha <= 0 ? null : `#${parsed.rgb.map((c, i) => hex2(c * alpha + (page[i] ?? 255) * (1 - alpha))).join('')}`;
  if (byColour.size > 1000) byColour.clear();
  byColour.set(colour, opaque);
  return opaque;
}

/** Chart.js passes patterns through untouched when they say they are one. */
const canvasPatternTag = '[object CanvasPattern]';

/** A hatch fill that Chart.js accepts as a backgroundColor (it checks toString for a pattern). */
export function hatchFill(fill: string, style: HatchFill['style'], spacingPx: number, strokePx: number): HatchFill {
  const hatch: HatchFill = { type: 'hatch', fill, style, spacingPx, strokePx };
  Object.defineProperty(hatch, 'toString', { value: () => canvasPatternTag, enumerable: false });
  return hatch;
}

/** A comparison series' hatch, as the recording surface makes it (for Chart.js and the direct layout alike). */
export function seriesHatchFill(style: SeriesStyle, spacingPx: number, strokePx: number): HatchFill {
  return hatchFill(style.fill, style.hatch === 'cross' ? 'cross' : 'diagonal', spacingPx, strokePx);
}

export function isHatchFill(value: unknown): value is HatchFill {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'hatch';
}

/** A canvas fill or stroke style as a Paint, or null for one that prints nothing. */
export function toPaint(style: unknown, globalAlpha: number): Paint | null {
  if (isHatchFill(style)) return style;
  if (typeof style === 'string') return opaqueColour(style, globalAlpha);
  throw new Error('render/charts: a chart used a gradient or image fill, which charts do not draw');
}
