// Finds text in the knowledge base that shares a run of consecutive words with
// the seed articles backcare was created from. Words are compared after
// folding case and dropping punctuation, so "Don't" and "dont" match.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

export interface TextEntry {
  file: string;
  /** The nearest `id` above the text, and the path from there, e.g. "sleep-positions › steps[0]". */
  entry: string;
  text: string;
}

export interface CopiedRun extends TextEntry {
  seed: string;
  words: string;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Every run of `n` words in the seeds, mapped to the seed it comes from. */
export function seedShingles(seedDir: string, n: number): Map<string, string> {
  const shingles = new Map<string, string>();
  for (const name of readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const w = words(readFileSync(join(seedDir, name), 'utf8'));
    for (let i = 0; i + n <= w.length; i++) {
      const key = w.slice(i, i + n).join(' ');
      if (!shingles.has(key)) shingles.set(key, name);
    }
  }
  return shingles;
}

/** Every string in a YAML file but addresses, named by the nearest id above it. */
export function yamlTexts(path: string): TextEntry[] {
  const out: TextEntry[] = [];
  const walk = (node: unknown, entry: string): void => {
    if (typeof node === 'string') out.push({ file: basename(path), entry, text: node });
    else if (Array.isArray(node)) node.forEach((item, i) => walk(item, `${entry}[${i}]`));
    else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const base = typeof record.id === 'string' ? record.id : entry;
      // A source's address is where a fact came from, not prose: it may match the seed that cited it.
      for (const [key, value] of Object.entries(record)) if (key !== 'url') walk(value, `${base} › ${key}`);
    }
  };
  walk(parse(readFileSync(path, 'utf8')) as unknown, '');
  return out.map((t) => ({ ...t, entry: t.entry.replace(/^ › /, '') }));
}

/** The longest runs of `n` or more words that each text shares with a seed. */
export function copiedRuns(texts: readonly TextEntry[], shingles: ReadonlyMap<string, string>, n: number): CopiedRun[] {
  const runs: CopiedRun[] = [];
  for (const t of texts) {
    const w = words(t.text);
    let start = -1;
    let seed = '';
    for (let i = 0; i + n <= w.length + 1; i++) {
      const hit = i + n <= w.length ? shingles.get(w.slice(i, i + n).join(' ')) : undefined;
      if (hit !== undefined && start < 0) [start, seed] = [i, hit];
      if (hit === undefined && start >= 0) {
        runs.push({ ...t, seed, words: w.slice(start, i - 1 + n).join(' ') });
        start = -1;
      }
    }
  }
  return runs;
}
