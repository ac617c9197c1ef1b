// Every question has a short form, and a base without one names the question.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { copyKb } from '../helpers/kb-copy.js';
import { kb } from '../helpers/scenario.js';
import { LONGER_SHORT_FORMS, shortFormLimit } from '../helpers/short-form-limits.js';

describe('short forms', () => {
  it('are given for every question of the shipped base, within 15 words (or the few listed)', () => {
    const long = kb.questions.questions
      .filter((q) => !q.short || q.short.split(/\s+/).length > shortFormLimit(q.id))
      .map((q) => q.id);
    expect(long).toEqual([]);
  });

  it('lists only longer short forms that are still needed', () => {
    const unneeded = Object.keys(LONGER_SHORT_FORMS).filter(
      (id) => (kb.questions.questions.find((q) => q.id === id)?.short?.split(/\s+/).length ?? 0) <= 15,
    );
    expect(unneeded).toEqual([]);
  });

  it('are required: a question without one is named in the error', () => {
    const base = copyKb();
    base.edit('questions.yaml', (text) => text.replace("    short: 'A high temperature'\n", ''));
    expect(() => loadKnowledgeBase(base.dir)).toThrow(
      /questions\.yaml:\d+:\d+ questions\[2\]\.short: question "fever" has no short form/,
    );
  });
});
