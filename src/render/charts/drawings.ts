// A chart's drawing once per build, however many readers ask: the build draws each chart once and hands the same SVG
// bytes to the DOCX (for its value axis) and to every PDF that shows it (to replay as vectors). Bytes renderChart
// made come with their drawing as the SVG gives it back; any other bytes are read.
import { createHash } from 'node:crypto';
import { readChartSvg } from './chartSvg.js';
import type { ChartDrawing } from './drawing.js';

/** By bytes object, with a digest of the bytes: a caller's renderer that reuses one array for another chart is read afresh. */
const drawings = new WeakMap<Uint8Array, { digest: string; drawing: ChartDrawing }>();

const digestOf = (svg: Uint8Array): string => createHash('sha1').update(svg).digest('hex');

/** The drawing in `svg`; the same object for the same bytes. Readers must not change it. */
export function chartDrawingOf(svg: Uint8Array): ChartDrawing {
  const digest = digestOf(svg);
  const known = drawings.get(svg);
  if (known !== undefined && known.digest === digest) return known.drawing;
  const drawing = readChartSvg(svg);
  drawings.set(svg, { digest, drawing });
  return drawing;
}

/** Files `drawing` as what `svg` reads back as: the caller vouches for it (drawingAsWritten of what was written). */
export function rememberChartDrawing(svg: Uint8Array, drawing: ChartDrawing): void {
  drawings.set(svg, { digest: digestOf(svg), drawing });
}
