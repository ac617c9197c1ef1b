// The conditions and medicines lists are asked only after their gates (a tick on the
// "pain and health" checklist, or "not sure"). No caution may be lost on the way: a
// condition ticked after a yes at the gate gives the same level and plan as the same
// condition given straight, and a gate alone never raises the level.
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/core/check/answers.js';
import { buildCarePlan } from '../../src/core/check/care-plan.js';
import { followUpConflicts, withImpliedParents } from '../../src/core/check/follow-ups.js';
import { applicability, nextQuestion } from '../../src/core/check/questionnaire.js';
import { triage } from '../../src/core/check/triage.js';
import { answersFor, kb, NOW } from '../helpers/scenario.js';

const question = (id: string) => {
  const found = kb.questions.questions.find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};

/** The calm answers with both lists left out and both gates answered as given. */
function withGates(conditionsGate: string, medicinesGate: string): Record<string, AnswerValue> {
  const { conditions: _c, medicines: _m, ...rest } = answersFor({});
  return { ...rest, 'has-conditions': conditionsGate, 'takes-medicines': medicinesGate };
}

/** What the advice comes to: the level, the rules, the conditions and every remedy's status with its cautions. */
function outcome(answers: Record<string, AnswerValue>) {
  const result = triage(kb, answers, NOW);
  const plan = buildCarePlan(kb, result, NOW);
  const advice = [...plan.thermal.options, ...plan.medicines, ...plan.movement, ...plan.stretches, ...plan.comfort].map(
    (a) => ({
      id: a.remedy.id,
      status: a.status,
      cautions: a.personalCautions.map((c) => c.id),
    }),
  );
  return {
    level: result.level,
    fired: result.fired.map((r) => r.id),
    conditions: [...result.conditions].sort(),
    advice,
  };
}

const LISTED_CONDITIONS = (
  question('conditions').type === 'many' ? kb.conditions.conditions.map((c) => c.id) : []
).filter((id) => kb.rules.conditionRules.every((r) => r.condition !== id || r.stillAsked));
const MEDICINES = (question('medicines').choices ?? []).map((c) => c.value);

describe('the gates before the conditions and medicines lists', () => {
  it('are two items of the "pain and health" checklist, and each list is asked only after a yes or "not sure" at its gate', () => {
    expect(question('has-conditions').group).toBe('doctor-checklist');
    expect(question('takes-medicines').group).toBe('doctor-checklist');
    for (const [gate, list] of [
      ['has-conditions', 'conditions'],
      ['takes-medicines', 'medicines'],
    ] as const) {
      for (const [answer, state] of [
        ['yes', 'applies'],
        ['unsure', 'applies'],
        ['no', 'skipped'],
      ] as const) {
        expect(applicability(question(list), { ...withGates('no', 'no'), [gate]: answer }), `${gate}=${answer}`).toBe(
          state,
        );
      }
    }
  });

  it('"not sure" at the conditions gate shows the list next', () => {
    expect(nextQuestion(kb, withGates('unsure', 'no'))?.id).toBe('conditions');
    expect(nextQuestion(kb, withGates('no', 'unsure'))?.id).toBe('medicines');
    expect(nextQuestion(kb, withGates('no', 'no'))).toBeUndefined();
  });

  it('kidney disease through the gate (a yes, then the tick) still gets the anti-inflammatory caution', () => {
    const nsaid = buildCarePlan(
      kb,
      triage(kb, { ...withGates('yes', 'no'), conditions: ['kidney-disease'] }, NOW),
      NOW,
    ).medicines.find((m) => m.remedy.id === 'nsaid-tablets');
    expect(nsaid?.status).toBe('ask-first');
    expect(nsaid?.personalCautions.map((c) => c.id)).toContain('nsaid-kidney-disease');
  });

  it.each(LISTED_CONDITIONS)(
    'the condition %s ticked after a yes at the gate gives the same advice as given straight',
    (id) => {
      const gated = outcome({ ...withGates('yes', 'no'), conditions: [id] });
      expect(gated.conditions).toContain(id);
      expect(gated).toEqual(outcome(answersFor({ conditions: id })));
    },
  );

  it.each(MEDICINES)('the medicine %s ticked after a yes at the gate gives the same advice as given straight', (id) => {
    const gated = outcome({ ...withGates('no', 'yes'), medicines: [id] });
    expect(gated.conditions).not.toEqual([]);
    expect(gated).toEqual(outcome(answersFor({ medicines: id })));
  });

  it('"no" at both gates gives the same advice as "None of these" on both lists', () => {
    expect(outcome(withGates('no', 'no'))).toEqual(outcome(answersFor({})));
  });

  it('over-triage guard: a yes or "not sure" at a gate with nothing ticked stays self-care, and no rule reads a gate', () => {
    for (const gate of ['yes', 'unsure']) {
      const result = triage(kb, { ...withGates(gate, gate), conditions: [], medicines: [] }, NOW);
      expect(result.level, gate).toBe('self_care');
      expect(result.fired).toEqual([]);
    }
    const rulesText = JSON.stringify([kb.rules.rules, kb.rules.conditionRules, kb.timelines]);
    expect(rulesText).not.toMatch(/"has-conditions"|"takes-medicines"/);
  });

  it('does not list a "not sure" at a gate among the answers counted as yes: it only showed the list', () => {
    const result = triage(
      kb,
      { ...withGates('unsure', 'unsure'), conditions: [], medicines: [], 'first-episode': 'unsure' },
      NOW,
    );
    expect(result.countedAsYes).toEqual(['first-episode']);
  });

  it('asks the conditions list whatever the gate says when the pain came without a strain (a torn artery, a broken bone)', () => {
    for (const trigger of ['no-clear-reason', 'woke-up-with-it', 'other']) {
      expect(applicability(question('conditions'), { ...withGates('no', 'no'), trigger }), trigger).toBe('applies');
    }
    // A smoker who said no at the gate, then ticked the risk on the list: counted, not a conflict.
    const smoker = {
      ...withGates('no', 'no'),
      age: 55,
      trigger: 'no-clear-reason',
      'pain-now': 8,
      onset: new Date(NOW.getTime() - 2 * 3_600_000).toISOString(),
      conditions: ['aneurysm-risk'],
    };
    expect(followUpConflicts(kb, smoker)).toEqual([]);
    expect(triage(kb, smoker, NOW).level).toBe('emergency');
  });

  it('a list given without its gate answers the gate; a tick against a gate of "no" is a conflict', () => {
    const {
      conditions: _c,
      medicines: _m,
      'has-conditions': _h,
      'takes-medicines': _t,
      ...noGates
    } = withGates('no', 'no');
    expect(withImpliedParents(kb, { ...noGates, conditions: ['kidney-disease'], medicines: [] })).toMatchObject({
      'has-conditions': 'yes',
      'takes-medicines': 'yes',
    });
    expect(
      followUpConflicts(kb, { ...withGates('no', 'no'), conditions: ['kidney-disease'] }).map((c) => c.followUp),
    ).toEqual(['conditions']);
    expect(
      followUpConflicts(kb, { ...withGates('no', 'no'), medicines: ['anticoagulant'] }).map((c) => c.followUp),
    ).toEqual(['medicines']);
    // "None" against a gate of "no" agrees with it.
    expect(followUpConflicts(kb, { ...withGates('no', 'no'), conditions: [], medicines: [] })).toEqual([]);
  });
});
