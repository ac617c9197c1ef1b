// The words a yes/no answer can be given in are the same wherever answers are
// read: --answer, an answers file, and the accessible prompter. "u" stands for
// "not sure" just as "y" and "n" stand for yes and no.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../src/core/check/answers.js';
import type { Question } from '../../../src/kb/types.js';
import { loadKnowledgeBase } from '../../../src/kb/load.js';
import { accessiblePrompter } from '../../../src/ui/accessible-prompter.js';
import { tempDir } from '../../helpers/hostile.js';
import { MINIMAL_KB } from '../../helpers/kb-copy.js';
import { runCli } from '../../helpers/run-cli.js';

const kb = loadKnowledgeBase(MINIMAL_KB);
const NOW = new Date('2026-11-21T12:00:00Z');
const withUnsure = kb.questions.questions.find((q) => q.type === 'yes-no' && q.unsure !== undefined) as Question;
const withoutUnsure = kb.questions.questions.find((q) => q.type === 'yes-no' && q.unsure === undefined) as Question;

const UNSURE_WORDS = ['u', 'U', ' u ', 'unsure', 'not sure', 'Not Sure', 'not-sure', "don't know"];

describe('yes/no answer words', () => {
  it.each(UNSURE_WORDS)('%j means "not sure" where the question allows it', (word) => {
    expect(parseAnswer(withUnsure, word, kb, NOW)).toEqual({ ok: true, value: 'unsure' });
  });

  it.each([
    ['y', 'yes'],
    ['Yes', 'yes'],
    ['n', 'no'],
    ['NO', 'no'],
  ])('%j means %s', (word, value) => {
    expect(parseAnswer(withUnsure, word, kb, NOW)).toEqual({ ok: true, value });
  });

  it('"u" is refused, with the allowed answers, where the question has no "not sure"', () => {
    const parsed = parseAnswer(withoutUnsure, 'u', kb, NOW);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toMatch(/expected yes or no/);
  });
});

describe('the accessible prompter', () => {
  it.each(['u', 'unsure', 'not sure', "don't know", '3'])('takes %j as "not sure"', async (typed) => {
    const input = new PassThrough();
    const output = new PassThrough();
    const prompter = accessiblePrompter(input, output);
    const answer = prompter.answer('Numb between the legs?', [
      { value: 'yes', label: 'Yes', key: 'y' },
      { value: 'no', label: 'No', key: 'n' },
      { value: 'unsure', label: 'Not sure', key: 'u' },
    ]);
    input.write(`${typed}\n`);
    await expect(answer).resolves.toBe('unsure');
  });
});

describe('the command line', () => {
  const level = (stdout: string): string => (JSON.parse(stdout) as { level: string }).level;

  it('takes --answer saddle-numbness=u as "not sure" (which counts towards emergency until the follow-up says otherwise)', () => {
    const r = runCli(['check', '--answer', 'saddle-numbness=u', '--json']);
    expect(r.stderr).not.toMatch(/expected/);
    expect(level(r.stdout)).toBe('emergency');
  });

  it('takes "u" in an answers file the same way', () => {
    const file = join(tempDir(), 'answers.yaml');
    writeFileSync(file, 'saddle-numbness: u\n');
    const r = runCli(['check', '--answers', file, '--json']);
    expect(r.stderr).not.toMatch(/expected/);
    expect(level(r.stdout)).toBe('emergency');
  });
});
