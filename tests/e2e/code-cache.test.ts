// The built binary's code cache (src/launch/), on each Node CI runs: V8
// accepts what a run wrote, a damaged or stale cache is replaced without the
// person seeing anything, and no cache, however broken, changes what backcare
// says: not an emergency, not an exit code.
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calmAnswersFile } from '../helpers/calm-answers.js';
import { HANG_MS, makeFifo, tempDir } from '../helpers/hostile.js';
import { type CliResult, NODE, runCli } from '../helpers/run-cli.js';

/** This Node's folder of code caches, as the binary names it. */
const NODE_FOLDER = execFileSync(NODE, ['-p', 'process.version + "-" + process.arch'], { encoding: 'utf8' }).trim();
const CHECK = ['check', '--no-input', '--answers', calmAnswersFile()];
const EMERGENCY = ['check', '--no-input', '--answer', 'chest-pain=yes', '--region', 'NZ'];

function run(cache: string, args: string[], env: Record<string, string> = {}): CliResult {
  return runCli(args, { env: { XDG_CACHE_HOME: cache, ...env }, timeoutMs: HANG_MS });
}

const folderOf = (cache: string) => join(cache, 'backcare', 'code', NODE_FOLDER);
const cliCache = (cache: string) => join(folderOf(cache), 'cli.cjs.v8');
const checkCache = (cache: string) => join(folderOf(cache), 'commands%2Fcheck%2Frun.cjs.v8');
const runsIn = (file: string) =>
  (JSON.parse(readFileSync(file, 'utf8').split('\n')[0] ?? '') as { runs: string[] }).runs;

/** What a run says with no cache at all: the reference every cached run must match. */
const uncached = (args: string[]) => run(tempDir(), args, { NODE_DISABLE_COMPILE_CACHE: '1' });

describe('the code cache of the built binary', () => {
  it("is written by the first run, private, in this Node's own folder", () => {
    const cache = tempDir();
    expect(run(cache, CHECK).code).toBe(0);
    expect(readdirSync(folderOf(cache)).sort()).toEqual(['cli.cjs.v8', 'commands%2Fcheck%2Frun.cjs.v8']);
    expect(statSync(folderOf(cache)).mode & 0o777).toBe(0o700);
    expect(statSync(cliCache(cache)).mode & 0o777).toBe(0o600);
  });

  it('is accepted by V8 on the next run, which leaves it as it is and says the same', () => {
    const cache = tempDir();
    const first = run(cache, CHECK);
    const written = statSync(checkCache(cache));
    const second = run(cache, CHECK);
    expect(second).toEqual(first);
    expect(statSync(checkCache(cache)).mtimeMs).toBe(written.mtimeMs);
    expect(statSync(checkCache(cache)).ino).toBe(written.ino);
  });

  it("grows to hold another command's functions", () => {
    const cache = tempDir();
    run(cache, CHECK);
    run(cache, ['remedies']);
    expect(runsIn(cliCache(cache))).toEqual(['cli.cjs+commands/check/run.cjs', 'cli.cjs+commands/remedies/run.cjs']);
  });

  it('goes to ~/.cache when XDG_CACHE_HOME is relative, never into the folder backcare runs in', () => {
    const [home, cwd] = [tempDir(), tempDir()];
    const r = runCli(CHECK, { env: { XDG_CACHE_HOME: 'cache', HOME: home }, cwd, timeoutMs: HANG_MS });
    expect(r.code).toBe(0);
    expect(readdirSync(cwd)).toEqual([]);
    expect(readdirSync(join(home, '.cache', 'backcare', 'code'))).toEqual([NODE_FOLDER]);
  });

  it('is not written when NODE_DISABLE_COMPILE_CACHE is set', () => {
    const cache = tempDir();
    expect(run(cache, CHECK, { NODE_DISABLE_COMPILE_CACHE: '1' }).code).toBe(0);
    expect(readdirSync(cache)).toEqual([]);
  });
});

/** Damages the check bundle's cache as `damage` says, then runs `args` on it. */
function onDamagedCache(args: string[], damage: (file: string) => void): { cache: string; result: CliResult } {
  const cache = tempDir();
  run(cache, args);
  damage(checkCache(cache));
  return { cache, result: run(cache, args) };
}

/** Sixteen bytes spread over the first copy, flipped: damage V8 itself would not notice everywhere. */
function flipInFirstCopy(file: string): void {
  const bytes = readFileSync(file);
  const body = bytes.indexOf(0x0a) + 1;
  const copy = (bytes.length - body) / 2;
  for (let i = 1; i <= 16; i++) {
    const at = body + Math.floor((i * copy) / 17);
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
  }
  writeFileSync(file, bytes);
}

/** A cache whose two copies agree but that V8 cannot use: it must refuse it, not run it. */
function replaceBytesKeepingHeader(file: string): void {
  const bytes = readFileSync(file);
  const header = bytes.subarray(0, bytes.indexOf(0x0a) + 1);
  const junk = Buffer.alloc(4096, 0x5a);
  writeFileSync(file, Buffer.concat([header, junk, junk]));
}

function fromAnotherBuild(file: string): void {
  const text = readFileSync(file);
  const end = text.indexOf(0x0a);
  const header = JSON.parse(text.toString('utf8', 0, end)) as { key: string; runs: string[] };
  writeFileSync(
    file,
    Buffer.concat([
      Buffer.from(`${JSON.stringify({ ...header, key: `old-${header.key}` })}\n`),
      text.subarray(end + 1),
    ]),
  );
}

describe('a damaged, stale or hostile code cache', () => {
  it.each([
    ['bytes flipped in one copy', flipInFirstCopy],
    ['bytes V8 cannot use', replaceBytesKeepingHeader],
    ['a cache from another build', fromAnotherBuild],
    ['a file anyone may write', (file: string) => chmodSync(file, 0o666)],
  ])('with %s: the same output, and a healthy cache written in its place', (_what, damage) => {
    const { cache, result } = onDamagedCache(CHECK, damage);
    expect(result).toEqual(uncached(CHECK));
    expect(statSync(checkCache(cache)).mode & 0o777).toBe(0o600);
    const accepted = statSync(checkCache(cache)).mtimeMs;
    expect(run(cache, CHECK)).toEqual(result);
    expect(statSync(checkCache(cache)).mtimeMs).toBe(accepted);
  });

  it.each([
    ['bytes flipped in one copy', flipInFirstCopy],
    ['bytes V8 cannot use', replaceBytesKeepingHeader],
  ])('with %s: an emergency is still shown first, on both streams', (_what, damage) => {
    const { result } = onDamagedCache(EMERGENCY, damage);
    expect(result).toEqual(uncached(EMERGENCY));
    expect(result.stdout.split('\n')[0]).toMatch(/^EMERGENCY: call 111 now/);
    expect(result.stderr).toMatch(/^EMERGENCY: call 111 now/);
  });

  it('is a FIFO: the run neither waits nor fails', () => {
    const cache = tempDir();
    run(cache, ['remedies']);
    makeFifo(checkCache(cache));
    expect(run(cache, CHECK)).toEqual(uncached(CHECK));
  });

  it('cannot be written (a file where its folder goes): nothing is said, nothing fails', () => {
    const cache = tempDir();
    writeFileSync(join(cache, 'backcare'), 'not a folder');
    expect(run(cache, CHECK)).toEqual(uncached(CHECK));
    expect(readFileSync(join(cache, 'backcare'), 'utf8')).toBe('not a folder');
  });
});
