// Runs the built binary with stdout somewhere that fails: a full device, or a
// pipe whose reader has already gone.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cleanEnv, NODE, ROOT, type CliResult } from './run-cli.js';

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

/**
 * Made before backcare starts, process.stdout puts its pipe in non-blocking mode (the mode belongs to
 * the pipe, so another program before backcare can leave it so). Then says whether it took.
 */
const MAKE_STDOUT_NON_BLOCKING = [
  'process.stdout;',
  "const flags = require('node:fs').readFileSync('/proc/self/fdinfo/1', 'utf8').match(/flags:\\s*(\\d+)/)[1];",
  "require('node:fs').writeSync(2, 'NONBLOCK ' + ((parseInt(flags, 8) & 0o4000) !== 0) + '\\n');",
].join('\n');

/**
 * stdout is a pipe in non-blocking mode whose reader starts only after `pauseMs`: writes fill it and
 * then fail with EAGAIN. Resolves with everything read, and whether the pipe really was non-blocking.
 */
export function runWithNonBlockingPipe(
  args: string[],
  { pauseMs = 300, timeoutMs = 20_000 } = {},
): CliResult & { nonBlocking: boolean } {
  const preload = join(mkdtempSync(join(tmpdir(), 'backcare-nonblock-')), 'non-blocking-stdout.cjs');
  writeFileSync(preload, MAKE_STDOUT_NON_BLOCKING);
  // A reader of its own, not this process: Node would read the pipe at once, so it would never fill.
  const script = `{ "$@"; echo "EXIT $?" >&2; } | { sleep ${pauseMs / 1000}; cat; }`;
  const result = spawnSync('sh', ['-c', script, 'sh', NODE, '--require', preload, BIN, ...args], {
    cwd: ROOT,
    env: cleanEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: timeoutMs,
  });
  if (result.error) throw result.error;
  const code = /^EXIT (\d+)$/m.exec(result.stderr)?.[1];
  return {
    code: code === undefined ? null : Number(code),
    stdout: result.stdout,
    stderr: result.stderr.replace(/^(NONBLOCK|EXIT) \w+\n/gm, ''),
    nonBlocking: /^NONBLOCK true$/m.test(result.stderr),
  };
}
