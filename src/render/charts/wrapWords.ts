// Breaks text into lines at spaces, for chart titles and axis labels that Chart.js would otherwise clip.

const ELLIPSIS = '\u2026';

export interface WrapOptions {
  /** Past this many lines the last line ends in an ellipsis (a chart title pasted as a paragraph). */
  maxLines?: number;
  /** Cut a word longer than a line into line-long pieces; otherwise it keeps a line to itself. */
  breakLongWords?: boolean;
}

/**
 * Lines of at most `maxChars` characters, broken at spaces where the words allow. Titles cut long words and stop
 * at a few lines: the full text is in the figure's caption and alt text. Linear in the text's length.
 */
export function wrapWords(text: string, maxChars: number, options: WrapOptions = {}): string[] {
  const maxLines = options.maxLines ?? Number.POSITIVE_INFINITY;
  const width = Math.max(1, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  let cut = false;
  for (const whole of text.split(/\s+/).filter((w) => w !== '')) {
    const chars = [...whole];
    const pieces = chars.length <= width || options.breakLongWords !== true ? [whole] : Array.from({ length: Math.ceil(chars.length / width) }, (_, i) => chars.slice(i * width, (i + 1) * width).join(''));
    for (const word of pieces) {
      if (line !== '' && [...line].length + 1 + [...word].length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line === '' ? word : `${line} ${word}`;
      }
      if (lines.length >= maxLines) {
        cut = true;
        break;
      }
    }
    if (cut) break;
  }
  if (!cut && line !== '') lines.push(line);
  if (cut) {
    const kept = lines.slice(0, maxLines);
    const last = [...(kept[kept.length - 1] ?? '')];
    kept[kept.length - 1] = `${last.slice(0, Math.max(0, width - 1)).join('').trimEnd()}${ELLIPSIS}`;
    return kept;
  }
  return lines.length === 0 ? [''] : lines;
}
