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
 * A test's title stays one literal: docs/safety/hazard-log.md and the review book name tests by their title, and
 * tests/safety/hazard-log.test.ts finds each title by its exact text in the source.
 */
const TITLE = 'a test title, found by its exact text in the source (hazard log, review book)';

/**
 * Lines allowed to stay long, by file (relative to the repository, with /) and the start of the line after its
 * indentation, each with why. No regular expression is here: every long one could be split with new RegExp.
 */
const EXCEPTIONS: readonly { file: string; startsWith: string; why: string }[] = [
  { file: 'tests/commands/check-result-fits.test.ts', startsWith: "it('has today’s plan with", why: TITLE },
  { file: 'tests/commands/check-result-fits.test.ts', startsWith: "it('when the check saved", why: TITLE },
  { file: 'tests/commands/check.test.ts', startsWith: "it('starts with a short", why: TITLE },
  { file: 'tests/commands/check.test.ts', startsWith: "it('falls back to the", why: TITLE },
  { file: 'tests/commands/learn-pointers.test.ts', startsWith: "it('names the learn topic at", why: TITLE },
  { file: 'tests/core/calendar.test.ts', startsWith: "it('has a valid structure:", why: TITLE },
  { file: 'tests/core/check/answer-words.test.ts', startsWith: "it('takes --answer saddle-numbness=u as", why: TITLE },
  { file: 'tests/e2e/kb-review.test.ts', startsWith: 'it(\'says "not yet reviewed"', why: TITLE },
  { file: 'tests/e2e/report-pdf.test.ts', startsWith: "it('writes back-pain-report-DATE.pdf in the", why: TITLE },
  { file: 'tests/e2e/stretch.test.ts', startsWith: "it.concurrent('runs a routine as", why: TITLE },
  { file: 'tests/kb/population-matrix.test.ts', startsWith: "it('the conditions list offers", why: TITLE },
  { file: 'tests/pty/check-accessible-length.pty.test.ts', startsWith: 'it(`reaches the result in', why: TITLE },
  { file: 'tests/pty/check-screen.pty.test.ts', startsWith: "it('answers an emergency with", why: TITLE },
  { file: 'tests/pty/check-screen.pty.test.ts', startsWith: 'it(`asks the pick-one questions,', why: TITLE },
  { file: 'tests/pty/check-screen.pty.test.ts', startsWith: "it('reaches the result in", why: TITLE },
  { file: 'tests/scenarios/edge-red-flag-scenarios.test.ts', startsWith: "it('leaves the knot of", why: TITLE },
  { file: 'tests/scenarios/gate-scenarios.test.ts', startsWith: "it('are two items of", why: TITLE },
  { file: 'tests/scenarios/gate-scenarios.test.ts', startsWith: "it('over-triage guard: a yes", why: TITLE },
  { file: 'tests/scenarios/gate-scenarios.test.ts', startsWith: "it('asks the conditions list", why: TITLE },
  { file: 'tests/scenarios/medicine-card.test.ts', startsWith: "it('a healthy 30-year-old on", why: TITLE },
  { file: 'tests/scenarios/population-scenarios.test.ts', startsWith: "it('a 3-year-old gets no", why: TITLE },
  { file: 'tests/scenarios/red-flag-scenarios.test.ts', startsWith: "it('asks about the wound", why: TITLE },
  { file: 'tests/ui/run.test.ts', startsWith: "it('says to take the", why: TITLE },
];

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
