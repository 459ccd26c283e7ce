// Writes output files so a reader never sees a half-written one: each goes to a temporary name, then is renamed into place.
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';

export interface OutputFile {
  /** Path relative to the output folder. */
  name: string;
  bytes: Uint8Array;
}

/**
 * Writes every file to a temporary sibling first; only when all are written are they renamed into place,
 * so a failure part-way leaves the previous good files and no truncated ones.
 */
export async function writeFilesAtomically(outDir: string, files: readonly OutputFile[]): Promise<string[]> {
  const staged: { temp: string; final: string }[] = [];
  try {
    for (const file of files) {
      const final = join(outDir, file.name);
      // Names come from the data; whatever they say, nothing is written outside the output folder.
      if (relative(resolve(outDir), resolve(final)).startsWith('..') || isAbsolute(relative(resolve(outDir), resolve(final)))) {
        throw new Error(`refusing to write ${final}: it is outside the output folder ${outDir}`);
      }
      await mkdir(dirname(final), { recursive: true });
      // The suffix only names a scratch file; it never reaches the output's bytes.
      const temp = join(dirname(final), `.${basename(final)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      staged.push({ temp, final });
      await writeFile(temp, file.bytes);
    }
    for (const { temp, final } of staged) await rename(temp, final);
  } catch (e) {
    await Promise.all(staged.map(({ temp }) => rm(temp, { force: true })));
    throw e;
  }
  return staged.map((s) => s.final);
}
