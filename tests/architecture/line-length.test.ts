// No line in src/, scripts/, bin/ or tests/ is over 120 characters, Biome's line width. Biome cannot break a string,
// a template or a comment, so those are wrapped by hand: a long string becomes a concatenation at a space, a long
// interpolation a named const, a long regular expression new RegExp(String.raw`…` + String.raw`…`).
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FOLDERS = ['src', 'scripts', 'bin', 'tests'];
const MAX_LINE = 120;

/**
 * Lines allowed to stay long, by file (relative to the repository, with /) and the start of the line after its
 * indentation, each with why: a regular expression that could not be split safely. Empty: every one could be.
 */
const EXCEPTIONS: readonly { file: string; startsWith: string; why: string }[] = [];

/** A line that is only a URL, bare or in a comment, may stay long: a URL cannot be broken. */
const URL_ONLY = /^\s*(\/\/|\*|\/\*\*)?\s*<?https?:\/\/\S+>?[.,;)]?\s*$/;

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : codeFiles(path);
    return /\.(ts|mjs|js)$/.test(entry.name) ? [path] : [];
  });
}

/** `file:line: length` for each line over the limit that is neither a URL alone nor a listed exception. */
function longLines(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    if (line.length <= MAX_LINE || URL_ONLY.test(line)) return [];
    const code = line.trimStart();
    if (EXCEPTIONS.some((e) => e.file === file && code.startsWith(e.startsWith))) return [];
    return [`${file}:${i + 1}: ${line.length}`];
  });
}

describe('line length', () => {
  it(`keeps every line in ${FOLDERS.join('/, ')}/ at ${MAX_LINE} characters or fewer`, () => {
    const files = FOLDERS.flatMap((folder) => codeFiles(join(ROOT, folder)));
    expect(files.length).toBeGreaterThan(100);
    const long = files.flatMap((path) => {
      const file = relative(ROOT, path).split('\\').join('/');
      return longLines(file, readFileSync(path, 'utf8'));
    });
    expect(long).toEqual([]);
  });

  it('finds a long line of code, string or comment, and lets a URL alone or a listed exception through', () => {
    const long = `  const message = '${'x'.repeat(MAX_LINE)}';`;
    const text = [
      'const short = 1;',
      long,
      `// ${'word '.repeat(30)}`,
      '  ' + 'y'.repeat(MAX_LINE - 2),
      `// https://example.org/${'a'.repeat(MAX_LINE)}`,
      `  https://example.org/${'b'.repeat(MAX_LINE)}`,
    ].join('\n');
    expect(longLines('src/x.ts', text)).toEqual([`src/x.ts:2: ${long.length}`, 'src/x.ts:3: 153']);
    for (const e of EXCEPTIONS) expect(e.why.length).toBeGreaterThan(0);
  });
});
