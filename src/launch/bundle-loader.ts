// Loads the bundles in dist/ the way Node's require() would, but compiled
// with a V8 code cache kept in the user's cache folder, so a run does not
// parse and compile again the functions an earlier run already compiled.
//
// Node 22 and later have a compile cache of their own, but it is written right
// after a file is compiled, before any of its functions has run, so it holds
// little more than the top level: every run still compiled each function it
// called. This cache is written after the run, with every function the run
// compiled, and Node 20 gets one too. Start-up is the product's latency.
//
// Bundles require each other by relative path ("../../cli.cjs"); those go
// through this loader, one instance per file, and everything else (Node's own
// modules) to Node's require.
import { isAscii } from 'node:buffer';
import { closeSync, fstatSync, openSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Script } from 'node:vm';
import { readAt } from '../files/user-cache.js';
import { codeCacheFile, readCodeCache, writableFolder, writeCodeCache } from './code-cache-file.js';
import { codeCacheFolder } from './code-cache-folder.js';
import { type LoadedBundle, nextEntry } from './code-cache-policy.js';

declare const __BUILD_ID__: string | undefined;

export interface BundleLoader {
  /** The exports of `bundle`, a path relative to dist/ ("cli.cjs"), loaded once. */
  load(bundle: string): unknown;
  /** Writes the cache of every bundle this run loaded whose cache is missing, stale or lacks this run's functions. */
  saveCodeCache(): void;
}

interface Loaded extends LoadedBundle {
  module: { exports: unknown };
  script: Script;
  /** Where its cache is kept; undefined when there is no cache folder. */
  file: string | undefined;
}

type Require = (id: string) => unknown;
type Wrapper = (exports: unknown, require: Require, module: { exports: unknown }, ...paths: string[]) => void;

export interface LoaderOptions {
  /** The folder of the bundles. */
  distDir: string;
  env: NodeJS.ProcessEnv;
  /** Node's require, for Node's own modules. */
  nodeRequire: Require;
  /** The build the bundles come from; without one there is no cache. Defaults to this build's. */
  build?: string;
}

export function createBundleLoader(options: LoaderOptions): BundleLoader {
  const { distDir, env, nodeRequire } = options;
  const build = options.build ?? (typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : undefined);
  const folder = build === undefined ? undefined : codeCacheFolder(env);
  const loaded = new Map<string, Loaded>();

  function load(bundle: string): unknown {
    const known = loaded.get(bundle);
    if (known) return known.module.exports;
    const path = join(distDir, bundle);
    const { source, key } = readBundle(path, build);
    const file = folder === undefined ? undefined : codeCacheFile(folder, bundle);
    const cached = file === undefined ? undefined : readCodeCache(file);
    const usable = cached?.key === key ? cached : undefined;
    const script = new Script(source, { filename: path, cachedData: usable?.bytes });
    const entry: Loaded = {
      bundle,
      key,
      cached: script.cachedDataRejected === false ? usable : undefined,
      script,
      file,
      module: { exports: {} },
    };
    // Registered before it runs, as Node does, so bundles that require each other get one instance.
    loaded.set(bundle, entry);
    try {
      const run = script.runInThisContext() as Wrapper;
      run.call(
        entry.module.exports,
        entry.module.exports,
        requireFrom(dirname(path)),
        entry.module,
        path,
        dirname(path),
      );
    } catch (error) {
      loaded.delete(bundle);
      throw error;
    }
    return entry.module.exports;
  }

  function requireFrom(dir: string): Require {
    return (id) =>
      id.startsWith('.') && id.endsWith('.cjs') ? load(relative(distDir, resolve(dir, id))) : nodeRequire(id);
  }

  function saveCodeCache(): void {
    const bundles = [...loaded.values()];
    const due = bundles.flatMap((entry) => {
      const next = nextEntry(entry, bundles);
      return next === undefined || entry.file === undefined ? [] : [{ entry, file: entry.file, next }];
    });
    // Making a cache costs more than reading one: not for a folder that cannot take it.
    if (due.length === 0 || folder === undefined || !writableFolder(folder)) return;
    for (const { entry, file, next } of due) {
      try {
        writeCodeCache(file, { ...next, bytes: entry.script.createCachedData() });
      } catch {
        // A cache only saves time; the run itself is done.
      }
    }
  }

  return { load, saveCodeCache };
}

/** The same function wrapper Node's CommonJS loader puts around a module. */
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'] as const;

/**
 * A bundle's source inside the wrapper, and its cache key: the build, the
 * file's size and modification time. The wrapper and the file are read into
 * one buffer and made one string: joining strings would leave V8 to copy the
 * whole source once more, and start-up pays for every copy it allocates.
 */
function readBundle(path: string, build: string | undefined): { source: string; key: string } {
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    const [head, tail] = WRAPPER;
    const buffer = Buffer.allocUnsafe(head.length + stats.size + tail.length);
    buffer.write(head, 0, 'latin1');
    const end = head.length + readAt(fd, buffer.subarray(head.length, head.length + stats.size), 0);
    buffer.write(tail, end, 'latin1');
    const text = buffer.subarray(0, end + tail.length);
    // The build keeps every bundle ASCII (tests/architecture/bundles.test.ts); Latin-1 is then the cheaper reading.
    return { source: text.toString(isAscii(text) ? 'latin1' : 'utf8'), key: `${build}:${stats.size}:${stats.mtimeMs}` };
  } finally {
    closeSync(fd);
  }
}
