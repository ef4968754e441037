import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';

const deflate = promisify(deflateRaw);

export interface ZipEntry {
  /** Path inside the archive, `/`-separated. */
  path: string;
  /** Unix mode bits, e.g. 0o100644, 0o100755, 0o120777 for a symbolic link. */
  mode: number;
  content: Uint8Array;
}

/** Most entries and bytes a plain (not ZIP64) archive can describe. */
export const MAX_ZIP_ENTRIES = 0xffff;
const MAX_ZIP_OFFSET = 0xffffffff;

function dosDateTime(date: Date): { time: number; day: number } {
  const year = Math.max(date.getUTCFullYear(), 1980);
  return {
    time:
      (date.getUTCHours() << 11) |
      (date.getUTCMinutes() << 5) |
      Math.floor(date.getUTCSeconds() / 2),
    day: ((year - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * Writes a ZIP archive entry by entry as they arrive, holding one entry in memory at a time:
 * each is deflated (or stored when that is smaller) with its size and CRC known up front, so
 * no data descriptors are needed, and the central directory follows the last entry. Names
 * are UTF-8 (flag bit 11) and carry Unix modes, so executables and symbolic links survive.
 */
export async function* zipStream(
  entries: AsyncIterable<ZipEntry>,
  modified: Date,
): AsyncGenerator<Uint8Array> {
  const { time, day } = dosDateTime(modified);
  const central: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for await (const entry of entries) {
    if (count === MAX_ZIP_ENTRIES)
      throw new Error(`A ZIP archive holds at most ${MAX_ZIP_ENTRIES} files`);
    const name = Buffer.from(entry.path, 'utf8');
    const deflated = await deflate(entry.content);
    const stored = deflated.byteLength >= entry.content.byteLength;
    const data = stored ? entry.content : deflated;
    const crc = crc32(entry.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.byteLength, 18);
    local.writeUInt32LE(entry.content.byteLength, 22);
    local.writeUInt16LE(name.byteLength, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(0x031e, 4); // made by Unix, spec 3.0: the external attributes hold the mode
    local.copy(header, 6, 4, 28);
    header.writeUInt32LE(0, 30); // extra, comment, disk
    header.writeUInt16LE(0, 34);
    header.writeUInt16LE(0, 36);
    header.writeUInt32LE((entry.mode << 16) >>> 0, 38);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    yield Buffer.concat([local, name]);
    yield data;
    offset += local.byteLength + name.byteLength + data.byteLength;
    count += 1;
    if (offset > MAX_ZIP_OFFSET) throw new Error('A ZIP archive without ZIP64 holds at most 4 GiB');
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  yield directory;
  yield end;
}
