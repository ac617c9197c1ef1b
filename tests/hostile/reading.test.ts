// Files that never end, or are not files: everything backcare reads
// (answers files, knowledge-base YAML, the diary and episodes files) must be a
// regular file under its limit, refused in one line otherwise, never a hang.
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  expectOneLineRefusal,
  HANG_MS,
  makeCharDevice,
  makeFifo,
  makeSocket,
  mknodWhyNot,
  tempDir,
} from '../helpers/hostile.js';
import { copyKb } from '../helpers/kb-copy.js';
import { runCli } from '../helpers/run-cli.js';

const run = (args: string[], env: Record<string, string> = {}) => runCli(args, { env, timeoutMs: HANG_MS });
const skipNoMknod = mknodWhyNot !== '';
const noMknod = skipNoMknod ? ` (skipped: ${mknodWhyNot})` : '';

describe('check --answers', () => {
  it.skipIf(skipNoMknod)(`refuses a device node like /dev/zero${noMknod}`, () => {
    const zero = join(tempDir(), 'zero');
    makeCharDevice(zero, 5);
    expectOneLineRefusal(
      run(['check', '--answers', zero]),
      2,
      /^backcare: --answers .*zero: it is a character device, not a regular file/,
    );
  });

  it('refuses a named pipe without waiting for a writer', () => {
    const fifo = join(tempDir(), 'answers.fifo');
    makeFifo(fifo);
    expectOneLineRefusal(
      run(['check', '--answers', fifo]),
      2,
      /^backcare: --answers .*answers\.fifo: it is a named pipe \(FIFO\), not a regular file/,
    );
  });

  it('refuses a folder', () => {
    expectOneLineRefusal(
      run(['check', '--answers', tempDir()]),
      2,
      /^backcare: --answers .*: it is a folder, not a regular file/,
    );
  });

  it('refuses a socket', async () => {
    const path = join(tempDir(), 'answers.sock');
    const socket = await makeSocket(path);
    try {
      expectOneLineRefusal(
        run(['check', '--answers', path]),
        2,
        /^backcare: --answers .*answers\.sock: it is a socket/,
      );
    } finally {
      socket.close();
    }
  });

  it.skipIf(skipNoMknod)(`refuses a symlink to a device node${noMknod}`, () => {
    const dir = tempDir();
    makeCharDevice(join(dir, 'zero'), 5);
    symlinkSync(join(dir, 'zero'), join(dir, 'answers.yaml'));
    expectOneLineRefusal(
      run(['check', '--answers', join(dir, 'answers.yaml')]),
      2,
      /it is a character device, not a regular file/,
    );
  });

  it('refuses a regular file over 1 MiB without parsing it', () => {
    const path = join(tempDir(), 'big.yaml');
    writeFileSync(path, `fever: no\n#${'x'.repeat(1024 * 1024)}\n`);
    expectOneLineRefusal(
      run(['check', '--answers', path]),
      2,
      /^backcare: --answers .*big\.yaml: it is \d+ bytes; the limit is 1048576 bytes/,
    );
  });
});

describe('a knowledge base (--kb)', () => {
  it.skipIf(skipNoMknod)(`refuses a YAML file that is a symlink to a /dev/zero-like device${noMknod}`, () => {
    const kb = copyKb();
    const zero = join(tempDir(), 'zero');
    makeCharDevice(zero, 5);
    const file = join(kb.dir, 'omitted.yaml');
    rmSync(file);
    symlinkSync(zero, file);
    const r = run(['kb', 'validate', kb.dir]);
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).toMatch(
      /omitted\.yaml: cannot read the file: it is a character device, not a regular file/,
    );
  });

  it('refuses a YAML file that is a named pipe, without waiting', () => {
    const kb = copyKb();
    const file = join(kb.dir, 'omitted.yaml');
    rmSync(file);
    makeFifo(file);
    const r = run(['--kb', kb.dir, 'remedies']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/omitted\.yaml: cannot read the file: it is a named pipe \(FIFO\), not a regular file/);
    expect(r.stdout).toBe('');
  });
});

describe('the diary files', () => {
  it.skipIf(skipNoMknod)(`history refuses a diary that is a /dev/zero-like device${noMknod}`, () => {
    const home = tempDir();
    makeCharDevice(join(home, 'diary.jsonl'), 5);
    expectOneLineRefusal(
      run(['history'], { BACKCARE_HOME: home }),
      1,
      /^backcare: cannot read .*diary\.jsonl: it is a character device, not a regular file/,
    );
  });

  it('episode status refuses an episodes file that is a named pipe, without waiting', () => {
    const home = tempDir();
    makeFifo(join(home, 'episodes.jsonl'));
    expectOneLineRefusal(
      run(['episode', 'status'], { BACKCARE_HOME: home }),
      1,
      /^backcare: cannot read .*episodes\.jsonl: it is a named pipe \(FIFO\), not a regular file/,
    );
  });

  it('log refuses a diary that is a named pipe instead of saying "Logged" and keeping nothing', () => {
    const home = tempDir();
    makeFifo(join(home, 'diary.jsonl'));
    const r = run(['log', '5'], { BACKCARE_HOME: home });
    expectOneLineRefusal(
      r,
      1,
      /^backcare: cannot write to .*diary\.jsonl \(it is not a regular file.*\); nothing was saved/,
    );
    expect(r.stdout).not.toMatch(/Logged/);
  });

  it('log refuses a diary that is a symlink, and writes nothing through it', () => {
    const home = tempDir();
    const elsewhere = join(tempDir(), 'other.jsonl');
    symlinkSync(elsewhere, join(home, 'diary.jsonl'));
    expectOneLineRefusal(
      run(['log', '5'], { BACKCARE_HOME: home }),
      1,
      /^backcare: cannot open .*diary\.jsonl \(it is a symbolic link, which backcare does not follow/,
    );
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('history refuses a diary that is a symlink to a real diary file', () => {
    const home = tempDir();
    const elsewhere = join(tempDir(), 'other.jsonl');
    writeFileSync(elsewhere, '');
    symlinkSync(elsewhere, join(home, 'diary.jsonl'));
    expectOneLineRefusal(
      run(['history'], { BACKCARE_HOME: home }),
      1,
      /^backcare: cannot read .*diary\.jsonl: it is a symbolic link.*put the real file there/,
    );
    expect(readFileSync(elsewhere, 'utf8')).toBe('');
  });

  it('episode start refuses an episodes file that is a folder', () => {
    const home = tempDir();
    mkdirSync(join(home, 'episodes.jsonl'));
    expectOneLineRefusal(
      run(['episode', 'start'], { BACKCARE_HOME: home }),
      1,
      /episodes\.jsonl.*(a folder|is a folder)/,
    );
  });
});
