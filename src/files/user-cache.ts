// The user's own cache folder for backcare ($XDG_CACHE_HOME/backcare, else
// ~/.cache/backcare), and the one way a file in it is read back. What is kept
// there only saves work on the next run and can be deleted at any time; what
// is read from it is trusted as much as backcare's own files (a validated
// knowledge base, compiled code), so a file is read only if this user owns it
// and nobody else can write it, checked on the open handle, whatever the
// folders above it allow. It is also never a FIFO or a device, and never
// larger than the caller's limit.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { join } from 'node:path';

/** `backcare/<parts…>` inside the user's cache folder, or undefined when the environment names none. */
export function userCacheFolder(env: NodeJS.ProcessEnv, ...parts: string[]): string | undefined {
  const base = env.XDG_CACHE_HOME || (env.HOME ? join(env.HOME, '.cache') : undefined);
  return base === undefined ? undefined : join(base, 'backcare', ...parts);
}

/** The bytes of a cache file this user wrote, or undefined for anything else. Never throws, never waits. */
export function readOwnCacheFile(file: string, limit: number): Buffer | undefined {
  let fd: number;
  try {
    // O_NONBLOCK: a FIFO planted here must not make the run wait for a writer.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!isOwnPrivateFile(stats) || stats.size > limit) return undefined;
    const buffer = Buffer.allocUnsafe(stats.size);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    return buffer.subarray(0, length);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** A regular file of this user's that no one else may write (where the system has users and modes). */
function isOwnPrivateFile(stats: Stats): boolean {
  if (!stats.isFile()) return false;
  const uid = process.getuid?.();
  return uid === undefined || (stats.uid === uid && (stats.mode & 0o022) === 0);
}
