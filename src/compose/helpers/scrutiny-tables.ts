// Tables a scrutiny pack is made of: comparisons with other areas, achievements and priorities, direction of travel.
import type { IndicatorAnalysis, QuarterResult } from '../../analyse/types.js';
import type { FinancialQuarter } from '../../period.js';
import {
  directionArrow, directionLabel, formatValue, indicatorName, isQueried, listInWords, NO_SETTINGS, ragSentence, shownDirection,
  type NarrateSettings,
} from '../../narrate/index.js';
import { comparatorColumns } from '../charts.js';
import { commentaryFor } from './commentary-sections.js';
import { describe, HelperError, stringArgument, type BoardpackHelper } from './define.js';
import { indicatorArgument, isIndicatorAnalysis, QUERIED_CELL, shownRag } from './indicators.js';
import { settingsOf } from './settings.js';

/** Quarters a comparison table shows at most: two years, as the comparison chart does. */
export const COMPARISON_QUARTERS = 8;

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
export function comparisonTable(a: IndicatorAnalysis, ourName: string, settings: NarrateSettings = NO_SETTINGS): ComparisonTable | null {
  const columns = comparatorColumns(settings.comparatorNames);
  const held = a.history.filter((q) => columns.some(([key]) => q[key] !== null)).slice(-COMPARISON_QUARTERS);
  if (held.length === 0) return null;
  const cell = (v: number | null): string => formatValue(v, a.unit, a.decimals, a.indicator.ratePer);
  const comparators = columns.filter(([key]) => held.some((q) => q[key] !== null));
  const ours = (q: QuarterResult): string => (q.value !== null && isQueried(a, q.period) ? QUERIED_CELL : cell(q.value));
  const picks: ((q: QuarterResult) => string)[] = [ours, ...comparators.map(([key]) => (q: QuarterResult) => cell(q[key]))];
  return {
    columns: [ourName, ...comparators.map(([, name]) => name)],
    rows: held.map((q) => ({ period: q.period, values: picks.map((pick) => pick(q)) })),
  };
}

/**
 * `▲ Improving`, and for an indicator with no better direction the plain movement (`▲ Up`, `▼ Down`), so a
 * count that rose is not shown as "Not known"; `– Not known` only without both figures.
 */
export function directionOfTravelText(a: IndicatorAnalysis, settings: NarrateSettings = NO_SETTINGS): string {
  if (isQueried(a, a.period) || isQueried(a, a.comparedWith.period)) return `${directionArrow(null)} ${QUERIED_CELL}`;
  const claimed = shownDirection(a, settings);
  if (claimed === 'broadly unchanged') return `${directionArrow('unchanged')} Broadly unchanged`;
  if (claimed !== null) return `${directionArrow(claimed)} ${directionLabel(claimed)}`;
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

/** "Re-referrals … (NI65): 21.5%, green and improving." */
function achievement(a: IndicatorAnalysis): string {
  return `${indicatorName(a)}: ${formatValue(a.value, a.unit, a.decimals, a.indicator.ratePer)}, green and improving.`;
}

/** "Initial assessments … (IA01): 60.4%. This is rated red for the fourth consecutive quarter, 11.6 percentage points short of the 72% target." */
function priority(a: IndicatorAnalysis, settings: NarrateSettings): string {
  return `${indicatorName(a)}: ${formatValue(a.value, a.unit, a.decimals, a.indicator.ratePer)}. ${ragSentence(a, settings, { namesTarget: true })}`;
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
export function achievementsAndPriorities(indicators: readonly IndicatorAnalysis[], settings: NarrateSettings = NO_SETTINGS): AchievementsAndPriorities {
  const written = (key: string): string[] => indicators.flatMap((a) => commentaryFor(a, key).flatMap((c) => items(c.text)));
  const writtenAchievements = written('achievements');
  const writtenPriorities = written('priorities');
  // Queried figures are neither achievements nor priorities until confirmed; improving means clear of the noise band.
  const sure = indicators.filter((a) => !a.valueQueried);
  const improving = (a: IndicatorAnalysis): boolean => !isQueried(a, a.comparedWith.period) && shownDirection(a, settings) === 'improving';
  const achievements = writtenAchievements.length > 0 ? writtenAchievements : sure.filter((a) => a.rag === 'green' && improving(a)).map(achievement);
  const priorities = writtenPriorities.length > 0 ? writtenPriorities : sure.filter((a) => a.rag === 'red').map((a) => priority(a, settings));
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
export const comparison: BoardpackHelper = (args, call) => comparisonTable(indicatorArgument(args[0]), stringArgument(args, 1, 'the name for our own row'), settingsOf(call));

/** `{{#each (achievementsAndPriorities indicators).rows}}`. */
export const achievementsPriorities: BoardpackHelper = ([list], call) => achievementsAndPriorities(indicatorList(list), settingsOf(call));

/** `5 green, 6 amber, 2 red and 2 not rated`: the quarter's ratings in words, in the order a board reads good news first. */
export function ragCountsText(indicators: readonly IndicatorAnalysis[]): string {
  const counts = [
    ['green', indicators.filter((a) => shownRag(a) === 'green').length],
    ['amber', indicators.filter((a) => shownRag(a) === 'amber').length],
    ['red', indicators.filter((a) => shownRag(a) === 'red').length],
    ['not rated', indicators.filter((a) => shownRag(a) === null).length],
  ] as const;
  const parts = counts.filter(([, n]) => n > 0).map(([word, n]) => `${n} ${word}`);
  return parts.length === 0 ? 'no indicators' : listInWords(parts);
}

export const ragCounts: BoardpackHelper = ([list]) => ragCountsText(indicatorList(list));

/** `{{#if (anyComparators indicators)}}`: whether any indicator holds a statistical neighbour, England or region figure. */
export const anyComparators: BoardpackHelper = ([list]) => indicatorList(list).some((a) => comparisonTable(a, '') !== null);

export const directionOfTravel: BoardpackHelper = ([a], call) => directionOfTravelText(indicatorArgument(a), settingsOf(call));

