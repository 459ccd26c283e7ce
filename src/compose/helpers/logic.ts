// Logic helpers for `{{#if}}` conditions: eq, ne, and, or, not, gt, lt.
import { isFinancialQuarter, samePeriod } from '../../period.js';
import { HelperError, type BoardpackHelper } from './define.js';

function pair(args: unknown[], name: string): [unknown, unknown] {
  if (args.length !== 2) throw new HelperError(`${name} compares two values, got ${args.length}`);
  return [args[0], args[1]];
}

function numbers(args: unknown[], name: string): [number, number] {
  const [a, b] = pair(args, name);
  if (typeof a !== 'number' || typeof b !== 'number') throw new HelperError(`${name} compares two numbers`);
  return [a, b];
}

/** Values are equal when identical; two periods when they are the same quarter (each is its own object). */
function same(a: unknown, b: unknown): boolean {
  return isFinancialQuarter(a) && isFinancialQuarter(b) ? samePeriod(a, b) : a === b;
}

export const eq: BoardpackHelper = (args) => {
  const [a, b] = pair(args, 'eq');
  return same(a, b);
};
export const ne: BoardpackHelper = (args) => {
  const [a, b] = pair(args, 'ne');
  return !same(a, b);
};
export const gt: BoardpackHelper = (args) => {
  const [a, b] = numbers(args, 'gt');
  return a > b;
};
export const lt: BoardpackHelper = (args) => {
  const [a, b] = numbers(args, 'lt');
  return a < b;
};

/** Truth as `{{#if}}` sees it: an empty list is false too. */
function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

export const and: BoardpackHelper = (args) => {
  if (args.length < 2) throw new HelperError('and needs at least two values');
  return args.every(truthy);
};
export const or: BoardpackHelper = (args) => {
  if (args.length < 2) throw new HelperError('or needs at least two values');
  return args.some(truthy);
};
export const not: BoardpackHelper = (args) => {
  if (args.length !== 1) throw new HelperError(`not takes one value, got ${args.length}`);
  return !truthy(args[0]);
};
