// Where boardpack may write: folders made one level at a time, and never a write through a link out of the output folder.
import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import { lstat, mkdir, open, realpath, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * A place boardpack will not write, and why. The message starts with the path (the folder, or the link in the
 * way), so the user knows what to fix.
 */
export class OutputPathError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'OutputPathError';
  }
}

/** How long the up-front check of an output folder may take before it is reported as not answering. */
export const OUTPUT_CHECK_TIMEOUT_MS = 10_000;

const codeOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;
const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** True when a relative path climbs out of where it starts (`..`, `../x`; not a name such as `..notes`). */
const climbsOut = (rel: string): boolean => rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);

/** True when `inner` is `outer` or below it; both must already be real (or both lexical) paths. */
const isWithin = (outer: string, inner: string): boolean => !climbsOut(relative(outer, inner));

/**
 * Makes `path` as one folder (its parent must exist); a folder already there, or made by someone else meanwhile,
 * is fine. One plain mkdir, never `recursive: true`: Node 20's recursive mkdir retries forever where a file system
 * answers ENOENT for a folder whose parent exists, as /proc does, so `--out /proc/nope` spun for ever.
 */
async function makeOneFolder(path: string, shown: string = path): Promise<void> {
  try {
    await mkdir(path);
  } catch (e) {
    if (codeOf(e) === 'EEXIST') {
      const info = await stat(path).catch(() => null);
      if (info?.isDirectory() === true) return;
      throw new OutputPathError(shown, 'is not a folder (a file is in the way)');
    }
    throw new OutputPathError(shown, `cannot be created (${messageOf(e)})`);
  }
}

/**
 * Makes `folder` and any missing folders above it, outermost first, and returns those it made. Folders above the
 * output folder are the user's choice, so links there are followed. Ends: each step goes one level up, and the
 * file system's root exists.
 */
async function makeFolderChain(folder: string): Promise<string[]> {
  const missing: string[] = [];
  for (let path = resolve(folder); ; path = dirname(path)) {
    let info: Stats | null;
    try {
      info = await stat(path);
    } catch (e) {
      // ENOTDIR: a file somewhere above; going up finds it and names it.
      if (codeOf(e) !== 'ENOENT' && codeOf(e) !== 'ENOTDIR') throw new OutputPathError(path, `cannot be used (${messageOf(e)})`);
      info = null;
    }
    if (info !== null) {
      if (!info.isDirectory()) throw new OutputPathError(path, 'is not a folder (a file is in the way)');
      break;
    }
    if (dirname(path) === path) throw new OutputPathError(path, 'does not exist');
    missing.unshift(path);
  }
  for (const path of missing) await makeOneFolder(path);
  return missing;
}

/** `path`'s real place if it is a link, after checking that place is inside `realRoot`; null if it is not a link. `shown` names it. */
async function linkTargetInside(path: string, shown: string, info: Stats, realRoot: string, root: string): Promise<string | null> {
  if (!info.isSymbolicLink()) return null;
  let target: string;
  try {
    target = await realpath(path);
  } catch (e) {
    throw new OutputPathError(shown, `is a symbolic link that leads nowhere usable (${messageOf(e)}); remove it, or replace it with a folder`);
  }
  if (!isWithin(realRoot, target)) {
    throw new OutputPathError(shown, `is a symbolic link to ${target}, outside the output folder ${root}; boardpack never writes through a link that leads out of it. Replace the link with a real folder, or make the output folder the real place`);
  }
  return target;
}

/**
 * The real path of `folder` (absolute, or relative to `root`), which must be `root` or below it. Walks down from
 * root's real path one name at a time: a missing folder is made when `create` (otherwise the answer is null), a
 * symbolic link is followed only when its real place is inside root's real place (a link that stays inside is
 * allowed), anything else in the way is an error. Writing into the returned folder then never goes through a link.
 * The root itself may be a link: the user chose it. A link swapped in by someone racing the run after this walk is
 * not caught; this guards against links already in place, not against a concurrent attacker.
 */
