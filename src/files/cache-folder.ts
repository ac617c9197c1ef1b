// The user's own cache folder for backcare: $XDG_CACHE_HOME/backcare, else
// ~/.cache/backcare. Everything in it can be deleted at any time; it only
// makes backcare faster.
import { isAbsolute, join } from 'node:path';

/** `backcare/<name>` in the cache folder, or undefined when there is none (no HOME, a relative XDG path). */
export function userCacheFolder(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec: a relative path is invalid and must be ignored.
  if (xdg && isAbsolute(xdg)) return join(xdg, 'backcare', name);
  return env.HOME ? join(env.HOME, '.cache', 'backcare', name) : undefined;
}
