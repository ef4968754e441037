import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { applyDelta } from './apply-delta.ts';
import { LruCache } from './lru-cache.ts';
import type { GitObject, GitObjectType } from './object-reader.ts';

const TYPES: Record<number, GitObjectType> = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };
const OBJECT_TYPES = new Set<string>(Object.values(TYPES));
const OFS_DELTA = 6;
const REF_DELTA = 7;
/** Deeper chains than git itself makes (its default is 50) are left to git. */
const MAX_DELTA_DEPTH = 64;

/** One pack: its index (object ids in order, offsets), and the pack file, open for reading. */
interface Pack {
  fd: number;
  size: number;
  fanout: Uint32Array;
  names: Buffer;
  offsets: Float64Array;
  /** Every offset in ascending order, to know where an entry ends. */
  sortedOffsets: Float64Array;
}

/** Bases of delta chains, resolved: the same few bases serve many objects. */
const bases = new LruCache<string, { type: GitObjectType; content: Buffer }>({
  maxWeight: 32 * 1024 * 1024,
  weigh: (object) => object.content.length + 64,
});

/**
 * Reads objects straight from a bare repository's files, the way git stores them: loose
 * objects and version 2 pack indexes with their packs (offset and ref deltas). No process, no
 * pipe: an API read costs a file read and an inflate. Every object read is checked against its
 * id (SHA-1 of its header and content), and anything this reader does not handle (another
 * index version, a chain deeper than git makes, a pack removed by a repack) is reported as not
 * found, so the caller asks git itself.
 */
export class PackReader {
  private packs = new Map<string, Pack>();
  /** Whether the pack folder was read yet: later it is read again only on a miss. */
  private scanned = false;

  constructor(private readonly gitDir: string) {}

  /** The object with this id (40 lowercase hex digits), or undefined to ask git. */
  read(oid: string): GitObject | undefined {
    let found: { type: GitObjectType; content: Buffer } | undefined;
    try {
      found = this.readUnchecked(oid, 0);
    } catch {
      // A file changed under the read, or data this reader does not understand: git decides.
      return undefined;
    }
    if (!found) return undefined;
    const header = Buffer.from(`${found.type} ${found.content.length}\0`);
    const hash = createHash('sha1').update(header).update(found.content).digest('hex');
    return hash === oid ? { oid, type: found.type, content: found.content } : undefined;
  }

  close(): void {
    for (const pack of this.packs.values()) closeSync(pack.fd);
    this.packs.clear();
    this.scanned = false;
  }

  /** Packs first (most objects are packed, and a missing file costs an exception), then loose. */
  private readUnchecked(oid: string, depth: number) {
    const key = Buffer.from(oid, 'hex');
    if (!this.scanned) this.rescan();
    const found = this.readPacked(key, depth) ?? this.readLoose(oid);
    if (found) return found;
    // A pack written since the last look (a push, a repack) may hold it.
    this.rescan();
    return this.readPacked(key, depth);
  }

  private readPacked(key: Buffer, depth: number) {
    for (const [name, pack] of this.packs) {
      const offset = find(pack, key);
      if (offset !== undefined) return this.readEntry(name, pack, offset, depth);
    }
    return undefined;
  }

  private readLoose(oid: string): { type: GitObjectType; content: Buffer } | undefined {
    let deflated: Buffer;
    try {
      deflated = readFileSync(path.join(this.gitDir, 'objects', oid.slice(0, 2), oid.slice(2)));
    } catch {
      return undefined;
    }
    const raw = inflateSync(deflated);
    const space = raw.indexOf(0x20);
    const nul = raw.indexOf(0);
    const type = raw.subarray(0, space).toString('latin1') as GitObjectType;
    if (!OBJECT_TYPES.has(type) || nul < 0) return undefined;
    return { type, content: raw.subarray(nul + 1) };
  }

  /** The packs on disk now; packs gone since (a repack) are closed. */
  private rescan(): void {
    this.scanned = true;
    const folder = path.join(this.gitDir, 'objects', 'pack');
    let files: string[];
    try {
      files = readdirSync(folder);
    } catch {
      files = [];
    }
    const present = new Set(
      files.filter((file) => file.endsWith('.idx')).map((file) => file.slice(0, -'.idx'.length)),
    );
    for (const [name, pack] of this.packs) {
      if (present.has(name)) continue;
      closeSync(pack.fd);
      this.packs.delete(name);
    }
    for (const name of present) {
      if (this.packs.has(name)) continue;
      const pack = openPack(path.join(folder, name));
      if (pack) this.packs.set(name, pack);
    }
  }

