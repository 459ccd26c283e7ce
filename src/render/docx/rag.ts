// RAG cell colours (GOV.UK palette) and the contrast check that keeps their text readable (WCAG 2.x, ≥ 4.5:1).

import type { Status } from '../../model/types.js';

export interface RagShading {
  /** Cell fill, hex without '#'. */
  fill: string;
  /** Text colour on that fill. */
  text: string;
}

export const ragShading: Record<Status, RagShading> = {
  red: { fill: 'D4351C', text: 'FFFFFF' },
  amber: { fill: 'B35C00', text: 'FFFFFF' },
  green: { fill: '00703C', text: 'FFFFFF' },
};

function channel(value: number): number {
  const s = value / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a hex colour such as "D4351C". */
export function relativeLuminance(hex: string): number {
  if (!/^[0-9a-f]{6}$/i.test(hex)) throw new Error(`"${hex}" is not a six-digit hex colour`);
  const [r, g, b] = [0, 2, 4].map((at) => channel(parseInt(hex.slice(at, at + 2), 16))) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(foreground: string, background: string): number {
  const [light, dark] = [relativeLuminance(foreground), relativeLuminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
