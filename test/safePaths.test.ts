// Both atomic writers (build's and run's) share one rule: folders made one level at a time, no write through a link out.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Staging, writeFileAtomically, writeFilesAtomically } from '../src/output.js';
import { existingFolderInside, makeFolderInside, OutputPathError, outputFolderProblem, withinTime } from '../src/safePaths.js';

const fresh = (): string => realpathSync(mkdtempSync(join(tmpdir(), 'boardpack-safe-')));
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** An output root with `link` inside it pointing at a fresh folder outside it. */
function rootWithLinkOut(link: string): { root: string; elsewhere: string } {
  const root = fresh();
  const elsewhere = fresh();
  mkdirSync(join(root, link, '..'), { recursive: true });
  symlinkSync(elsewhere, join(root, link));
  return { root, elsewhere };
}

describe('makeFolderInside and existingFolderInside', () => {
  it('make missing folders one level at a time and give the real path', async () => {
    const root = fresh();
    expect(await makeFolderInside(join(root, 'out'), 'a/b/c')).toBe(join(root, 'out', 'a', 'b', 'c'));
    expect(lstatSync(join(root, 'out', 'a', 'b', 'c')).isDirectory()).toBe(true);
    expect(await existingFolderInside(join(root, 'out'), 'a/missing')).toBeNull();
  });

  it('refuse a link out of the root, naming the link and where it leads', async () => {
    const { root, elsewhere } = rootWithLinkOut('period/job');
    const refusal = makeFolderInside(root, 'period/job/deeper');
    await expect(refusal).rejects.toBeInstanceOf(OutputPathError);
    await expect(refusal).rejects.toThrow(`${join(root, 'period', 'job')}: is a symbolic link to ${elsewhere}, outside the output folder`);
    await expect(existingFolderInside(root, 'period/job')).rejects.toThrow(/symbolic link/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('follow a link whose real place is inside the root', async () => {
    const root = fresh();
    mkdirSync(join(root, 'archive', 'q3'), { recursive: true });
    symlinkSync(join(root, 'archive', 'q3'), join(root, 'current'));
    expect(await makeFolderInside(root, 'current/job')).toBe(join(root, 'archive', 'q3', 'job'));
  });

  it('refuse a path that climbs out of the root, and a file where a folder should be', async () => {
    const root = fresh();
    writeFileSync(join(root, 'a-file'), 'x');
    await expect(makeFolderInside(root, '../sibling')).rejects.toThrow(/outside the output folder/);
    await expect(makeFolderInside(root, 'a-file/below')).rejects.toThrow(/a-file: is not a folder/);
  });

  it('refuse a dangling link', async () => {
    const root = fresh();
    symlinkSync(join(root, 'nowhere'), join(root, 'dangling'));
    await expect(makeFolderInside(root, 'dangling')).rejects.toThrow(/dangling: is a symbolic link that leads nowhere/);
  });
});

describe('the writers refuse a link out of the root', () => {
  it("build's writeFilesAtomically", async () => {
    const { root, elsewhere } = rootWithLinkOut('sub');
    await expect(writeFilesAtomically(root, [{ name: 'sub/paper.pdf', bytes: bytes('P') }])).rejects.toThrow(/sub: is a symbolic link/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it("run's Staging (papers) and writeFileAtomically (manifest, register)", async () => {
    const { root, elsewhere } = rootWithLinkOut('2016-17-Q3');
    await expect(new Staging(root, join(root, '2016-17-Q3', 'cyp')).put('paper.pdf', bytes('P'))).rejects.toThrow(/2016-17-Q3: is a symbolic link/);
    await expect(writeFileAtomically(root, join(root, '2016-17-Q3', 'manifest.json'), '{}')).rejects.toThrow(/2016-17-Q3: is a symbolic link/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('a paper that is a link is replaced by the paper, its target untouched', async () => {
    const root = fresh();
    const target = join(fresh(), 'precious.pdf');
    writeFileSync(target, 'keep me');
    symlinkSync(target, join(root, 'paper.pdf'));
    await writeFilesAtomically(root, [{ name: 'paper.pdf', bytes: bytes('P') }]);
    expect(readFileSync(target, 'utf8')).toBe('keep me');
    expect(readFileSync(join(root, 'paper.pdf'), 'utf8')).toBe('P');
    expect(lstatSync(join(root, 'paper.pdf')).isSymbolicLink()).toBe(false);
  });
});

describe('outputFolderProblem', () => {
  it('is null for a folder that can be made and written; with removeWhatItMade it leaves nothing', async () => {
    const root = fresh();
    expect(await outputFolderProblem(join(root, 'a', 'b'), { removeWhatItMade: true })).toBeNull();
    expect(readdirSync(root)).toEqual([]);
    expect(await outputFolderProblem(join(root, 'a', 'b'))).toBeNull();
    expect(readdirSync(join(root, 'a', 'b'))).toEqual([]);
  });

  // The test's timeout, not a timed assertion, catches spinning (it once went on for minutes).
  it.skipIf(!existsSync('/proc/self'))('names /proc/nope instead of spinning', async () => {
    const problem = await outputFolderProblem('/proc/nope');
    expect(problem?.message).toMatch(/^\/proc\/nope: cannot be created/);
  }, 30_000);

  it('a check that does not answer in time (a hung network share) is reported as such', async () => {
    const hung = new Promise<never>(() => undefined);
    await expect(withinTime(hung, 50, '/mnt/share/out')).rejects.toThrow(/^\/mnt\/share\/out: did not answer within 50 ms/);
  });
});
