// Starting or ending an episode reads the episodes file, decides, then
// appends: two processes doing that at once could both see no open episode
// and both start one. An exclusive lock file (O_EXCL) makes the three steps
// one. A lock left by a process that died (its pid is gone) or older than
// any real holder needs is taken over, under a second short-lived lock so
// that two processes never both break the same stale lock.
import { closeSync, constants, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from '../errors.js';
import { isRunning, removeQuietly } from '../files/leftovers.js';
import { readRegularFile } from '../files/regular-file.js';
import { storePaths } from './paths.js';
import { ensureDir, storeError } from './write.js';

export const LOCK_FILE = 'episodes.lock';
/** Holding the lock takes milliseconds; one older than this was left behind. */
export const STALE_LOCK_MS = 30_000;
/** How long to wait for another backcare to finish before giving up. */
export const LOCK_WAIT_MS = 10_000;

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
      throw new StoreError(`another backcare is starting or ending an episode (${lock} is held); try again, or delete that file if no backcare is running`);
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
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Held by a process that is gone, or for longer than anyone needs it. */
function isStale(lock: string, clock: () => number): boolean {
  const held = holder(lock);
  if (held === undefined) return false;
  return !isRunning(held.pid) || clock() - held.since > STALE_LOCK_MS;
}

function holder(lock: string): { pid: number; since: number; text: string } | undefined {
  const read = readRegularFile(lock, 200, { noFollow: true });
  if (!read.ok) return undefined; // just released; try again
  let since: number;
  try {
    since = statSync(lock).mtimeMs;
  } catch {
    return undefined;
  }
  return { pid: Number.parseInt(read.text, 10), since, text: read.text };
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
