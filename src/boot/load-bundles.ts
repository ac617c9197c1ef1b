// What bin/backcare.js runs first: it loads dist/cli.cjs, and every bundle
// that one loads in turn, as Node's CommonJS loader would (the same module
// objects, in require.cache), but compiled with V8's code cache
// (code-cache.ts). Start-up is the product's latency, and on every Node most
// of a command's own start-up was spent compiling code the last run compiled.
import { createRequire } from 'node:module';
import Module from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import { userCacheFolder } from '../files/cache-folder.js';
import { canCheckCodeCache, readCodeCache, removeAllBut, writeCodeCache } from './code-cache.js';

declare const __BUILD_ID__: string;

type Env = NodeJS.ProcessEnv;

interface Loader {
  /** The cache: one folder per build, then one per Node; undefined when turned off or there is no cache folder. */
  readonly cache: { root: string; build: string; folder: string } | undefined;
  /** The entry bundle's cache is kept per command: `check` and `remedies` run different code. */
  readonly command: string;
  /** Scripts whose cache was missing or refused, to write at exit. */
  readonly unsaved: { script: Script; path: string }[];
}

/** Loads the bundle `entry` (dist/cli.cjs) and what it requires of dist/, with the code cache. */
export function loadEntry(entry: string, argv: readonly string[], env: Env): unknown {
  const loader: Loader = { cache: cacheFolders(env), command: commandWord(argv[2]), unsaved: [] };
  if (loader.cache !== undefined) process.once('exit', () => saveAll(loader));
  return loadBundle(resolve(entry), dirname(resolve(entry)), loader, true);
}

function cacheFolders(env: Env): Loader['cache'] {
  const root = env.NODE_DISABLE_COMPILE_CACHE || !canCheckCodeCache() ? undefined : userCacheFolder(env, 'code');
  if (root === undefined) return undefined;
  return { root, build: __BUILD_ID__, folder: join(root, __BUILD_ID__, `${process.version}-${process.arch}`) };
}

/** The first word of the command line when it can name a command, else `-`. */
function commandWord(word: string | undefined): string {
  return word !== undefined && /^[a-z][a-z-]{0,30}$/.test(word) ? word : '-';
}

function loadBundle(file: string, dist: string, loader: Loader, isEntry = false): unknown {
  const nodeRequire = createRequire(file);
  const known = nodeRequire.cache[file];
  if (known) return known.exports;
  const module = new Module(file);
  module.filename = file;
  nodeRequire.cache[file] = module;
  const require = Object.assign(
    (id: string): unknown =>
      id.startsWith('./') || id.startsWith('../')
        ? loadBundle(resolve(dirname(file), id), dist, loader)
        : nodeRequire(id),
    { resolve: nodeRequire.resolve, cache: nodeRequire.cache },
  );
  const wrapper = compile(file, cachePath(file, dist, loader, isEntry), loader);
  wrapper.call(module.exports, module.exports, require, module, file, dirname(file));
  module.loaded = true;
  return module.exports;
}

function cachePath(file: string, dist: string, loader: Loader, isEntry: boolean): string | undefined {
  if (loader.cache === undefined) return undefined;
  const name = relative(dist, file).replace(/[\\/]/g, '+');
  return join(loader.cache.folder, isEntry ? `${name}@${loader.command}` : name);
}

type Wrapper = (...args: unknown[]) => void;

/** The bundle's code as CommonJS wraps it, compiled from the cache when there is a good one. */
function compile(file: string, path: string | undefined, loader: Loader): Wrapper {
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const cachedData = path === undefined ? undefined : readCodeCache(path);
  const script = new Script(source, { filename: file, cachedData });
  if (path !== undefined && (cachedData === undefined || script.cachedDataRejected)) {
    loader.unsaved.push({ script, path });
  }
  return script.runInThisContext() as Wrapper;
}

/** At exit, when every function the run needed has been compiled; then the caches of other builds go. */
function saveAll(loader: Loader): void {
  if (loader.unsaved.length === 0 || loader.cache === undefined) return;
  for (const { script, path } of loader.unsaved) writeCodeCache(path, script.createCachedData());
  removeAllBut(loader.cache.root, loader.cache.build);
}
