// The one way the core keeps what it worked out: asked again with the same key, it answers from the
// cache. Used where start-up pays for repeating the work (the rule walk, the question order, views).

interface Cache<K, V> {
  get(key: K): V | undefined;
  has(key: K): boolean;
  set(key: K, value: V): unknown;
}

/** The value cached for `key`, made with `make` the first time. */
export function remembered<K, V>(cache: Cache<K, V>, key: K, make: () => V): V {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as V;
}
