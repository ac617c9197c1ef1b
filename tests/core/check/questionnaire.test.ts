import { describe, expect, it } from 'vitest';
import { groupTitle, progress } from '../../../src/core/check/questionnaire.js';
import type { KnowledgeBase } from '../../../src/kb/types.js';
import { loadKnowledgeBase } from '../../../src/kb/load.js';
import { MINIMAL_KB } from '../../helpers/kb-copy.js';

const minimal = loadKnowledgeBase(MINIMAL_KB);

/** The minimal base with `pregnant` moved into fever's checklist, and the checklist titled. */
const grouped: KnowledgeBase = {
  ...minimal,
  questions: {
    ...minimal.questions,
    groups: [{ id: 'urgent-checklist', title: 'Signs for today' }],
    questions: minimal.questions.questions.map((q) => (q.id === 'pregnant' ? { ...q, group: 'urgent-checklist' } : q)),
  },
};

describe('progress', () => {
  it('counts screens, not questions: a group of questions is one screen', () => {
    const before = progress(minimal, {});
    const after = progress(grouped, {});
    expect(after.total).toBe(before.total - 1);
    expect(after.answered).toBe(0);
  });

  it('counts a group as done only when all its questions are answered', () => {
    const total = progress(grouped, {}).total;
    expect(progress(grouped, { 'saddle-numbness': 'no', fever: 'no' })).toEqual({ answered: 1, total });
    expect(progress(grouped, { 'saddle-numbness': 'no', fever: 'no', pregnant: 'no' })).toEqual({ answered: 2, total });
  });
});

describe('groupTitle', () => {
  it('gives the title the knowledge base sets, or nothing', () => {
    expect(groupTitle(grouped, 'urgent-checklist')).toBe('Signs for today');
    expect(groupTitle(minimal, 'urgent-checklist')).toBeUndefined();
  });
});
