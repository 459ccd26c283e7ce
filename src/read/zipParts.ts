// The parts of an .xlsx zip by name, inflated on demand: just enough of the zip format for the fast reader and the
// archive guard's one-pass check.
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end-of-directory record is 22 bytes and may be followed by a comment of up to 65,535. */
const END_SEARCH = 22 + 0xffff;

interface PartEntry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** An entry of the zip's directory as written: its name, and the sizes the zip declares for it. */
export interface DirectoryEntry {
  name: string;
  compressedSize: number;
  size: number;
}

/**
 * A zip's parts from its central directory, or null for anything this reader does not handle (zip64, encryption, a
 * compression other than deflate, a damaged directory): the caller then reads the workbook the slow, general way.
 */
export class ZipParts {
  /** Parts already inflated, so a part the archive guard inflated is not inflated again by the reader. */
  private readonly inflated = new Map<string, Buffer | null>();

  private constructor(
    private readonly bytes: Buffer,
    private readonly entries: Map<string, PartEntry>,
    /** Every directory entry in order, names as written (duplicates and all). */
    readonly directory: readonly DirectoryEntry[],
    /**
     * Whether the zip is one yauzl (the streaming guard's reader) would read the same way: nothing after the end
     * record but its comment, one disk, no zip64 locator, no strong encryption, extra fields that parse, names read
     * the same (UTF-8, or plain ASCII) and none it refuses (a backslash, a drive or leading slash, a `..` part) or
     * lists twice. Anything else is for the streaming guard, which names what is wrong.
     */
    readonly plain: boolean,
  ) {}

  static open(bytes: Buffer): ZipParts | null {
    const end = findEndOfDirectory(bytes);
    if (end === -1) return null;
    const count = bytes.readUInt16LE(end + 10);
    const directorySize = bytes.readUInt32LE(end + 12);
    const directoryOffset = bytes.readUInt32LE(end + 16);
    if (count === 0xffff || directoryOffset === 0xffffffff || directoryOffset + directorySize > end) return null;
    const entries = new Map<string, PartEntry>();
    const directory: DirectoryEntry[] = [];
    let plain =
      bytes.readUInt16LE(end + 20) === bytes.length - end - 22 &&
      bytes.readUInt16LE(end + 4) === 0 &&
      !(end >= 20 && bytes.readUInt32LE(end - 20) === ZIP64_LOCATOR);
    let at = directoryOffset;
    for (let i = 0; i < count; i++) {
      if (at + 46 > end || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) return null;
      const flags = bytes.readUInt16LE(at + 8);
      const nameLength = bytes.readUInt16LE(at + 28);
      const name = bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
      const entry: PartEntry = {
        method: bytes.readUInt16LE(at + 10),
        compressedSize: bytes.readUInt32LE(at + 20),
        size: bytes.readUInt32LE(at + 24),
        localOffset: bytes.readUInt32LE(at + 42),
      };
      // Encrypted parts, or zip64 sizes, are not ours to read.
      if (flags & 0x1 || entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.localOffset === 0xffffffff) return null;
      const extraLength = bytes.readUInt16LE(at + 30);
      const key = name.startsWith('/') ? name.slice(1) : name;
      plain &&=
        !(flags & 0x40) &&
        !entries.has(key) &&
        plainName(name) &&
        ((flags & 0x800) !== 0 || bytes.subarray(at + 46, at + 46 + nameLength).every((b) => b < 0x80)) &&
        plainExtraFields(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
      entries.set(key, entry);
      directory.push({ name, compressedSize: entry.compressedSize, size: entry.size });
      at += 46 + nameLength + extraLength + bytes.readUInt16LE(at + 32);
    }
    return new ZipParts(bytes, entries, directory, plain);
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part as text; undefined when there is no such part, null when it cannot be read here. */
  text(name: string): string | undefined | null {
    const data = this.part(name);
    return data === undefined || data === null ? data : data.toString('utf8');
  }

  /**
   * The part's bytes, inflated to exactly the size the zip declares (never more: a part that would inflate past it
   * is not read); undefined when there is no such part, null when it cannot be read here. `keep`: hold it for the
   * next ask (a part the reader reads); without it, a part not already held is inflated and let go.
   */
  part(name: string, keep = true): Buffer | undefined | null {
    const entry = this.entries.get(name);
    if (entry === undefined) return undefined;
    let data = this.inflated.get(name);
    if (data === undefined) {
      data = this.inflate(entry);
      if (keep) this.inflated.set(name, data);
    }
    return data;
  }

  private inflate(entry: PartEntry): Buffer | null {
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || this.bytes.readUInt32LE(at) !== LOCAL_HEADER) return null;
    const start = at + 30 + this.bytes.readUInt16LE(at + 26) + this.bytes.readUInt16LE(at + 28);
    const stored = this.bytes.subarray(start, start + entry.compressedSize);
    if (stored.length !== entry.compressedSize) return null;
    let data: Buffer;
    if (entry.method === 0) data = stored;
    else if (entry.method === 8) {
      try {
        data = inflateRawSync(stored, { maxOutputLength: Math.max(entry.size, 1) });
      } catch {
        return null;
      }
    } else return null;
    return data.length === entry.size ? data : null;
  }
}

const ZIP64_LOCATOR = 0x07064b50;

/** A name yauzl accepts as it is: no backslash, no drive or leading slash, no `..` part. */
function plainName(name: string): boolean {
  return !name.includes('\\') && !/^[a-zA-Z]:/.test(name) && !name.startsWith('/') && !name.split('/').includes('..');
}

/** Extra fields as yauzl parses them, none overrunning the field, and no Unicode path field (0x7075) to rename the entry. */
function plainExtraFields(extra: Buffer): boolean {
  let i = 0;
  while (i < extra.length - 3) {
    const id = extra.readUInt16LE(i);
    const end = i + 4 + extra.readUInt16LE(i + 2);
    if (end > extra.length || id === 0x7075) return false;
    i = end;
  }
  return true;
}

function findEndOfDirectory(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - END_SEARCH);
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (bytes.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  return -1;
}
