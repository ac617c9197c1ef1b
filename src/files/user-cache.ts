// The user's own cache folder for backcare ($XDG_CACHE_HOME/backcare, else
// ~/.cache/backcare), and the one way a file in it is read back. What is kept
// there only saves work on the next run and can be deleted at any time; what
// is read from it is trusted as much as backcare's own files (a validated
// knowledge base, compiled code), so a file is read only if this user owns it
// and nobody else can write it, checked on the open handle, whatever the
// folders above it allow. It is opened as every file backcare did not write
// in this run is (src/files/regular-file.ts: never a FIFO or a device), and
// never read past the caller's limit.
import { closeSync, readSync, type Stats } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { openRegularFile } from './regular-file.js';

/**
 * `backcare/<parts…>` inside the user's cache folder, or undefined when the environment names
 * none. A relative XDG_CACHE_HOME is ignored, as the XDG spec asks: it would fill whatever folder
 * backcare happens to run in.
 */
export function userCacheFolder(env: NodeJS.ProcessEnv, ...parts: string[]): string | undefined {
  const absolute = (path: string | undefined) => (path && isAbsolute(path) ? path : undefined);
  const home = absolute(env.HOME);
  const base = absolute(env.XDG_CACHE_HOME) ?? (home === undefined ? undefined : join(home, '.cache'));
  return base === undefined ? undefined : join(base, 'backcare', ...parts);
}

/** The bytes of a cache file this user wrote, or undefined for anything else. Never throws, never waits. */
export function readOwnCacheFile(file: string, limit: number): Buffer | undefined {
  return withOwnCacheFile(file, limit, (fd, size) => {
    const buffer = Buffer.allocUnsafe(size);
    return buffer.subarray(0, readAt(fd, buffer, 0));
  });
}

/**
 * `read(fd, size)` on a cache file this user wrote, for a caller that reads it in parts; undefined
 * when the file is anything else or reading fails. Never throws, never waits.
 */
export function withOwnCacheFile<T>(
  file: string,
  limit: number,
  read: (fd: number, size: number) => T | undefined,
): T | undefined {
  const opened = openRegularFile(file);
  if (!opened.ok) return undefined;
  try {
    const { stats } = opened;
    return isOwnPrivateFile(stats) && stats.size <= limit ? read(opened.fd, stats.size) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(opened.fd);
  }
}

/** Fills `into` from `fd` at `position`, stopping early at the end of the file; the number of bytes read. */
export function readAt(fd: number, into: Buffer, position: number): number {
  let length = 0;
  while (length < into.length) {
    const n = readSync(fd, into, length, into.length - length, position + length);
    if (n === 0) break;
    length += n;
  }
  return length;
}

/** A file of this user's that no one else may write (where the system has users and modes). */
function isOwnPrivateFile(stats: Stats): boolean {
  const uid = process.getuid?.();
  return uid === undefined || (stats.uid === uid && (stats.mode & 0o022) === 0);
}
