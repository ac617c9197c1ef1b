// The bundle loader on a small dist/ of its own: Node's require semantics for
// the bundles (one instance each, relative requires between them, Node's own
// modules from Node), and which caches a run writes. Whether V8 accepts a
// cache needs a fresh process: tests/e2e/code-cache.test.ts runs the real binary.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BundleLoader, createBundleLoader } from '../../src/launch/bundle-loader.js';
import { codeCacheFile, readCodeCache } from '../../src/launch/code-cache-file.js';
import { tempDir } from '../helpers/hostile.js';

const nodeRequire = createRequire(import.meta.url);

function fakeDist(): string {
  const dist = tempDir('backcare-dist-');
  mkdirSync(join(dist, 'commands'));
  writeFileSync(
    join(dist, 'cli.cjs'),
    "exports.loads = 0; exports.loads++; exports.command = () => require('./commands/run.cjs');\n" +
      "exports.sep = require('node:path').sep; exports.file = __filename; exports.self = this === module.exports;",
  );
  writeFileSync(
    join(dist, 'commands', 'run.cjs'),
    "const cli = require('../cli.cjs'); module.exports = { cli, twice: require('../cli.cjs') === cli };",
  );
  return dist;
}

function loader(dist: string, cache: string, env: NodeJS.ProcessEnv = {}): BundleLoader {
  return createBundleLoader({ distDir: dist, env: { XDG_CACHE_HOME: cache, ...env }, nodeRequire, build: 'test' });
}

const cacheFolder = (cache: string) => join(cache, 'backcare', 'code', `${process.version}-${process.arch}`);

interface FakeCli {
  loads: number;
  command: () => { cli: unknown; twice: boolean };
  sep: string;
  file: string;
  self: boolean;
}

describe('the bundle loader', () => {
  it('runs a bundle as Node would: module, exports, this, __filename and Node modules', () => {
    const dist = fakeDist();
    const cli = loader(dist, tempDir()).load('cli.cjs') as FakeCli;
    expect(cli.sep).toBe('/');
    expect(cli.file).toBe(join(dist, 'cli.cjs'));
    expect(cli.self).toBe(true);
  });

  it('reads a bundle that is not plain ASCII as UTF-8', () => {
    const dist = fakeDist();
    writeFileSync(join(dist, 'wide.cjs'), 'exports.text = "15\u2013 20 min \u00b7 caf\u00e9";', 'utf8');
    expect(loader(dist, tempDir()).load('wide.cjs')).toEqual({ text: '15\u2013 20 min \u00b7 caf\u00e9' });
  });

  it('gives every bundle that requires another the same instance, loaded once', () => {
    const bundles = loader(fakeDist(), tempDir());
    const cli = bundles.load('cli.cjs') as FakeCli;
    const command = cli.command();
    expect(command.cli).toBe(cli);
    expect(command.twice).toBe(true);
    expect(cli.loads).toBe(1);
    expect(bundles.load('cli.cjs')).toBe(cli);
  });

  it('writes nothing until the run is over, then a cache for each bundle it loaded', () => {
    const [dist, cache] = [fakeDist(), tempDir()];
    const bundles = loader(dist, cache);
    (bundles.load('cli.cjs') as FakeCli).command();
    expect(readdirSync(cache)).toEqual([]);
    bundles.saveCodeCache();
    expect(readdirSync(cacheFolder(cache)).sort()).toEqual(['cli.cjs.v8', 'commands%2Frun.cjs.v8']);
    expect(readCodeCache(codeCacheFile(cacheFolder(cache), 'cli.cjs'))?.runs).toEqual(['cli.cjs+commands/run.cjs']);
  });

  it('keys each cache to the bundle file, so an edited bundle gets a new one', () => {
    const [dist, cache] = [fakeDist(), tempDir()];
    const first = loader(dist, cache);
    first.load('cli.cjs');
    first.saveCodeCache();
    const file = codeCacheFile(cacheFolder(cache), 'cli.cjs');
    const before = readCodeCache(file)?.key;
    writeFileSync(join(dist, 'cli.cjs'), 'exports.loads = 2;');
    const second = loader(dist, cache);
    expect((second.load('cli.cjs') as FakeCli).loads).toBe(2);
    second.saveCodeCache();
    expect(readCodeCache(file)?.key).not.toBe(before);
    expect(readCodeCache(file)?.key).toBe(
      `test:${statSync(join(dist, 'cli.cjs')).size}:${statSync(join(dist, 'cli.cjs')).mtimeMs}`,
    );
  });

  it.each([
    ['NODE_DISABLE_COMPILE_CACHE is set', { NODE_DISABLE_COMPILE_CACHE: '1' }],
    ['there is no cache folder (no XDG_CACHE_HOME, no HOME)', { XDG_CACHE_HOME: undefined, HOME: undefined }],
  ])('writes no cache when %s, and still loads', (_when, env) => {
    const cache = tempDir();
    const bundles = loader(fakeDist(), cache, env);
    expect((bundles.load('cli.cjs') as FakeCli).loads).toBe(1);
    bundles.saveCodeCache();
    expect(readdirSync(cache)).toEqual([]);
  });

  it('writes no cache without a build to key it to', () => {
    const cache = tempDir();
    const bundles = createBundleLoader({ distDir: fakeDist(), env: { XDG_CACHE_HOME: cache }, nodeRequire });
    bundles.load('cli.cjs');
    bundles.saveCodeCache();
    expect(readdirSync(cache)).toEqual([]);
  });

  it('lets a bundle that throws while loading throw, and loads it afresh next time', () => {
    const dist = fakeDist();
    writeFileSync(
      join(dist, 'broken.cjs'),
      'globalThis.__brokenLoads = (globalThis.__brokenLoads ?? 0) + 1; throw new Error("broken");',
    );
    const bundles = loader(dist, tempDir());
    expect(() => bundles.load('broken.cjs')).toThrow('broken');
    expect(() => bundles.load('broken.cjs')).toThrow('broken');
    expect((globalThis as { __brokenLoads?: number }).__brokenLoads).toBe(2);
  });
});
