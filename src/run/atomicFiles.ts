// Writing where clerks look: every file goes to a hidden temporary name first and is renamed into place whole.
import type { Dirent } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { existingFolderInside, makeFolderInside, writeNewFile } from '../safePaths.js';

let sequence = 0;

/** `.cabinet-paper.pdf.4242-7.tmp`: hidden, and unmistakably not a paper. */
export function tempNameFor(path: string): string {
  sequence += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}-${sequence}.tmp`);
}

export const isTempName = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp');

/** Writes a new file and flushes it to disk, so a rename never publishes bytes that are still only in the page cache. */
const writeDurably = (path: string, bytes: Uint8Array | string): Promise<void> => writeNewFile(path, bytes, true);

/**
 * One file, atomically: the manifest and the exception register. `path` must be inside `root` (the run's
 * outputRoot); its folders are made and checked by makeFolderInside, so no link carries the write out of root.
 */
export async function writeFileAtomically(root: string, path: string, bytes: Uint8Array | string): Promise<void> {
  const final = join(await makeFolderInside(root, dirname(path)), basename(path));
  const temp = tempNameFor(final);
  try {
    await writeDurably(temp, bytes);
    await rename(temp, final);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

export class RunStopped extends Error {
  constructor() {
    super('the run was stopped');
    this.name = 'RunStopped';
  }
}

export interface ReplaceOptions {
  signal?: AbortSignal | undefined;
  /** Test hook: runs when every file is staged and none renamed; may throw (a full disk) or wait (to be killed). */
  beforeRename?: ((signal: AbortSignal | undefined) => Promise<void>) | undefined;
}

/**
 * Stages every file under a temporary name, then renames them all into place. Until the renames, the previous
 * files are untouched; if anything fails or the run is stopped first, the temporary files are removed and the
 * error is thrown (RunStopped when stopped). Renames are not interrupted: each is atomic and they take microseconds.
 * `dir` must be inside `root` (the run's outputRoot); folders are made and checked by makeFolderInside, so a link
 * leading out of root is refused (an OutputPathError naming it), and a paper that is itself a link is replaced.
 */
export async function replaceFiles(root: string, dir: string, files: readonly { name: string; bytes: Uint8Array }[], options: ReplaceOptions = {}): Promise<void> {
  const staged: { temp: string; final: string }[] = [];
  const stopped = (): boolean => options.signal?.aborted === true;
  try {
    for (const file of files) {
      if (stopped()) throw new RunStopped();
      const named = join(dir, file.name);
      const final = join(await makeFolderInside(root, dirname(named)), basename(named));
      const temp = tempNameFor(final);
      staged.push({ temp, final });
      await writeDurably(temp, file.bytes);
    }
    if (options.beforeRename !== undefined) await options.beforeRename(options.signal);
    if (stopped()) throw new RunStopped();
  } catch (e) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw e;
  }
  for (const { temp, final } of staged) await rename(temp, final);
}

/**
 * How old a temporary file must be before a run takes it for one a killed run left. Younger ones may belong to
 * another shard writing into the same folder right now (from another machine, so its process id says nothing).
 */
export const STALE_TEMP_AGE_MS = 10 * 60 * 1000;

/**
 * Removes temporary files a killed run left in `dir` (not below it); a missing folder has none. Returns what went,
 * as paths under `dir`. `dir` must be inside `root`: a folder reached through a link out of root throws an
 * OutputPathError rather than have files removed outside.
 */
export async function removeStaleTemps(root: string, dir: string, now: number = Date.now()): Promise<string[]> {
  const real = await existingFolderInside(root, dir);
  if (real === null) return [];
  let entries: Dirent[];
  try {
    entries = await readdir(real, { withFileTypes: true });
  } catch {
    return [];
  }
  // Dirent does not follow links: a link named like a temporary file is not a file here, and is left alone.
  const temps = entries.filter((e) => e.isFile() && isTempName(e.name)).map((e) => e.name);
  const ages = await Promise.all(temps.map(async (name) => ({ name, modified: (await stat(join(real, name)).catch(() => null))?.mtimeMs ?? now })));
  const stale = ages.filter((t) => now - t.modified >= STALE_TEMP_AGE_MS).map((t) => t.name).sort();
  await Promise.all(stale.map((name) => rm(join(real, name), { force: true })));
  return stale.map((name) => join(dir, name));
}
