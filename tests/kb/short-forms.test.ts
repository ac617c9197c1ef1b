// Every question has a short form, and a base without one names the question.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { copyKb } from '../helpers/kb-copy.js';
import { kb } from '../helpers/scenario.js';

describe('short forms', () => {
  it('are given for every question of the shipped base, within 15 words', () => {
    const long = kb.questions.questions.filter((q) => !q.short || q.short.split(/\s+/).length > 15).map((q) => q.id);
    expect(long).toEqual([]);
  });

  it('are required: a question without one is named in the error', () => {
    const base = copyKb();
    base.edit('questions.yaml', (text) => text.replace("    short: 'A high temperature'\n", ''));
    expect(() => loadKnowledgeBase(base.dir)).toThrow(/questions\.yaml:\d+:\d+ questions\[2\]\.short: question "fever" has no short form/);
  });
});
