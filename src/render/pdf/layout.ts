// The page and type: A4, 2 cm margins, Liberation Sans 11 pt, spacing in points; colours with their contrast reasons.
import type { Status } from '../../model/types.js';
import { ragPalette } from '../charts/palette.js';

const MM = 72 / 25.4;
export const mmToPt = (mm: number): number => mm * MM;

export const PAGE = {
  size: 'A4' as const,
  width: 595.28,
  height: 841.89,
  margin: { top: mmToPt(22), bottom: mmToPt(22), left: mmToPt(20), right: mmToPt(20) },
  /** Baselines of the running header and footer, inside the top and bottom margins. */
  headerY: mmToPt(10),
  footerY: 841.89 - mmToPt(14),
};

export interface TextStyle {
  size: number;
  lineHeight: number;
}

export const BODY: TextStyle = { size: 11, lineHeight: 14.5 };
export const SMALL: TextStyle = { size: 9, lineHeight: 11.5 };
export const TABLE_TEXT: TextStyle = { size: 9.5, lineHeight: 12 };

export const HEADING: Record<1 | 2 | 3, TextStyle & { spaceBefore: number; spaceAfter: number }> = {
  1: { size: 16, lineHeight: 20, spaceBefore: 16, spaceAfter: 8 },
  2: { size: 13, lineHeight: 17, spaceBefore: 14, spaceAfter: 6 },
  3: { size: 11.5, lineHeight: 15, spaceBefore: 10, spaceAfter: 4 },
};

export const SPACING = {
  paragraphAfter: 8,
  /** Between paragraphs inside a list item or box, where full spacing looks loose. */
  compactAfter: 3,
  /** The hanging column that holds paragraph numbers ("3.2"). */
  numberColumn: 36,
  listIndent: 18,
  boxPadding: 9,
  cellPadding: 4,
  /** Lines of what follows a heading that must fit on its page, or the heading moves on. */
  keepWithNextLines: 3,
  /** Fewest lines of a paragraph left alone at the foot of a page. */
  orphanLines: 2,
};

export const COLOUR = {
  text: '#0b0c0c',
  secondary: '#505a5f',
  link: '#1d70b8',
  rule: '#b1b4b6',
  headerFill: '#f3f2f1',
  keyFill: '#f3f2f1',
  boxBorder: '#0b0c0c',
  white: '#ffffff',
};

/** RAG fills: the charts' palette, so a table's amber is the chart's amber; white bold text on each reaches 4.5:1. */
export const RAG_FILL: Record<Status, string> = { red: ragPalette.red, amber: ragPalette.amber, green: ragPalette.green };
