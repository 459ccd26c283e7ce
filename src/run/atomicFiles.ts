// Writing where clerks look: every file goes to a hidden temporary name first and is renamed into place whole.
import type { Dirent } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let sequence = 0;

/** `.cabinet-paper.pdf.4242-7.tmp`: hidden, and unmistakably not a paper. */
export function tempNameFor(path: string): string {
  sequence += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}-${sequence}.tmp`);
}

export const isTempName = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp');

/** Writes and flushes to disk, so a rename never publishes a file whose bytes are still only in the page cache. */
async function writeDurably(path: string, bytes: Uint8Array | string): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** One file, atomically: the manifest and the exception register. */
export async function writeFileAtomically(path: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = tempNameFor(path);
  try {
    await writeDurably(temp, bytes);
    await rename(temp, path);
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
 */
export async function replaceFiles(dir: string, files: readonly { name: string; bytes: Uint8Array }[], options: ReplaceOptions = {}): Promise<void> {
  const staged: { temp: string; final: string }[] = [];
  const stopped = (): boolean => options.signal?.aborted === true;
  try {
    for (const file of files) {
      if (stopped()) throw new RunStopped();
      const final = join(dir, file.name);
      await mkdir(dirname(final), { recursive: true });
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

/** Removes temporary files a killed run left in `dir` (not below it); a missing folder has none. Returns what went. */
export async function removeStaleTemps(dir: string, now: number = Date.now()): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const temps = entries.filter((e) => e.isFile() && isTempName(e.name)).map((e) => join(dir, e.name));
  const ages = await Promise.all(temps.map(async (path) => ({ path, modified: (await stat(path).catch(() => null))?.mtimeMs ?? now })));
  const stale = ages.filter((t) => now - t.modified >= STALE_TEMP_AGE_MS).map((t) => t.path).sort();
  await Promise.all(stale.map((path) => rm(path, { force: true })));
  return stale;
}
