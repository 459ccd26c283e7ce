// No Decimals given: the places the figures are typed with, so 2.6 and 2.7 print as 2.6 and 2.7, never "3".
import { decimalPlaces, defaultDecimals } from '../decimals.js';
import type { ObservationDraft } from './draft.js';
import type { Findings } from './place.js';
import type { Indicator, ReadQuery } from './types.js';

/**
 * The most places a typed figure uses. A figure with more places than this is a calculated result (66.666…),
 * not typed, and says nothing about how the indicator is reported, so it is not counted.
 */
export const MOST_INFERRED_DECIMALS = 2;

/**
 * Only the values count (a target such as 3.15 is often more exact than the figures it is set against). An
 * indicator's own Decimals always wins; inference only ever adds places to the unit's default, never removes them.
 */
export function inferDecimals(indicators: readonly Indicator[], drafts: readonly ObservationDraft[], findings: Findings): { indicators: Indicator[]; queries: ReadQuery[] } {
  const mostPlaces = new Map<string, { places: number; draft: ObservationDraft }>();
  for (const d of drafts) {
    const value = d.observation.value;
    if (value === null) continue;
    const places = decimalPlaces(value);
    if (places > MOST_INFERRED_DECIMALS) continue;
    const best = mostPlaces.get(d.observation.id);
    if (best === undefined || places > best.places) mostPlaces.set(d.observation.id, { places, draft: d });
  }
  const queries: ReadQuery[] = [];
  const settled = indicators.map((indicator) => {
    const found = mostPlaces.get(indicator.id);
    if (indicator.decimals !== null || found === undefined || found.places <= defaultDecimals(indicator.unit)) return indicator;
    const o = found.draft.observation;
    const reason = `no Decimals are given, so figures are shown to ${found.places} decimal ${found.places === 1 ? 'place' : 'places'}, as the figures are typed (${o.value})`;
    findings.warning('decimals-inferred', `${indicator.id}: ${reason}; add a Decimals column to the Indicators sheet to say how it is reported`, o.where);
    queries.push({
      id: indicator.id,
      period: null,
      code: 'decimals-inferred',
      where: o.where,
      figure: o.value,
      reason,
      check: 'Add the number of decimal places the indicator is reported to in a Decimals column.',
      doubtsFigure: false,
    });
    return { ...indicator, decimals: found.places };
  });
  return { indicators: settled, queries };
}
