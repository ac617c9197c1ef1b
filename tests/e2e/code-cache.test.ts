// The V8 code cache the launcher keeps (src/boot): written once, then used, and
// never trusted when damaged, never in the way when it cannot be written, and
// never changing what a command prints. Run with each Node in CI's set.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeCodeCache, encodeCodeCache } from '../../src/boot/code-cache.js';
import { NODE, runCli } from '../helpers/run-cli.js';

/** What `node -p` prints for `code`, on the node that runs the binary. */
const onNode = (code: string): string => spawnSync(NODE, ['-p', code], { encoding: 'utf8' }).stdout.trim();
const nodeFolder = onNode('process.version + "-" + process.arch');
const hasCrc32 = onNode('typeof require("node:zlib").crc32');

function freshCache(): string {
  return mkdtempSync(join(tmpdir(), 'backcare-code-cache-'));
}

/** The cache files of this build and Node, by name. */
function cacheFiles(xdg: string): Map<string, string> {
  const root = join(xdg, 'backcare', 'code');
  if (!existsSync(root)) return new Map();
  const files = new Map<string, string>();
  for (const build of readdirSync(root)) {
    const folder = join(root, build, nodeFolder);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) files.set(name, join(folder, name));
  }
  return files;
}

const run = (xdg: string, args: string[], env: Record<string, string> = {}) =>
  runCli(args, { env: { XDG_CACHE_HOME: xdg, ...env } });

describe('a cache file', () => {
  const data = Buffer.from('compiled code, as V8 would give it');

  it('gives back the data it was made from', () => {
    expect(decodeCodeCache(encodeCodeCache(data))?.equals(data)).toBe(true);
  });

  it.each([
    ['cut short', (file: Buffer) => file.subarray(0, file.length - 3)],
    [
      'one byte changed',
      (file: Buffer) => Buffer.concat([file.subarray(0, 12), Buffer.from([file[12]! ^ 1]), file.subarray(13)]),
    ],
    ['empty', () => Buffer.alloc(0)],
    ['only a header', (file: Buffer) => file.subarray(0, 8)],
    ['not a cache file', () => Buffer.from('{"not": "a cache"}')],
  ])('is refused when %s', (_, damage) => {
    expect(decodeCodeCache(damage(encodeCodeCache(data)))).toBeUndefined();
  });
});

describe.skipIf(hasCrc32 !== 'function')('the code cache of the built binary', () => {
  it('is written by the first run, per command for the entry bundle, and left alone by the next', () => {
    const xdg = freshCache();
    const first = run(xdg, ['remedies']);
    const checked = run(xdg, ['learn', 'prevention']);
    const files = cacheFiles(xdg);
    expect([...files.keys()].sort()).toEqual(['cli.cjs@learn', 'cli.cjs@remedies', 'commands+learn+run.cjs']);
    const written = statSync(files.get('cli.cjs@remedies')!).mtimeMs;
    const again = run(xdg, ['remedies']);
    expect(statSync(files.get('cli.cjs@remedies')!).mtimeMs).toBe(written);
    expect([first.code, checked.code, again.code]).toEqual([0, 0, 0]);
    expect(again.stdout).toBe(first.stdout);
  });

  it('changes nothing a command prints', () => {
    const xdg = freshCache();
    for (const args of [['remedies', 'ice-pack'], ['warning-signs', '--json'], ['--help']]) {
      const without = run(xdg, args, { NODE_DISABLE_COMPILE_CACHE: '1' });
      run(xdg, args);
      const withCache = run(xdg, args);
      expect(withCache).toEqual(without);
    }
  });

  it.each([
    [
      'damaged in the middle',
      (file: Buffer) => Buffer.concat([file.subarray(0, 100), Buffer.alloc(64, 0xff), file.subarray(164)]),
    ],
    ['cut short', (file: Buffer) => file.subarray(0, 200)],
    ['empty', () => Buffer.alloc(0)],
  ])('is not trusted when %s: the run is the same, and the file is written again', (_, damage) => {
    const xdg = freshCache();
    const first = run(xdg, ['remedies']);
    const path = cacheFiles(xdg).get('cli.cjs@remedies')!;
    writeFileSync(path, damage(readFileSync(path)));
    const after = run(xdg, ['remedies']);
    expect(after).toEqual(first);
    expect(decodeCodeCache(readFileSync(path))).toBeDefined();
  });

  it('is not in the way when it cannot be written', () => {
    const xdg = join(freshCache(), 'a-file');
    writeFileSync(xdg, 'not a folder');
    const r = run(xdg, ['remedies']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Home remedies');
  });

  it('is neither read nor written with NODE_DISABLE_COMPILE_CACHE', () => {
    const xdg = freshCache();
    run(xdg, ['remedies'], { NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(cacheFiles(xdg).size).toBe(0);
  });

  it('removes the caches of other builds when it writes its own', () => {
    const xdg = freshCache();
    const old = join(xdg, 'backcare', 'code', 'an-older-build', nodeFolder);
    mkdirSync(old, { recursive: true });
    writeFileSync(join(old, 'cli.cjs@remedies'), 'old');
    run(xdg, ['remedies']);
    expect(existsSync(join(xdg, 'backcare', 'code', 'an-older-build'))).toBe(false);
    expect(cacheFiles(xdg).has('cli.cjs@remedies')).toBe(true);
  });
});
