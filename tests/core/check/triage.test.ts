import { describe, expect, it } from 'vitest';
import { parseAnswer } from '../../../src/core/check/answers.js';
import { buildCarePlan } from '../../../src/core/check/care-plan.js';
import { phaseAt } from '../../../src/core/timeline.js';
import { missingQuestions, nextQuestion, progress, resolveUnsure } from '../../../src/core/check/questionnaire.js';
import { isAtLeast, triage } from '../../../src/core/check/triage.js';
import { loadKnowledgeBase } from '../../../src/kb/load.js';
import { MINIMAL_KB } from '../../helpers/kb-copy.js';

const kb = loadKnowledgeBase(MINIMAL_KB);
const NOW = new Date('2026-11-21T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();
const calm = {
  'saddle-numbness': 'no',
  fever: 'no',
  age: 35,
  pregnant: 'no',
  onset: hoursAgo(20),
  trend: 'better',
  conditions: [],
};

describe('the questionnaire flow', () => {
  it('asks emergency signs first and skips what does not apply', () => {
    expect(nextQuestion(kb, {})?.id).toBe('saddle-numbness');
    expect(nextQuestion(kb, { 'saddle-numbness': 'no' })?.id).toBe('fever');
    expect(nextQuestion(kb, { 'saddle-numbness': 'unsure' })?.id).toBe('toilet-paper');
    expect(missingQuestions(kb, calm).map((q) => q.id)).toEqual([]);
    expect(missingQuestions(kb, { ...calm, pregnant: 'yes' }).map((q) => q.id)).toEqual(['pregnancy-weeks']);
  });

  it('counts progress over the questions that apply', () => {
    expect(progress(kb, {})).toEqual({ answered: 0, total: 7 });
    expect(progress(kb, calm)).toEqual({ answered: 7, total: 7 });
    expect(progress(kb, { ...calm, pregnant: 'yes' })).toEqual({ answered: 7, total: 8 });
  });
});

describe('not sure', () => {
  it.each([
    [{ 'saddle-numbness': 'unsure' }, 'yes', ['saddle-numbness']],
    [{ 'saddle-numbness': 'unsure', 'toilet-paper': 'no' }, 'no', []],
    [{ 'saddle-numbness': 'unsure', 'toilet-paper': 'yes' }, 'yes', []],
    [{ 'saddle-numbness': 'unsure', 'toilet-paper': 'unsure' }, 'yes', ['saddle-numbness', 'toilet-paper']],
    [{ 'toilet-paper': 'unsure' }, undefined, ['toilet-paper']],
  ])('%j resolves saddle-numbness to %s', (answers, expected, countedAsYes) => {
    const resolved = resolveUnsure(kb, answers);
    expect(resolved.answers['saddle-numbness']).toBe(expected);
    expect(resolved.countedAsYes).toEqual(countedAsYes);
  });

  it('sends an unresolved "not sure" about an emergency sign to emergency', () => {
    expect(triage(kb, { ...calm, 'saddle-numbness': 'unsure' }, NOW).level).toBe('emergency');
  });

  it('keeps a follow-up pending while the person is still being asked', () => {
    expect(triage(kb, { 'saddle-numbness': 'unsure' }, NOW, 'unknown').level).toBe('self_care');
    expect(triage(kb, { 'saddle-numbness': 'unsure', 'toilet-paper': 'unsure' }, NOW, 'unknown').level).toBe(
      'emergency',
    );
    expect(resolveUnsure(kb, { 'saddle-numbness': 'unsure' }, 'unknown')).toEqual({ answers: {}, countedAsYes: [] });
  });
});

describe('triage', () => {
  it.each([
    ['self care with no flags', calm, 'self_care', []],
    ['emergency sign', { ...calm, 'saddle-numbness': 'yes' }, 'emergency', ['saddle']],
    [
      'the highest level wins',
      { ...calm, 'saddle-numbness': 'yes', fever: 'yes', age: 60 },
      'emergency',
      ['saddle', 'fever', 'first-after-50'],
    ],
    ['age 49 stays self care', { ...calm, age: 49 }, 'self_care', []],
    ['age 50 is doctor soon', { ...calm, age: 50 }, 'doctor_soon', ['first-after-50']],
    ['13 days, not improving', { ...calm, onset: hoursAgo(13 * 24), trend: 'same' }, 'self_care', []],
    ['15 days, not improving', { ...calm, onset: hoursAgo(15 * 24), trend: 'same' }, 'doctor_soon', ['not-improving']],
    ['15 days, improving', { ...calm, onset: hoursAgo(15 * 24), trend: 'better' }, 'self_care', []],
    ['partial answers never fire unknown rules', { fever: 'yes' }, 'urgent', ['fever']],
  ])('%s', (_name, answers, level, rules) => {
    const result = triage(kb, answers, NOW);
    expect(result.level).toBe(level);
    expect(result.fired.map((r) => r.id)).toEqual(rules);
  });

  it('derives conditions from answers and condition rules', () => {
    expect(triage(kb, { ...calm, conditions: ['numb-skin'] }, NOW).conditions).toEqual(['numb-skin']);
    expect(triage(kb, { ...calm, age: 100 }, NOW).conditions).toEqual(['kidney-disease']);
  });

  it('orders levels', () => {
    expect(isAtLeast('emergency', 'urgent')).toBe(true);
    expect(isAtLeast('doctor_soon', 'urgent')).toBe(false);
    expect(isAtLeast('self_care', 'self_care')).toBe(true);
  });
});

describe('parseAnswer', () => {
  const q = (id: string) => kb.questions.questions.find((x) => x.id === id)!;
  it.each<[string, unknown, unknown]>([
    ['saddle-numbness', 'Yes', 'yes'],
    ['saddle-numbness', true, 'yes'],
    ['saddle-numbness', 'not sure', 'unsure'],
    ['age', '42', 42],
    ['age', 42, 42],
    ['trend', 'WORSE', 'worse'],
    ['conditions', 'none', []],
    ['conditions', 'numb-skin, none', ['numb-skin']],
    ['conditions', ['numb-skin'], ['numb-skin']],
    ['onset', '30h', hoursAgo(30)],
  ])('%s accepts %j', (id, raw, value) => {
    expect(parseAnswer(q(id), raw, kb, NOW)).toEqual({ ok: true, value });
  });

  it.each<[string, unknown, string]>([
    ['saddle-numbness', 'maybe', 'expected yes, no or unsure, got "maybe"'],
    ['pregnant', 'unsure', 'expected yes or no, got "unsure"'],
    ['age', '15', 'expected a whole number from 16 to 120 (years), got "15"'],
    ['age', 'forty', 'expected a whole number from 16 to 120 (years), got "forty"'],
    ['age', '', 'expected a whole number from 16 to 120 (years), got nothing'],
    ['age', '20.5', 'expected a whole number from 16 to 120 (years), got "20.5"'],
    ['age', '1e2', 'expected a whole number from 16 to 120 (years), got "1e2"'],
    ['trend', 'meh', 'expected one of better, same, worse, got "meh"'],
    ['conditions', 'kidneys', '"kidneys" is not one of: none, numb-skin'],
    // Worked out from age in this base (a condition rule), so it is never ticked: a script cannot skip its rule.
    ['conditions', 'numb-skin, kidney-disease', '"kidney-disease" is worked out from other answers'],
    ['onset', 'tomorrow', '"tomorrow" is in the future: a future time is not allowed'],
    ['onset', '2030-01-01', '"2030-01-01" is in the future'],
  ])('%s rejects %j', (id, raw, message) => {
    const parsed = parseAnswer(q(id), raw, kb, NOW);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(message);
  });
});

describe('the care plan', () => {
  it('picks ice and heat by the phase of the episode', () => {
    const early = buildCarePlan(kb, triage(kb, calm, NOW), NOW);
    expect(early.phase?.id).toBe('first-72-hours');
    expect(early.thermal.options.map((o) => o.protocol.id)).toEqual(['ice', 'heat']);
    const later = buildCarePlan(kb, triage(kb, { ...calm, onset: hoursAgo(100) }, NOW), NOW);
    expect(later.phase?.id).toBe('after-72-hours');
    expect(later.thermal.options.map((o) => o.protocol.id)).toEqual(['heat']);
  });

  it('marks a remedy to avoid with a condition that rules it out', () => {
    const plan = buildCarePlan(kb, triage(kb, { ...calm, conditions: ['kidney-disease', 'numb-skin'] }, NOW), NOW);
    expect(plan.medicines.map((m) => [m.remedy.id, m.status])).toEqual([['anti-inflammatory-tablets', 'avoid']]);
    expect(plan.thermal.options[0]?.status).toBe('avoid');
  });

  it('suggests a remedy without personal cautions', () => {
    const plan = buildCarePlan(kb, triage(kb, calm, NOW), NOW);
    expect(plan.medicines.map((m) => m.status)).toEqual(['suggested']);
  });

  it('dates the follow-ups from the start of the episode', () => {
    const plan = buildCarePlan(kb, triage(kb, { ...calm, onset: hoursAgo(24) }, NOW), NOW);
    expect(plan.safetyNet.followUps[0]?.due?.toISOString()).toBe('2026-12-04T12:00:00.000Z');
    expect(plan.safetyNet.emergencySigns.map((s) => s.id)).toEqual(['saddle-numbness']);
  });

  it('finds the phase by hours', () => {
    expect(phaseAt(kb.phases.phases, 0)?.id).toBe('first-72-hours');
    expect(phaseAt(kb.phases.phases, 71.9)?.id).toBe('first-72-hours');
    expect(phaseAt(kb.phases.phases, 72)?.id).toBe('after-72-hours');
    expect(phaseAt(kb.phases.phases, undefined)).toBeUndefined();
  });
});
