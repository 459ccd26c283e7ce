// The paper catalogue: every paper type boardpack builds, declared once (template, file name, meeting, options).
// Light on purpose: the CLI's help and its checks read it without loading any renderer.

/** The paper types, in the order `--paper all` builds them. */
export const PAPER_TYPES = ['cabinet', 'scrutiny', 'summary', 'exceptions'] as const;
export type PaperType = (typeof PAPER_TYPES)[number];

/** What `--paper` takes besides the paper types: every one of them. */
export const ALL_PAPERS = 'all';

export interface PaperKind {
  type: PaperType;
  /** The template's name (`templates/<template>.md.hbs`; a council's templates folder may replace it). */
  template: string;
  /** What a clerk calls it, for help and messages. */
  title: string;
  /** One paper a build, or one per exception (an indicator red for the board's number of quarters). */
  per: 'build' | 'exception';
  /**
   * The `meetings.<key>` entries of the config the paper goes to, the first one given wins; none given, `meeting`.
   * The summary paper goes to the cabinet's meeting unless the config gives it its own.
   */
  meetings: readonly PaperType[];
  /** Options a paper takes in the config, by name, with what they do (for help and the config's checks). */
  options: Readonly<Record<string, string>>;
}

const CHARTS_OPTION = { charts: 'which indicators get a trend chart: all, red (red or in exception) or none (config charts:, default all for the cabinet paper, red for the summary, none for the scrutiny pack)' } as const;

export const PAPERS: Readonly<Record<PaperType, PaperKind>> = {
  cabinet: { type: 'cabinet', template: 'cabinet-paper', title: 'cabinet paper', per: 'build', meetings: ['cabinet'], options: CHARTS_OPTION },
  scrutiny: { type: 'scrutiny', template: 'scrutiny-pack', title: 'scrutiny pack', per: 'build', meetings: ['scrutiny'], options: CHARTS_OPTION },
  summary: { type: 'summary', template: 'performance-summary', title: 'performance summary', per: 'build', meetings: ['summary', 'cabinet'], options: CHARTS_OPTION },
  exceptions: { type: 'exceptions', template: 'exception-report', title: 'LSP exception reports', per: 'exception', meetings: ['exceptions'], options: {} },
};

export const isPaperType = (name: string): name is PaperType => (PAPER_TYPES as readonly string[]).includes(name);

/** `--paper`'s help: the paper types, all, or any template by name. */
export const PAPERS_HELP = `${PAPER_TYPES.join(', ')}, ${ALL_PAPERS}, or the name of any template in the templates folder`;

/** A name from the data (an indicator ID such as `CYP/03`) made safe as part of a file name: no folders, no dots first. */
export function fileSafe(text: string): string {
  const safe = text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '').replace(/-+$/, '');
  return safe === '' ? 'indicator' : safe;
}

/**
 * A paper's file name without its extension: `<template>-<period>` (`cabinet-paper-2016-17-Q3`), and for a paper per
 * exception `<template>-<indicator>-<period>` (`exception-report-NI68-2016-17-Q3`). `periodSlug` is the period as a
 * file name gives it.
 */
export function paperFileStem(template: string, periodSlug: string, indicatorId: string | null = null): string {
  return indicatorId === null ? `${fileSafe(template)}-${periodSlug}` : `${fileSafe(template)}-${fileSafe(indicatorId)}-${periodSlug}`;
}

/** Matches the file names of one paper type's papers for a period (`exception-report-*-2016-17-Q3.pdf`). */
export function paperFilePattern(type: PaperType, periodSlug: string): RegExp {
  const kind = PAPERS[type];
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const middle = kind.per === 'exception' ? '-.+' : '';
  return new RegExp(`^${escape(fileSafe(kind.template))}${middle}-${escape(periodSlug)}\\.(docx|pdf)$`);
}

/** The papers a list of `--paper` names asks for, in the order given, `all` expanded in the catalogue's order, each once. */
export function expandPapers(names: readonly string[]): string[] {
  return [...new Set(names.flatMap((n) => (n === ALL_PAPERS ? [...PAPER_TYPES] : [n])))];
}

/** How many papers (not files) a build makes: one per paper type or template asked for, one per exception. */
export function paperCount(names: readonly string[], exceptions: number): number {
  return expandPapers(names).reduce((n, name) => n + (isPaperType(name) && PAPERS[name].per === 'exception' ? exceptions : 1), 0);
}

/** The meeting details a paper type goes to: the first of its `meetings` the config gives, else none (the main meeting). */
export function meetingOf<M>(type: PaperType, meetings: Partial<Record<PaperType, M>>): M | undefined {
  for (const key of PAPERS[type].meetings) {
    const meeting = meetings[key];
    if (meeting !== undefined) return meeting;
  }
  return undefined;
}
