// Appending one record: one write(2) of one complete line to a file opened
// with O_APPEND, so several backcare processes writing at once never
// interleave or overwrite each other's lines. No validator is loaded here:
// `backcare log` must start about as fast as a bare `node`.
import { closeSync, constants, fstatSync, ftruncateSync, mkdirSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreError } from '../runtime/errors.js';

/** Appends `record` as one JSON line, creating the folder (0700) and file (0600) on first use. */
export function appendRecord(file: string, record: object): void {
  const text = `${JSON.stringify(record)}\n`;
  ensureDir(dirname(file));
  const fd = openForAppend(file);
  let before = -1;
  let written = 0;
  try {
    before = fstatSync(fd).size;
    const line = Buffer.from(afterCutShortLine(fd, before) ? `\n${text}` : text, 'utf8');
    written = writeSync(fd, line, 0, line.length);
    if (written !== line.length) throw Object.assign(new Error('short write'), { code: 'ENOSPC' });
  } catch (error) {
    undoPartialLine(fd, before, written);
    throw storeError('cannot write to', file, error);
  } finally {
    closeSync(fd);
  }
}

/**
 * Appending (O_APPEND) and reading the last byte, never through a symbolic
 * link (O_NOFOLLOW: a link would send the diary to another file), and only
 * to a regular file (a FIFO or a device would take the line and keep nothing).
 */
const APPEND_FLAGS =
  constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW | constants.O_NONBLOCK;

function openForAppend(file: string): number {
  let fd: number;
  try {
    fd = openSync(file, APPEND_FLAGS, 0o600);
  } catch (error) {
    throw storeError('cannot open', file, error);
  }
  if (fstatSync(fd).isFile()) return fd;
  closeSync(fd);
  throw storeError('cannot write to', file, Object.assign(new Error('not a regular file'), { code: 'ENOTREG' }));
}

/**
 * After a cut-short last line (a crash, a full disk), start on a new line so this record stays
 * whole. The size can be read while another process is part-way through its own append (which
 * ends in a newline): a size that moved means exactly that, so it needs no newline from us.
 */
function afterCutShortLine(fd: number, size: number): boolean {
  return size > 0 && !endsWithNewline(fd, size) && fstatSync(fd).size === size;
}

function endsWithNewline(fd: number, size: number): boolean {
  const last = Buffer.alloc(1);
  return readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 0x0a;
}

export function ensureDir(dir: string): void {
  try {
    // Parents get the usual permissions; the diary's own folder is private.
    mkdirSync(dirname(dir), { recursive: true });
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
    throw storeError('cannot create the folder', dir, error);
  }
}

/**
 * A write that failed part-way (a full disk) leaves half a line. Cut it off
 * again, but only while those bytes are still the last in the file: never
 * touch a line another process appended in the meantime.
 */
function undoPartialLine(fd: number, before: number, written: number): void {
  if (before < 0 || written <= 0) return;
  try {
    if (fstatSync(fd).size === before + written) ftruncateSync(fd, before);
  } catch {
    // The reader skips a cut-short line anyway, and says so.
  }
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  ELOOP: 'it is a symbolic link, which backcare does not follow for the diary; put the real file there',
  ENOTREG: 'it is not a regular file (a device, a pipe or a socket); move it away',
  ENXIO: 'it is not a regular file (a device, a pipe or a socket); move it away',
};

export function storeError(what: string, path: string, error: unknown, writing = true): StoreError {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  const reason = REASONS[code] ?? (code || (error instanceof Error ? error.message : String(error)));
  const saved = writing ? '; nothing was saved' : '';
  return new StoreError(
    `${what} ${path} (${reason})${saved}. Check the folder's permissions, or set BACKCARE_HOME to another folder`,
  );
}
