// After a PDF timeout, nothing the browser started is left running: the
// browser runs in a process group of its own, which gets SIGTERM and, after a
// short grace period, SIGKILL; a helper that ignores SIGTERM goes too. Ctrl-C
// while it prints takes the group with it as well.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/hostile.js';
import { BIN, cleanEnv, ROOT, runCli } from '../helpers/run-cli.js';

const dir = tempDir();
const started: number[] = [];
afterAll(() => {
  for (const pid of started) if (alive(pid)) process.kill(pid, 'SIGKILL');
});

/** Running: it exists and is not a zombie waiting to be reaped (a busy machine can take a while to reap). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** A "browser" that starts a helper ignoring SIGTERM (as a stuck renderer can), writes the helper's pid, and hangs. */
function stubbornBrowser(name: string): { path: string; helperPid: () => number } {
  const pidFile = join(dir, `${name}.pid`);
  const path = join(dir, name);
  writeFileSync(
    path,
    `#!/bin/sh\nsh -c 'trap "" TERM; echo $$ > "${pidFile}"; while :; do sleep 1; done' &\nsleep 120\n`,
  );
  chmodSync(path, 0o755);
  return {
    path,
    helperPid: () => {
      const pid = Number(readFileSync(pidFile, 'utf8').trim());
      started.push(pid);
      return pid;
    },
  };
}

async function gone(pid: number, withinMs: number): Promise<boolean> {
  for (const end = Date.now() + withinMs; Date.now() < end; await new Promise((r) => setTimeout(r, 100)))
    if (!alive(pid)) return true;
  return !alive(pid);
}

describe('report --format pdf', () => {
  it('leaves no helper of a timed-out browser running, even one that ignores SIGTERM', {
    timeout: 60_000,
  }, async () => {
    const browser = stubbornBrowser('stubborn');
    const r = runCli(['report', '--format', 'pdf', '--output', join(dir, 'r.pdf')], {
      env: { BACKCARE_HOME: tempDir(), BACKCARE_BROWSER: browser.path, BACKCARE_BROWSER_TIMEOUT: '1' },
      timeoutMs: 30_000,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/did not finish within 1 s\); nothing was written/);
    expect(await gone(browser.helperPid(), 5000)).toBe(true);
    expect(existsSync(join(dir, 'r.pdf'))).toBe(false);
  });

  it('takes the browser and its helpers along when interrupted with Ctrl-C (SIGINT)', { timeout: 60_000 }, async () => {
    const browser = stubbornBrowser('interrupted');
    const child = spawn(process.execPath, [BIN, 'report', '--format', 'pdf', '--output', join(dir, 'i.pdf')], {
      cwd: ROOT,
      env: cleanEnv({ BACKCARE_HOME: tempDir(), BACKCARE_BROWSER: browser.path, BACKCARE_BROWSER_TIMEOUT: '30' }),
      stdio: 'ignore',
    });
    const exit = new Promise<string>((resolve) => child.on('close', (code, signal) => resolve(`${code ?? signal}`)));
    // Ctrl-C once the browser runs: on a loaded machine starting it can take a while.
    for (let i = 0; i < 400 && !existsSync(join(dir, 'interrupted.pid')); i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(join(dir, 'interrupted.pid')), 'the browser never started').toBe(true);
    child.kill('SIGINT');
    // A signal's name here means backcare died of it: no handler was listening.
    expect(await exit).toBe('130');
    expect(await gone(browser.helperPid(), 5000)).toBe(true);
  });
});
