// From classified sheets to a Scorecard: definitions, figures (fractions read as percentages, decimals inferred), commentary, then the checks across them.
import { comparePeriods } from '../period.js';
import { applyAreaComparators, splitAreas } from './areas.js';
import type { AreaChoice } from './areas.js';
import type { ObservationDraft } from './draft.js';
import { readCommentarySheet } from './commentarySheet.js';
import { readPaperSheet, type PaperSheet } from './paperSheet.js';
import { settlePercentFractions } from './fractions.js';
import { inferDecimals } from './inferredDecimals.js';
import { reportUnreadColumns } from './columns.js';
import { checkAnnualTargets, checkQuarterGaps, checkTargetsHavePolarity, dropDuplicateRows, dropUnknownIds } from './checks.js';
import type { SheetGrid } from './grid.js';
import { readIndicatorsSheet } from './indicatorsSheet.js';
import { readLongSheet } from './longSheet.js';
import type { Findings } from './place.js';
import { IndicatorRegistry } from './registry.js';
import type { IndicatorEntry } from './registry.js';
import { classifySheets, comparatorNames } from './sheets.js';
import type { ClassifiedSheet } from './sheets.js';
import { titleSaysCumulative } from './measureFields.js';
import { gatherMonthlyRows } from './monthlyRows.js';
import { DEFAULT_MEASURE_TYPE, type Indicator, type MeasureType, type Scorecard } from './types.js';
import { readWideSheet } from './wideSheet.js';

/**
 * The measure type as written; else a title that says "cumulative" or "year to date" makes it cumulative, with a
 * warning at the title so the officer confirms it; else the scorecard's default.
 */
function resolveMeasureType(entry: IndicatorEntry, defaultType: MeasureType, findings: Findings): Pick<Indicator, 'measureType' | 'measureTypeFrom'> {
  const f = entry.fields;
  if (f.measureType !== null) return { measureType: f.measureType, measureTypeFrom: 'column' };
  if (f.title !== null && titleSaysCumulative(f.title)) {
    findings.warning(
      'measure-type-from-title',
      `${entry.id} is read as cumulative (year to date) because its title says so; add a Measure type column saying cumulative (or another type) to confirm it`,
      f.titleWhere ?? entry.where,
    );
    return { measureType: 'cumulative', measureTypeFrom: 'title' };
  }
  return { measureType: defaultType, measureTypeFrom: 'default' };
}

/** Where no Unit is given, a percentage format on any of its figures means percent. */
function toIndicator(entry: IndicatorEntry, shownAsPercent: ReadonlySet<string>, defaultType: MeasureType, findings: Findings): Indicator {
  const f = entry.fields;
  const unit = f.unit ?? (f.shownAsPercent || shownAsPercent.has(entry.id) ? 'percent' : 'number');
  return {
    id: entry.id,
    title: f.title ?? entry.id,
    polarity: f.polarity,
    unit,
    decimals: f.decimals,
    target: f.target,
    ...resolveMeasureType(entry, defaultType, findings),
    annualTarget: f.annualTarget,
    targetProfile: f.targetProfile,
    targetDate: f.targetDate,
    tolerance: f.tolerance,
    ratePer: f.ratePer,
    theme: f.theme,
    owner: f.owner,
    definition: f.definition,
    rationale: f.rationale,
    numeratorLabel: f.numeratorLabel,
    denominatorLabel: f.denominatorLabel,
    where: entry.where,
    ...(f.confirmed ? { confirmed: true } : {}),
  };
}

/** With no Indicators sheet, every data sheet must carry the titles itself. */
function dataSheetsDefineIndicators(indicatorSheets: readonly ClassifiedSheet[], dataSheets: readonly ClassifiedSheet[], findings: Findings): boolean {
  if (indicatorSheets.length > 0) return false;
  for (const sheet of dataSheets) {
    if (sheet.header.fields.has('title')) continue;
    findings.error(
      'missing-sheet',
      `there is no Indicators sheet (ID, Title, Polarity, Unit, Target...), and the ${sheet.grid.name} sheet has no Title column to name its indicators`,
      findings.sheet(sheet.grid.name),
    );
  }
  return true;
}

