// The publish journal of a run: written before a job's papers are renamed into place, removed once the manifest
// says so, and replayed by the next run when a kill came in between, so papers and manifest never stay out of step.
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { existingFolderInside } from '../safePaths.js';
import { isTempName, sha256Of, writeFileAtomically, type StagedFile } from '../output.js';
import { isInside } from './config.js';
import { parseManifest, type Manifest, type ManifestFile, type ManifestJob } from './manifest.js';
import { stableJson } from './stableJson.js';

/** `.publish-<job>.json` in the period folder: hidden, and not a temporary file (stale-file tidying leaves it). */
export const journalName = (job: string): string => `.publish-${job}.json`;
const JOURNAL = /^\.publish-([a-z0-9]+(?:-[a-z0-9]+)*)\.json$/;

export interface Journal {
  version: 1;
  job: string;
  /** The period's label (`2016-17 Q3`), for a manifest that is not there yet. */
  period: string;
  /** The job's manifest entry once its papers are in place. */
  entry: ManifestJob;
  /** Staged file (relative to the period folder) → paper (`<job>/<file>`, relative to it), in rename order. */
  renames: { temp: string; name: string }[];
  /** Papers of the job's last build that this one does not make (`<job>/<file>`): removed once the new ones are in place. */
  remove: string[];
}

export function journalFor(periodDir: string, period: string, job: string, entry: ManifestJob, staged: readonly StagedFile[], remove: readonly string[]): Journal {
  return { version: 1, job, period, entry, renames: staged.map((f) => ({ temp: relative(periodDir, f.temp), name: `${job}/${f.name}` })), remove: [...remove] };
}

/** Where a name the journal or manifest gives may point: inside the job's own folder, never above it. */
function insideJob(periodDir: string, job: string, name: string): string | null {
  const path = resolve(periodDir, name);
  const jobDir = join(periodDir, job);
  return isInside(jobDir, path) && path !== jobDir ? path : null;
}

function parseJournal(text: string, job: string): Journal | null {
  try {
    const raw = JSON.parse(text) as Partial<Journal>;
    if (raw.version !== 1 || raw.job !== job || typeof raw.period !== 'string' || !Array.isArray(raw.renames) || !Array.isArray(raw.remove) || typeof raw.entry !== 'object') return null;
    // The entry is checked as a manifest's would be.
    if ('problem' in parseManifest(JSON.stringify({ version: 1, period: 'x', jobs: { [job]: raw.entry } }))) return null;
    return raw as Journal;
  } catch {
    return null;
  }
}

/** Removes papers inside the job's folder, best effort; never through a link out of the outputRoot. */
export async function removePapers(outputRoot: string, periodDir: string, job: string, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const path = insideJob(periodDir, job, name);
    if (path === null) continue;
    const folder = await existingFolderInside(outputRoot, dirname(path)).catch(() => null);
    if (folder !== null) await rm(join(folder, basename(path)), { force: true }).catch(() => undefined);
  }
}

/**
 * Finishes a publish a killed run left half done: every staged file still there is renamed into place (each was
 * whole and on disk before the journal was written), the superseded papers go, the manifest takes the job's entry,
 * and the journal goes last. Returns the job names repaired in this period folder.
 */
export async function replayJournals(outputRoot: string, periodDir: string, jobs: ReadonlySet<string>, manifestFile: string): Promise<string[]> {
  const real = await existingFolderInside(outputRoot, periodDir);
  if (real === null) return [];
  const names = (await readdir(real).catch(() => [] as string[])).filter((n) => JOURNAL.test(n)).sort();
  const repaired: string[] = [];
  for (const file of names) {
    const job = JOURNAL.exec(file)![1]!;
    if (!jobs.has(job)) continue; // another shard's job: its own run repairs it
    const journal = parseJournal(await readFile(join(real, file), 'utf8').catch(() => ''), job);
    if (journal !== null) {
      for (const { temp, name } of journal.renames) {
        const from = insideJob(real, job, temp);
        const to = insideJob(real, job, name);
        if (from === null || to === null || !isTempName(basename(from))) continue;
        if ((await stat(from).catch(() => null))?.isFile() === true) await rename(from, to);
      }
      // Removing and writing take the period folder as the user wrote it: the inside-the-root checks walk it from the
      // outputRoot, and a real path would look outside it when the outputRoot (or a folder above it) is a link.
      await removePapers(outputRoot, periodDir, job, journal.remove);
      // A manifest that cannot be read (a folder in the way, no permission), trusted (damaged, another version) or
      // written is left as it is, and so is the journal, for a run that can: the papers are in place, and this run's
      // own record of the period names the manifest and says it was not updated.
      const text = await readFile(join(real, manifestFile), 'utf8').catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : undefined));
      if (text === undefined) continue;
      const parsed = text === null ? null : parseManifest(text);
      if (parsed !== null && 'problem' in parsed) continue;
      const manifest: Manifest = parsed?.manifest ?? { version: 1, period: journal.period, jobs: {} };
      const next = stableJson({ ...manifest, jobs: { ...manifest.jobs, [job]: await describedOnDisk(real, journal.entry) } });
      if (!(await writeFileAtomically(outputRoot, join(periodDir, manifestFile), next).then(() => true, () => false))) continue;
      repaired.push(job);
    }
    await rm(join(real, file), { force: true });
  }
  return repaired;
}

/** A manifest entry with only the papers that are on disk with the bytes it names (a paper removed by hand is not listed). */
export async function describedOnDisk(periodDir: string, entry: ManifestJob): Promise<ManifestJob> {
  return { ...entry, files: await filesOnDisk(periodDir, entry.files), keptFromLastGoodRun: await filesOnDisk(periodDir, entry.keptFromLastGoodRun) };
}

/** The files that are on disk in `periodDir` with the size and sha256 listed. */
export async function filesOnDisk(periodDir: string, files: readonly ManifestFile[]): Promise<ManifestFile[]> {
  const present: ManifestFile[] = [];
  for (const file of files) {
    const bytes = await readFile(resolve(periodDir, file.name)).catch(() => null);
    if (bytes !== null && bytes.byteLength === file.bytes && sha256Of(bytes) === file.sha256) present.push(file);
  }
  return present;
}
