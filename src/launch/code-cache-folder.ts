import { userCacheFolder } from '../files/user-cache.js';

/**
 * Where this Node's code caches live, or undefined when there is to be none:
 * NODE_DISABLE_COMPILE_CACHE, Node's own switch for its compile cache, turns
 * this one off too. One folder per Node version, whose V8 refuses any other's.
 */
export function codeCacheFolder(env: NodeJS.ProcessEnv): string | undefined {
  if (env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  return userCacheFolder(env, 'code', `${process.version}-${process.arch}`);
}
