// A warning-sign checklist answered "Not sure: ask one by one" asks its signs
// singly; an emergency answer among them ends the questionnaire at once, as a
// yes anywhere else does, so nothing more is asked before the emergency.
import { describe, expect, it } from 'vitest';
import { questionText } from '../../src/core/check/questionnaire.js';
import { askQuestionnaire } from '../../src/ui/questionnaire.js';
import type { Prompter } from '../../src/ui/prompter.js';
import { kb, NOW } from '../helpers/scenario.js';

const EMERGENCY_SIGNS_ASKED_SINGLY = kb.questions.questions.filter((q) => q.group === 'emergency-checklist');

/** A person who says no to everything, picks "Not sure" on every checklist, and answers `say` to one question. */
function person(say: Record<string, string>) {
  const asked: string[] = [];
  const prompter: Prompter = {
    menu: async () => undefined,
    answer: async (message) => {
      asked.push(message);
      const id = EMERGENCY_SIGNS_ASKED_SINGLY.find((q) => message.includes(questionText(kb, q, {})))?.id;
      return (id && say[id]) ?? 'no';
    },
    checklist: async (_message, choices) => {
      const notSure = choices.find((c) => c.label.startsWith('Not sure'));
      return notSure ? [notSure.value] : [choices.at(-1)?.value ?? ''];
    },
    number: async () => 40,
    text: async () => '3h',
  };
  return { prompter, asked };
}

const BEFORE_THE_CHECKLIST = Object.fromEntries(
  kb.questions.questions.filter((q) => q.section === 'emergency-signs' && !q.group).map((q) => [q.id, 'no']),
);

describe('a warning-sign checklist asked one by one', () => {
  it('has emergency signs to ask singly', () => {
    expect(EMERGENCY_SIGNS_ASKED_SINGLY.length).toBeGreaterThan(2);
  });

  it.each(EMERGENCY_SIGNS_ASKED_SINGLY.map((q) => q.id))('ends at once on a yes to %s', async (id) => {
    const { prompter, asked } = person({ [id]: 'yes' });
    const result = await askQuestionnaire(kb, { ...BEFORE_THE_CHECKLIST, age: 40 }, prompter, NOW);
    expect(result.stoppedForEmergency).toBe(true);
    expect(result.answers[id]).toBe('yes');
    const index = EMERGENCY_SIGNS_ASKED_SINGLY.findIndex((q) => q.id === id);
    expect(asked).toHaveLength(index + 1);
  });

  it('asks every sign, and goes on past the checklist, when each is answered no (over-triage guard)', async () => {
    const { prompter, asked } = person({});
    const result = await askQuestionnaire(kb, { ...BEFORE_THE_CHECKLIST, age: 40 }, prompter, NOW);
    expect(result.stoppedForEmergency).toBe(false);
    expect(asked.length).toBeGreaterThan(EMERGENCY_SIGNS_ASKED_SINGLY.length);
  });
});
