// The council's logo at the top of the front sheet (first page): a Figure with its alt text, right-aligned above the
// title, the text starting below it; sized as the DOCX sizes it (model/logo.ts).
import { readFileSync, statSync } from 'node:fs';
import { logoSizeMm } from '../../model/logo.js';
import type { HouseStyle } from '../../model/types.js';
import type { RenderContext, StructNode } from './context.js';
import { mmToPt, SPACING } from './layout.js';

interface OpenedImage {
  width: number;
  height: number;
}

/** Read once per file and version (a long `run` may see the council replace its logo between jobs). */
const bytesCache = new Map<string, Buffer>();

function logoBytes(file: string): Buffer {
  try {
    const { size, mtimeMs } = statSync(file);
    const key = `${file}\u0000${size}\u0000${mtimeMs}`;
    let bytes = bytesCache.get(key);
    if (bytes === undefined) {
      bytes = readFileSync(file);
      if (bytesCache.size > 16) bytesCache.clear();
      bytesCache.set(key, bytes);
    }
    return bytes;
  } catch (cause) {
    throw new Error(`render/pdf: the house style's logo ${file} cannot be read: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export function drawLogo(ctx: RenderContext, logo: HouseStyle['logo'], parent: StructNode): void {
  if (logo === null) return;
  // pdfkit opens an image once per document (its typings omit openImage); the size comes from the file's header.
  const image = (ctx.pdf as unknown as { openImage(src: Buffer): OpenedImage }).openImage(logoBytes(logo.file));
  const size = logoSizeMm(logo, image.width, image.height);
  const width = mmToPt(size.widthMm);
  const height = mmToPt(size.heightMm);
  const x = ctx.frame.left + ctx.frame.width - width;
  const y = ctx.y;
  const element = ctx.struct('Figure', parent, { alt: logo.alt, bbox: [x, y, x + width, y + height] });
  ctx.content(element);
  ctx.pdf.image(image as unknown as Buffer, x, y, { width, height });
  ctx.closeContent();
  element.el.end();
  ctx.y += height + SPACING.paragraphAfter;
}
