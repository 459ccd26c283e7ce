// Reading one indicator's definition (title, polarity, unit, target...) from a row, wherever that row sits.
import type { Where } from '../diagnostics.js';
import { MAX_DECIMALS, type Indicator, type MeasureType, type Polarity, type TargetProfile, type Unit } from './types.js';
import { MEASURE_TYPE_HINT, measureTypeOfWord, parseTargetDate, parseTargetProfile } from './measureFields.js';
import { cellAt, describeCell } from './grid.js';
import type { GridRow } from './grid.js';
import type { Field } from './headers.js';
import { readConfirmed } from './confirmed.js';
import { readNumber, readText } from './numbers.js';
import type { Findings } from './place.js';

/** An indicator's fields as found; null where the cell was blank or wrong (the error is already reported). Its ID and place are checked elsewhere. */
export type IndicatorFields = Omit<Indicator, 'id' | 'title' | 'unit' | 'where' | 'measureType' | 'measureTypeFrom'> & {
  title: string | null;
  /** The title's cell, for a message about what its words say. */
  titleWhere: Where | null;
  unit: Unit | null;
  measureType: MeasureType | null;
  /** A target or tolerance was shown as a percentage: evidence of the unit when none is given. */
  shownAsPercent: boolean;
  /** A `Confirmed` column beside the definition marks the indicator's queries as checked. */
  confirmed: boolean;
};

const POLARITIES: ReadonlyMap<string, Polarity> = new Map([
  ['higher', 'higher'], ['high', 'higher'], ['up', 'higher'], ['higherisbetter', 'higher'], ['highisgood', 'higher'],
  ['lower', 'lower'], ['low', 'lower'], ['down', 'lower'], ['lowerisbetter', 'lower'], ['lowisgood', 'lower'],
]);

const UNIT_WORDS: ReadonlyMap<string, Unit> = new Map([
  ['percent', 'percent'], ['percentage', 'percent'], ['%', 'percent'], ['pct', 'percent'],
  ['number', 'number'], ['count', 'number'], ['no', 'number'], ['no.', 'number'],
  ['rate', 'rate'],
  ['days', 'days'], ['day', 'days'],
  ['currency', 'currency'], ['£', 'currency'], ['gbp', 'currency'], ['pounds', 'currency'],
]);

export interface RowContext {
  row: GridRow;
  sheet: string;
  columns: ReadonlyMap<Field, number>;
  findings: Findings;
}

function textField(ctx: RowContext, field: Field): string | null {
  return readText(cellAt(ctx.row, ctx.columns.get(field)));
}

function whereOf(ctx: RowContext, field: Field) {
  return ctx.findings.at(ctx.sheet, ctx.row.row, ctx.columns.get(field) ?? 1);
}

function polarityField(ctx: RowContext): Polarity | null {
  const written = textField(ctx, 'polarity');
  if (written === null) return null;
  const polarity = POLARITIES.get(written.toLowerCase().replace(/[^a-z]/g, ''));
  if (polarity === undefined) {
    ctx.findings.error('unknown-polarity', `"${written}" is not a polarity: write higher or lower`, whereOf(ctx, 'polarity'));
    return null;
  }
  return polarity;
}

function unitField(ctx: RowContext): Unit | null {
  const written = textField(ctx, 'unit');
  if (written === null) return null;
  const unit = UNIT_WORDS.get(written.toLowerCase());
  if (unit === undefined) {
    ctx.findings.error('unknown-unit', `"${written}" is not a unit: write percent, number, rate, days or currency`, whereOf(ctx, 'unit'));
    return null;
  }
  return unit;
}

function measureTypeField(ctx: RowContext): MeasureType | null {
  const written = textField(ctx, 'measureType');
  if (written === null) return null;
  const type = measureTypeOfWord(written);
  if (type === null) ctx.findings.error('unknown-measure-type', `"${written}" is not a measure type: ${MEASURE_TYPE_HINT}`, whereOf(ctx, 'measureType'));
  return type;
}

function targetProfileField(ctx: RowContext): TargetProfile | null {
  const written = textField(ctx, 'targetProfile');
  if (written === null) return null;
  const profile = parseTargetProfile(written);
  if (profile.ok) return profile.value;
  ctx.findings.error('bad-target-profile', profile.problem, whereOf(ctx, 'targetProfile'));
  return null;
}

function targetDateField(ctx: RowContext): string | null {
  const cell = cellAt(ctx.row, ctx.columns.get('targetDate'));
  if (cell.kind === 'blank' || (cell.kind === 'text' && cell.text.trim() === '')) return null;
  const date = parseTargetDate(cell);
  if (date.ok) return date.value;
  ctx.findings.error('bad-target-date', date.problem, whereOf(ctx, 'targetDate'));
  return null;
}

