// Words a paper counts and lists with: `two quarters`, `2009-10 Q1 and 2009-10 Q2`, `Cllr A; Cllr B`.
import { listInWords, numberInWords } from '../../narrate/index.js';
import { describe, HelperError, stringArgument, type BoardpackHelper } from './define.js';

/** `one quarter`, `two quarters`, `13 quarters`. */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${numberInWords(n)} ${n === 1 ? noun : plural}`;
}


function wholeNumber(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new HelperError(`expects ${what} as a whole number, got ${describe(value)}`);
  return value;
}

function texts(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new HelperError(`expects a list of text, got ${describe(value)}`);
  return value;
}

/**
 * A meeting named in a sentence: `Cabinet` and `Council` stand alone, as councils write them; any other body takes
 * `the` (`That the Children's Scrutiny Panel notes ...`).
 */
export function meetingInSentence(name: string): string {
  const trimmed = name.trim();
  if (/^(the\s|\[)/i.test(trimmed) || /^(cabinet|council|full council)$/i.test(trimmed)) return trimmed;
  return `the ${trimmed}`;
}

/** `{{meetingName config.meeting.committee}}` → `Cabinet`, `the Scrutiny Panel`. */
export const meetingName: BoardpackHelper = (args) => meetingInSentence(stringArgument(args, 0, 'a meeting name'));

/** `{{inWords redStreak}}` → `two`. */
export const inWords: BoardpackHelper = ([n]) => numberInWords(wholeNumber(n, 'a count'));

/** `{{count redStreak "quarter"}}` → `two quarters` (a third argument gives an irregular plural). */
export const count: BoardpackHelper = (args) => {
  const n = wholeNumber(args[0], 'a count');
  const noun = stringArgument(args, 1, 'a noun');
  return args.length > 2 ? countOf(n, noun, stringArgument(args, 2, 'its plural')) : countOf(n, noun);
};

/** `{{listWords config.meeting.cabinetMembers}}` → `a, b and c`. */
export const listWords: BoardpackHelper = ([list]) => listInWords(texts(list));

/** `{{join config.meeting.cabinetMembers "; "}}`. */
export const join: BoardpackHelper = (args) => texts(args[0]).join(stringArgument(args, 1, 'a separator'));

/** `{{listWords (ids exceptions)}}` → `NI68 and IA01`: the ids of a list of indicators. */
export const ids: BoardpackHelper = ([list]) => {
  if (!Array.isArray(list) || !list.every((a) => typeof a === 'object' && a !== null && typeof (a as { id?: unknown }).id === 'string')) {
    throw new HelperError(`expects a list of indicators, got ${describe(list)}`);
  }
  return list.map((a: { id: string }) => a.id);
};

/** `{{upperFirst (count n "indicator")}}` → `Two indicators`: a generated phrase opening a sentence. */
export const upperFirst: BoardpackHelper = (args) => {
  const text = stringArgument(args, 0, 'text');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
};
