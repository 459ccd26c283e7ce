// UK-style numbers for chart labels and axes: "1,234.5%", "12 days".

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}-${maximumFractionDigits}`;
  let format = formatters.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-GB', { minimumFractionDigits, maximumFractionDigits, useGrouping: true });
    formatters.set(key, format);
  }
  return format;
}

function checkedDecimals(decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError(`chart: decimals ${decimals} must be a whole number from 0 to 6`);
  }
  return decimals;
}

/** A data value exactly as the paper states it: fixed decimals, thousands commas, then the suffix. */
export function formatChartValue(value: number, decimals: number, suffix: string): string {
  const places = checkedDecimals(decimals);
  // Rounding can leave "-0.0", which reads as a fall that did not happen.
  const text = formatter(places, places).format(value === 0 ? 0 : value);
  return `${/^-0(\.0+)?$/.test(text) ? text.slice(1) : text}${suffix}`;
}

/** An axis tick: no trailing zeros ("70%", "72.5%"), at most `decimals` places. */
export function formatAxisValue(value: number, decimals: number, suffix: string): string {
  const text = formatter(0, checkedDecimals(decimals)).format(value);
  return `${text === '-0' ? '0' : text}${suffix}`;
}
