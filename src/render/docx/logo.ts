// The council's logo at the top of the front sheet: a picture in line, right-aligned, sized as the PDF sizes it
// (model/logo.ts), with its alt text.

import { readFileSync } from 'node:fs';
import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { logoSizeMm } from '../../model/logo.js';
import type { HouseStyle } from '../../model/types.js';
import type { RenderContext } from './context.js';
import { mmToPixels } from './page.js';
import { runText } from './text.js';

/** Width and height in pixels from a PNG's IHDR or a JPEG's start-of-frame; null when neither can be read. */
export function pictureSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && bytes[0] === 0x89 && bytes[1] === 0x50) return { width: view.getUint32(16), height: view.getUint32(20) };
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    const length = view.getUint16(at + 2);
    // SOF0-SOF15, except DHT (C4), JPG (C8) and DAC (CC), carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { width: view.getUint16(at + 7), height: view.getUint16(at + 5) };
    }
    at += 2 + length;
  }
  return null;
}

export function logoParagraph(style: HouseStyle, ctx: RenderContext): Paragraph[] {
  if (style.logo === null) return [];
  const data = readFileSync(style.logo.file);
  const size = pictureSize(data);
  const { widthMm, heightMm } = logoSizeMm(style.logo, size?.width ?? 0, size?.height ?? 0);
  const width = mmToPixels(widthMm);
  const height = mmToPixels(heightMm);
  const type = data[0] === 0x89 ? 'png' : 'jpg';
  const id = ctx.nextDrawingId();
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { after: 240 },
      children: [
        new ImageRun({
          type,
          data,
          transformation: { width, height },
          altText: { id: String(id), name: 'Council logo', title: runText(style.logo.alt), description: runText(style.logo.alt) },
        }),
      ],
    }),
  ];
}
