// What can be found where episodes.lock should be. A regular file that is not
// a live holder's lock (garbage, too long, empty) is taken over once it is
// older than 30 seconds, as documented; a folder or a symbolic link is not a
// lock backcare made, so it is never followed or removed: one line says what
// to remove, at once. And a full disk leaves no empty lock behind.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withEpisodeLock } from '../../src/store/lock.js';
import { expectOneLineRefusal, HANG_MS, tempDir } from '../helpers/hostile.js';
import { runCli } from '../helpers/run-cli.js';
import { skipVisibly } from '../helpers/skip-visibly.js';
import { mountTinyDisk, tinyDiskAvailable } from '../helpers/tiny-disk.js';

const run = (args: string[], home: string) => runCli(args, { env: { BACKCARE_HOME: home }, timeoutMs: HANG_MS });
const starts = (home: string) => readFileSync(join(home, 'episodes.jsonl'), 'utf8').trim().split('\n').length;

function oldLock(home: string, content: string): string {
  const lock = join(home, 'episodes.lock');
  writeFileSync(lock, content);
  const minuteAgo = new Date(Date.now() - 60_000);
  utimesSync(lock, minuteAgo, minuteAgo);
  return lock;
}

describe('a regular file in the lock’s place', () => {
  it.each([
    ['300 bytes of garbage', 'x'.repeat(300)],
    ['a live pid followed by 300 bytes', `${process.pid} ${'y'.repeat(300)}\n`],
    ['an empty file (left by a full disk)', ''],
    ['text with no pid', 'not a lock\n'],
  ])('is taken over once older than 30 seconds: %s', (_name, content) => {
    const home = tempDir();
    const lock = oldLock(home, content);
    const r = run(['episode', 'start'], home);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(starts(home)).toBe(1);
    expect(existsSync(lock)).toBe(false);
  });

  it('is not taken over while younger than 30 seconds, even with no pid in it (a lock being written)', () => {
    const home = tempDir();
    writeFileSync(join(home, 'episodes.lock'), '');
    // The clock runs a second a call: the 10-second wait ends long before the lock is 30 seconds old.
    let now = Date.now();
    const clock = () => (now += 1000);
    expect(() => withEpisodeLock({ BACKCARE_HOME: home }, () => 'ran', clock)).toThrow(
      /another backcare is starting or ending an episode/,
    );
    expect(existsSync(join(home, 'episodes.lock'))).toBe(true);
  });
});

describe('something that is not a file in the lock’s place', () => {
  it('a folder is named, with how to remove it, at once, and left alone', () => {
    const home = tempDir();
    const lock = join(home, 'episodes.lock');
    mkdirSync(lock);
    writeFileSync(join(lock, 'keep.txt'), 'mine');
    const started = Date.now();
    const r = run(['episode', 'start'], home);
    expectOneLineRefusal(
      r,
      1,
      new RegExp(
        String.raw`^backcare: .*episodes\.lock is a folder, not a lock backcare made; remove it \(rmdir ` +
          String.raw`.*episodes\.lock\) if no backcare is running`,
      ),
    );
    expect(Date.now() - started).toBeLessThan(8000);
    expect(readdirSync(lock)).toEqual(['keep.txt']);
    expect(existsSync(join(home, 'episodes.jsonl'))).toBe(false);
  });

  it('a symbolic link is named, never followed, never removed', () => {
    const home = tempDir();
    const elsewhere = join(tempDir(), 'precious.txt');
    writeFileSync(elsewhere, '12345 not yours\n');
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(elsewhere, minuteAgo, minuteAgo);
    const lock = join(home, 'episodes.lock');
    symlinkSync(elsewhere, lock);
    const r = run(['episode', 'end'], home);
    expectOneLineRefusal(
      r,
      1,
      new RegExp(
        String.raw`^backcare: .*episodes\.lock is a symbolic link, not a lock backcare made; remove the link ` +
          String.raw`\(rm .*episodes\.lock\) if no backcare is running`,
      ),
    );
    expect(lstatSync(lock).isSymbolicLink()).toBe(true);
    expect(readFileSync(elsewhere, 'utf8')).toBe('12345 not yours\n');
  });
});

describe('episode start on a full disk', () => {
  if (tinyDiskAvailable !== true) skipVisibly(`episode start on a full disk: skipped, ${tinyDiskAvailable.reason}`);
  else
    it('is one line, exit 1, and leaves no lock behind', () => {
      const disk = mountTinyDisk();
      if ('reason' in disk) throw new Error(disk.reason);
      try {
        disk.fill();
        const r = run(['episode', 'start'], disk.dir);
        expectOneLineRefusal(
          r,
          1,
          /^backcare: cannot (create the lock file|write to) .*\(the disk is full\); nothing was saved/,
        );
        expect(r.stderr).not.toMatch(/unexpected error|please report/);
        expect(readdirSync(disk.dir)).toEqual(['filler']);
      } finally {
        disk.unmount();
      }
    });
});
