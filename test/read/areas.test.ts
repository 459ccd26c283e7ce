// Open data's long files (one row per area per quarter): one council's rows, England, its region and its statistical
// neighbours' mean from their own rows; repeated problems grouped; the missing ID column named with what could serve.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../../src/diagnostics.js';
import { MOST_PRINTED_PROBLEMS, printDiagnostics } from '../../src/commands/io.js';
import { periodLabel } from '../../src/period.js';
import { groupRepeated } from '../../src/read/grouping.js';
import { readScorecard, type ReadOptions } from '../../src/read/index.js';
import { TempDir, briefs, writeBytes, writeWorkbook } from './helpers.js';

const dir = new TempDir();
afterAll(() => dir.remove());

/** Trafford Data Lab's file as published (OGL v3), its `indicator` column renamed ID: 17 areas × 13 quarters. */
const TRAFFORD = new URL('../fixtures/read/trafford-planning-major-all-areas.csv', import.meta.url).pathname;
/** The same with the publisher's unit "Applications" written as boardpack's "percent". */
const traffordFixed = (): string => writeBytes(dir.file('trafford-fixed.csv'), readFileSync(TRAFFORD, 'utf8').replace(/,Applications,/g, ',percent,'));

const read = (file: string, options: ReadOptions = {}) => readScorecard(file, options);
const at = (result: Awaited<ReturnType<typeof read>>, quarter: string) =>
  result.scorecard!.observations.filter((o) => periodLabel(o.period) === quarter).map((o) => ({ value: o.value, england: o.england, region: o.region, neighbours: o.statisticalNeighbours }));

describe('a long file with rows for many areas (Trafford planning, as published)', () => {
  it('with no area chosen: one error naming how many areas and how to choose, not hundreds of duplicate rows', async () => {
    const result = await read(TRAFFORD);
    expect(briefs(result)).toEqual(['error choose-area trafford-planning-major-all-areas.csv!B1']);
    expect(result.diagnostics[0]!.message).toBe(
      'this file has rows for 17 areas (Bedford, Bury, Cheshire West and Chester, Derby, England, Halton, …): choose one with --area NAME or area: in the config (a name or code as the file writes it)',
    );
  });

  it("with Trafford chosen: the publisher's unit is one grouped problem for Trafford's 13 rows", async () => {
    const result = await read(TRAFFORD, { area: 'Trafford' });
    const errors = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    expect(errors).toEqual(['error: trafford-planning-major-all-areas.csv!F17:F221: "Applications" is not a unit (13 cells): write percent, number, rate, days or currency']);
  });

  it.each([
    ['by name, any case', 'tRAFFORD'],
    ['by code', 'E08000009'],
    ['with stray spaces', '  Trafford '],
  ])('reads Trafford %s, with England and the neighbours’ mean from their rows', async (_how, area) => {
    const result = await read(traffordFixed(), { area, neighbours: ['Bury', 'stockport', 'E06000055'] });
    expect(result.scorecard).not.toBeNull();
    expect(result.scorecard!.observations).toHaveLength(13);
    // 2025-26 Q2: Trafford 100, England 91; Bedford 83, Bury 100, Stockport 100.
    expect(at(result, '2025-26 Q2')).toEqual([{ value: 100, england: 91, region: null, neighbours: 94.3333333333 }]);
    // 2025-26 Q3: Bedford 76, Bury 100, Stockport 100.
    expect(at(result, '2025-26 Q3')).toEqual([{ value: 100, england: 91, region: null, neighbours: 92 }]);
    expect(result.scorecard!.comparatorNames).toEqual({ national: 'England' });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'warning: trafford-fixed.csv: read the rows for Trafford (13 rows); comparators: England from their own rows; statistical neighbours: the mean of 3 areas',
    ]);
  });

  it('a neighbour with no rows is named and left out of the mean', async () => {
    const result = await read(traffordFixed(), { area: 'Trafford', neighbours: ['Bury', 'Wigan'] });
    expect(briefs(result)).toEqual(['warning neighbour-not-found trafford-fixed.csv', 'warning area-comparators trafford-fixed.csv']);
    expect(result.diagnostics[0]!.message).toContain('"Wigan" has no rows in this file');
    expect(at(result, '2025-26 Q3')[0]!.neighbours).toBe(100);
  });

  it('an area not in the file: the areas it has, and the nearest name', async () => {
    const result = await read(traffordFixed(), { area: 'Traford' });
    expect(briefs(result)).toEqual(['error area-not-found trafford-fixed.csv!B1']);
    expect(result.diagnostics[0]!.message).toMatch(/no rows for the area "Traford": this file has rows for 17 areas \(.*\): did you mean "Trafford"\?$/);
  });

  it('the file as published, with no ID column: says exactly that, and that its indicator or measure column could serve', async () => {
    // The fixture is the published file with its `indicator` column renamed ID: named back, it is the file as published.
    const published = readFileSync(TRAFFORD, 'utf8').replace(/^area_code,area_name,period,ID,/, 'area_code,area_name,period,indicator,');
    const result = await read(writeBytes(dir.file('trafford_planning_applications_major.csv'), published));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['missing-column']);
    expect(result.diagnostics[0]!.message).toBe(
      'found no ID column in the trafford_planning_applications_major.csv sheet (columns ID, Period, Value); its header row (row 1) has "area_code", "area_name", "period", "indicator", "measure", "unit", "value": a column such as "indicator" or "measure" could serve: rename it ID, or add an ID column with a short reference for each indicator',
    );
  });
});

