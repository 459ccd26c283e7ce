// Options every chart kind shares: fixed pixel ratio, no animation, the title and legend in the document's type.

import { documentFontFamily } from './fonts.js';
import { inkPalette } from './palette.js';
import type { ChartTheme } from './theme.js';
import { wrapWords } from './wrapWords.js';

/** Chart.js font options at one of the theme's sizes. */
export function chartFont(sizePx: number, weight: 'normal' | 'bold' = 'normal'): { family: string; size: number; weight: 'normal' | 'bold' } {
  return { family: `"${documentFontFamily}"`, size: sizePx, weight };
}

// Bold Liberation Sans averages about 0.6 em a character in English titles; a little under keeps lines inside.
const boldEmPerCharacter = 0.62;

/** How many title characters fit across the chart, for wrapping; Chart.js clips a title that is too long. */
export function titleCharsPerLine(theme: ChartTheme, widthPx: number): number {
  return Math.max(12, Math.floor((widthPx - theme.paddingPx * 1.5) / (theme.titlePx * boldEmPerCharacter)));
}

/** A chart title runs to three lines at most; a longer one is cut with an ellipsis (the caption has it whole). */
export const MAX_TITLE_LINES = 3;

/** The title as the lines it is set in. */
export function titleLines(title: string, theme: ChartTheme, widthPx: number): string[] {
  return wrapWords(title, titleCharsPerLine(theme, widthPx), { maxLines: MAX_TITLE_LINES, breakLongWords: true });
}

/**
 * devicePixelRatio 1: the canvas is already sized in print pixels, and a ratio taken from the host would change the
 * bytes. No animation and no responsiveness, so one synchronous draw is the whole render.
 */
export function sharedOptions(theme: ChartTheme, title: string, widthPx: number) {
  return {
    devicePixelRatio: 1,
    animation: false as const,
    responsive: false,
    maintainAspectRatio: false,
    events: [],
    layout: { padding: { top: theme.paddingPx / 2, right: theme.paddingPx, bottom: theme.paddingPx / 2, left: theme.paddingPx / 2 } },
    plugins: {
      title: {
        display: title.trim() !== '',
        text: titleLines(title, theme, widthPx),
        align: 'start' as const,
        color: inkPalette.text,
        font: chartFont(theme.titlePx, 'bold'),
        padding: { top: 0, bottom: theme.labelGapPx },
      },
      legend: {
        display: true,
        position: 'top' as const,
        align: 'start' as const,
        labels: {
          color: inkPalette.text,
          font: chartFont(theme.textPx),
          usePointStyle: true,
          padding: theme.textPx,
          // Legend markers a little smaller than the text's height, so a circle does not outweigh the words.
          boxHeight: theme.textPx * 0.7,
          boxWidth: theme.textPx * 0.7,
        },
      },
      tooltip: { enabled: false },
    },
  };
}

/** Axis ticks and gridlines in the document's type and greys. */
export function axisStyle(theme: ChartTheme) {
  return {
    border: { color: inkPalette.axis, width: theme.hairlinePx },
    grid: { color: inkPalette.gridline, lineWidth: theme.hairlinePx, tickLength: theme.labelGapPx },
    ticks: { color: inkPalette.text, font: chartFont(theme.textPx), padding: theme.labelGapPx / 2 },
  };
}
