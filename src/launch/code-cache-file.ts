// One bundle's V8 code cache on disk: a header line of JSON, then V8's bytes,
// twice.
//
//   {"key":"<build>:<bytes>:<mtime>","runs":["cli.cjs+commands/check/run.cjs", …]}\n<cache><the same cache>
//
// `key` names the exact bundle file the bytes were made from (this build, its
// size and modification time), so a cache never outlives its bundle. `runs`
// lists the sets of bundles the runs that wrote it had loaded: a run that
// loads another set adds the functions it compiled, so the cache grows to
// cover every command instead of only the first one run.
//
// Twice, because V8 checks a code cache's version, flags and length but, in
// a release build, not its bytes, and damaged bytes that pass those checks
// can crash the process (seen on Node 20 with one byte flipped). Two copies
// that must be equal catch that for the price of one comparison; a checksum
// would need node:crypto or node:zlib, which cost more to load than the cache
// saves, and V8's own checksum can only be turned on by changing V8's flags
// while it runs.
//
// The folder is the user's own (0700, files 0600), each file written by
// rename so a reader never sees half of one, and read back only if this user
// owns it (src/files/user-cache.ts).
import { accessSync, constants, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAt, withOwnCacheFile } from '../files/user-cache.js';

export interface CodeCacheEntry {
  key: string;
  runs: string[];
  bytes: Buffer;
}

/** Far more than any bundle's cache (the largest is a few hundred kB); a larger file is not read. */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** The header line is short (64 runs of a few bundles); a file without a newline this early is not a cache file. */
const MAX_HEADER_BYTES = 16 * 1024;
/** The second copy is compared this much at a time. */
const COMPARE_BYTES = 16 * 1024;
const NEWLINE = 0x0a;

/** The file that holds the cache of `bundle` (a path relative to dist/). */
export function codeCacheFile(folder: string, bundle: string): string {
  return join(folder, `${encodeURIComponent(bundle)}.v8`);
}

/** The cache entry in `file`, or undefined when there is none or it is not one of ours. Never throws. */
export function readCodeCache(file: string): CodeCacheEntry | undefined {
  return withOwnCacheFile(file, MAX_FILE_BYTES, (fd, size) => {
    const head = Buffer.allocUnsafe(Math.min(size, MAX_HEADER_BYTES));
    const end = head.subarray(0, readAt(fd, head, 0)).indexOf(NEWLINE);
    const header = end < 0 ? undefined : parsedHeader(head.toString('utf8', 0, end));
    const copy = (size - end - 1) / 2;
    if (header === undefined || copy < 1 || !Number.isInteger(copy)) return undefined;
    const bytes = Buffer.allocUnsafe(copy);
    if (readAt(fd, bytes, end + 1) !== copy || !sameAt(fd, end + 1 + copy, bytes)) return undefined;
    return { ...header, bytes };
  });
}

/**
 * Whether the file holds `bytes` again at `position`. Read through a small buffer: a second
 * buffer the size of the cache would be fresh memory, and the page faults of fresh memory are
 * much of what a start costs.
 */
function sameAt(fd: number, position: number, bytes: Buffer): boolean {
  const part = Buffer.allocUnsafe(Math.min(COMPARE_BYTES, bytes.length));
  for (let at = 0; at < bytes.length; at += part.length) {
    const want = Math.min(part.length, bytes.length - at);
    if (readAt(fd, part.subarray(0, want), position + at) !== want) return false;
    if (bytes.compare(part, 0, want, at, at + want) !== 0) return false;
  }
  return true;
}

/** Whether `folder` exists, or can be made, and takes new files. Never throws. */
export function writableFolder(folder: string): boolean {
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Writes the entry whole or not at all. Never throws: a cache that cannot be written only costs speed. */
export function writeCodeCache(file: string, entry: CodeCacheEntry): void {
  const temp = `${file}.${process.pid}.tmp`;
  const header = Buffer.from(`${JSON.stringify({ key: entry.key, runs: entry.runs })}\n`);
  try {
    // 'wx': never write through something already at the temporary name (a link, a FIFO).
    writeFileSync(temp, Buffer.concat([header, entry.bytes, entry.bytes]), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    // A partly written file of our own goes; whatever was there before us stays.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') removeQuietly(temp);
    return;
  }
  try {
    renameSync(temp, file);
  } catch {
    removeQuietly(temp);
  }
}

function parsedHeader(line: string): { key: string; runs: string[] } | undefined {
  try {
    const value: unknown = JSON.parse(line);
    if (typeof value !== 'object' || value === null) return undefined;
    const { key, runs } = value as { key?: unknown; runs?: unknown };
    if (typeof key !== 'string' || !Array.isArray(runs) || !runs.every((r) => typeof r === 'string')) return undefined;
    return { key, runs };
  } catch {
    return undefined;
  }
}

function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Already gone, or never made.
  }
}
