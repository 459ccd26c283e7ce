// Where the bundle's code cache is kept (src/startup/compileCache.ts): a folder of the user's own, written whole,
// other bundles' caches cleared once a week old; and any failure leaves the command to compile without one.
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cacheFileName, compileCacheDir, framed, readCache, unframed, writeCache } from '../../src/startup/compileCache.js';

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'boardpack-cache-'));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('compileCacheDir', () => {
  it.each(['off', 'OFF', '0', 'false', 'no', '', ' off '])('BOARDPACK_COMPILE_CACHE=%j: no cache', (value) => {
    expect(compileCacheDir({ BOARDPACK_COMPILE_CACHE: value })).toBeNull();
  });

  it('makes the folder it is given, private to the user', () => {
    const dir = join(base, 'a', 'b');
    expect(compileCacheDir({ BOARDPACK_COMPILE_CACHE: dir })).toBe(dir);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('is one folder per user under the temporary folder by default', () => {
    const dir = compileCacheDir({});
    expect(dir).toBe(join(tmpdir(), `boardpack-compile-cache-${process.getuid!()}`));
  });

  it('refuses a folder others may write to, and a file', () => {
    const shared = join(base, 'shared');
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    expect(compileCacheDir({ BOARDPACK_COMPILE_CACHE: shared })).toBeNull();
    chmodSync(shared, 0o755);
    expect(compileCacheDir({ BOARDPACK_COMPILE_CACHE: shared })).toBe(shared);
    writeFileSync(join(base, 'file'), '');
    expect(compileCacheDir({ BOARDPACK_COMPILE_CACHE: join(base, 'file') })).toBeNull();
    expect(compileCacheDir({ BOARDPACK_COMPILE_CACHE: join(base, 'file', 'below') })).toBeNull();
  });

  it.runIf(process.getuid?.() === 0)("refuses another user's folder", () => {
    const theirs = join(base, 'theirs');
    mkdirSync(theirs, { mode: 0o700 });
    chownSync(theirs, 65534, 65534);
    expect(compileCacheDir({ BOARDPACK_COMPILE_CACHE: theirs })).toBeNull();
  });
});

describe('cacheFileName', () => {
  const sha = 'ab'.repeat(32);
  it('names the bundle, this Node.js and the command', () => {
    expect(cacheFileName(sha, 'build')).toBe(`${'ab'.repeat(16)}-node${process.versions.node}-${process.arch}-build.v8cache`);
  });
  it.each(['../x', 'Build', 'a-b', ''])('never puts %j in a file name', (command) => {
    expect(cacheFileName(sha, command)).toMatch(/-other\.v8cache$/);
  });
});

describe('readCache and writeCache', () => {
  const week = 7 * 24 * 60 * 60 * 1000;

  it('write a cache whole, and read it back', () => {
    writeCache(base, 'aaaa-node-x-build.v8cache', Buffer.from('bytes'));
    expect(readCache(base, 'aaaa-node-x-build.v8cache')?.toString()).toBe('bytes');
    expect(readdirSync(base)).toEqual(['aaaa-node-x-build.v8cache']);
    expect(readCache(base, 'bbbb-node-x-build.v8cache')).toBeUndefined();
  });

  it('read a damaged cache as null, never as data', () => {
    writeCache(base, 'aaaa-node-x-build.v8cache', Buffer.from('bytes of code'));
    const file = join(base, 'aaaa-node-x-build.v8cache');
    writeFileSync(file, readFileSync(file).subarray(0, 20));
    expect(readCache(base, 'aaaa-node-x-build.v8cache')).toBeNull();
    writeFileSync(file, 'bytes of code');
    expect(readCache(base, 'aaaa-node-x-build.v8cache')).toBeNull();
  });

  it("clear other bundles' caches a week old, and keep the rest", () => {
    const now = Date.now();
    const old = (name: string, age: number): void => {
      writeFileSync(join(base, name), 'x');
      utimesSync(join(base, name), new Date(now - age), new Date(now - age));
    };
    old('bbbb-node-x-build.v8cache', week + 60_000);
    old('cccc-node-x-build.v8cache', week - 60_000);
    old('aaaa-node-x-analyse.v8cache', week + 60_000);
    old('notes.txt', week + 60_000);
    writeCache(base, 'aaaa-node-x-build.v8cache', Buffer.from('new'), now);
    expect(readdirSync(base).sort()).toEqual(['aaaa-node-x-analyse.v8cache', 'aaaa-node-x-build.v8cache', 'cccc-node-x-build.v8cache', 'notes.txt']);
  });

  it('leave nothing behind where the folder cannot be written', () => {
    const gone = join(base, 'gone');
    expect(() => writeCache(gone, 'aaaa-node-x-build.v8cache', Buffer.from('x'))).not.toThrow();
    expect(existsSync(gone)).toBe(false);
    mkdirSync(join(base, 'aaaa-node-x-build.v8cache'));
    mkdirSync(join(base, 'aaaa-node-x-build.v8cache', 'full'));
    // The name is taken by a folder that is not empty: the rename fails and the temporary file goes.
    writeCache(base, 'aaaa-node-x-build.v8cache', Buffer.from('x'));
    expect(readdirSync(base)).toEqual(['aaaa-node-x-build.v8cache']);
    expect(() => readFileSync(join(base, 'aaaa-node-x-build.v8cache'))).toThrow();
  });
});

describe('framed and unframed', () => {
  it('give back the data framed', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      expect(unframed(framed(Buffer.from(bytes)))).toEqual(Buffer.from(bytes));
    }));
  });

  it('refuse a frame with any byte changed, or cut short, or lengthened', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (bytes, at, xor) => {
        const file = framed(Buffer.from(bytes));
        const changed = Buffer.from(file);
        changed[at % file.length]! ^= xor;
        expect(unframed(changed)).toBeNull();
        expect(unframed(file.subarray(0, file.length - 1 - (at % file.length)))).toBeNull();
        expect(unframed(Buffer.concat([file, Buffer.from([xor])]))).toBeNull();
      }),
      { seed: 11 },
    );
  });
});
