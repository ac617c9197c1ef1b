// Runs the built binary with stdout somewhere that fails: a full device, or a
// pipe whose reader has already gone.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { BIN, cleanEnv, ROOT, type CliResult } from './run-cli.js';

/** stdout (and optionally stderr) opened on /dev/full: every write fails with ENOSPC. */
export function runWithFullOutput(args: string[], { env = {}, stderrToo = false, timeoutMs = 10_000 } = {}): CliResult {
  const full = openSync('/dev/full', 'w');
  try {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: cleanEnv(env),
      stdio: ['pipe', full, stderrToo ? full : 'pipe'],
      input: '',
      encoding: 'utf8',
      timeout: timeoutMs,
    });
    if (result.error) throw result.error;
    return { code: result.status, stdout: '', stderr: result.stderr ?? '' };
  } finally {
    closeSync(full);
  }
}

/** stdout is a pipe the reader closes before backcare writes: its writes fail with EPIPE. */
export function runWithClosedPipe(
  args: string[],
  { env = {}, input = '', timeoutMs = 10_000 } = {},
): Promise<CliResult> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: cleanEnv(env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stdout.destroy();
  child.stdin.end(input);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`backcare ${args.join(' ')} did not end within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: '', stderr });
    });
  });
}
