// A chart's SVG read back into its drawing once per build, however many readers ask: the build draws each chart once
// and hands the same bytes to the DOCX (for its value axis) and to every PDF that shows it (to replay as vectors).
import { createHash } from 'node:crypto';
import { readChartSvg, type ChartDrawing } from './charts/index.js';

/** By bytes object, with a digest of the bytes: a caller's renderer that reuses one array for another chart is read afresh. */
const drawings = new WeakMap<Uint8Array, { digest: string; drawing: ChartDrawing }>();

/** The drawing in `svg`; the same object for the same bytes. Readers must not change it. */
export function chartDrawingOf(svg: Uint8Array): ChartDrawing {
  const digest = createHash('sha1').update(svg).digest('hex');
  const known = drawings.get(svg);
  if (known !== undefined && known.digest === digest) return known.drawing;
  const drawing = readChartSvg(svg);
  drawings.set(svg, { digest, drawing });
  return drawing;
}
