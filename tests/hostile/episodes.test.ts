// Episodes under hostile conditions: many `episode start` at once,
// a lock left by a dead process, an episode edited to start in the future,
// and entries dated in the future.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineRefusal, HANG_MS, tempDir } from '../helpers/hostile.js';
import { BIN, cleanEnv, ROOT, runCli } from '../helpers/run-cli.js';

const run = (args: string[], home: string) => runCli(args, { env: { BACKCARE_HOME: home }, timeoutMs: HANG_MS });
const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; at: string; episode?: string });

function startTogether(count: number, home: string): Promise<(number | null)[]> {
  return Promise.all(
    Array.from({ length: count }, () => {
      const child = spawn(process.execPath, [BIN, 'episode', 'start'], {
        cwd: ROOT,
        env: cleanEnv({ BACKCARE_HOME: home }),
        stdio: 'ignore',
      });
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      return new Promise<number | null>((resolve) =>
        child.on('close', (code) => {
          clearTimeout(timer);
          resolve(code);
        }),
      );
    }),
  );
}

describe('episode start and end', () => {
  it('20 concurrent episode start leave exactly one open episode', async () => {
    const home = tempDir();
    const codes = await startTogether(20, home);
    expect(codes.filter((c) => c === 0)).toHaveLength(1);
    expect(codes.filter((c) => c === 2)).toHaveLength(19);
    expect(lines(join(home, 'episodes.jsonl')).filter((r) => r.type === 'episode-start')).toHaveLength(1);
    expect(existsSync(join(home, 'episodes.lock'))).toBe(false);
  }, 90_000);

  it('waits while another process holds the lock, then sees the episode it started', async () => {
    const home = tempDir();
    const lock = join(home, 'episodes.lock');
    writeFileSync(lock, `${process.pid} ${new Date().toISOString()}\n`); // held by this live test process
    const child = spawn(process.execPath, [BIN, 'episode', 'start'], {
      cwd: ROOT,
      env: cleanEnv({ BACKCARE_HOME: home }),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(child.exitCode).toBe(null);
    expect(existsSync(join(home, 'episodes.jsonl'))).toBe(false);
    // What the holder does: start an episode, then release the lock.
    const now = new Date().toISOString();
    writeFileSync(
      join(home, 'episodes.jsonl'),
      `${JSON.stringify({ schemaVersion: 1, type: 'episode-start', id: 'held', at: now, recordedAt: now })}\n`,
    );
    rmSync(lock);
    expect(await exit).toBe(2);
    expect(stderr).toMatch(/an episode is already open/);
    expect(lines(join(home, 'episodes.jsonl'))).toHaveLength(1);
  }, 30_000);

  it('takes over a lock left by a process that is gone', () => {
    const home = tempDir();
    const dead = Number(
      spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout,
    );
    writeFileSync(join(home, 'episodes.lock'), `${dead} 2026-01-01T00:00:00.000Z\n`);
    const r = run(['episode', 'start'], home);
    expect(r.code).toBe(0);
    expect(lines(join(home, 'episodes.jsonl')).map((x) => x.type)).toEqual(['episode-start']);
    expect(existsSync(join(home, 'episodes.lock'))).toBe(false);
  });

  it('takes over a lock older than any holder needs, even when its pid is alive', () => {
    const home = tempDir();
    const lock = join(home, 'episodes.lock');
    writeFileSync(lock, `${process.pid} 2026-01-01T00:00:00.000Z\n`); // this test process: alive
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, minuteAgo, minuteAgo);
    const r = run(['episode', 'start'], home);
    expect(r.code).toBe(0);
    expect(lines(join(home, 'episodes.jsonl')).map((x) => x.type)).toEqual(['episode-start']);
    expect(existsSync(lock)).toBe(false);
  });

  it('gives up on a lock held by a live process after a bounded wait, in one line, writing nothing', () => {
    const home = tempDir();
    const lock = join(home, 'episodes.lock');
    writeFileSync(lock, `${process.pid} ${new Date().toISOString()}\n`);
    const r = run(['episode', 'start'], home);
    expectOneLineRefusal(
      r,
      1,
      new RegExp(
        String.raw`^backcare: another backcare is starting or ending an episode \(.*episodes\.lock is held\); ` +
          'try again, or delete that file if no backcare is running',
      ),
    );
    expect(existsSync(join(home, 'episodes.jsonl'))).toBe(false);
    expect(existsSync(lock)).toBe(true);
  }, 30_000);

  it('ends an episode hand-edited to start in the future, without --at, at its start and with a warning', () => {
    const home = tempDir();
    const start = new Date(Date.now() + 5 * 86_400_000).toISOString();
    const record = {
      schemaVersion: 1,
      type: 'episode-start',
      id: 'e1',
      at: start,
      recordedAt: new Date().toISOString(),
    };
    writeFileSync(join(home, 'episodes.jsonl'), `${JSON.stringify(record)}\n`);
    const r = run(['episode', 'end'], home);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/before the episode started/);
    expect(r.stderr).toMatch(/this episode starts in the future/);
    const end = lines(join(home, 'episodes.jsonl'))[1];
    expect(end).toMatchObject({ type: 'episode-end', episode: 'e1', at: start });
  });

  it('still refuses an --at before the episode started', () => {
    const home = tempDir();
    expect(run(['episode', 'start', '--at', '2h'], home).code).toBe(0);
    const r = run(['episode', 'end', '--at', '3h'], home);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--at 3h is before the episode started/);
    expect(lines(join(home, 'episodes.jsonl'))).toHaveLength(1);
  });
});

describe('entries dated in the future', () => {
  it('are counted in one warning by history, not dropped without a word', () => {
    const home = tempDir();
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const now = new Date().toISOString();
    writeFileSync(
      join(home, 'diary.jsonl'),
      [
        { schemaVersion: 1, type: 'pain', id: 'p1', at: now, recordedAt: now, score: 4 },
        { schemaVersion: 1, type: 'pain', id: 'p2', at: future, recordedAt: now, score: 7 },
        { schemaVersion: 1, type: 'pain', id: 'p3', at: future, recordedAt: now, score: 8 },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
    const r = run(['history', '--json'], home);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^backcare: warning: 2 diary entries are dated in the future \(latest .*\), so no period counts them yet/,
      ),
    ]);
    expect(JSON.parse(r.stdout)).toMatchObject({ entries: 1 });
  });
});
