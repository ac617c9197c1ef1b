// The diary through the built binary, in a temporary BACKCARE_HOME: what only a
// process shows. Each diary command's exit codes and which stream gets what, an
// unwritable folder, a full disk, and 50 `backcare log` processes at once. What the
// commands say and write is tested in this process, in tests/commands/diary.test.ts.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, NODE, ROOT, runCli } from '../helpers/run-cli.js';
import { mountTinyDisk, tinyDiskAvailable } from '../helpers/tiny-disk.js';

const newHome = () => mkdtempSync(join(tmpdir(), 'backcare-diary-'));

describe('the diary commands as processes', () => {
  it('exit 0 with the result on stdout, or 2 with one line on stderr and nothing on stdout', () => {
    const home = newHome();
    const run = (args: string[]) => runCli(args, { env: { BACKCARE_HOME: home } });
    const ok = (args: string[], stdout: RegExp) => {
      const r = run(args);
      expect(r, args.join(' ')).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toMatch(stdout);
    };
    const refused = (args: string[], stderr: RegExp) => {
      const r = run(args);
      expect(r, args.join(' ')).toMatchObject({ code: 2, stdout: '' });
      expect(r.stderr).toMatch(stderr);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    };
    ok(['episode', 'start', '--at', '2d'], /^Episode started /);
    ok(['log', '5'], /^Logged pain 5\/10 /);
    refused(['log', '11'], /^backcare: the pain score must be a whole number/);
    ok(['history', '--json'], /"entries": 1/);
    const report = run(['report', '--output', join(home, 'report.md')]);
    expect(report).toMatchObject({ code: 0, stdout: '' });
    expect(report.stderr).toMatch(/^backcare: wrote .*report\.md \(Markdown, 1 pain score\)\n$/);
    ok(['episode', 'end'], /^Episode ended /);
    refused(['episode', 'end'], /^backcare: no episode is open/);
  });
});

describe('bad input', () => {
  it('an unwritable data folder is a one-line error, exit 1, with nothing half-written', () => {
    const dir = newHome();
    writeFileSync(join(dir, 'taken'), '');
    const r = runCli(['log', '5'], { env: { BACKCARE_HOME: join(dir, 'taken', 'backcare') } });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^backcare: cannot (open|create the folder) .*\(part of the path is a file, not a folder\); nothing was saved/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(dir, 'taken'), 'utf8')).toBe('');
  });
});

describe('a full disk', () => {
  // A real full disk: a tiny tmpfs, filled. (This test used a symlink to /dev/full
  // until the diary stopped following symbolic links: see tests/hostile/.)
  const why = tinyDiskAvailable === true ? '' : tinyDiskAvailable.reason;
  it.skipIf(why !== '')(`is a one-line error with exit code 1${why ? ` (skipped: ${why})` : ''}`, () => {
    const disk = mountTinyDisk();
    if ('reason' in disk) throw new Error(disk.reason);
    try {
      writeFileSync(join(disk.dir, 'diary.jsonl'), '');
      disk.fill();
      const r = runCli(['log', '5'], { env: { BACKCARE_HOME: disk.dir } });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^backcare: cannot write to .*diary\.jsonl \(the disk is full\); nothing was saved/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(readFileSync(join(disk.dir, 'diary.jsonl'), 'utf8')).toBe('');
    } finally {
      disk.unmount();
    }
  });
});

describe('many processes at once', () => {
  it('50 backcare log processes started together leave exactly 50 intact entries', async () => {
    const home = newHome();
    const env = cleanEnv({ BACKCARE_HOME: home });
    const runs = Array.from(
      { length: 50 },
      (_, i) =>
        new Promise<number | null>((resolve, reject) => {
          const child = spawn(NODE, [BIN, 'log', String(i % 11), '--note', `process ${i} ${'x'.repeat(200)}`], {
            cwd: ROOT,
            env,
            stdio: 'ignore',
          });
          child.on('error', reject);
          child.on('exit', resolve);
        }),
    );
    expect(await Promise.all(runs)).toEqual(Array.from({ length: 50 }, () => 0));
    const text = readFileSync(join(home, 'diary.jsonl'), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    // A blank line can appear when a writer reads the size while another is part-way through its
    // append and so starts on a new line (the guard against a cut-short line); the reader skips it.
    const lines = text.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(50);
    const notes = lines.map((l) => (JSON.parse(l) as { note: string }).note.split(' ')[1]);
    expect(new Set(notes).size).toBe(50);
    const history = runCli(['history', '--json'], { env: { BACKCARE_HOME: home } });
    expect(history.stderr).toBe('');
    expect((JSON.parse(history.stdout) as { entries: number }).entries).toBe(50);
  }, 60_000);
});
