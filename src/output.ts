// Writes output files so a reader never sees a half-written one: each goes to a temporary name, then is renamed into place.
import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { makeFolderInside, writeNewFile } from './safePaths.js';

export interface OutputFile {
  /** Path relative to the output folder. */
  name: string;
  bytes: Uint8Array;
}

/**
 * Writes every file to a temporary sibling first; only when all are written are they renamed into place,
 * so a failure part-way leaves the previous good files and no truncated ones. Folders are made and checked by
 * makeFolderInside: nothing is written outside the output folder, whatever the names say and whatever links
 * lie below it (an OutputPathError names the link). A file in place that is a link is replaced, not written through.
 * Returns the files' paths as the user wrote the output folder.
 */
export async function writeFilesAtomically(outDir: string, files: readonly OutputFile[]): Promise<string[]> {
  const staged: { temp: string; final: string }[] = [];
  try {
    for (const file of files) {
      const folder = await makeFolderInside(outDir, dirname(file.name));
      const final = join(folder, basename(file.name));
      // The suffix only names a scratch file; it never reaches the output's bytes.
      const temp = join(folder, `.${basename(final)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      staged.push({ temp, final });
      await writeNewFile(temp, file.bytes, false);
    }
    for (const { temp, final } of staged) await rename(temp, final);
  } catch (e) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw e;
  }
  return files.map((file) => join(outDir, file.name));
}
