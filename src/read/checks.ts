// Checks across rows once everything is read: unknown IDs, repeated quarters, targets without polarity, gaps.
import { periodIndex, periodLabel } from '../period.js';
import type { ObservationDraft } from './draft.js';
import type { Findings } from './place.js';
import type { IndicatorRegistry } from './registry.js';
import type { Indicator } from './types.js';

/** Values for IDs with no definition: one error per ID, at its first row. */
export function dropUnknownIds(drafts: ObservationDraft[], registry: IndicatorRegistry, findings: Findings): ObservationDraft[] {
  const reported = new Set<string>();
  return drafts.filter((d) => {
    if (registry.has(d.observation.id)) return true;
    if (!reported.has(d.observation.id)) {
      reported.add(d.observation.id);
      findings.error('unknown-id', `figures for "${d.observation.id}", which is not on the Indicators sheet`, d.idWhere);
    }
    return false;
  });
}

/** Two rows for one indicator and quarter: the second is an error, since we cannot know which is right. */
export function dropDuplicateRows(drafts: ObservationDraft[], findings: Findings): ObservationDraft[] {
  const first = new Map<string, ObservationDraft>();
  return drafts.filter((d) => {
    const key = `${d.observation.id}\u0000${periodIndex(d.observation.period)}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, d);
      return true;
    }
    const place = earlier.sheet === d.sheet ? `row ${earlier.row}` : `${earlier.sheet} row ${earlier.row}`;
    findings.error('duplicate-row', `a second row for ${d.observation.id} in ${periodLabel(d.observation.period)} (the first is ${place})`, d.idWhere);
    return false;
  });
}

/** A target means nothing without knowing which way is good. */
export function checkTargetsHavePolarity(indicators: readonly Indicator[], drafts: readonly ObservationDraft[], findings: Findings): void {
  const withoutPolarity = new Set(indicators.filter((i) => i.polarity === null).map((i) => i.id));
  for (const indicator of indicators) {
    if (indicator.polarity === null && indicator.target !== null) {
      findings.error('target-without-polarity', `${indicator.id} has a target but no polarity: say whether higher or lower is better`, indicator.where);
      withoutPolarity.delete(indicator.id);
    }
  }
  for (const d of drafts) {
    if (d.targetWhere === null || !withoutPolarity.has(d.observation.id)) continue;
    withoutPolarity.delete(d.observation.id);
    findings.error('target-without-polarity', `${d.observation.id} has a target but no polarity: say whether higher or lower is better`, d.targetWhere);
  }
}

/** A missing quarter in an indicator's run (long layout), reported at the row after the gap. Drafts in period order. */
export function checkQuarterGaps(sortedDrafts: readonly ObservationDraft[], findings: Findings): void {
  for (let i = 1; i < sortedDrafts.length; i++) {
    const before = sortedDrafts[i - 1]!.observation;
    const after = sortedDrafts[i]!.observation;
    if (before.id !== after.id) continue;
    const missing = periodIndex(after.period) - periodIndex(before.period) - 1;
    if (missing < 1) continue;
    const what = missing === 1 ? 'no row for the quarter' : `no rows for the ${missing} quarters`;
    findings.warning('quarter-gap', `${after.id} has ${what} between ${periodLabel(before.period)} and ${periodLabel(after.period)}`, sortedDrafts[i]!.idWhere);
  }
}

/** An annual target is profiled through the year only for a cumulative measure; elsewhere it would be compared with a quarter. */
export function checkAnnualTargets(indicators: readonly Indicator[], findings: Findings): void {
  for (const indicator of indicators) {
    if (indicator.measureType === 'cumulative' || indicator.measureType === 'annual') continue;
    if (indicator.annualTarget === null && indicator.targetProfile === null) continue;
    findings.error(
      'annual-target-not-cumulative',
      `${indicator.id} has an annual target or profile but is a ${indicator.measureType} measure: a year's target is profiled only for a cumulative (year-to-date) measure; give a quarterly Target, or make its Measure type cumulative`,
      indicator.where,
    );
  }
}
