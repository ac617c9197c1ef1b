// Keeps docs/safety/hazard-log.md honest: every test it names as the proof of
// a control must exist, in the file it names, under the titles it gives. The
// format is documented at the top of the log.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

const LOG = 'docs/safety/hazard-log.md';
const PROOF = /`(tests\/[\w./-]+\.test\.ts)` › `([^`]+)`/g;

interface Proof {
  file: string;
  name: string;
}

function proofsIn(markdown: string): Proof[] {
  return [...markdown.matchAll(PROOF)].map((m) => ({ file: m[1] as string, name: m[2] as string }));
}

/** What is wrong with each proof: a missing file, or a part of the name that is no test or describe title there. */
function proofProblems(proofs: readonly Proof[], root: string): string[] {
  return proofs.flatMap(({ file, name }) => {
    const path = join(root, file);
    if (!existsSync(path)) return [`${file}: no such file (named for "${name}")`];
    const source = readFileSync(path, 'utf8');
    return name
      .split(' › ')
      .filter((title) => !hasTitle(source, title))
      .map((title) => `${file}: no it, test or describe titled "${title}"`);
  });
}

function hasTitle(source: string, title: string): boolean {
  return ["'", '"', '`'].some((quote) => {
    const written = quote === "'" ? title.replaceAll("'", "\\'") : title;
    const literal = escapeRegExp(`${quote}${written}${quote}`);
    return new RegExp(`(?:\\b(?:it|test|describe)(?:\\.\\w+)*|\\))\\s*\\(\\s*${literal}`).test(source);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the hazard log', () => {
  const markdown = readFileSync(join(ROOT, LOG), 'utf8');

  it('names only tests that exist, under the titles it gives', () => {
    expect(proofProblems(proofsIn(markdown), ROOT)).toEqual([]);
  });

  it('gives every hazard at least one control with a proof', () => {
    const sections = markdown.split(/^## /m).filter((s) => /^H\d+\./.test(s));
    expect(sections.length).toBeGreaterThanOrEqual(8);
    for (const section of sections) expect(proofsIn(section).length, section.split('\n')[0]).toBeGreaterThan(0);
  });

  it('the check can fail: a missing file and a missing title are reported, a real test is not', () => {
    const fake = [
      '| a | `tests/nowhere.test.ts` › `anything` |',
      '| b | `tests/safety/hazard-log.test.ts` › `the hazard log › a test that was never written` |',
      '| c | `tests/safety/hazard-log.test.ts` › `the hazard log › names only tests that exist, under the ' +
        'titles it gives` |',
    ].join('\n');
    expect(proofProblems(proofsIn(fake), ROOT)).toEqual([
      'tests/nowhere.test.ts: no such file (named for "anything")',
      'tests/safety/hazard-log.test.ts: no it, test or describe titled "a test that was never written"',
    ]);
  });
});
