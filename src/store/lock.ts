// Starting or ending an episode reads the episodes file, decides, then
// appends: two processes doing that at once could both see no open episode
// and both start one. An exclusive lock file (O_EXCL) makes the three steps
// one. A lock left by a process that died (its pid is gone) or older than
// any real holder needs is taken over, under a second short-lived lock so
// that two processes never both break the same stale lock. A lock without a
// readable pid (empty, garbage, too long: a crash or a full disk mid-write, or
// one being written this instant) is taken over only by age. A folder or a
// symbolic link in its place is not a lock backcare made: it is never followed
// or removed, and the message says what to remove.
import { closeSync, constants, lstatSync, openSync, type Stats, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../runtime/errors.js';
import { isRunning, removeQuietly } from '../files/temp-files.js';
import { readRegularFile } from '../files/regular-file.js';
import { storePaths } from './paths.js';
import { ensureDir, storeError } from './write.js';

const LOCK_FILE = 'episodes.lock';
/** Holding the lock takes milliseconds; one older than this was left behind. */
const STALE_LOCK_MS = 30_000;
/** How long to wait for another backcare to finish before giving up. */
const LOCK_WAIT_MS = 10_000;

/** A pid, a space and an ISO time: far less than this. */
const MAX_LOCK_BYTES = 200;

const CREATE_EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

export function withEpisodeLock<T>(env: NodeJS.ProcessEnv, body: () => T, clock: () => number = Date.now): T {
  const { dir } = storePaths(env);
  ensureDir(dir);
  const lock = join(dir, LOCK_FILE);
  acquire(lock, clock);
  try {
    return body();
  } finally {
    removeQuietly(lock);
  }
}

function acquire(lock: string, clock: () => number): void {
  const deadline = clock() + LOCK_WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(lock)) return;
    if (isStale(lock, clock)) breakStale(lock, clock);
    else if (clock() > deadline) {
      throw new StoreError(
        `another backcare is starting or ending an episode (${lock} is held); try again, or delete that file ` +
          `if no backcare is running`,
      );
    } else sleep(5 + Math.min(attempt, 20) * Math.random() * 5);
  }
}

function tryCreate(lock: string): boolean {
  let fd: number;
  try {
    fd = openSync(lock, CREATE_EXCLUSIVE, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw storeError('cannot create the lock file', lock, error);
  }
  try {
    writeSync(fd, `${process.pid} ${new Date().toISOString()}\n`);
  } catch (error) {
    // A full disk can create the file but not fill it: leave no empty lock behind.
    closeSync(fd);
    removeQuietly(lock);
    throw storeError('cannot create the lock file', lock, error);
  }
  closeSync(fd);
  return true;
}

/** Held by a process that is gone, or for longer than anyone needs it. */
function isStale(lock: string, clock: () => number): boolean {
  const held = holder(lock);
  if (held === undefined) return false;
  if (held.pid !== undefined && !isRunning(held.pid)) return true;
  return clock() - held.since > STALE_LOCK_MS;
}

/** What the lock file says: the holder's pid when it can be read, and when it was made. Undefined once it is gone. */
function holder(lock: string): { pid: number | undefined; since: number } | undefined {
  let stat: Stats;
  try {
    stat = lstatSync(lock);
  } catch {
    return undefined; // just released; try again
  }
  if (stat.isSymbolicLink()) throw notALock(lock, 'a symbolic link', `remove the link (rm ${lock})`);
  if (stat.isDirectory()) throw notALock(lock, 'a folder', `remove it (rmdir ${lock})`);
  if (!stat.isFile()) throw notALock(lock, 'not a regular file', `remove it (rm ${lock})`);
  return { pid: pidIn(lock), since: stat.mtimeMs };
}

/** The pid of a lock as tryCreate writes it ("1234 2026-…"); undefined for anything else. */
function pidIn(lock: string): number | undefined {
  const read = readRegularFile(lock, MAX_LOCK_BYTES, { noFollow: true });
  const match = read.ok ? /^(\d{1,10}) \S+\n?$/.exec(read.text) : null;
  const pid = match ? Number(match[1]) : Number.NaN;
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

function notALock(lock: string, what: string, fix: string): StoreError {
  return new StoreError(
    `${lock} is ${what}, not a lock backcare made; ${fix} if no backcare is running. backcare never follows ` +
      `or removes it`,
  );
}

/** Removes a stale lock, unless another process got there first and the lock is now someone's live one. */
function breakStale(lock: string, clock: () => number): void {
  const breaker = `${lock}.break`;
  if (!tryCreate(breaker)) {
    // Someone else is breaking it; a breaker left by a crash is itself stale after a while.
    if (isStale(breaker, clock)) removeQuietly(breaker);
    return;
  }
  try {
    if (isStale(lock, clock)) removeQuietly(lock);
  } finally {
    removeQuietly(breaker);
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
