// A jump far outside the indicator's own typical movement: a slipped digit or a figure for the wrong quarter.
import { periodIndex } from '../../period.js';
import type { FoundQuery, QueryQuarter, QuerySubject } from './subject.js';
import { query, show, withFigures } from './subject.js';

/** A movement is a jump when it is more than this many times the indicator's typical (median) movement ... */
export const JUMP_MULTIPLE = 10;
/** ... and more than this many times the largest movement it has made otherwise (a real shift has happened before). */
export const JUMP_OVER_LARGEST = 2;
/** Other movements needed before a typical movement can be judged. */
export const JUMP_MIN_MOVEMENTS = 4;

interface Movement {
  quarter: QueryQuarter & { value: number };
  from: QueryQuarter & { value: number };
  size: number;
}

/**
 * Like with like: a year-to-date figure restarts each April, so it is compared with the same quarter last year; an
 * annual figure has no quarter-to-quarter movement and is not judged; anything else with the quarter before.
 */
function movements(subject: QuerySubject): Movement[] {
  const type = subject.indicator.measureType;
  if (type === 'annual') return [];
  const figures = withFigures(subject.quarters);
  const back = type === 'cumulative' ? 4 : 1;
  // The first quarter with each period, as a search from the start would find it.
  const byIndex = new Map<number, (typeof figures)[number]>();
  for (const q of figures) if (!byIndex.has(periodIndex(q.period))) byIndex.set(periodIndex(q.period), q);
  return figures.flatMap((quarter) => {
    const from = byIndex.get(periodIndex(quarter.period) - back);
    return from === undefined ? [] : [{ quarter, from, size: Math.abs(quarter.value - from.value) }];
  });
}

/** The median of sorted sizes. */
function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Sorted sizes without one of them: every other movement's size, in order. */
function withoutOne(sorted: readonly number[], size: number): number[] {
  const others = [...sorted];
  others.splice(others.indexOf(size), 1);
  return others;
}

/** A zero after history is its own query; an indicator that never moves has no typical movement to judge by. */
export function unusualJump(subject: QuerySubject): FoundQuery[] {
  const all = movements(subject);
  if (all.length - 1 < JUMP_MIN_MOVEMENTS) return [];
  const sizes = all.map((m) => m.size).sort((a, b) => a - b);
  const found: FoundQuery[] = [];
  for (const m of all) {
    if (m.quarter.value === 0) continue;
    const others = withoutOne(sizes, m.size);
    const typical = median(others);
    if (typical === 0 || m.size <= JUMP_MULTIPLE * typical || m.size <= JUMP_OVER_LARGEST * others.at(-1)!) continue;
    const basis = subject.indicator.measureType === 'cumulative' ? 'the same point last year' : 'the quarter before';
    found.push(
      query(subject, m.quarter, 'unusual-jump', {
        figure: m.quarter.value,
        reason: `${show(subject, m.quarter.value)} in ${m.quarter.period} against ${show(subject, m.from.value)} in ${m.from.period} (${basis}): a change of ${show(subject, m.size)} when it usually moves by about ${show(subject, typical)}`,
        check: 'Check the figure for a slipped digit or a figure from another quarter or measure.',
        doubtsFigure: true,
      }),
    );
  }
  return found;
}
