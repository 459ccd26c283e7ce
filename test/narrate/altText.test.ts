// Trend alt text tells the story of the whole series in two or three sentences: where it went (never a rise or fall
// inside the noise band), its lowest and highest quarters, how many were red, the latest against target, and gaps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChartSpec, TrendPoint } from '../../src/model/types.js';
import { describeChart, type NoiseBand } from '../../src/narrate/charts.js';

type Trend = Extract<ChartSpec, { kind: 'trend' }>;
const PERIODS = ['2008-09 Q3', '2008-09 Q4', '2009-10 Q1', '2009-10 Q2', '2009-10 Q3', '2009-10 Q4', '2010-11 Q1', '2010-11 Q2'];

/** A percentage series against a 72% target, one point a quarter from 2008-09 Q3; null for a quarter with no data. */
function series(values: (number | null)[], options: { target?: number | null; yearToDate?: boolean; status?: (v: number) => TrendPoint['status'] } = {}): Trend {
  const target = options.target === undefined ? 72 : options.target;
  const status = options.status ?? ((v: number) => (target === null ? null : v >= target ? 'green' : v >= target - 3.6 ? 'amber' : 'red'));
  return {
    kind: 'trend',
    title: 'NI 68 Referrals going on to assessment',
    unit: 'percent',
    valueSuffix: '%',
    decimals: 1,
    points: values.map((value, i) => ({ period: PERIODS[i]!, value, target: value === null ? target : target, status: value === null ? null : status(value) })),
    ...(options.yearToDate === true ? { yearToDate: true } : {}),
  };
}

/** NI 68's tolerance: 5% of the 72% target, so its noise band is 1.8 percentage points. */
const BAND: NoiseBand = { id: 'NI 68', decimals: 1, tolerance: 3.6, target: 72 };

const sentences = (text: string): number => text.split(/(?<=[a-z0-9%)])\.(?:\s|$)/).filter((s) => s.trim() !== '').length;