/** The first rows of the DfE file as published (Explore Education Statistics, OGL v3): its header and England's, a region's rows. */
const DFE_AS_PUBLISHED = [
  'time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,referral_count,rereferral_count,rereferral_percent,no_further_action_count,no_further_action_percent,not_in_need_count,not_in_need_percent,referral_child_count,rereferral_child_count,rereferral_child_percent',
  '2025,Reporting year,National,E92000001,England,,,,,,Referrals and Re-referrals,632830,142900,22.6,41340,6.5,194620,30.8,557810,116950,21',
  '2025,Reporting year,Regional,E92000001,England,E12000001,North East,,,,Referrals and Re-referrals,32490,6730,20.7,390,1.2,10160,31.3,29100,5710,19.6',
  '2025,Reporting year,Regional,E92000001,England,E12000002,North West,,,,Referrals and Re-referrals,86120,18730,21.7,4420,5.1,23620,27.4,77010,15980,20.7',
].join('\n');

describe('a DfE file as published (one column per measure, no ID or Value column)', () => {
  it('says which columns are missing and suggests no place or count column as an ID', async () => {
    const result = await read(writeBytes(dir.file('dfe_c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv'), DFE_AS_PUBLISHED));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['missing-column']);
    const message = result.diagnostics[0]!.message;
    expect(message).toMatch(/^found no ID or Value column in the dfe_c1_\S+ sheet/);
    expect(message).toContain('add an ID column');
    expect(message).not.toMatch(/such as/);
  });
});

/** The DfE (Explore Education Statistics) shape: la_name blank on the national and regional rows. */
const DFE_HEADER = 'time_period,geographic_level,country_name,region_name,la_name,new_la_code,ID,Title,Unit,Polarity,Value';
const dfeRow = (period: string, level: string, region: string, la: string, code: string, value: string): string =>
  `${period},${level},England,${region},${la},${code},CIN-RR,Re-referrals within 12 months,percent,lower,${value}`;
const DFE = [
  DFE_HEADER,
  ...['2024-25 Q3', '2024-25 Q4'].flatMap((q, i) => [
    dfeRow(q, 'National', '', '', '', ['22.6', '22.1'][i]!),
    dfeRow(q, 'Regional', 'North West', '', '', ['20.7', '21.0'][i]!),
    dfeRow(q, 'Regional', 'North East', '', '', ['19.0', '19.5'][i]!),
    dfeRow(q, 'Local authority', 'North West', 'Trafford', 'E08000009', ['18.0', '17.5'][i]!),
    dfeRow(q, 'Local authority', 'North West', 'Bury', 'E08000002', ['24.0', '25.0'][i]!),
    dfeRow(q, 'Local authority', 'North West', 'Stockport', 'E08000007', ['20.0', '21.0'][i]!),
  ]),
  // Tameside has no figure for the latest quarter.
  dfeRow('2024-25 Q3', 'Local authority', 'North West', 'Tameside', 'E08000008', '30.0'),
  dfeRow('2024-25 Q4', 'Local authority', 'North West', 'Tameside', 'E08000008', 'c'),
].join('\n');