  private readEntry(
    packName: string,
    pack: Pack,
    offset: number,
    depth: number,
  ): { type: GitObjectType; content: Buffer } | undefined {
    if (depth > MAX_DELTA_DEPTH) return undefined;
    const baseKey = `${this.gitDir}\0${packName}\0${offset}`;
    const kept = bases.get(baseKey);
    if (kept) return kept;
    const end = entryEnd(pack, offset);
    const entry = Buffer.allocUnsafe(end - offset);
    if (readSync(pack.fd, entry, 0, entry.length, offset) !== entry.length) return undefined;
    let byte = entry[0]!;
    const kind = (byte >> 4) & 7;
    let size = byte & 15;
    let shift = 4;
    let at = 1;
    while (byte & 0x80) {
      byte = entry[at++]!;
      size += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    }
    let object: { type: GitObjectType; content: Buffer } | undefined;
    if (kind === OFS_DELTA) {
      byte = entry[at++]!;
      let distance = byte & 0x7f;
      while (byte & 0x80) {
        byte = entry[at++]!;
        distance = (distance + 1) * 128 + (byte & 0x7f);
      }
      const base = this.readEntry(packName, pack, offset - distance, depth + 1);
      object = base && { type: base.type, content: applyDelta(base.content, inflate(entry, at)) };
    } else if (kind === REF_DELTA) {
      const baseId = entry.subarray(at, at + 20).toString('hex');
      const base = this.readUnchecked(baseId, depth + 1);
      object = base && {
        type: base.type,
        content: applyDelta(base.content, inflate(entry, at + 20)),
      };
    } else {
      const type = TYPES[kind];
      const content = inflate(entry, at);
      object = type && content.length === size ? { type, content } : undefined;
    }
    // Only bases are worth keeping: a delta's own result is what its caller returns.
    if (object && depth > 0) bases.set(baseKey, object);
    return object;
  }
}

const inflate = (entry: Buffer, at: number): Buffer => inflateSync(entry.subarray(at));

function openPack(base: string): Pack | undefined {
  let index: Buffer;
  let fd: number;
  try {
    index = readFileSync(`${base}.idx`);
    fd = openSync(`${base}.pack`, 'r');
  } catch {
    // Being written or removed: git is asked instead.
    return undefined;
  }
  if (index.readUInt32BE(0) !== 0xff744f63 || index.readUInt32BE(4) !== 2) {
    closeSync(fd);
    return undefined;
  }
  const fanout = new Uint32Array(256);
  for (let slot = 0; slot < 256; slot += 1) fanout[slot] = index.readUInt32BE(8 + slot * 4);
  const count = fanout[255]!;
  const namesAt = 8 + 256 * 4;
  const offsetsAt = namesAt + count * 20 + count * 4;
  const largeAt = offsetsAt + count * 4;
  const offsets = new Float64Array(count);
  for (let entry = 0; entry < count; entry += 1) {
    const small = index.readUInt32BE(offsetsAt + entry * 4);
    offsets[entry] =
      small & 0x80000000
        ? Number(index.readBigUInt64BE(largeAt + (small & 0x7fffffff) * 8))
        : small;
  }
  return {
    fd,
    size: fstatSync(fd).size,
    fanout,
    names: index.subarray(namesAt, namesAt + count * 20),
    offsets,
    sortedOffsets: Float64Array.from(offsets).sort(),
  };
}

/** The offset of an object in a pack, by binary search within its first byte's range. */
function find(pack: Pack, key: Buffer): number | undefined {
  const first = key[0]!;
  let low = first === 0 ? 0 : pack.fanout[first - 1]!;
  let high = pack.fanout[first]!;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const order = pack.names.compare(key, 0, 20, middle * 20, middle * 20 + 20);
    if (order === 0) return pack.offsets[middle];
    if (order < 0) low = middle + 1;
    else high = middle;
  }
  return undefined;
}

/** Where the entry at `offset` ends: the next entry, or the pack's closing checksum. */
function entryEnd(pack: Pack, offset: number): number {
  const sorted = pack.sortedOffsets;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! <= offset) low = middle + 1;
    else high = middle;
  }
  return low < sorted.length ? sorted[low]! : pack.size - 20;
}
