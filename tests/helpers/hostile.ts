// Hostile files for the tests in tests/hostile/: device nodes made with mknod
// in a temp folder (never a real /dev path), FIFOs, sockets and symlinks, and
// the checks every hostile case shares.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import type { CliResult } from './run-cli.js';

/** Long enough for a loaded machine, short enough that a hang fails the test instead of the run. */
export const HANG_MS = 15_000;

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'backcare-hostile-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A character device like /dev/zero (1,5) or /dev/full (1,7), made at `path`; false when mknod is not permitted. */
export function makeCharDevice(path: string, minor: 5 | 7): boolean {
  return spawnSync('mknod', [path, 'c', '1', String(minor)]).status === 0;
}

export const mknodWhyNot: string = (() => {
  const dir = mkdtempSync(join(tmpdir(), 'backcare-mknod-probe-'));
  try {
    return makeCharDevice(join(dir, 'zero'), 5) ? '' : 'mknod is not permitted here (needs root or CAP_MKNOD)';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();

export function makeFifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  if (made.status !== 0) throw new Error(`mkfifo ${path} failed`);
}

/** A listening Unix socket at `path`; call close() when done. */
export async function makeSocket(path: string): Promise<{ close: () => void }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return { close: () => server.close() };
}

/** Ended by itself (no hang), with `code`, and exactly one line on stderr matching `message`. */
export function expectOneLineRefusal(r: CliResult, code: number, message: RegExp): void {
  expect(r.code, `exit code (null means it hung and was killed); stderr: ${r.stderr}`).toBe(code);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
}
