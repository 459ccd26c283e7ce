// The council's settings for the words (comparator names, noise bands), read once per call from the paper's config.
import type { NarrateSettings } from '../../narrate/index.js';
import type { HelperCall } from './define.js';

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/**
 * From `@root.config`: `comparators.national`/`comparators.region` (the config's, or the scorecard's own column
 * headers, resolved at build) and `noiseBands` by indicator ID. A paper context without them gets the defaults.
 */
export function settingsOf(call: Pick<HelperCall, 'options'>): NarrateSettings {
  const root = record((call.options.data as { root?: unknown } | undefined)?.root);
  const config = record(root?.['config']);
  const comparators = record(config?.['comparators']);
  const bands = record(config?.['noiseBands']);
  const noiseBands = Object.fromEntries(Object.entries(bands ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'));
  return {
    comparatorNames: { national: text(comparators?.['national']), region: text(comparators?.['region']) },
    noiseBands,
  };
}
