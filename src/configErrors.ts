// A config file's problems in plain words: each validator issue with its YAML path, and for an unknown key the keys allowed.
import type { z } from 'zod';
import { nearest } from './nearest.js';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;
type Path = readonly PropertyKey[];

/** `meeting.date`, `jobs.0.paperConfig`: the path as the YAML nests it; '' at the top. */
export function yamlPath(path: Path): string {
  return path.map(String).join('.');
}

/** The schema inside wrappers that do not change what keys a value has (optional, default, a pipe's input ...). */
function unwrap(schema: Schema): Schema {
  const def = schema._zod.def as { type: string; innerType?: Schema; in?: Schema; getter?: () => Schema };
  if (def.innerType !== undefined && ['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional'].includes(def.type)) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in !== undefined) return unwrap(def.in);
  if (def.type === 'lazy' && def.getter !== undefined) return unwrap(def.getter());
  return schema;
}

/** The schema a value at `path` is checked against, or null where the path leaves the schema (a union, unknown data). */
export function schemaAt(root: Schema, path: Path): Schema | null {
  let schema: Schema | null = unwrap(root);
  for (const step of path) {
    if (schema === null) return null;
    const def = schema._zod.def as { type: string; shape?: Record<string, Schema>; element?: Schema; valueType?: Schema };
    if (def.type === 'object') schema = def.shape?.[String(step)] ?? null;
    else if (def.type === 'array') schema = def.element ?? null;
    else if (def.type === 'record') schema = def.valueType ?? null;
    else return null;
    if (schema !== null) schema = unwrap(schema);
  }
  return schema;
}

/** The keys a mapping at `path` may have, in the schema's order; null where the path holds no fixed mapping. */
export function keysAllowedAt(root: Schema, path: Path): string[] | null {
  const schema = schemaAt(root, path);
  const def = schema?._zod.def as { type: string; shape?: Record<string, Schema> } | undefined;
  return def?.type === 'object' && def.shape !== undefined ? Object.keys(def.shape) : null;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping of keys to values',
  record: 'a mapping of keys to values',
};

/** What a value the user wrote is, in words: `"twelve"`, `12`, `a list`, `a mapping`, `empty`. */
function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return typeof value;
}

const quoteAll = (values: readonly unknown[]): string => values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');

/** True when zod wrote the message itself (its English defaults), not our own words given to a check. */
const isZodDefault = (message: string): boolean => /^(Invalid|Too (big|small)|Unrecognized key|Expected)\b/.test(message);

function sizeWords(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const small = issue.code === 'too_small';
  const bound = Number(small ? issue.minimum : issue.maximum);
  const inclusive = issue.inclusive !== false;
  switch (issue.origin) {
    case 'string':
      return small && bound === 1 ? 'must not be empty' : `must be ${small ? 'at least' : 'at most'} ${bound} characters long`;
    case 'array':
    case 'set':
      return small && bound === 1 ? 'must list at least one' : `must list ${small ? 'at least' : 'at most'} ${bound}`;
    default:
      if (small) return inclusive ? `must be ${bound} or more` : `must be more than ${bound}`;
      return inclusive ? `must be ${bound} or less` : `must be less than ${bound}`;
  }
}

/** One issue in words, without its path. */
function issueWords(issue: Issue, input: unknown): string {
  if (!isZodDefault(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `is missing: give ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}, not ${describeValue(input)}`;
    case 'invalid_value': {
      const near = typeof input === 'string' ? nearest(input, issue.values.map(String)) : null;
      return `${describeValue(input)} is not allowed here${near === null ? '' : ` (did you mean ${near}?)`}; write ${issue.values.length === 1 ? quoteAll(issue.values) : `one of ${quoteAll(issue.values)}`}`;
    }
    case 'too_small':
    case 'too_big':
      return `${sizeWords(issue)}${input === undefined ? '' : `; got ${describeValue(input)}`}`;
    case 'invalid_format':
      return `${describeValue(input)} is not in the form expected${issue.pattern === undefined ? '' : ` (${issue.pattern})`}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'invalid_union':
      return `${describeValue(input)} is not in any of the forms allowed here`;
    default:
      return issue.message;
  }
}

/** The value the user wrote at `path` in the raw config (for saying what it was). */
function valueAt(raw: unknown, path: Path): unknown {
  let value = raw;
  for (const step of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[step as string];
  }
  return value;
}

const at = (path: string, words: string): string => (path === '' ? words : `${path}: ${words}`);

/**
 * Every issue in plain words, each with its YAML path (`prefix` first, for a config nested in another): an unknown key
 * as `meeting: unknown key "comitee" (did you mean committee?); the keys allowed here are committee, date, ...`.
 */
export function configIssueMessages(schema: Schema, issues: readonly Issue[], raw: unknown, prefix: Path = []): string[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const allowed = keysAllowedAt(schema, issue.path) ?? [];
      const where = path.length === 0 ? 'at the top level' : 'here';
      return issue.keys.map((key) => {
        const near = nearest(key, allowed);
        return at(yamlPath(path), `unknown key "${key}"${near === null ? '' : ` (did you mean ${near}?)`}; the keys allowed ${where} are ${allowed.join(', ')}`);
      });
    }
    return [at(yamlPath(path), issueWords(issue, valueAt(raw, issue.path)))];
  });
}
