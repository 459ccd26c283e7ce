// Tables a scrutiny pack is made of: comparisons with other areas, achievements and priorities, direction of travel.
import type { IndicatorAnalysis, QuarterResult } from '../../analyse/types.js';
import type { FinancialQuarter } from '../../period.js';
import { directionArrow, directionLabel, formatValue, listInWords, ragSentence } from '../../narrate/index.js';
import { commentaryFor } from './commentary-sections.js';
import { describe, HelperError, stringArgument, type BoardpackHelper } from './define.js';
import { indicatorArgument, isIndicatorAnalysis } from './indicators.js';

/** Quarters a comparison table shows at most: two years, as the comparison chart does. */
export const COMPARISON_QUARTERS = 8;

const COMPARATORS = [
  ['statisticalNeighbours', 'Statistical neighbours'],
  ['england', 'England'],
  ['region', 'Region'],
] as const;

export interface ComparisonTable {
  /** Our column first (named after the council), then each comparator with any figure. */
  columns: string[];
  /** One row per quarter held, oldest first; cells already formatted in the indicator's unit. */
  rows: { period: FinancialQuarter; values: string[] }[];
}

/**
 * Our value against statistical neighbours, England and the region in each recent quarter holding any comparator
 * (as seed 001 tabulates referrals for Shropshire, SN and England), a quarter to a row so it fits a portrait page;
 * null when no quarter holds one.
 */
export function comparisonTable(a: IndicatorAnalysis, ourName: string): ComparisonTable | null {
  const held = a.history.filter((q) => COMPARATORS.some(([key]) => q[key] !== null)).slice(-COMPARISON_QUARTERS);
  if (held.length === 0) return null;
  const cell = (v: number | null): string => formatValue(v, a.unit, a.decimals, a.indicator.ratePer);
  const comparators = COMPARATORS.filter(([key]) => held.some((q) => q[key] !== null));
  const picks: ((q: QuarterResult) => number | null)[] = [(q) => q.value, ...comparators.map(([key]) => (q: QuarterResult) => q[key])];
  return {
    columns: [ourName, ...comparators.map(([, name]) => name)],
    rows: held.map((q) => ({ period: q.period, values: picks.map((pick) => cell(pick(q))) })),
  };
}

/**
 * `▲ Improving`, and for an indicator with no better direction the plain movement (`▲ Up`, `▼ Down`), so a
 * count that rose is not shown as "Not known"; `– Not known` only without both figures.
 */
export function directionOfTravelText(a: IndicatorAnalysis): string {
  if (a.direction !== null) return `${directionArrow(a.direction)} ${directionLabel(a.direction)}`;
  const shown = (v: number | null): string => formatValue(v, a.unit, a.decimals, a.indicator.ratePer);
  const compared = a.comparedWith.value;
  if (a.value === null || compared === null) return `${directionArrow(null)} ${directionLabel(null)}`;
  if (shown(a.value) === shown(compared)) return `${directionArrow('unchanged')} ${directionLabel('unchanged')}`;
  return a.value > compared ? '▲ Up' : '▼ Down';
}

/** Officers' items from commentary: each bullet, or each paragraph, is one item. */
function items(text: string): string[] {
  return text
    .split(/\n\s*\n|\n(?=\s*[-*•]\s)/)
    .map((t) => t.replace(/^\s*[-*•]\s+/, '').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
}

/** "NI65 Re-referrals ...: 21.5%, green and improving." */
function achievement(a: IndicatorAnalysis): string {
  return `${a.id} ${a.title}: ${formatValue(a.value, a.unit, a.decimals, a.indicator.ratePer)}, green and improving.`;
}

/** "IA01 Initial assessments ...: 60.4%. This is rated red for the fourth consecutive quarter." */
function priority(a: IndicatorAnalysis): string {
  return `${a.id} ${a.title}: ${formatValue(a.value, a.unit, a.decimals, a.indicator.ratePer)}. ${ragSentence(a)}`;
}

export interface AchievementsAndPriorities {
  achievements: string[];
  priorities: string[];
  /** Paired for a two-column table; the shorter column is padded with empty text. */
  rows: { achievement: string; priority: string }[];
}

/**
 * Achievements and priorities: from officers' `achievements`/`priorities` commentary where any is given (each column
 * on its own), otherwise generated — improving greens as achievements, reds as priorities.
 */
export function achievementsAndPriorities(indicators: readonly IndicatorAnalysis[]): AchievementsAndPriorities {
  const written = (key: string): string[] => indicators.flatMap((a) => commentaryFor(a, key).flatMap((c) => items(c.text)));
  const writtenAchievements = written('achievements');
  const writtenPriorities = written('priorities');
  const achievements = writtenAchievements.length > 0 ? writtenAchievements : indicators.filter((a) => a.rag === 'green' && a.direction === 'improving').map(achievement);
  const priorities = writtenPriorities.length > 0 ? writtenPriorities : indicators.filter((a) => a.rag === 'red').map(priority);
  if (achievements.length === 0) achievements.push('No indicator is both green and improving this quarter.');
  if (priorities.length === 0) priorities.push('No indicator is rated red this quarter.');
  const length = Math.max(achievements.length, priorities.length);
  const rows = Array.from({ length }, (_, i) => ({ achievement: achievements[i] ?? '', priority: priorities[i] ?? '' }));
  return { achievements, priorities, rows };
}

function indicatorList(value: unknown): IndicatorAnalysis[] {
  if (!Array.isArray(value) || !value.every(isIndicatorAnalysis)) throw new HelperError(`expects the list of indicators, got ${describe(value)}`);
  return value;
}

/** `{{#with (comparisonTable this config.council)}}`: periods and formatted rows; nothing when no comparator is held. */
export const comparison: BoardpackHelper = (args) => comparisonTable(indicatorArgument(args[0]), stringArgument(args, 1, 'the name for our own row'));

/** `{{#each (achievementsAndPriorities indicators).rows}}`. */
export const achievementsPriorities: BoardpackHelper = ([list]) => achievementsAndPriorities(indicatorList(list));

/** `5 green, 6 amber, 2 red and 2 not rated`: the quarter's ratings in words, in the order a board reads good news first. */
export function ragCountsText(indicators: readonly IndicatorAnalysis[]): string {
  const counts = [
    ['green', indicators.filter((a) => a.rag === 'green').length],
    ['amber', indicators.filter((a) => a.rag === 'amber').length],
    ['red', indicators.filter((a) => a.rag === 'red').length],
    ['not rated', indicators.filter((a) => a.rag === null).length],
  ] as const;
  const parts = counts.filter(([, n]) => n > 0).map(([word, n]) => `${n} ${word}`);
  return parts.length === 0 ? 'no indicators' : listInWords(parts);
}

export const ragCounts: BoardpackHelper = ([list]) => ragCountsText(indicatorList(list));

/** `{{#if (anyComparators indicators)}}`: whether any indicator holds a statistical neighbour, England or region figure. */
export const anyComparators: BoardpackHelper = ([list]) => indicatorList(list).some((a) => comparisonTable(a, '') !== null);

export const directionOfTravel: BoardpackHelper = ([a]) => directionOfTravelText(indicatorArgument(a));

