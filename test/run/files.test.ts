// Atomic writes, stale temporary files, stable JSON and the manifest's pure parts.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTempName, removeStaleTemps, replaceFiles, RunStopped, STALE_TEMP_AGE_MS, writeFileAtomically } from '../../src/output.js';
import { periodFromLabel as q } from '../../src/period.js';
import { describeExceptions, failedEntry, nextManifest, okEntry, parseManifest, type ManifestJob } from '../../src/run/manifest.js';
import { stableJson } from '../../src/run/stableJson.js';
import { snapshot, tempFiles } from './helpers.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const fresh = (): string => mkdtempSync(join(tmpdir(), 'boardpack-files-'));

describe('isTempName', () => {
  it.each([
    ['.cabinet.pdf.42-1.tmp', true],
    ['.manifest.json.7-3.tmp', true],
    ['cabinet.pdf.tmp', false],
    ['.cabinet.pdf', false],
    ['cabinet.pdf', false],
  ])('%s: %s', (name, expected) => expect(isTempName(name)).toBe(expected));
});

describe('replaceFiles', () => {
  it('puts every file in place and leaves no temporary file', async () => {
    const dir = fresh();
    await replaceFiles(dir, dir, [{ name: 'a.pdf', bytes: bytes('A') }, { name: 'b.docx', bytes: bytes('B') }]);
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('A');
    expect(tempFiles(snapshot(dir))).toEqual([]);
  });

  it('a failure after staging (a full disk) leaves the previous files byte for byte and no temporary files', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.pdf'), 'old A');
    writeFileSync(join(dir, 'b.docx'), 'old B');
    const before = snapshot(dir);
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    await expect(replaceFiles(dir, dir, [{ name: 'a.pdf', bytes: bytes('new A') }, { name: 'b.docx', bytes: bytes('new B') }], { beforeRename: () => Promise.reject(full) })).rejects.toThrow(/ENOSPC/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a stopped run renames nothing and removes what it staged', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.pdf'), 'old A');
    const before = snapshot(dir);
    const controller = new AbortController();
    const stopping = replaceFiles(dir, dir, [{ name: 'a.pdf', bytes: bytes('new A') }], {
      signal: controller.signal,
      beforeRename: async () => controller.abort(),
    });
    await expect(stopping).rejects.toBeInstanceOf(RunStopped);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('writeFileAtomically and removeStaleTemps', () => {
  it('replaces a file whole', async () => {
    const dir = fresh();
    await writeFileAtomically(dir, join(dir, 'deep', 'manifest.json'), '{}\n');
    await writeFileAtomically(dir, join(dir, 'deep', 'manifest.json'), '{"a":1}\n');
    expect(snapshot(dir)).toEqual({ 'deep/manifest.json': expect.any(String) });
    expect(readFileSync(join(dir, 'deep', 'manifest.json'), 'utf8')).toBe('{"a":1}\n');
  });

  it('removes only hidden .tmp files, not papers or folders', async () => {
    const dir = fresh();
    for (const name of ['.a.pdf.1-1.tmp', 'a.pdf', 'notes.tmp', '.hidden']) writeFileSync(join(dir, name), 'x');
    mkdirSync(join(dir, '.folder.tmp'));
    expect(await removeStaleTemps(dir, dir)).toEqual([]); // just written: perhaps another shard's, in flight
    expect(await removeStaleTemps(dir, dir, Date.now() + STALE_TEMP_AGE_MS)).toEqual([join(dir, '.a.pdf.1-1.tmp')]);
    expect(existsSync(join(dir, 'notes.tmp'))).toBe(true);
    expect(await removeStaleTemps(dir, join(dir, 'missing'))).toEqual([]);
  });
});

describe('stableJson', () => {
  it('sorts keys at every level, keeps array order', () => {
    expect(stableJson({ b: 1, a: { d: [3, 1], c: null } })).toBe('{\n  "a": {\n    "c": null,\n    "d": [\n      3,\n      1\n    ]\n  },\n  "b": 1\n}\n');
  });
});

describe('manifest', () => {
  const indicators = [
    { id: 'A', title: 'Alpha', rag: 'red' as const, redStreak: 3 },
    { id: 'B', title: 'Beta', rag: 'amber' as const, redStreak: 0 },
    { id: 'C', title: 'Gamma', rag: null, redStreak: 0 },
  ];

  it('says what is new, what continues and since when, and how each closed', () => {
    const described = describeExceptions({ new: [], continuing: ['A'], resolved: ['B', 'C'], lastPeriod: q('2016-17 Q2') }, { A: [q('2016-17 Q1'), q('2016-17 Q2')] }, indicators);
    expect(described.continuing.map((e) => e.note)).toEqual(['reported to the board in 2016-17 Q1, 2016-17 Q2; still red']);
    expect(described.resolved.map((e) => e.note)).toEqual(['returned to amber; exception closed', 'no longer rated red (not rated this quarter); exception closed']);
    expect(describeExceptions({ new: ['A'], continuing: [], resolved: [], lastPeriod: null }, {}, indicators).new[0]?.note).toBe('new exception: red for 3 consecutive quarters');
  });

  it('a failed job keeps pointing at the last good papers', () => {
    const good = okEntry([{ name: 'cyp/b.pdf', bytes: 2, sha256: 'b' }, { name: 'cyp/a.pdf', bytes: 1, sha256: 'a' }], { new: [], continuing: [], resolved: [] }, []);
    expect(good.files.map((f) => f.name)).toEqual(['cyp/a.pdf', 'cyp/b.pdf']);
    const failed = failedEntry('invalid-input', ['error: x'], [], good);
    const failedAgain = failedEntry('render-failed', ['boom'], [], failed);
    expect(failedAgain.keptFromLastGoodRun).toEqual(good.files);
    expect(failedAgain.files).toEqual([]);
  });

  it('a whole run replaces the job list; a --job run replaces only its job', () => {
    const entry = (status: ManifestJob['status']): ManifestJob => failedEntry(status === 'ok' ? 'render-failed' : status, [], [], undefined);
    const previous = nextManifest('2016-17 Q3', null, { a: entry('invalid-input'), b: entry('invalid-input') }, true);
    expect(Object.keys(nextManifest('2016-17 Q3', previous, { a: entry('render-failed') }, true).jobs)).toEqual(['a']);
    expect(nextManifest('2016-17 Q3', previous, { a: entry('render-failed') }, false).jobs).toEqual({ a: entry('render-failed'), b: entry('invalid-input') });
  });

  it.each([
    ['not JSON', '{', false],
    ['another version', '{"version": 2, "period": "x", "jobs": {}}', false],
    ['a file without its hash', '{"version": 1, "period": "x", "jobs": {"a": {"status": "ok", "files": [{"name": "a", "bytes": 1}], "keptFromLastGoodRun": []}}}', false],
    ['well formed', '{"version": 1, "period": "x", "jobs": {"a": {"status": "ok", "files": [{"name": "a", "bytes": 1, "sha256": "s"}], "keptFromLastGoodRun": []}}}', true],
  ])('parseManifest: %s', (_name, text, ok) => {
    expect(parseManifest(text) !== null).toBe(ok);
  });
});
