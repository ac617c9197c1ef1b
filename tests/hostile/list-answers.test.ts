// List answers with wrong types: an item that is not a known id
// must stop the check (exit 2, naming the item), never be dropped quietly,
// because a dropped condition drops its medicine cautions with it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOneLineRefusal, HANG_MS, tempDir } from '../helpers/hostile.js';
import { runCli } from '../helpers/run-cli.js';

function answersFile(text: string, name = 'answers.yaml'): string {
  const path = join(tempDir(), name);
  writeFileSync(path, text);
  return path;
}

const check = (args: string[], input?: string) =>
  runCli(['check', '--no-input', ...args], { timeoutMs: HANG_MS, ...(input === undefined ? {} : { input }) });

describe('conditions with items that are not condition ids', () => {
  it('refuses a nested list, [[kidney-disease]], naming the item', () => {
    const r = check(['--answers', answersFile('conditions: [[kidney-disease]]\n')]);
    expectOneLineRefusal(r, 2, /conditions: item 1 of the list is a list \(\["kidney-disease"\]\), not an id/);
    expect(r.stdout).toBe('');
  });

  it('refuses a number, [5]', () => {
    expectOneLineRefusal(
      check(['--answers', answersFile('conditions: [5]\n')]),
      2,
      /conditions: item 1 of the list is 5, not an id/,
    );
  });

  it('refuses a null, [null]', () => {
    expectOneLineRefusal(
      check(['--answers', answersFile('conditions: [null]\n')]),
      2,
      /conditions: item 1 of the list is null, not an id/,
    );
  });

  it('refuses a bad item after a good one in JSON on stdin', () => {
    expectOneLineRefusal(
      check(['--answers', '-'], '{"conditions": ["kidney-disease", 7]}'),
      2,
      /^backcare: in stdin: conditions: item 2 of the list is 7, not an id/,
    );
  });

  it('refuses an unknown id in an answers file', () => {
    expectOneLineRefusal(
      check(['--answers', answersFile('conditions: [kidney-disease, kidneys]\n')]),
      2,
      /conditions: "kidneys" is not one of: none, kidney-disease/,
    );
  });

  it('refuses an unknown id in --answer', () => {
    expectOneLineRefusal(
      check(['--answer', 'conditions=kidney-disease,bogus']),
      2,
      /^backcare: --answer conditions=kidney-disease,bogus: conditions: "bogus" is not one of/,
    );
  });
});
