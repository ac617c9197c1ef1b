// Copies a fixture knowledge base into a temporary directory so a test can break it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { formatLocatedProblem, KnowledgeBaseError } from '../../src/kb/located-problem.js';

export const MINIMAL_KB = join(import.meta.dirname, '..', 'fixtures', 'kb-minimal');
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function copyKb(from = MINIMAL_KB): {
  dir: string;
  edit: (file: string, change: (text: string) => string) => void;
  write: (file: string, text: string) => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'backcare-kb-'));
  made.push(dir);
  cpSync(from, dir, { recursive: true });
  return {
    dir,
    edit: (file, change) => {
      const path = join(dir, file);
      const before = readFileSync(path, 'utf8');
      const after = change(before);
      if (after === before) throw new Error(`the edit of ${file} changed nothing`);
      writeFileSync(path, after);
    },
    write: (file, text) => writeFileSync(join(dir, file), text),
  };
}

/** Every located problem that loading `dir` reports; fails if the base loads. */
export function problemsOf(dir: string): string[] {
  try {
    loadKnowledgeBase(dir, 'kb');
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error.problems.map(formatLocatedProblem);
    throw error;
  }
  throw new Error('expected the knowledge base to be rejected');
}
