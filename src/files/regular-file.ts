// The one way backcare reads a file it did not write itself in this run:
// open, fstat the open handle (not the path: a symlink, a device or a FIFO
// swapped in between would be missed), refuse anything that is not a regular
// file, and read at most the limit plus one byte, so /dev/zero, a FIFO or a
// file growing under us can never make backcare hang or eat memory.
// `stat().size` is never trusted: it is 0 for devices and pipes.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

export type Refusal = { ok: false; code: string; reason: string; bytes?: number };
/** An open regular file and what fstat said of it when it was opened. */
export type Opened = { ok: true; fd: number; stats: Stats } | Refusal;
export type ReadText = { ok: true; text: string } | Refusal;
export type ReadBytes = { ok: true; bytes: Buffer } | Refusal;

export interface OpenOptions {
  /** Refuse a symbolic link instead of following it (the diary's own files). */
  noFollow?: boolean;
}

/** Opens `path` for reading, if it is a regular file. The caller closes the fd. */
export function openRegularFile(path: string | URL, options: OpenOptions = {}): Opened {
  // O_NONBLOCK: opening a FIFO for reading must not wait for a writer; it has no effect on regular files.
  const flags = constants.O_RDONLY | constants.O_NONBLOCK | (options.noFollow ? constants.O_NOFOLLOW : 0);
  let fd: number;
  try {
    fd = openSync(path, flags);
  } catch (error) {
    return refusedOpen(error);
  }
  const stats = fstatSync(fd);
  const kind = notRegular(stats);
  if (kind === undefined) return { ok: true, fd, stats };
  closeSync(fd);
  return { ok: false, code: 'ENOTREG', reason: `it is ${kind}, not a regular file` };
}

/** The whole file as UTF-8, refused when it is not a regular file or longer than `limit` bytes. */
export function readRegularFile(path: string | URL, limit: number, options: OpenOptions = {}): ReadText {
  const read = readRegularBytes(path, limit, options);
  return read.ok ? { ok: true, text: read.bytes.toString('utf8') } : read;
}

/** The whole file's bytes (for a caller that checks the encoding itself), refused as readRegularFile refuses. */
export function readRegularBytes(path: string | URL, limit: number, options: OpenOptions = {}): ReadBytes {
  const opened = openRegularFile(path, options);
  if (!opened.ok) return opened;
  try {
    // The size is only a first guess (the file may grow while it is read); the limit is what counts.
    let buffer: Buffer = Buffer.allocUnsafe(Math.min(limit + 1, opened.stats.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > limit) break;
        buffer = grown(buffer, Math.min(limit + 1, buffer.length * 2));
      }
      const n = readSync(opened.fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) {
      // A regular file's size is now known to be over the limit; it may still be growing.
      const bytes = Math.max(length, fstatSync(opened.fd).size);
      return { ok: false, code: 'EFBIG', bytes, reason: `it is ${bytes} bytes; the limit is ${limit} bytes` };
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return refusedOpen(error);
  } finally {
    closeSync(opened.fd);
  }
}

function grown(buffer: Buffer, size: number): Buffer {
  const bigger = Buffer.allocUnsafe(size);
  buffer.copy(bigger);
  return bigger;
}

function notRegular(stats: Stats): string | undefined {
  return stats.isFile() ? undefined : fileKind(stats);
}

/** What a path is, in words, for messages: "a named pipe (FIFO)". */
export function fileKind(stats: Stats): string {
  if (stats.isFile()) return 'a regular file';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

const OPEN_REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a regular file',
  ELOOP: 'it is a symbolic link, which backcare does not follow here',
  ENXIO: 'it is a socket or a device with nothing behind it, not a regular file',
  EAGAIN: 'it is not a regular file (reading it would wait)',
};

function refusedOpen(error: unknown): Refusal {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? 'EUNKNOWN';
  return { ok: false, code, reason: OPEN_REASONS[code] ?? `cannot read it (${code})` };
}
