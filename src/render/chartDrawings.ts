// A chart's SVG read back into its drawing once per build, however many readers ask: the build draws each chart once
// and hands the same bytes to the DOCX (for its value axis) and to every PDF that shows it (to replay as vectors).
import { readChartSvg, type ChartDrawing } from './charts/index.js';

const drawings = new WeakMap<Uint8Array, ChartDrawing>();

/** The drawing in `svg`; the same object for the same bytes object. Readers must not change it. */
export function chartDrawingOf(svg: Uint8Array): ChartDrawing {
  let drawing = drawings.get(svg);
  if (drawing === undefined) {
    drawing = readChartSvg(svg);
    drawings.set(svg, drawing);
  }
  return drawing;
}
