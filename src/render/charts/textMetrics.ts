// Widths and heights of chart text in the document font, measured with fontkit as pdfkit measures what it draws.

import { openSync, type Font } from 'fontkit';
import { useKerningLayout, type ShapingFont } from '../wordLayout.js';
import { documentFontFiles } from './fonts.js';

export type FontWeight = 'normal' | 'bold';

/** A font as canvas and Chart.js write it ("bold 22.22px \"Liberation Sans\""), reduced to what we draw with. */
export interface ChartFont {
  weight: FontWeight;
  sizePx: number;
}

let faces: Record<FontWeight, Font> | null = null;

function documentFaces(): Record<FontWeight, Font> {
  if (faces === null) {
    const files = documentFontFiles();
    const open = (weight: FontWeight): Font => {
      const file = files.find((f) => f.weight === weight);
      if (file === undefined) throw new Error(`render/charts: no ${weight} document font file`);
      const face = openSync(file.path);
      useKerningLayout(face as unknown as ShapingFont);
      return face;
    };
    faces = { normal: open('normal'), bold: open('bold') };
  }
  return faces;
}

const cssFont = /^\s*((?:[\w-]+\s+)*?)([\d.]+)px\b/;

/**
 * Reads a canvas font string (style, weight, size, family: "normal bold 25px \"Liberation Sans\""); a weight of 600 or
 * more is bold. Anything without a pixel size is an error in our options.
 */
export function parseChartFont(font: string): ChartFont {
  const match = cssFont.exec(font);
  if (match === null) throw new Error(`render/charts: cannot read the font "${font}"`);
  const words = (match[1] ?? '').trim().split(/\s+/);
  const bold = words.some((w) => w === 'bold' || w === 'bolder' || (/^\d+$/.test(w) && Number(w) >= 600));
  return { weight: bold ? 'bold' : 'normal', sizePx: Number(match[2]) };
}

/** Advance widths in font units per 1 em, cached: Chart.js measures the same tick labels many times. */
const widths = new Map<string, number>();

/** The width of `text` set in the document font, kerning included, in the font's pixels. */
export function textWidthPx(text: string, font: ChartFont): number {
  const key = `${font.weight}\u0000${text}`;
  let emWidth = widths.get(key);
  if (emWidth === undefined) {
    const face = documentFaces()[font.weight];
    emWidth = face.layout(text).advanceWidth / face.unitsPerEm;
    if (widths.size > 50_000) widths.clear();
    widths.set(key, emWidth);
  }
  return emWidth * font.sizePx;
}

const vertical = new Map<FontWeight, { ascent: number; descent: number }>();

/** Ascent and descent (both positive) as fractions of the em, as canvas uses them to place a text baseline. */
export function verticalMetrics(weight: FontWeight): { ascent: number; descent: number } {
  let metrics = vertical.get(weight);
  if (metrics === undefined) {
    const face = documentFaces()[weight];
    metrics = { ascent: face.ascent / face.unitsPerEm, descent: Math.abs(face.descent) / face.unitsPerEm };
    vertical.set(weight, metrics);
  }
  return metrics;
}
