// Where backcare writes: report --output replaces only regular
// files, `--output -` is stdout, stale temp files of ours are cleaned, the
// diary folder comes from an absolute BACKCARE_HOME (with ~ expanded), and a
// full disk is one line with nothing left behind.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineRefusal, HANG_MS, makeCharDevice, makeFifo, mknodWhyNot, tempDir } from '../helpers/hostile.js';
import { runCli } from '../helpers/run-cli.js';
import { mountTinyDisk, tinyDiskAvailable } from '../helpers/tiny-disk.js';
import { ownTempName } from '../../src/files/temp-files.js';

const run = (args: string[], env: Record<string, string> = {}, cwd?: string) =>
  runCli(args, { env, timeoutMs: HANG_MS, ...(cwd ? { cwd } : {}) });
const skipNoMknod = mknodWhyNot !== '';
const noMknod = skipNoMknod ? ` (skipped: ${mknodWhyNot})` : '';
const noDisk = tinyDiskAvailable === true ? '' : tinyDiskAvailable.reason;

/** A diary with one score, so reports have something in them. */
function homeWithScore(): string {
  const home = tempDir();
  expect(run(['log', '4'], { BACKCARE_HOME: home }).code).toBe(0);
  return home;
}

/** A pid that is surely not running: a child that has already exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('report --output --force', () => {
  it.skipIf(skipNoMknod)(`refuses to replace a device node (a /dev/full made in a temp folder)${noMknod}`, () => {
    const full = join(tempDir(), 'full');
    makeCharDevice(full, 7);
    expectOneLineRefusal(
      run(['report', '--format', 'csv', '--output', full, '--force'], { BACKCARE_HOME: homeWithScore() }),
      2,
      /^backcare: --output .*full is a character device, not a regular file/,
    );
    expect(statSync(full).isCharacterDevice()).toBe(true);
  });

  it('refuses to replace a named pipe, without waiting on it', () => {
    const fifo = join(tempDir(), 'report.fifo');
    makeFifo(fifo);
    expectOneLineRefusal(
      run(['report', '--output', fifo, '--force'], { BACKCARE_HOME: homeWithScore() }),
      2,
      /is a named pipe \(FIFO\), not a regular file/,
    );
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses to replace a folder', () => {
    const dir = join(tempDir(), 'report.md');
    mkdirSync(dir);
    expectOneLineRefusal(
      run(['report', '--output', dir, '--force'], { BACKCARE_HOME: homeWithScore() }),
      2,
      /report\.md is a folder, not a regular file/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a symlink to a named pipe, and leaves the link as it was', () => {
    const dir = tempDir();
    makeFifo(join(dir, 'pipe'));
    symlinkSync(join(dir, 'pipe'), join(dir, 'report.md'));
    expectOneLineRefusal(
      run(['report', '--output', join(dir, 'report.md'), '--force'], { BACKCARE_HOME: homeWithScore() }),
      2,
      /is a named pipe \(FIFO\) \(through a symbolic link\)/,
    );
    expect(readlinkSync(join(dir, 'report.md'))).toBe(join(dir, 'pipe'));
    expect(readdirSync(dir).sort()).toEqual(['pipe', 'report.md']);
  });

  it('replaces a regular file with --force', () => {
    const file = join(tempDir(), 'report.csv');
    writeFileSync(file, 'old');
    const r = run(['report', '--format', 'csv', '--output', file, '--force'], { BACKCARE_HOME: homeWithScore() });
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^date,time,/);
  });
});

describe('report --output -', () => {
  it('writes the report to stdout and no file named "-"', () => {
    const cwd = tempDir();
    const r = run(['report', '--format', 'csv', '--output', '-'], { BACKCARE_HOME: homeWithScore() }, cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^date,time,utc_offset,type,pain_score/);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('temp files left by a killed report --output', () => {
  it('are removed on the next write when their process is gone; a live one and other files are kept', () => {
    const dir = tempDir();
    const stale = ownTempName('r.html', deadPid());
    const live = ownTempName('r.html', process.pid);
    const unrelated = '.notes.tmp';
    for (const name of [stale, live, unrelated]) writeFileSync(join(dir, name), 'half a report');
    const r = run(['report', '--format', 'html', '--output', join(dir, 'r.html')], { BACKCARE_HOME: homeWithScore() });
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([live, unrelated, 'r.html'].sort());
  });
});

describe('report --output on a full disk', () => {
  it.skipIf(noDisk !== '')(
    `is one line, exit 1, and leaves no file and no temp file${noDisk ? ` (skipped: ${noDisk})` : ''}`,
    () => {
      const disk = mountTinyDisk();
      if ('reason' in disk) throw new Error(disk.reason);
      try {
        disk.fill();
        const r = run(['report', '--format', 'csv', '--output', join(disk.dir, 'r.csv')], {
          BACKCARE_HOME: homeWithScore(),
        });
        expectOneLineRefusal(r, 1, /^backcare: cannot write .*r\.csv \(the disk is full\); nothing was written/);
        expect(readdirSync(disk.dir)).toEqual(['filler']);
      } finally {
        disk.unmount();
      }
    },
  );
});

describe('BACKCARE_HOME', () => {
  it("expands a quoted '~/bc' to the home folder", () => {
    const home = tempDir();
    const cwd = tempDir();
    const r = run(['log', '5'], { HOME: home, BACKCARE_HOME: '~/bc' }, cwd);
    expect(r.code).toBe(0);
    expect(existsSync(join(home, 'bc', 'diary.jsonl'))).toBe(true);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('refuses a relative path with how to fix it, and creates nothing', () => {
    const cwd = tempDir();
    const r = run(['log', '5'], { BACKCARE_HOME: 'bc' }, cwd);
    expectOneLineRefusal(
      r,
      2,
      new RegExp(
        String.raw`^backcare: BACKCARE_HOME is a relative path \("bc"\); set it to an absolute path, such as ` +
          String.raw`BACKCARE_HOME="\$HOME\/bc"`,
      ),
    );
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('a relative path does not cost check its result: the level is still given, with a warning', () => {
    const r = run(['check', '--no-input', '--answer', 'saddle-numbness=yes'], { BACKCARE_HOME: 'bc' });
    expect(r.stdout).toMatch(/emergency|999|911|112/i);
    expect(r.stderr).toMatch(/BACKCARE_HOME is a relative path/);
  });
});
