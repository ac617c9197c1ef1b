// Writing a report file: the whole file or nothing. A private temporary file
// is written beside the target, flushed, then renamed over it in one step.
// Only a regular file is ever replaced (never a device, a pipe or a folder, or
// a link to one), and temporary files left by a report that was killed are
// cleaned up on the next write.
import {
  closeSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  renameSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { StoreError, UsageError } from '../runtime/errors.js';
import { isOwnTempName, isRunning, ownTempName, removeQuietly } from './temp-files.js';
import { fileKind } from './regular-file.js';
import { echoed } from '../core/echo.js';

/**
 * Refuses a target that exists and is anything but a regular file (or a link to one); `force` allows replacing a
 * regular file.
 */
export function checkOutputTarget(target: string, force: boolean, flag = '--output'): void {
  const link = statOrUndefined(target, lstatSync);
  if (link === undefined) return;
  const stats = link.isSymbolicLink() ? statOrUndefined(target, statSync) : link;
  // A dangling link is replaced by the file, like a missing target.
  if (stats !== undefined && !stats.isFile()) {
    const stdout = flag === '--output' ? ' (use --output - for stdout)' : '';
    throw new UsageError(
      `${flag} ${echoed(target, 300)} ` +
        `is ${fileKind(stats)}${link.isSymbolicLink() ? ' (through a symbolic link)' : ''}, not a regular ` +
        `file; backcare only writes to files${stdout}`,
    );
  }
  if (stats !== undefined && !force)
    throw new UsageError(`${echoed(target, 300)} already exists; add --force to replace it, or choose another ${flag}`);
}

/**
 * A large report on stdout, in batches, waiting whenever the reader is slower
 * than we are: a pipe to a slow reader would otherwise queue the whole report
 * in memory. Stops waiting if the stream errors or closes.
 */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string>): Promise<void> {
  let batch = '';
  for (const chunk of chunks) {
    batch += chunk;
    if (batch.length < BATCH_CHARS) continue;
    if (!stream.write(batch)) await drained(stream);
    batch = '';
  }
  if (batch !== '') stream.write(batch);
}

const BATCH_CHARS = 64 * 1024;

function drained(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
    stream.on('close', done);
  });
}

/** Text chunks are batched; bytes (a PDF) are written as they are. */
export function writeWhole(target: string, chunks: Iterable<string | Uint8Array>, force: boolean): void {
  const path = resolve(target);
  removeStaleTempFiles(dirname(path));
  const temp = join(dirname(path), ownTempName(basename(path), process.pid));
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o600);
    let batch = '';
    for (const chunk of chunks) {
      if (typeof chunk !== 'string') {
        writeAll(fd, Buffer.from(batch, 'utf8'));
        writeAll(fd, Buffer.from(chunk));
        batch = '';
        continue;
      }
      batch += chunk;
      if (batch.length < BATCH_CHARS) continue;
      writeAll(fd, Buffer.from(batch, 'utf8'));
      batch = '';
    }
    writeAll(fd, Buffer.from(batch, 'utf8'));
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    // Checked again just before the rename: the target may have changed while the report was written.
    checkOutputTarget(target, force);
    renameSync(temp, path);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    removeQuietly(temp);
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    const reason =
      {
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        ENOENT: 'no such folder',
        ENOSPC: 'the disk is full',
        EROFS: 'the disk is read-only',
        EISDIR: 'it is a folder',
      }[code] ?? code;
    throw new StoreError(`cannot write ${target} (${reason}); nothing was written`);
  }
}

function writeAll(fd: number, data: Buffer): void {
  let offset = 0;
  while (offset < data.length) offset += writeSync(fd, data, offset, data.length - offset);
}

/**
 * Our own temporary files (by a name only backcare writes) whose process is gone: a report killed part-way. Anything
 * else is left alone.
 */
function removeStaleTempFiles(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const own = isOwnTempName(name);
    if (own === undefined || isRunning(own.pid)) continue;
    const stats = statOrUndefined(join(dir, name), lstatSync);
    if (stats?.isFile() && (process.getuid === undefined || stats.uid === process.getuid()))
      removeQuietly(join(dir, name));
  }
}

function statOrUndefined(path: string, stat: (p: string) => Stats): Stats | undefined {
  try {
    return stat(path);
  } catch {
    return undefined;
  }
}
