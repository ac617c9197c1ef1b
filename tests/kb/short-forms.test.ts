// Every question has a short form, and a base without one names the question.
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { copyKb } from '../helpers/kb-copy.js';
import { kb } from '../helpers/scenario.js';

/**
 * Short forms allowed more than 15 words, and why. A gate's short form is all a person reads
 * before answering for a whole list: it must name what changes the advice most.
 */
const LONGER: Record<string, { words: number; why: string }> = {
  'has-conditions': { words: 22, why: 'stands for the conditions list: names the conditions behind the painkiller, ice and heat cautions and the level' },
};

describe('short forms', () => {
  it('are given for every question of the shipped base, within 15 words (or the few listed)', () => {
    const limit = (id: string): number => LONGER[id]?.words ?? 15;
    const long = kb.questions.questions.filter((q) => !q.short || q.short.split(/\s+/).length > limit(q.id)).map((q) => q.id);
    expect(long).toEqual([]);
  });

  it('lists only longer short forms that are still needed', () => {
    const unneeded = Object.keys(LONGER).filter((id) => (kb.questions.questions.find((q) => q.id === id)?.short?.split(/\s+/).length ?? 0) <= 15);
    expect(unneeded).toEqual([]);
  });

  it('are required: a question without one is named in the error', () => {
    const base = copyKb();
    base.edit('questions.yaml', (text) => text.replace("    short: 'A high temperature'\n", ''));
    expect(() => loadKnowledgeBase(base.dir)).toThrow(/questions\.yaml:\d+:\d+ questions\[2\]\.short: question "fever" has no short form/);
  });
});
