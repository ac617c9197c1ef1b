import { describe, expect, it } from 'vitest';
import { followUpConflicts, withImpliedParents } from '../../../src/core/check/follow-ups.js';
import { applicability } from '../../../src/core/check/questionnaire.js';
import { triage } from '../../../src/core/check/triage.js';
import { answersFor, kb, NOW } from '../../helpers/scenario.js';

describe('follow-ups answered yes, driven by askIf', () => {
  it('names the parent that contradicts a yes follow-up, for every question with askIf', () => {
    // The questions that the calm answers do not ask (an age-based askIf holds for the calm adult).
    const calm = answersFor({});
    const followUps = kb.questions.questions.filter(
      (q) => q.askIf && q.type === 'yes-no' && applicability(q, calm) === 'skipped',
    );
    expect(followUps.length).toBeGreaterThan(5);
    for (const q of followUps) {
      const conflicts = followUpConflicts(kb, { ...answersFor({}), [q.id]: 'yes' });
      expect(
        conflicts.map((c) => c.followUp),
        q.id,
      ).toEqual([q.id]);
    }
  });

  it('names the age when a question not asked at that age is answered yes', () => {
    const conflicts = followUpConflicts(kb, { ...answersFor({}), age: 10, 'sexual-function-change': 'yes' });
    expect(conflicts.map((c) => [c.followUp, c.parents.map((p) => p.id)])).toEqual([
      ['sexual-function-change', ['age']],
    ]);
  });

  it('takes a missing parent as the answer that asks the follow-up', () => {
    const given = withImpliedParents(kb, { 'saddle-wipe-check': 'yes' });
    expect(given['saddle-numbness']).toBe('unsure');
    expect(triage(kb, given, NOW).level).toBe('emergency');
  });

  it('leaves a given parent alone unless asked to read the answers the cautious way', () => {
    const answers = { ...answersFor({}), 'spine-procedure-wound': 'yes' };
    expect(withImpliedParents(kb, answers)['recent-spine-procedure']).toBe('no');
    expect(withImpliedParents(kb, answers, true)['recent-spine-procedure']).toBe('yes');
  });

  it('over-triage guard: a no to a follow-up is no conflict and implies nothing', () => {
    const answers = { ...answersFor({}), 'saddle-wipe-check': 'no' };
    expect(followUpConflicts(kb, answers)).toEqual([]);
    expect(withImpliedParents(kb, answers, true)).toEqual(answers);
  });
});