/** A numeric indicator field; `percent` reports whether it was shown as a percentage. */
function numberField(ctx: RowContext, field: Field, label: string): { value: number | null; percent: boolean } {
  const cell = cellAt(ctx.row, ctx.columns.get(field));
  const reading = readNumber(cell);
  if (reading.kind === 'number') return { value: reading.value, percent: reading.percent };
  if (reading.kind === 'invalid') {
    ctx.findings.error('not-a-number', `${describeCell(cell)} is not a number (${label})`, whereOf(ctx, field));
  } else if (reading.kind === 'excel-error') {
    ctx.findings.warning('excel-error', `the ${label} is the Excel error ${reading.text}; it was read as blank`, whereOf(ctx, field));
  } else if (reading.kind === 'uncalculated') {
    ctx.findings.warning('uncalculated-formula', `the ${label} is a formula with no saved result; open and save the workbook in Excel`, whereOf(ctx, field));
  }
  return { value: null, percent: false };
}

function decimalsField(ctx: RowContext): number | null {
  const { value } = numberField(ctx, 'decimals', 'decimal places');
  if (value === null) return null;
  if (!Number.isInteger(value) || value < 0 || value > MAX_DECIMALS) {
    ctx.findings.error('bad-decimals', `${value} is not a number of decimal places: write a whole number from 0 to ${MAX_DECIMALS}`, whereOf(ctx, 'decimals'));
    return null;
  }
  return value;
}

function positiveField(ctx: RowContext, field: Field, label: string): { value: number | null; percent: boolean } {
  const reading = numberField(ctx, field, label);
  if (reading.value !== null && reading.value < 0) {
    ctx.findings.error('negative', `${reading.value} cannot be a ${label}: it must not be negative`, whereOf(ctx, field));
    return { value: null, percent: false };
  }
  return reading;
}

/**
 * `labelFields`: which headers name the numerator and denominator. On the Indicators sheet a plain `Numerator`
 * column is the label; on a values sheet it holds the count, and labels need `Numerator label`.
 */
export function readIndicatorFields(ctx: RowContext, labelFields: 'plain' | 'labelled'): IndicatorFields {
  const target = numberField(ctx, 'target', 'target');
  const annualTarget = numberField(ctx, 'annualTarget', 'annual target');
  const tolerance = positiveField(ctx, 'tolerance', 'tolerance');
  const ratePer = positiveField(ctx, 'ratePer', 'rate base ("Rate per")');
  const plain = labelFields === 'plain';
  return {
    title: textField(ctx, 'title'),
    titleWhere: ctx.columns.has('title') ? whereOf(ctx, 'title') : null,
    polarity: polarityField(ctx),
    unit: unitField(ctx),
    decimals: decimalsField(ctx),
    target: target.value,
    measureType: measureTypeField(ctx),
    annualTarget: annualTarget.value,
    targetProfile: targetProfileField(ctx),
    targetDate: targetDateField(ctx),
    tolerance: tolerance.value,
    ratePer: ratePer.value === 0 ? null : ratePer.value,
    theme: textField(ctx, 'theme'),
    owner: textField(ctx, 'owner'),
    definition: textField(ctx, 'definition'),
    rationale: textField(ctx, 'rationale'),
    numeratorLabel: textField(ctx, plain ? 'numerator' : 'numeratorLabel') ?? (plain ? textField(ctx, 'numeratorLabel') : null),
    denominatorLabel: textField(ctx, plain ? 'denominator' : 'denominatorLabel') ?? (plain ? textField(ctx, 'denominatorLabel') : null),
    shownAsPercent: target.percent || tolerance.percent || annualTarget.percent,
    confirmed: ctx.columns.has('confirmed') && readConfirmed(cellAt(ctx.row, ctx.columns.get('confirmed')), whereOf(ctx, 'confirmed'), ctx.findings),
  };
}

/** Combine fields from several rows of one indicator (the long layout repeats them): the first filled-in wins. */
export function mergeIndicatorFields(first: IndicatorFields, later: IndicatorFields): IndicatorFields {
  const pick = <T>(a: T | null, b: T | null): T | null => (a !== null ? a : b);
  return {
    title: pick(first.title, later.title),
    titleWhere: first.title !== null ? first.titleWhere : later.titleWhere,
    polarity: pick(first.polarity, later.polarity),
    unit: pick(first.unit, later.unit),
    decimals: pick(first.decimals, later.decimals),
    target: pick(first.target, later.target),
    measureType: pick(first.measureType, later.measureType),
    annualTarget: pick(first.annualTarget, later.annualTarget),
    targetProfile: pick(first.targetProfile, later.targetProfile),
    targetDate: pick(first.targetDate, later.targetDate),
    tolerance: pick(first.tolerance, later.tolerance),
    ratePer: pick(first.ratePer, later.ratePer),
    theme: pick(first.theme, later.theme),
    owner: pick(first.owner, later.owner),
    definition: pick(first.definition, later.definition),
    rationale: pick(first.rationale, later.rationale),
    numeratorLabel: pick(first.numeratorLabel, later.numeratorLabel),
    denominatorLabel: pick(first.denominatorLabel, later.denominatorLabel),
    shownAsPercent: first.shownAsPercent || later.shownAsPercent,
    confirmed: first.confirmed || later.confirmed,
  };
}
