// Publishing files where clerks look, for `build` and `run` alike: staged under hidden temporary names, flushed to
// disk, then renamed into place all at once, never through a link out of the output root.
import { createHash, randomBytes } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { open, readdir, realpath, rename, rm, rmdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { existingFolderInside, makeFolderInside, writeNewFile } from './safePaths.js';

export interface OutputFile {
  /** Path relative to the output folder. */
  name: string;
  bytes: Uint8Array;
}

/** A file as staged: its name (relative to the staging folder), size and sha256, and where it waits. */
export interface StagedFile {
  name: string;
  bytes: number;
  sha256: string;
  /** Absolute real path of the temporary file. */
  temp: string;
  /** Absolute real path it is renamed to. */
  final: string;
}

/** Where a build's papers go, one at a time, as each is rendered. */
export interface PaperSink {
  put(name: string, bytes: Uint8Array): Promise<void>;
}

/** A sink written behind the renderer: see writeBehind. */
export interface WriteBehind {
  /** Queues the file; resolves at once, or, with `ahead` files already waiting, once the oldest is written. */
  put(name: string, bytes: Uint8Array): Promise<void>;
  /** Resolves when every queued file is written; rejects with the first failure (no file after it is written). */
  settled(): Promise<void>;
  /** The names written, in the order queued. */
  readonly written: readonly string[];
}

/**
 * Hands files to `sink` one after another, in the order given, while the caller renders the next: writing a staged
 * file and flushing it to disk takes a millisecond or two in which the renderer waited (1.9 s of a 15 s build of 500
 * exception reports). At most `ahead` files wait in memory beside the one being written.
 */
export function writeBehind(sink: PaperSink, ahead = 2): WriteBehind {
  let chain: Promise<void> = Promise.resolve();
  const waiting: Promise<void>[] = [];
  const written: string[] = [];
  return {
    written,
    async put(name, bytes) {
      const done = chain.then(async () => {
        await sink.put(name, bytes);
        written.push(name);
      });
      // Handled here so a failure is not reported as unhandled before put or settled returns it.
      done.catch(() => undefined);
      chain = done;
      waiting.push(done);
      if (waiting.length > ahead) await waiting.shift();
    },
    settled: () => chain,
  };
}

export class RunStopped extends Error {
  constructor() {
    super('the run was stopped');
    this.name = 'RunStopped';
  }
}

let sequence = 0;

/**
 * `.cabinet-paper.pdf.4242-7-1f3a9c0e.tmp`: hidden, unmistakably not a paper, and unique across processes and
 * machines sharing a folder (the random part); it never reaches the output's bytes.
 */
export function tempNameFor(path: string): string {
  sequence += 1;
  return join(dirname(path), `.${basename(path)}.${process.pid}-${sequence}-${randomBytes(4).toString('hex')}.tmp`);
}

export const isTempName = (name: string): boolean => name.startsWith('.') && name.endsWith('.tmp');

/** The tail tempNameFor gives a name: `.<pid>-<sequence>-<8 hex>.tmp`; the pid is captured. */
const TEMP_TAIL = /\.(\d+)-\d+-[0-9a-f]{8}\.tmp$/;

/** Flushes a folder's entries (the renames just made) to disk; a file system that cannot is left to its own pace. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r').catch(() => null);
  if (handle === null) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems (and Windows) refuse fsync on a folder: the renames are still atomic, only less durable.
  } finally {
    await handle.close();
  }
}

export const sha256Of = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/**
 * A set of files staged under temporary names in a folder inside `root`, published together. Every file is written
 * to a new temporary file (never through a link planted at its name) and flushed to disk before it counts as
 * staged; folders are made and checked by makeFolderInside, so no link carries a write out of `root` (an
 * OutputPathError names the link). `publish` renames them all into place and flushes the folders; `discard`
 * removes whatever was staged. Only the names and hashes are kept, never the bytes: a build's memory does not grow
 * with its number of papers.
 */
export class Staging implements PaperSink {
  readonly files: StagedFile[] = [];
  private closed = false;

  /** `dir`: the folder the names are relative to, absolute or relative to `root`. */
  constructor(
    readonly root: string,
    readonly dir: string,
    private readonly signal?: AbortSignal | undefined,
  ) {}

  /** Staging already done by another process (a run's worker): published or discarded here. */
  static adopt(root: string, dir: string, files: readonly StagedFile[], signal?: AbortSignal): Staging {
    const staging = new Staging(root, dir, signal);
    staging.files.push(...files);
    return staging;
  }

  async put(name: string, bytes: Uint8Array | string): Promise<void> {
    if (this.closed) throw new Error(`${name}: staged after the files were published or discarded`);
    if (this.signal?.aborted === true) throw new RunStopped();
    const named = resolve(this.root, this.dir, name);
    const final = join(await makeFolderInside(this.root, dirname(named)), basename(named));
    const temp = tempNameFor(final);
    // Listed before writing, so a failure part-way still removes the partial temporary file.
    const file: StagedFile = { name, bytes: typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength, sha256: sha256Of(bytes), temp, final };
    this.files.push(file);
    await writeNewFile(temp, bytes, true);
  }

  /**
   * Renames every staged file into place, in the order staged, then flushes their folders. `between(k)` is a test
   * hook run after the k-th rename (k = 0 before the first), to stop a run at any point of its renames.
   */
  async publish(between?: (renamed: number) => Promise<void>): Promise<string[]> {
    this.closed = true;
    await between?.(0);
    for (const [i, { temp, final }] of this.files.entries()) {
      await rename(temp, final);
      await between?.(i + 1);
    }
    for (const folder of new Set(this.files.map((f) => dirname(f.final)))) await syncFolder(folder);
    return this.files.map((f) => f.final);
  }

  /** Removes what was staged, and the folders below the root left empty by it (a held job leaves no folder). */
  async discard(): Promise<void> {
    this.closed = true;
    await Promise.all(this.files.map(({ temp }) => rm(temp, { force: true }).catch(() => undefined)));
    const root = await realpath(this.root).catch(() => null);
    if (root === null) return;
    for (const folder of [...new Set(this.files.map((f) => dirname(f.final)))].sort().reverse()) {
      // Only below the root, deepest first; rmdir leaves any folder that still holds something.
      for (let path = folder; path !== root && path.startsWith(`${root}${sep}`); path = dirname(path)) {
        if (!(await rmdir(path).then(() => true, () => false))) break;
      }
    }
  }
}

/**
 * Writes every file to a temporary sibling first; only when all are written are they renamed into place, so a
 * failure part-way leaves the previous good files and no truncated ones. Returns the files' paths as the user wrote
 * the output folder.
 */
export async function writeFilesAtomically(outDir: string, files: readonly OutputFile[]): Promise<string[]> {
  const staging = new Staging(outDir, '.');
  try {
    for (const file of files) await staging.put(file.name, file.bytes);
  } catch (e) {
    await staging.discard();
    throw e;
  }
  await staging.publish();
  return files.map((file) => join(outDir, file.name));
}

/** One file, atomically (a manifest, the exception register): `path` must be inside `root`. */
export async function writeFileAtomically(root: string, path: string, bytes: Uint8Array | string): Promise<void> {
  const staging = new Staging(root, dirname(resolve(root, path)));
  try {
    await staging.put(basename(path), bytes);
    await staging.publish();
  } catch (e) {
    await staging.discard();
    throw e;
  }
}

/**
 * How old a temporary file must be before a run takes it for one a killed run left. Younger ones may belong to
 * another shard writing into the same folder right now (from another machine, so its process id says nothing).
 */
export const STALE_TEMP_AGE_MS = 10 * 60 * 1000;

/**
 * Removes temporary files a killed run left in `dir` (not below it); a missing folder has none. Returns what went,
 * as paths under `dir`. `dir` must be inside `root`: a folder reached through a link out of root throws an
 * OutputPathError rather than have files removed outside. `ownedBy`: process ids of this run's own workers, whose
 * temporary files go whatever their age (a worker stopped mid-job leaves its staging behind).
 */
export async function removeStaleTemps(root: string, dir: string, now: number = Date.now(), ownedBy: readonly number[] = []): Promise<string[]> {
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
  // The process id is the one in the name's tail as tempNameFor writes it, never a `.<digits>-` in the paper's own name.
  const owned = (name: string): boolean => {
    const pid = TEMP_TAIL.exec(name)?.[1];
    return pid !== undefined && ownedBy.includes(Number(pid));
  };
  const stale = ages.filter((t) => now - t.modified >= STALE_TEMP_AGE_MS || owned(t.name)).map((t) => t.name).sort();
  await Promise.all(stale.map((name) => rm(join(real, name), { force: true })));
  return stale.map((name) => join(dir, name));
}