function readFigures(dataSheets: readonly ClassifiedSheet[], registry: IndicatorRegistry, definesIndicators: boolean, findings: Findings): ObservationDraft[] {
  return dataSheets.flatMap((sheet) =>
    sheet.role === 'values'
      ? readLongSheet(sheet, registry, definesIndicators, findings)
      : readWideSheet(sheet, registry, definesIndicators, findings),
  );
}

/** Grouped by indicator in definition order, each indicator's in period order. */
function orderDrafts(drafts: readonly ObservationDraft[], indicators: readonly Indicator[]): ObservationDraft[] {
  const rank = new Map(indicators.map((indicator, i) => [indicator.id, i]));
  return [...drafts].sort(
    (a, b) => rank.get(a.observation.id)! - rank.get(b.observation.id)! || comparePeriods(a.observation.period, b.observation.period),
  );
}

/**
 * Builds the scorecard from sheet grids; null when any error was found (all are reported in `findings`).
 * `defaultMeasureType`: how an indicator without a Measure type is counted.
 */
export function assembleScorecard(
  source: string,
  grids: readonly SheetGrid[],
  findings: Findings,
  defaultMeasureType: MeasureType = DEFAULT_MEASURE_TYPE,
  areaChoice: AreaChoice = {},
): Scorecard | null {
  const sheets = classifySheets(grids, findings);
  for (const sheet of sheets) reportUnreadColumns(sheet, findings);
  const indicatorSheets = sheets.filter((s) => s.role === 'indicators');
  const allDataSheets = sheets.filter((s) => s.role === 'values' || s.role === 'wide');
  // Reading figures against a half-read Indicators or Values sheet only buries the real problem in noise.
  if ([...indicatorSheets, ...allDataSheets].some((s) => !s.complete)) return null;
  if (allDataSheets.length === 0) {
    // A sheet without its ID column has already been reported, by name, with what could serve.
    if (findings.diagnostics.some((d) => d.code === 'missing-column')) return null;
    findings.error(
      'missing-sheet',
      'found no Values sheet (columns ID, Period, Value) and no scorecard sheet with an ID column and one column per quarter',
      findings.whole(),
    );
    return null;
  }
  const areas = splitAreas(allDataSheets, areaChoice, findings);
  if (areas === null) return null;
  const dataSheets = areas.sheets;
  const registry = new IndicatorRegistry();
  for (const sheet of indicatorSheets) readIndicatorsSheet(sheet, registry, findings);
  const definesIndicators = dataSheetsDefineIndicators(indicatorSheets, dataSheets, findings);
  const read = readFigures(dataSheets, registry, definesIndicators, findings);
  applyAreaComparators(read, areas);
  const known = dropUnknownIds(read, registry, findings);
  const percentIds = new Set(known.filter((d) => d.shownAsPercent).map((d) => d.observation.id));
  const defined = registry.all().map((entry) => toIndicator(entry, percentIds, defaultMeasureType, findings));
  checkAnnualTargets(defined, findings);
  const unitGiven = new Set(registry.all().filter((e) => e.fields.unit !== null || e.fields.shownAsPercent || percentIds.has(e.id)).map((e) => e.id));
  const fractions = settlePercentFractions(defined, known, unitGiven, findings);
  const decimals = inferDecimals(fractions.indicators, fractions.drafts, findings);
  const indicators = decimals.indicators;
  const drafts = dropDuplicateRows(gatherMonthlyRows(fractions.drafts, indicators, findings), findings);
  const ordered = orderDrafts(drafts, indicators);
  checkTargetsHavePolarity(indicators, ordered, findings);
  checkQuarterGaps(ordered.filter((d) => sheets.some((s) => s.role === 'values' && s.grid.name === d.sheet)), findings);
  const commentary = sheets.filter((s) => s.role === 'commentary' && s.complete).flatMap((s) => readCommentarySheet(s, registry, findings));
  return {
    source,
    layout: dataSheets.some((s) => s.role === 'values') ? 'long' : 'wide',
    indicators,
    observations: ordered.map((d) => d.observation),
    commentary,
    readQueries: [...fractions.queries, ...decimals.queries],
    ...withPaper(readPaperSheet(grids, findings)),
    comparatorNames: { ...areas.names, ...comparatorNames(sheets) },
  };
}

/** The Paper sheet's words, where the workbook has one. */
const withPaper = (paper: PaperSheet | null): { paper?: PaperSheet } => (paper === null ? {} : { paper });
