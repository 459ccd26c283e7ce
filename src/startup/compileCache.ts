// Where the bundle's V8 code cache lives, and reading and writing it. A cache only saves compiling: V8 checks that it
// was made by this V8 with these flags for a source of this length and rejects it otherwise, and its file name carries
// the bundle's SHA-256 and the Node.js version, so it can never stand for other code. V8 does not check the rest of
// the data: a damaged cache crashed the process (segmentation fault), so each file carries its own length and CRC-32
// and a file that fails them is never given to V8. Any failure to read or write one leaves the command to compile as
// it would without.
import { crc32 } from 'node:zlib';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const OFF = new Set(['', '0', 'off', 'false', 'no']);

/**
 * The folder for code caches: BOARDPACK_COMPILE_CACHE when set (`off` for none), else one per user under the
 * system's temporary folder, as Node.js keeps its own compile cache. A folder that another user owns, or that others
 * may write to, is not used: a cache is code this process would run.
 */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env.BOARDPACK_COMPILE_CACHE;
  if (chosen !== undefined && OFF.has(chosen.trim().toLowerCase())) return null;
  const uid = typeof process.getuid === 'function' ? process.getuid() : null;
  const dir = chosen ?? join(tmpdir(), `boardpack-compile-cache${uid === null ? '' : `-${uid}`}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = statSync(dir);
    if (!stat.isDirectory()) return null;
    if (uid !== null && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return null;
    return dir;
  } catch {
    return null;
  }
}

/** The cache file for one command of one bundle on this Node.js (each command runs other parts of the bundle). */
export function cacheFileName(bundleSha256: string, command: string): string {
  const safeCommand = /^[a-z]+$/.test(command) ? command : 'other';
  return `${bundleSha256.slice(0, 32)}-node${process.versions.node}-${process.arch}-${safeCommand}.v8cache`;
}

const MAGIC = 0x42504331; // "BPC1"
const HEADER_BYTES = 12;

/** A cache file's bytes: the magic number, the data's CRC-32 and length, then the data. */
export function framed(data: Buffer): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32BE(MAGIC, 0);
  header.writeUInt32BE(crc32(data), 4);
  header.writeUInt32BE(data.length, 8);
  return Buffer.concat([header, data]);
}

/** The data in a cache file's bytes, or null where they are not whole. */
export function unframed(file: Buffer): Buffer | null {
  if (file.length < HEADER_BYTES || file.readUInt32BE(0) !== MAGIC) return null;
  const data = file.subarray(HEADER_BYTES);
  return data.length === file.readUInt32BE(8) && crc32(data) === file.readUInt32BE(4) ? data : null;
}

/** The cache's data: undefined where there is no file, null where the file is damaged. */
export function readCache(dir: string, name: string): Buffer | null | undefined {
  let file: Buffer;
  try {
    file = readFileSync(join(dir, name));
  } catch {
    return undefined;
  }
  return unframed(file);
}

/** Caches of other bundles untouched this long are removed: another checkout or version may still use newer ones. */
const STALE_AFTER_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Writes a cache whole or not at all (a temporary file renamed into place, so a command starting meanwhile reads the
 * old one or the new), and removes other bundles' caches not written for a week.
 */
export function writeCache(dir: string, name: string, data: Buffer, now = Date.now()): void {
  const temporary = join(dir, `${name}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, framed(data), { mode: 0o600 });
    renameSync(temporary, join(dir, name));
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // never written
    }
    return;
  }
  const bundle = name.slice(0, name.indexOf('-'));
  for (const other of readdirSafe(dir)) {
    if (other.endsWith('.v8cache') && !other.startsWith(`${bundle}-`)) {
      try {
        if (now - statSync(join(dir, other)).mtimeMs > STALE_AFTER_MS) unlinkSync(join(dir, other));
      } catch {
        // another process removed it first
      }
    }
  }
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
