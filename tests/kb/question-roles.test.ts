// The code reads an answer for a role named in questions.yaml (`role: onset`),
// never by a question's id or position; a base states each role once.
import { describe, expect, it } from 'vitest';
import { QUESTION_ROLES } from '../../src/core/vocabulary.js';
import { questionWithRole } from '../../src/core/check/questionnaire.js';
import { triage } from '../../src/core/check/triage.js';
import { copyKb, problemsOf } from '../helpers/kb-copy.js';
import { kb, NOW } from '../helpers/scenario.js';

describe('question roles', () => {
  it('are each held by one question of the shipped base, of the type the role needs', () => {
    for (const [role, type] of Object.entries(QUESTION_ROLES)) {
      expect(
        kb.questions.questions.filter((q) => q.role === role).map((q) => q.type),
        role,
      ).toEqual([type]);
    }
  });

  it('are what the code reads: the onset for the time since onset, the pain score for the diary', () => {
    const onset = questionWithRole(kb, 'onset')?.id ?? '';
    const pain = questionWithRole(kb, 'pain-score')?.id ?? '';
    const result = triage(kb, { [onset]: new Date(NOW.getTime() - 5 * 3_600_000).toISOString(), [pain]: 6 }, NOW);
    expect(result.hoursSinceOnset).toBeCloseTo(5);
    expect(result.painScore).toBe(6);
  });

  it('refuse a second question with the same role, at its role line', () => {
    const base = copyKb();
    base.edit('questions.yaml', (text) =>
      text.replace('    type: number\n', '    type: number\n    role: pregnancy-weeks\n'),
    );
    const held = /^kb\/questions\.yaml:\d+:11 questions\[\d+\]\.role: role pregnancy-weeks is already held by question/;
    expect(problemsOf(base.dir)).toContainEqual(expect.stringMatching(held));
  });

  it('refuse a role on a question of the wrong type', () => {
    const base = copyKb();
    base.edit('questions.yaml', (text) =>
      text.replace('    role: onset\n', '').replace('    type: yes-no\n', '    type: yes-no\n    role: onset\n'),
    );
    const wrongType = /questions\.yaml:\d+:\d+ questions\[\d+\]\.role: role onset needs a when question/;
    expect(problemsOf(base.dir)).toContainEqual(expect.stringMatching(wrongType));
  });

  it('require an onset question when a rule counts the time since onset', () => {
    const base = copyKb();
    base.edit('questions.yaml', (text) => text.replace('    role: onset\n', ''));
    const noOnset =
      /rules\.yaml:\d+:\d+ .*"days-since-onset" is counted from the onset: give the when question .* role: onset/;
    expect(problemsOf(base.dir)).toContainEqual(expect.stringMatching(noOnset));
  });
});