describe('the DfE shape: geographic level, region and country names', () => {
  it('takes England from the national row, the council’s region from its regional row, and says which neighbours lack a figure', async () => {
    const file = writeBytes(dir.file('dfe.csv'), DFE);
    const result = await read(file, { area: 'trafford', neighbours: ['Bury', 'E08000007', 'Tameside'] });
    expect(result.scorecard).not.toBeNull();
    expect(at(result, '2024-25 Q3')).toEqual([{ value: 18, england: 22.6, region: 20.7, neighbours: 24.6666666667 }]);
    expect(at(result, '2024-25 Q4')).toEqual([{ value: 17.5, england: 22.1, region: 21, neighbours: 23 }]);
    expect(result.scorecard!.comparatorNames).toEqual({ national: 'England', region: 'North West' });
    expect(result.diagnostics.map((d) => d.message)).toEqual([
      'read the rows for Trafford (2 rows); comparators: England and North West from their own rows; statistical neighbours: the mean of 3 areas (1 without a figure for 2024-25 Q4: Tameside)',
    ]);
  });

  it('gives no neighbours’ mean for a quarter where fewer than half of the neighbours have a figure, and says which', async () => {
    const file = writeBytes(dir.file('dfe-thin.csv'), DFE.replace(`\n${dfeRow('2024-25 Q4', 'Local authority', 'North West', 'Bury', 'E08000002', '25.0')}`, `\n${dfeRow('2024-25 Q4', 'Local authority', 'North West', 'Bury', 'E08000002', 'c')}`));
    const result = await read(file, { area: 'trafford', neighbours: ['Bury', 'E08000007', 'Tameside'] });
    // 2024-25 Q4: only Stockport of the three has a figure; its 21.0 is not an average of three.
    expect(at(result, '2024-25 Q4')[0]!.neighbours).toBeNull();
    expect(at(result, '2024-25 Q3')[0]!.neighbours).toBe(24.6666666667);
    expect(result.diagnostics.map((d) => d.message)).toContain(
      "no statistical neighbours' mean for one quarter where fewer than half of the 3 neighbours have a figure: 2024-25 Q4 (1 of 3)",
    );
  });

  it('a comparator column in the file wins over the rows', async () => {
    const file = writeBytes(dir.file('dfe-england.csv'), DFE.replace(DFE_HEADER, `${DFE_HEADER},England`).replace(/\n(2024-25 Q4,Local authority,England,North West,Trafford[^\n]*)/, '\n$1,99'));
    const result = await read(file, { area: 'Trafford' });
    expect(at(result, '2024-25 Q4')[0]!.england).toBe(99);
    expect(at(result, '2024-25 Q3')[0]!.england).toBe(22.6);
  });
});

describe('area columns that do not split the figures', () => {
  it('an Area column that only labels each indicator (a service area) is read as before, with nothing said', async () => {
    const file = await writeWorkbook(dir.file('service-areas.xlsx'), [
      {
        name: 'Values',
        rows: [
          ['ID', 'Title', 'Area', 'Period', 'Value'],
          ['H1', 'Homes built', 'Housing', '2016-17 Q3', 120],
          ['P1', 'Applications decided in time', 'Planning', '2016-17 Q3', 88],
        ],
      },
    ]);
    const result = await read(file);
    expect(result.diagnostics).toEqual([]);
    expect(result.scorecard!.observations).toHaveLength(2);
  });

  it('--area on a scorecard with no area column is an error saying so', async () => {
    const file = writeBytes(dir.file('own.csv'), 'ID,Title,Period,Value\nNI68,Referrals,2016-17 Q3,64.7\n');
    const result = await read(file, { area: 'Trafford' });
    expect(result.scorecard).toBeNull();
    expect(briefs(result)).toEqual([`error no-area-column ${file}`]);
  });
});

describe('repeated problems', () => {
  const d = (cell: string, message: string, sheet = 'Values', code = 'not-a-unit'): Diagnostic => ({ severity: 'error', code, message, where: { file: 'f.xlsx', sheet, cell } });

  it.each([
    ['one column, many rows', [d('E2', '"x" is wrong: fix it'), d('E3', '"x" is wrong: fix it'), d('E222', '"x" is wrong: fix it')], ['Values!E2:E222: "x" is wrong (3 cells): fix it']],
    ['different words stay apart', [d('E2', 'a'), d('E3', 'b')], ['Values!E2: a', 'Values!E3: b']],
    ['different columns stay apart', [d('E2', 'a'), d('F2', 'a')], ['Values!E2: a', 'Values!F2: a']],
    ['different sheets stay apart', [d('E2', 'a'), d('E3', 'a', 'Other')], ['Values!E2: a', 'Other!E3: a']],
    ['a group stands where its first stood', [d('E2', 'a'), d('B5', 'b'), d('E9', 'a')], ['Values!E2:E9: a (2 cells)', 'Values!B5: b']],
  ])('%s', (_name, input, expected) => {
    expect(groupRepeated(input).map((g) => formatDiagnostic(g).replace(/^error: /, ''))).toEqual(expected);
  });

  it('prints at most a screenful, then how many more and how to see them', () => {
    const lines: string[] = [];
    const many = Array.from({ length: 57 }, (_, i) => d(`A${i + 2}`, `problem ${i}`));
    printDiagnostics({ out: () => {}, err: (text) => lines.push(text) }, many);
    expect(lines).toHaveLength(MOST_PRINTED_PROBLEMS + 2);
    expect(lines.at(-2)).toBe('… and 17 more problems: fix these first and check again, or set BOARDPACK_SHOW_ALL=1 to list every one');
    expect(lines.at(-1)).toBe('57 errors, 0 warnings');
  });
});
