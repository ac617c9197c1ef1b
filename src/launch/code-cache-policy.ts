// When a run writes a bundle's code cache. Writing costs the run that does
// it, so a cache is written only when it is missing or stale, or when this
// run loaded a set of bundles that no run writing it had loaded (another
// command, whose functions the cache does not hold yet).

/** A bundle as this run loaded it: its cache key, and the cache V8 accepted for it, if any. */
export interface LoadedBundle {
  bundle: string;
  key: string;
  cached: { key: string; runs: string[] } | undefined;
}

/** Sets of bundles one cache file remembers; past this a cache is left as it is. */
const MAX_RUNS = 64;

/** The header to write for `entry` after a run that loaded `bundles`, or undefined when its cache needs nothing. */
export function nextEntry(
  entry: LoadedBundle,
  bundles: readonly LoadedBundle[],
): { key: string; runs: string[] } | undefined {
  const run = bundles
    .map((b) => b.bundle)
    .sort()
    .join('+');
  const cached = entry.cached;
  if (cached === undefined || cached.key !== entry.key) return { key: entry.key, runs: [run] };
  if (cached.runs.includes(run) || cached.runs.length >= MAX_RUNS) return undefined;
  return { key: entry.key, runs: [...cached.runs, run] };
}
