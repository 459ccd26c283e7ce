// Text far longer than a paper can sensibly print: warned at its cell, then printed in full (nothing is cut).
import type { Where } from '../diagnostics.js';
import type { Findings } from './place.js';

/** A title longer than this crowds headings, tables and running heads; the seed papers' longest is about 90. */
export const TITLE_LIMIT = 250;
/** One commentary cell longer than this runs to pages in every paper that prints it. */
export const COMMENTARY_LIMIT = 10_000;

const counted = (n: number): string => n.toLocaleString('en-GB');

/** Warns when an indicator's title is longer than TITLE_LIMIT characters. */
export function checkTitleLength(id: string, title: string | null, where: Where, findings: Findings): void {
  if (title === null || title.length <= TITLE_LIMIT) return;
  findings.warning(
    'long-title',
    `the title of ${id} is ${counted(title.length)} characters long; a title over ${TITLE_LIMIT} crowds the papers' headings and tables, so shorten it (the papers print it in full)`,
    where,
  );
}

/** Warns when one commentary cell is longer than COMMENTARY_LIMIT characters. */
export function checkCommentaryLength(id: string, section: string, text: string, where: Where, findings: Findings): void {
  if (text.length <= COMMENTARY_LIMIT) return;
  findings.warning(
    'long-commentary',
    `the ${section} commentary for ${id} is ${counted(text.length)} characters long; over ${counted(COMMENTARY_LIMIT)} runs to pages in every paper that prints it, so check it is the text meant for the paper (it is printed in full)`,
    where,
  );
}