async function realFolderInside(root: string, folder: string, create: boolean): Promise<string | null> {
  const rootPath = resolve(root);
  const rel = relative(rootPath, resolve(rootPath, folder));
  if (climbsOut(rel)) throw new OutputPathError(resolve(rootPath, folder), `is outside the output folder ${root}`);
  if (create) await makeFolderChain(rootPath);
  let current: string;
  try {
    current = await realpath(rootPath);
  } catch (e) {
    if (!create && codeOf(e) === 'ENOENT') return null;
    throw new OutputPathError(rootPath, `cannot be used (${messageOf(e)})`);
  }
  const realRoot = current;
  if (!(await stat(realRoot)).isDirectory()) throw new OutputPathError(rootPath, 'is not a folder (a file is in the way)');
  // `shown` is the same place as the user wrote it, for messages; `current` is where the walk really is.
  let shown = rootPath;
  for (const name of rel.split(sep).filter((n) => n !== '' && n !== '.')) {
    const path = join(current, name);
    shown = join(shown, name);
    let info = await lstat(path).catch((e: unknown) => {
      if (codeOf(e) === 'ENOENT') return null;
      throw new OutputPathError(shown, `cannot be used (${messageOf(e)})`);
    });
    if (info === null) {
      if (!create) return null;
      await makeOneFolder(path, shown);
      info = await lstat(path);
    }
    const target = await linkTargetInside(path, shown, info, realRoot, root);
    if (target !== null) info = await stat(target);
    if (!info.isDirectory()) throw new OutputPathError(shown, 'is not a folder (a file is in the way)');
    current = target ?? path;
  }
  return current;
}

/** Makes `folder` (absolute, or relative to `root`) inside `root` as realFolderInside does; returns its real path. */
export async function makeFolderInside(root: string, folder: string): Promise<string> {
  const made = await realFolderInside(root, folder, true);
  if (made === null) throw new OutputPathError(resolve(root, folder), 'could not be made');
  return made;
}

/** The real path of an existing `folder` inside `root`, checked as realFolderInside does; null if it is not there. */
export const existingFolderInside = (root: string, folder: string): Promise<string | null> => realFolderInside(root, folder, false);

/**
 * Creates `path` as a new file and writes it, failing if anything (a file, a link planted at a predictable name)
 * is already there, so a temporary file is never written through a link. `sync` flushes it to disk before closing.
 */
export async function writeNewFile(path: string, bytes: Uint8Array | string, sync: boolean): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    if (sync) await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Rejects with an OutputPathError naming `path` if `work` has not settled within `ms`. */
export async function withinTime<T>(work: Promise<T>, ms: number, path: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OutputPathError(path, `did not answer within ${ms >= 1000 ? `${Math.round(ms / 1000)} seconds` : `${ms} ms`} (a network share that is not responding?)`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface OutputCheckOptions {
  /** Remove the folders the check made (build: a build that then fails leaves nothing). Default false. */
  removeWhatItMade?: boolean;
  timeoutMs?: number;
}

/** Makes the folder and writes and removes a hidden probe file in it; returns the folders it made. */
async function proveWritable(folder: string): Promise<string[]> {
  const made = await makeFolderChain(folder);
  const probe = join(folder, `.boardpack-write-check.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeNewFile(probe, '', false);
  } catch (e) {
    throw new OutputPathError(folder, `cannot be written (${messageOf(e)})`);
  } finally {
    await rm(probe, { force: true }).catch(() => undefined);
  }
  return made;
}

/**
 * Before any work: can the output folder be made and written? Answers within a bounded time. Returns the problem,
 * naming the folder (or the file or link in the way), or null when the folder is usable.
 */
export async function outputFolderProblem(folder: string, options: OutputCheckOptions = {}): Promise<OutputPathError | null> {
  const check = proveWritable(folder).then(async (made) => {
    if (options.removeWhatItMade === true) for (const path of [...made].reverse()) await rmdir(path).catch(() => undefined);
  });
  try {
    await withinTime(check, options.timeoutMs ?? OUTPUT_CHECK_TIMEOUT_MS, resolve(folder));
    return null;
  } catch (e) {
    if (e instanceof OutputPathError) return e;
    return new OutputPathError(resolve(folder), `cannot be used (${messageOf(e)})`);
  }
}
