// A --kb folder that this build of backcare has already loaded and validated,
// unchanged since, is read back from a cache instead of being parsed and
// checked again: YAML parsing, the schemas, the safety floor and the review
// ledger's hashes take about a second, and every command run with --kb paid it.
// The key is a hash of this build and of every .yaml file's name and bytes, so
// any change to the folder, or a new build, validates in full again. Only
// valid bases are cached (and only folders of plain files, no symbolic links);
// the cache lives in the user's own cache folder.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KB_PARTS } from '../core/vocabulary.js';
import { readOwnCacheFile, userCacheFolder } from '../files/user-cache.js';
import type { KnowledgeBase } from './types.js';

declare const __BUILD_ID__: string | undefined;

/** The bases kept; older ones are removed when a new one is written. */
const MAX_ENTRIES = 8;
/** A cached base is a few hundred kB; a larger cache file is not read. */
const MAX_CACHED_BYTES = 64 * 1024 * 1024;
/** Larger files are left to the loader, which refuses them with a located message. */
const MAX_FILE_BYTES = 1024 * 1024;

/** The cache key of the base in `dir`, or undefined when it cannot be cached (no build id, no cache folder). */
export function validatedCacheKey(dir: string, env: NodeJS.ProcessEnv): { key: string; folder: string } | undefined {
  const build = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : undefined;
  const folder = userCacheFolder(env, 'validated-kb');
  if (build === undefined || folder === undefined) return undefined;
  try {
    const hash = createHash('sha256').update(build);
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.yaml'))
      .sort()) {
      const path = join(dir, name);
      const stats = lstatSync(path);
      if (!stats.isFile() || stats.size > MAX_FILE_BYTES) return undefined;
      hash.update(`\0${name}\0${stats.size}\0`).update(readFileSync(path));
    }
    return { key: hash.digest('hex'), folder };
  } catch {
    return undefined;
  }
}

/** The cached base, or undefined when there is none or it is damaged (then the folder is validated again). */
export function readValidated(cache: { key: string; folder: string }): KnowledgeBase | undefined {
  try {
    const bytes = readOwnCacheFile(join(cache.folder, `${cache.key}.json`), MAX_CACHED_BYTES);
    if (bytes === undefined) return undefined;
    const read: unknown = JSON.parse(bytes.toString('utf8'));
    return hasEveryPart(read) ? read : undefined;
  } catch {
    return undefined;
  }
}

/** A cache file someone edited or cut short must not stand in for a validated base. */
function hasEveryPart(value: unknown): value is KnowledgeBase {
  if (typeof value !== 'object' || value === null) return false;
  const parts = value as Record<string, unknown>;
  return KB_PARTS.every((part) => typeof parts[part] === 'object' && parts[part] !== null);
}

/** Best effort: a cache that cannot be written only costs speed next time. */
export function writeValidated(cache: { key: string; folder: string }, kb: KnowledgeBase): void {
  try {
    mkdirSync(cache.folder, { recursive: true, mode: 0o700 });
    const temp = join(cache.folder, `.${cache.key}.${process.pid}.tmp`);
    writeFileSync(temp, JSON.stringify(kb), { mode: 0o600 });
    renameSync(temp, join(cache.folder, `${cache.key}.json`));
    const entries = readdirSync(cache.folder)
      .filter((n) => n.endsWith('.json'))
      .map((n) => ({ path: join(cache.folder, n), at: statSync(join(cache.folder, n)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const old of entries.slice(MAX_ENTRIES)) rmSync(old.path, { force: true });
  } catch {
    // As above.
  }
}
