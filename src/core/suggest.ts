// "Did you mean …?" for ids typed by hand.

/** The known id nearest to `id` by edit distance, if it is close enough to be a typo. */
export function closestId(id: string, known: readonly string[]): string | undefined {
  // No id is this long: a pasted blob is no typo, and comparing it would only cost time.
  if (id.length > 64) return undefined;
  const maxDistance = id.length <= 3 ? 1 : Math.max(2, Math.floor(id.length / 3));
  let best: string | undefined;
  let bestDistance = maxDistance + 1;
  for (const candidate of known) {
    const d = editDistance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Edits between two strings, a swap of two neighbouring letters ("iec") counting as one. */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      row.push(best);
    }
    [before, prev] = [prev, row];
  }
  return prev[b.length] ?? 0;
}
