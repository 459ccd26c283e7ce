// How a figure's chart goes into the DOCX: natively where Word has a form for its kind, else as the shared drawing.

import type { ChartSpec, Figure } from '../../model/types.js';
import type { ChartRenderer, ValueAxis } from '../charts/index.js';
import type { NativeChart } from './charts/index.js';
import type { FigureChart } from './context.js';

export interface FigureChartTools {
  /** The shared drawing (SVG), drawn once per build for both formats; a caller's renderer may give a PNG instead. */
  draw: ChartRenderer;
  native: (spec: ChartSpec, scale: ValueAxis | null) => NativeChart | null;
  /** A PNG of the chart, for readers that cannot show the SVG of a kind with no native form. */
  picture: (spec: ChartSpec, size: { widthMm: number; heightMm: number }) => Promise<Uint8Array>;
  readAxis: (svg: Uint8Array) => ValueAxis | null;
}

const isPng = (bytes: Uint8Array): boolean => bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;

/**
 * A native chart on the value axis the shared drawing laid out (so Word's axis matches the PDF's); for a kind with no
 * native form, that drawing as SVG with a PNG beside it.
 */
export async function prepareFigureChart(figure: Figure, tools: FigureChartTools): Promise<FigureChart> {
  const size = { widthMm: figure.widthMm, heightMm: figure.heightMm };
  const drawn = await tools.draw(figure.chart, size);
  const picture = isPng(drawn);
  const native = tools.native(figure.chart, picture ? null : tools.readAxis(drawn));
  if (native !== null) return { kind: 'native', chart: native };
  return picture ? { kind: 'png', png: drawn } : { kind: 'svg', svg: drawn, png: await tools.picture(figure.chart, size) };
}
