// RAG cell colours: the charts' palette (one amber everywhere), as Word wants them, with white text (≥ 4.5:1, tested).

import type { Status } from '../../model/types.js';
import { ragPalette } from '../charts/palette.js';

export interface RagShading {
  /** Cell fill, hex without '#'. */
  fill: string;
  /** Text colour on that fill. */
  text: string;
}

const wordHex = (hex: string): string => hex.slice(1).toUpperCase();

export const ragShading: Record<Status, RagShading> = {
  red: { fill: wordHex(ragPalette.red), text: 'FFFFFF' },
  amber: { fill: wordHex(ragPalette.amber), text: 'FFFFFF' },
  green: { fill: wordHex(ragPalette.green), text: 'FFFFFF' },
};
