// V8's code cache for the bundles in dist/: the compiled code of a run is kept
// in the user's cache folder, and the next run of the same build on the same
// Node starts from it instead of parsing and compiling the bundles again.
// Node's own compile cache (22.1 and later) keeps only the code compiled before
// a module runs, which for a bundle is little more than its top level; this one
// is written when the process exits, so it holds every function the run used.
//
// Each file carries a CRC-32 of its bytes (V8 checks only its own version and
// the data's length): a file cut short or damaged is never handed to V8, and
// is written again. Node before 20.15 has no crc32, and so no cache. Files of
// another build are removed when a new one is written.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as zlib from 'node:zlib';

const MAGIC = 0x42_43_76_38; // "BCv8"
const HEADER_BYTES = 8;

/** Whether this Node can check a cache file (zlib.crc32: Node 20.15 and later). */
export function canCheckCodeCache(): boolean {
  return typeof zlib.crc32 === 'function';
}

/** Native, so cheap even for a few hundred KiB (a loop in JavaScript costs more than the cache saves). */
function checksum(bytes: Uint8Array): number {
  return zlib.crc32(bytes);
}

/** The file's bytes: the header (magic, checksum) and V8's data. */
export function encodeCodeCache(data: Uint8Array): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  header.writeUInt32BE(MAGIC, 0);
  header.writeUInt32BE(checksum(data), 4);
  return Buffer.concat([header, data]);
}

/** V8's data from a file's bytes, or undefined when they are not a whole, undamaged cache file. */
export function decodeCodeCache(file: Uint8Array): Buffer | undefined {
  if (file.length <= HEADER_BYTES) return undefined;
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const data = bytes.subarray(HEADER_BYTES);
  if (bytes.readUInt32BE(0) !== MAGIC || bytes.readUInt32BE(4) !== checksum(data)) return undefined;
  return data;
}

/** The cache file's V8 data, if there is a good one. */
export function readCodeCache(path: string): Buffer | undefined {
  try {
    return decodeCodeCache(readFileSync(path));
  } catch {
    return undefined;
  }
}

/**
 * Best effort: a cache that cannot be written only costs speed next time. Written whole (a temporary
 * file renamed), readable by the user alone.
 */
export function writeCodeCache(path: string, data: Uint8Array): void {
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, encodeCodeCache(data), { mode: 0o600 });
    renameSync(temp, path);
  } catch {
    // As above.
  }
}

/** Removes every entry of `root` but `keep`: the caches of other builds, which no run will read again. */
export function removeAllBut(root: string, keep: string): void {
  try {
    for (const name of readdirSync(root)) {
      if (name !== keep) rmSync(join(root, name), { recursive: true, force: true });
    }
  } catch {
    // As above.
  }
}
