// The publish step (staging, atomic writes), stale temporary files, stable JSON and the manifest's pure parts.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { isTempName, removeStaleTemps, RunStopped, STALE_TEMP_AGE_MS, Staging, tempNameFor, writeFileAtomically } from '../../src/output.js';
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

describe('Staging: the one publish step of build and run', () => {
  it('each put goes to disk under a temporary name at once, with its size and hash; publish renames all in order', async () => {
    const dir = fresh();
    writeFileSync(join(dir, 'a.pdf'), 'old A');
    const staging = new Staging(dir, 'job');
    await staging.put('a.pdf', bytes('new A'));
    await staging.put('b.docx', bytes('B'));
    // Staged, not published: both bytes are on disk as hidden temporary files; the paper in place is untouched.
    expect(tempFiles(snapshot(dir)).length).toBe(2);
    expect(readFileSync(join(dir, 'a.pdf'), 'utf8')).toBe('old A');
    expect(staging.files.map((f) => [f.name, f.bytes, f.sha256])).toEqual([
      ['a.pdf', 5, createHash('sha256').update('new A').digest('hex')],
      ['b.docx', 1, createHash('sha256').update('B').digest('hex')],
    ]);
    const renamed: number[] = [];
    await staging.publish(async (k) => void renamed.push(k));
    expect(renamed).toEqual([0, 1, 2]);
    expect(snapshot(dir)).toEqual({ 'a.pdf': expect.any(String), 'job/a.pdf': expect.any(String), 'job/b.docx': expect.any(String) });
    await expect(staging.put('c.pdf', bytes('C'))).rejects.toThrow(/after the files were published/);
  });

  it('discard removes what was staged and the folders it made, never the papers already in place', async () => {
    const dir = fresh();
    mkdirSync(join(dir, 'kept'));
    writeFileSync(join(dir, 'kept', 'a.pdf'), 'old A');
    for (const sub of ['kept', 'new/job']) {
      const staging = new Staging(dir, sub);
      await staging.put('a.pdf', bytes('new A'));
      await staging.discard();
    }
    expect(snapshot(dir)).toEqual({ 'kept/a.pdf': createHash('sha256').update('old A').digest('hex') });
    expect(existsSync(join(dir, 'new'))).toBe(false);
  });

  it('a stopped run stages nothing more', async () => {
    const dir = fresh();
    const controller = new AbortController();
    const staging = new Staging(dir, '.', controller.signal);
    controller.abort();
    await expect(staging.put('a.pdf', bytes('A'))).rejects.toBeInstanceOf(RunStopped);
  });

  it('adopted by another process (a run worker staged, the runner publishes)', async () => {
    const dir = fresh();
    const worker = new Staging(dir, 'p/job');
    await worker.put('a.pdf', bytes('A'));
    await Staging.adopt(dir, 'p/job', worker.files).publish();
    expect(readFileSync(join(dir, 'p', 'job', 'a.pdf'), 'utf8')).toBe('A');
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

  it("removes a young temporary file only when it is this run's own (named with one of its workers' process ids)", async () => {
    const dir = fresh();
    const ours = tempNameFor(join(dir, 'a.pdf'));
    writeFileSync(ours, 'x');
    writeFileSync(join(dir, '.b.pdf.999999-1-00000000.tmp'), 'x');
    expect(await removeStaleTemps(dir, dir, Date.now(), [process.pid])).toEqual([ours]);
    expect(tempFiles(snapshot(dir))).toEqual(['.b.pdf.999999-1-00000000.tmp']);
  });

  // A young temporary file is this run's own only when its name ends `.<pid>-<sequence>-<8 hex>.tmp` with that pid:
  // a paper's own name that holds `.<pid>-` (NI.2016-x) is another shard's file in flight.
  it.each([
    ['.NI.2016-x.pdf.999999-1-0a1b2c3d.tmp', false],
    ['.cyp.2016-17.pdf.999999-1-0a1b2c3d.tmp', false],
    ['.a.pdf.2016-1-0a1b2c3d.tmp', true],
    ['.NI.2016-x.pdf.2016-12-ffffffff.tmp', true],
    ['.a.pdf.12016-1-0a1b2c3d.tmp', false],
    ['.a.pdf.2016-1-0a1b2c3.tmp', false],
  ])('with workers 2016, a young %s goes: %s', async (name, goes) => {
    const dir = fresh();
    writeFileSync(join(dir, name), 'x');
    expect(await removeStaleTemps(dir, dir, Date.now(), [2016])).toEqual(goes ? [join(dir, name)] : []);
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

  const job = (entry: string): string => `{"version": 1, "period": "x", "jobs": {"a": ${entry}}}`;
  const FILE = '{"name": "a/p.pdf", "bytes": 1, "sha256": "s"}';
  it.each([
    ['not JSON', '{', /^not valid JSON: /],
    ['not an object', '[]', /^\(top level\): /],
    ['another version', '{"version": 2, "period": "x", "jobs": {}}', /^version: /],
    ['no period', '{"version": 1, "jobs": {}}', /^period: /],
    ['no jobs', '{"version": 1, "period": "x"}', /^jobs: /],
    ['a job that is not an entry', job('7'), /^jobs\.a: /],
    ['an unknown status', job(`{"status": "done", "files": [], "keptFromLastGoodRun": []}`), /^jobs\.a\.status: /],
    ['no list of files', job(`{"status": "ok", "keptFromLastGoodRun": []}`), /^jobs\.a\.files: /],
    ['a file without its hash', job(`{"status": "ok", "files": [{"name": "a", "bytes": 1}], "keptFromLastGoodRun": []}`), /^jobs\.a\.files\.0\.sha256: /],
    ['a kept file without its size', job(`{"status": "render-failed", "files": [], "keptFromLastGoodRun": [{"name": "a", "sha256": "s"}]}`), /^jobs\.a\.keptFromLastGoodRun\.0\.bytes: /],
  ])('parseManifest refuses %s, saying where', (_name, text, problem) => {
    const parsed = parseManifest(text);
    expect('problem' in parsed ? parsed.problem : 'accepted').toMatch(problem);
  });

  it('parseManifest keeps a well-formed manifest as written, fields it does not check included', () => {
    const text = job(`{"status": "ok", "files": [${FILE}], "keptFromLastGoodRun": [], "warnings": ["w"], "exceptions": {"new": [], "continuing": [], "resolved": []}, "queries": []}`);
    expect(parseManifest(text)).toEqual({ manifest: JSON.parse(text) });
    expect(parseManifest('{"version": 1, "period": "x", "jobs": {}}')).toEqual({ manifest: { version: 1, period: 'x', jobs: {} } });
  });
});
