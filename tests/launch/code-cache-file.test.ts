// The code cache on disk: what is written, and every way a file there is
// refused (damaged, cut short, not ours, not a file) without throwing or waiting.
import { chmodSync, chownSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCacheFile, readCodeCache, writableFolder, writeCodeCache } from '../../src/launch/code-cache-file.js';
import { nextEntry } from '../../src/launch/code-cache-policy.js';
import { userCacheFolder } from '../../src/files/user-cache.js';
import { HANG_MS, makeFifo, tempDir } from '../helpers/hostile.js';

const BYTES = Buffer.from('pretend these are V8 code-cache bytes');
const ENTRY = { key: 'build-1:100:5', runs: ['cli.cjs+commands/check/run.cjs'], bytes: BYTES };

function written(): string {
  const file = codeCacheFile(tempDir(), 'commands/check/run.cjs');
  writeCodeCache(file, ENTRY);
  return file;
}

/** The cache file with its bytes changed by `change`. */
function damaged(change: (bytes: Buffer) => Buffer): string {
  const file = written();
  writeFileSync(file, change(readFileSync(file)));
  return file;
}

const headerLength = (bytes: Buffer) => bytes.indexOf(0x0a) + 1;

describe('a code-cache file', () => {
  it('is named for its bundle, inside the folder, and reads back as written', () => {
    const file = written();
    expect(file).toMatch(/commands%2Fcheck%2Frun\.cjs\.v8$/);
    expect(readCodeCache(file)).toEqual(ENTRY);
  });

  it('is private to the user (0600)', () => {
    expect(statSync(written()).mode & 0o777).toBe(0o600);
  });

  it.each([
    ['one byte flipped in the first copy', (b: Buffer) => flip(b, headerLength(b) + 3)],
    ['one byte flipped in the second copy', (b: Buffer) => flip(b, b.length - 2)],
    ['cut short by a byte', (b: Buffer) => b.subarray(0, b.length - 1)],
    ['cut short inside the header', (b: Buffer) => b.subarray(0, 10)],
    ['with one byte too many', (b: Buffer) => Buffer.concat([b, Buffer.from([0])])],
    ['without the header', (b: Buffer) => b.subarray(headerLength(b))],
    [
      'with a header that is not JSON',
      (b: Buffer) => Buffer.concat([Buffer.from('{key\n'), b.subarray(headerLength(b))]),
    ],
    ['with a header of the wrong shape', (b: Buffer) => Buffer.concat([Buffer.from('{"key":1,"runs":"x"}\n'), b])],
    ['empty', () => Buffer.alloc(0)],
  ])('is refused when it is %s', (_what, change) => {
    expect(readCodeCache(damaged(change))).toBeUndefined();
  });

  it('is refused when someone else may write it', () => {
    const file = written();
    chmodSync(file, 0o622);
    expect(readCodeCache(file)).toBeUndefined();
  });

  it.skipIf(process.getuid?.() !== 0)('is refused when another user owns it (needs root to make one)', () => {
    const file = written();
    chownSync(file, 65534, 65534);
    expect(readCodeCache(file)).toBeUndefined();
  });

  it('is refused, at once, when it is a FIFO or a folder', () => {
    const dir = tempDir();
    makeFifo(join(dir, 'fifo.v8'));
    mkdirSync(join(dir, 'folder.v8'));
    const started = Date.now();
    expect(readCodeCache(join(dir, 'fifo.v8'))).toBeUndefined();
    expect(readCodeCache(join(dir, 'folder.v8'))).toBeUndefined();
    expect(readCodeCache(join(dir, 'missing.v8'))).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(HANG_MS);
  });

  it('is not written through a FIFO at its temporary name, and writing does not throw or wait', () => {
    const file = written();
    makeFifo(`${file}.${process.pid}.tmp`);
    writeCodeCache(file, { ...ENTRY, runs: ['another'] });
    expect(readCodeCache(file)?.runs).toEqual(ENTRY.runs);
    expect(statSync(`${file}.${process.pid}.tmp`).isFIFO()).toBe(true);
  });

  it('is not written, and nothing throws, when its folder is a file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'code'), 'a file where the folder should be');
    expect(writableFolder(join(dir, 'code'))).toBe(false);
    writeCodeCache(codeCacheFile(join(dir, 'code'), 'cli.cjs'), ENTRY);
    expect(readFileSync(join(dir, 'code'), 'utf8')).toBe('a file where the folder should be');
  });

  it('has its folder made private (0700) when it is missing', () => {
    const folder = join(tempDir(), 'backcare', 'code', 'v0-x64');
    expect(writableFolder(folder)).toBe(true);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
  });
});

describe('the cache folder', () => {
  it.each([
    ['XDG_CACHE_HOME', { XDG_CACHE_HOME: '/x/cache', HOME: '/home/a' }, '/x/cache/backcare/code'],
    ['~/.cache without XDG_CACHE_HOME', { HOME: '/home/a' }, '/home/a/.cache/backcare/code'],
    [
      '~/.cache when XDG_CACHE_HOME is relative (the XDG spec ignores it)',
      { XDG_CACHE_HOME: 'cache', HOME: '/home/a' },
      '/home/a/.cache/backcare/code',
    ],
    ['nothing when HOME is relative too', { XDG_CACHE_HOME: 'cache', HOME: 'a' }, undefined],
    ['nothing without either', {}, undefined],
  ])('is %s', (_what, env, folder) => {
    expect(userCacheFolder(env, 'code')).toBe(folder);
  });
});

describe('when a run writes a cache', () => {
  const bundle = (name: string, cached?: { key: string; runs: string[] }) => ({ bundle: name, key: 'k', cached });

  it('writes one that is missing, naming the bundles the run loaded', () => {
    const cli = bundle('cli.cjs');
    expect(nextEntry(cli, [cli, bundle('commands/log/run.cjs')])).toEqual({
      key: 'k',
      runs: ['cli.cjs+commands/log/run.cjs'],
    });
  });

  it('writes anew one made from another build or another file', () => {
    const cli = bundle('cli.cjs', { key: 'old', runs: ['cli.cjs'] });
    expect(nextEntry(cli, [cli])).toEqual({ key: 'k', runs: ['cli.cjs'] });
  });

  it('leaves alone one that a run loading the same bundles wrote', () => {
    const cli = bundle('cli.cjs', { key: 'k', runs: ['cli.cjs+commands/log/run.cjs'] });
    expect(nextEntry(cli, [bundle('commands/log/run.cjs'), cli])).toBeUndefined();
  });

  it('adds what a run of another command compiled', () => {
    const cli = bundle('cli.cjs', { key: 'k', runs: ['cli.cjs'] });
    expect(nextEntry(cli, [cli, bundle('commands/log/run.cjs')])?.runs).toEqual([
      'cli.cjs',
      'cli.cjs+commands/log/run.cjs',
    ]);
  });

  it('stops adding once a cache remembers many runs', () => {
    const runs = Array.from({ length: 64 }, (_, i) => `run-${i}`);
    const cli = bundle('cli.cjs', { key: 'k', runs });
    expect(nextEntry(cli, [cli])).toBeUndefined();
  });
});

function flip(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = (copy[at] ?? 0) ^ 0xff;
  return copy;
}