describe('trend alt text, case by case', () => {
  it.each<[string, Trend, string]>([
    [
      'a dip between the ends: the ends alone would hide the fall to 60.4%',
      series([63.8, 69.1, 66.0, 60.4, 64.7]),
      'Line chart: NI 68 Referrals going on to assessment was broadly unchanged between 2008-09 Q3 (63.8%) and 2009-10 Q3 (64.7%), below the 72% target in every quarter shown. It was lowest at 60.4% in 2009-10 Q2 and highest at 69.1% in 2008-09 Q4, and red in 4 of the 5 quarters shown.',
    ],
    [
      'a peak between the ends that met the target once',
      series([65.0, 70.2, 74.5, 71.0, 69.0]),
      'Line chart: NI 68 Referrals going on to assessment rose from 65.0% in 2008-09 Q3 to 69.0% in 2009-10 Q3 and met the 72% target in 1 of 5 quarters, but not in 2009-10 Q3. It was lowest at 65.0% in 2008-09 Q3 and highest at 74.5% in 2009-10 Q1, and red in 1 of the 5 quarters shown.',
    ],
    [
      'flat: the same printed figure throughout',
      series([72.0, 72.0, 72.0, 72.0], { target: 70 }),
      'Line chart: NI 68 Referrals going on to assessment was unchanged at 72.0% between 2008-09 Q3 and 2009-10 Q2, above the 70% target in every quarter shown.',
    ],
    [
      'wobbling inside the noise band: never a rise',
      series([71.0, 71.6, 70.9, 71.4], { target: null }),
      'Line chart: NI 68 Referrals going on to assessment was broadly unchanged between 2008-09 Q3 (71.0%) and 2009-10 Q2 (71.4%). It was lowest at 70.9% in 2009-10 Q1 and highest at 71.6% in 2008-09 Q4.',
    ],
    [
      'gaps: the missing quarters are named, the latest still judged',
      series([60.0, null, 75.0, null, 73.0]),
      'Line chart: NI 68 Referrals going on to assessment rose from 60.0% in 2008-09 Q3 to 73.0% in 2009-10 Q3 and met the 72% target in 2 of 3 quarters, including the latest. It was lowest at 60.0% in 2008-09 Q3 and highest at 75.0% in 2009-10 Q1, and red in 1 of the 3 quarters with data. No data for 2008-09 Q4 and 2009-10 Q2.',
    ],
    [
      'year to date: no movement or extremes read into a figure that climbs and restarts',
      series([25.1, 49.0, 74.2, 20.3, 45.0], { yearToDate: true, target: null }),
      'Line chart: NI 68 Referrals going on to assessment stood at 45.0% in 2009-10 Q3 (year to date, restarting each April).',
    ],
    [
      'red throughout, with a queried latest figure and a gap: still three sentences',
      series([50.0, null, 52.0, 58.0, null], { status: () => 'red' }),
      'Line chart: NI 68 Referrals going on to assessment rose from 50.0% in 2008-09 Q3 to 58.0% in 2009-10 Q2, below the 72% target in every quarter shown. It was red in all 3 quarters with data. No data for 2008-09 Q4, and the figure for 2009-10 Q3 has been queried with the service and is not shown.',
    ],
  ])('%s', (_label, spec, alt) => {
    const queried = spec.points.at(-1)?.value === null && alt.includes('queried') ? [spec.points.at(-1)!.period] : [];
    const text = describeChart(spec, { queried, band: BAND });
    expect(text).toBe(alt);
    expect(sentences(text)).toBeLessThanOrEqual(3);
  });

  it('without a noise band (a chart with no indicator behind it), any printed change is a rise or a fall', () => {
    expect(describeChart(series([63.8, 69.1, 66.0, 60.4, 64.7]))).toMatch(/^Line chart: NI 68 Referrals going on to assessment rose from 63\.8% in 2008-09 Q3 to 64\.7% in 2009-10 Q3/);
  });

  it("follows the council's own noise band for the indicator", () => {
    const wide = describeChart(series([60.0, 64.0]), { band: BAND, settings: { noiseBands: { 'NI 68': 5 } } });
    expect(wide).toMatch(/broadly unchanged between 2008-09 Q3 \(60\.0%\) and 2008-09 Q4 \(64\.0%\)/);
    expect(describeChart(series([60.0, 64.0]), { band: BAND })).toMatch(/rose from 60\.0% in 2008-09 Q3 to 64\.0% in 2008-09 Q4/);
  });
});

describe('trend alt text, for any series', () => {
  const value = fc.option(fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), { nil: null, freq: 5 });
  const spec = fc.record({ values: fc.array(value, { minLength: 1, maxLength: 8 }), target: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), yearToDate: fc.boolean() }).map(({ values, target, yearToDate }) => series(values, { target, yearToDate }));

  it('is at most three sentences', () => {
    fc.assert(fc.property(spec, (s) => sentences(describeChart(s, { band: BAND })) <= 3), { numRuns: 500 });
  });

  it('never claims a rise or fall between ends that lie inside the noise band', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const valued = s.points.filter((p) => p.value !== null);
        const [first, last] = [valued[0]?.value, valued.at(-1)?.value];
        // In printed tenths, as the papers compare (81.8 against 83.6 is 18 tenths, the band's edge, not 1.79999…).
        if (first == null || last == null || Math.round(Math.abs(last - first) * 10) >= 18) return true;
        return !/ (rose|fell) from /.test(describeChart(s, { band: BAND }));
      }),
      { numRuns: 500 },
    );
  });

  it('names the lowest and highest figures whenever one lies strictly between the ends', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const shown = s.points.flatMap((p) => (p.value === null ? [] : [p.value]));
        if (s.yearToDate === true || shown.length < 3) return true;
        const low = Math.min(...shown);
        const high = Math.max(...shown);
        const ends = [shown[0], shown.at(-1)];
        if (low === high || (ends.includes(low) && ends.includes(high))) return true;
        const text = describeChart(s, { band: BAND });
        return text.includes(`lowest at ${low.toFixed(1)}%`) && text.includes(`highest at ${high.toFixed(1)}%`);
      }),
      { numRuns: 500 },
    );
  });
});
