// Reading a workbook ahead: the worker starts on the file named on the command line before the command asks for it,
// so its start, the guard and the read overlap the command line loading. The start-up (src/startup/) begins the
// read before it even compiles the command line's bundle; the bundle has its own copy of this module, so the start-up
// hands its reads over (`adoptReadsAhead`) and the command takes them from there.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { workbookArgument } from '../commandNames.js';
import { defaultReadLimits } from './limits.js';
import { startWorkbookRead, type WorkbookRead } from './runWorker.js';
import type { ReadLimits } from './types.js';

/** A read begun ahead: the file as named, the limits it reads under, and the read. */
export interface ReadAhead {
  file: string;
  limits: ReadLimits;
  read: WorkbookRead;
}

const readsAhead = new Map<string, ReadAhead>();
const aheadKey = (file: string, limits: ReadLimits): string => `${resolve(file)}\u0000${JSON.stringify(limits)}`;

/**
 * Starts reading a workbook before the command asks for it. The first read of the same file with the same limits
 * takes the result; a read with other limits (a config's own) reads afresh. Until taken, the read does not keep the
 * process alive, so a command that stops early (a mistyped option) exits at once.
 */
export function readWorkbookAhead(file: string, limits: ReadLimits = defaultReadLimits): ReadAhead | null {
  // Only a regular file: a pipe would hold a reading thread, and the process, until something wrote to it.
  const regular = statSync(file, { throwIfNoEntry: false })?.isFile() === true;
  if (!regular) return null;
  const key = aheadKey(file, limits);
  let ahead = readsAhead.get(key);
  if (ahead === undefined) readsAhead.set(key, (ahead = { file, limits, read: startWorkbookRead(file, limits, { guard: true, background: true }) }));
  return ahead;
}

/** The read begun ahead for the workbook a command line names, if it names one (as a list, to hand over whole). */
export function readAheadFor(argv: readonly string[]): ReadAhead[] {
  const file = workbookArgument(argv);
  const ahead = file === null ? null : readWorkbookAhead(file);
  return ahead === null ? [] : [ahead];
}

/** Reads begun ahead by another copy of this module (the start-up's), to be taken here as if begun here. */
export function adoptReadsAhead(reads: readonly ReadAhead[]): void {
  for (const ahead of reads) {
    const key = aheadKey(ahead.file, ahead.limits);
    if (!readsAhead.has(key)) readsAhead.set(key, ahead);
  }
}

/** The read begun ahead for this file and these limits, taken (so it is not taken twice); undefined if none was. */
export function takeReadAhead(file: string, limits: ReadLimits): WorkbookRead | undefined {
  const key = aheadKey(file, limits);
  const ahead = readsAhead.get(key);
  readsAhead.delete(key);
  return ahead?.read;
}
