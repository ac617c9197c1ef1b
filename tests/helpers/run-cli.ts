// Runs the built backcare binary as a child process, the way a user or script would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'backcare.js');

/**
 * The node that runs the built binary: BACKCARE_TEST_NODE (CI sets it to each
 * supported Node version in turn), else the one running the tests.
 */
export const NODE = process.env.BACKCARE_TEST_NODE || process.execPath;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  input?: string;
  cwd?: string;
  timeoutMs?: number;
}

/** An empty diary folder, so no test reads or writes the diary of whoever runs the tests. */
const SCRATCH_HOME = mkdtempSync(join(tmpdir(), 'backcare-home-'));
/**
 * Validated --kb folders (src/kb/validated-cache.ts), shared by every test file
 * rather than the user's own: copies of one fixture have one key, so most
 * --kb runs skip validating it again.
 */
const SCRATCH_CACHE = join(tmpdir(), 'backcare-test-cache');

/** A clean environment: no colour forcing, no region, knowledge-base or diary overrides from the host. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LANG: 'C.UTF-8',
    LC_ALL: '',
    LC_MESSAGES: '',
    BACKCARE_HOME: SCRATCH_HOME,
    XDG_CACHE_HOME: SCRATCH_CACHE,
  };
  for (const key of [
    'NO_COLOR',
    'FORCE_COLOR',
    'BACKCARE_KB',
    'BACKCARE_REGION',
    'COLUMNS',
    'DEBUG',
    'XDG_DATA_HOME',
    'npm_command',
  ])
    delete env[key];
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export function runCli(args: string[], options: RunOptions = {}): CliResult {
  const result = spawnSync(NODE, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: cleanEnv(options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 10_000,
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
