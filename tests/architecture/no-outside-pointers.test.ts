// Comments and data say why, not where a task came from: an issue number means nothing to a reader
// of the code, and the maintainers' notes outside the repository (the fact sheet, the user notes,
// the seed articles) are not there for a reader of a clone. What the pointer stood for belongs in
// the data's sources or in docs/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FOLDERS = ['src', 'data', 'scripts', 'tests'];
const POINTER = /\bissues? ?#?\d+|\bshared\/|\b(clinical|users|design|cli-craft)\.md\b/i;
/** Files allowed to name a pointer, each with the reason. */
const ALLOWED: Record<string, string> = {
  'tests/architecture/no-outside-pointers.test.ts': 'it names the patterns it looks for',
};

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

/** `file:line: text` for each line of `text` that points at an issue or at a file outside the repository. */
function pointersIn(path: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => (POINTER.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : []));
}

describe('comments and data', () => {
  it('point at no issue number and at no file outside the repository', () => {
    const found = FOLDERS.flatMap((folder) => files(join(ROOT, folder)))
      .map((file) => relative(ROOT, file))
      .filter((path) => !(path in ALLOWED))
      .flatMap((path) => pointersIn(path, readFileSync(join(ROOT, path), 'utf8')));
    expect(found).toEqual([]);
  });

  it('recognises the pointers it forbids', () => {
    const lines = [
      '// issue 8 §2',
      '# (issue #12)',
      'see shared/seeds/',
      '(clinical.md §1a)',
      'users.md',
      'reissued 3 times',
    ];
    expect(pointersIn('x', lines.join('\n'))).toHaveLength(5);
  });
});
