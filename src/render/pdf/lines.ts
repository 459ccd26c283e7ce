// Breaks styled runs into lines that fit a width (greedy, left-aligned), so every line's place is known before
// drawing: that is what lets paragraphs and table cells split across pages at any line.
import type { Link } from '../../model/types.js';
import type { FontFace } from './fonts.js';
import type { Run } from './inline.js';

export interface Fragment {
  text: string;
  face: FontFace;
  link: Link | null;
  /** Offset from the line's start. */
  x: number;
  width: number;
}

export interface Line {
  fragments: Fragment[];
  /** Ink width, without the trailing space kept for text extraction. */
  width: number;
}

export type Measure = (text: string, face: FontFace) => number;

interface Piece {
  text: string;
  face: FontFace;
  link: Link | null;
  space: boolean;
}

function piecesOf(runs: readonly Run[]): (Piece | 'break')[] {
  const pieces: (Piece | 'break')[] = [];
  for (const run of runs) {
    if (run.kind === 'break') {
      pieces.push('break');
      continue;
    }
    // Break at ordinary white space only: a no-break space (often pasted from Word) keeps "10,000 children" together.
    for (const token of run.text.split(/([^\S\u00A0\u202F]+)/u)) {
      if (token === '') continue;
      const space = /^[^\S\u00A0\u202F]+$/u.test(token);
      pieces.push({ text: space ? ' ' : token, face: run.face, link: run.link, space });
    }
  }
  return pieces;
}

/**
 * How many of `chars` (from `start`) fit in `width`: glyph advances summed one by one (each character measured once,
 * and cached by the caller's measure), then the run measured as a whole and shortened while kerning makes it wider.
 * Linear in the text's length, where re-measuring a growing prefix would be quadratic. At least one character.
 */
export function charsThatFit(chars: readonly string[], start: number, width: number, measureChar: (text: string) => number): number {
  let end = start;
  let sum = 0;
  while (end < chars.length) {
    const advance = measureChar(chars[end] as string);
    if (end > start && sum + advance > width) break;
    sum += advance;
    end += 1;
  }
  while (end - start > 1 && measureChar(chars.slice(start, end).join('')) > width) end -= 1;
  return end - start;
}

/** Splits a word wider than the line (a long URL or reference, or a pasted run with no spaces) into pieces that fit. */
function splitLongWord(piece: Piece, width: number, measure: Measure): Piece[] {
  const chars = [...piece.text];
  const parts: Piece[] = [];
  const measureChar = (text: string): number => measure(text, piece.face);
  for (let start = 0; start < chars.length; ) {
    const count = charsThatFit(chars, start, width, measureChar);
    parts.push({ ...piece, text: chars.slice(start, start + count).join('') });
    start += count;
  }
  return parts;
}

class LineBuilder {
  readonly lines: Line[] = [];
  private fragments: Fragment[] = [];
  private x = 0;
  private inkWidth = 0;

  get isEmpty(): boolean {
    return this.fragments.length === 0;
  }

  get position(): number {
    return this.x;
  }

  add(piece: Piece, width: number): void {
    const last = this.fragments[this.fragments.length - 1];
    if (last !== undefined && last.face === piece.face && last.link === piece.link) {
      last.text += piece.text;
      last.width += width;
    } else {
      this.fragments.push({ text: piece.text, face: piece.face, link: piece.link, x: this.x, width });
    }
    this.x += width;
    if (!piece.space) this.inkWidth = this.x;
  }

  finish(): void {
    this.lines.push({ fragments: this.fragments, width: this.inkWidth });
    this.fragments = [];
    this.x = 0;
    this.inkWidth = 0;
  }
}

export function breakLines(runs: readonly Run[], width: number, measure: Measure): Line[] {
  const builder = new LineBuilder();
  for (const piece of piecesOf(runs)) {
    if (piece === 'break') {
      builder.finish();
      continue;
    }
    if (piece.space) {
      if (!builder.isEmpty) builder.add(piece, measure(' ', piece.face));
      continue;
    }
    const pieceWidth = measure(piece.text, piece.face);
    if (builder.position + pieceWidth > width && !builder.isEmpty) builder.finish();
    if (pieceWidth > width) {
      const parts = splitLongWord(piece, width, measure);
      parts.forEach((part, i) => {
        if (i > 0) builder.finish();
        builder.add(part, measure(part.text, part.face));
      });
      continue;
    }
    builder.add(piece, pieceWidth);
  }
  if (!builder.isEmpty || builder.lines.length === 0) builder.finish();
  return builder.lines;
}
