// People at the edges of a rule written for "an adult who lifted a box":
// children by age band, pregnancy by weeks, after birth and breastfeeding,
// older or frail people, weak immunity and numb skin. Each case is what the
// triage and the care plan must do; the guards say what they must not do.
import { describe, expect, it } from 'vitest';
import { offeredAdvice, type CarePlan, type RemedyAdvice } from '../../src/core/check/care-plan.js';
import { applicability, orderedQuestions, questionText, shortForm } from '../../src/core/check/questionnaire.js';
import { check, kb, planFor } from '../helpers/scenario.js';

function advice(plan: CarePlan, id: string): RemedyAdvice {
  const all = [...offeredAdvice(plan), ...plan.notForYou];
  const found = all.find((a) => a.remedy.id === id);
  if (!found) throw new Error(`${id} is not in the plan`);
  return found;
}
const status = (plan: CarePlan, id: string): string => advice(plan, id).status;
const cautionFor = (plan: CarePlan, id: string, group: string): string[] =>
  advice(plan, id)
    .personalCautions.filter((c) => c.when?.includes(group))
    .map((c) => c.action);
const inPlan = (plan: CarePlan): string[] =>
  [...plan.movement, ...plan.stretches, ...plan.comfort].map((a) => a.remedy.id);

describe('children', () => {
  it('a 3-year-old with back pain is urgent in itself, even after a small bump', () => {
    const result = check({ age: '3', trigger: 'minor-fall', 'pain-now': '3' });
    expect(result.level).toBe('urgent');
    expect(result.fired.map((r) => r.id)).toContain('child-under-5');
  });

  it('a 3-year-old gets no home plan beyond keeping comfortable: no stretches, no exercise, no packs, no adult medicines', () => {
    const plan = planFor({ age: '3' });
    expect(plan.stretches).toEqual([]);
    expect(plan.movement).toEqual([]);
    expect(inPlan(plan)).toEqual(['short-rest-breaks']);
    for (const option of plan.thermal.options) expect(option.status).toBe('avoid');
    for (const medicine of plan.medicines) expect(['ask-first', 'avoid']).toContain(medicine.status);
    expect(status(plan, 'muscle-relaxants')).toBe('avoid');
  });

  it('an 8-year-old after a strain with no warning sign sees a doctor soon, not today (over-triage guard)', () => {
    expect(check({ age: '8' }).level).toBe('doctor_soon');
  });

  it('a child who limps or refuses to walk needs a doctor today', () => {
    const result = check({ age: '8', 'child-limp': 'yes' });
    expect(result.level).toBe('urgent');
    expect(result.fired.map((r) => r.id)).toContain('child-limp');
  });

  it('a 13-year-old with pain for 30 days is urgent; an adult with the same is not (over-triage guard)', () => {
    expect(check({ age: '13', onset: '30d', trend: 'better' }).level).toBe('urgent');
    expect(check({ age: '35', onset: '30d', trend: 'better' }).level).toBe('doctor_soon');
  });

  it('night pain and fever stay urgent for a child', () => {
    expect(check({ age: '10', 'night-rest-pain': 'yes' }).level).toBe('urgent');
    expect(check({ age: '10', fever: 'yes' }).level).toBe('urgent');
  });

  it('a 16-year-old with an ordinary strain is not urgent and gets the adult plan (over-triage guard)', () => {
    const result = check({ age: '16' });
    expect(result.level).toBe('doctor_soon');
    expect(result.conditions).toContain('age-16-17');
    const plan = planFor({ age: '16' });
    expect(plan.stretches.length).toBeGreaterThan(3);
    expect(plan.notForYou).toEqual([]);
  });

  it(
    "for a 10-year-old, paracetamol is a children's medicine " +
      'via a pharmacist, not an adult finding that it does not help',
    () => {
      const para = advice(planFor({ age: '10' }), 'paracetamol');
      expect(para.status).toBe('ask-first');
      expect(para.summary).toMatch(/children's paracetamol/);
      expect(para.summary).not.toMatch(/does not help|dummy pill/);
      expect(advice(planFor({}), 'paracetamol').summary).toMatch(/does not help/);
    },
  );

  it('for a 10-year-old, ice and heat are only put on by an adult who checks the skin', () => {
    const plan = planFor({ age: '10' });
    for (const option of plan.thermal.options) {
      expect(option.status).toBe('adapt');
      expect(option.personalCautions.map((c) => c.text).join(' ')).toMatch(/Only an adult/);
    }
  });

  it('a 13-year-old is not offered adult tablets or prescription medicines', () => {
    const plan = planFor({ age: '13' });
    expect(status(plan, 'nsaid-tablets')).toBe('ask-first');
    expect(advice(plan, 'nsaid-tablets').summary).toMatch(/children's products/);
    expect(status(plan, 'muscle-relaxants')).toBe('avoid');
    expect(status(plan, 'opioid-painkillers')).toBe('avoid');
  });
});

describe('the questionnaire fits the age', () => {
  const q = (id: string) => kb.questions.questions.find((x) => x.id === id) as (typeof kb.questions.questions)[number];

  it('asks the age after the cauda equina signs and before every question it decides', () => {
    const order = orderedQuestions(kb).map((x) => x.id);
    const at = (id: string): number => order.indexOf(id);
    for (const id of [
      'saddle-numbness',
      'difficulty-peeing',
      'bladder-control-loss',
      'bowel-control-loss',
      'both-legs',
      'legs-weakness-worsening',
    ])
      expect(at(id)).toBeLessThan(at('age'));
    const decided = kb.questions.questions
      .filter((x) => JSON.stringify(x.askIf ?? {}).includes('"answer":"age"'))
      .map((x) => x.id);
    expect(decided.length).toBeGreaterThanOrEqual(4);
    for (const id of decided) expect(at(id), id).toBeGreaterThan(at('age'));
  });

  it.each([
    [
      '8',
      { 'sexual-function-change': 'skipped', 'injects-drugs': 'skipped', pregnant: 'skipped', 'child-limp': 'applies' },
    ],
    [
      '13',
      { 'sexual-function-change': 'skipped', 'injects-drugs': 'applies', pregnant: 'applies', 'child-limp': 'applies' },
    ],
    [
      '35',
      { 'sexual-function-change': 'applies', 'injects-drugs': 'applies', pregnant: 'applies', 'child-limp': 'skipped' },
    ],
  ])('at age %s', (age, expected) => {
    for (const [id, want] of Object.entries(expected))
      expect(applicability(q(id), { age: Number(age) }), id).toBe(want);
  });

  it('is worded for a parent when the age is under 16, and for the person otherwise', () => {
    expect(questionText(kb, q('fever'), { age: 6 })).toMatch(/the child/);
    expect(questionText(kb, q('fever'), { age: 40 })).toBe(shortForm(q('fever')));
    expect(questionText(kb, q('fever'), {})).toBe(shortForm(q('fever')));
  });

  it("has a parent's wording for every question a child's parent is asked", () => {
    const child = {
      age: 6,
      'leg-numbness': 'yes',
      'cancer-history': 'yes',
      'recent-spine-procedure': 'yes',
      'saddle-numbness': 'unsure',
      'difficulty-peeing': 'unsure',
    };
    const asked = kb.questions.questions.filter((x) => x.id !== 'age' && applicability(x, child) === 'applies');
    const words = asked.map((x) => [x.id, questionText(kb, x, child)]);
    expect(words.filter(([, text]) => !/child/.test(text ?? '')).map(([id]) => id)).toEqual([]);
  });
});

describe('pregnancy positions', () => {
  it('at 32 weeks: sleep on your side, rest on your side, no lying-on-back stretches, nothing face-down', () => {
    const plan = planFor({ pregnant: 'yes', 'pregnancy-weeks': '32' });
    expect(cautionFor(plan, 'sleep-positions', 'pregnancy')).toEqual(['adapt']);
    expect(advice(plan, 'sleep-positions').personalCautions[0]?.text).toMatch(/28 weeks, go to sleep on your side/);
    expect(cautionFor(plan, 'short-rest-breaks', 'pregnancy')).toEqual(['adapt']);
    expect(plan.notForYou.map((a) => a.remedy.id).sort()).toEqual(['back-extension', 'knee-rolls', 'knee-to-chest']);
    expect(status(plan, 'cat-cow')).toBe('suggested');
  });

  it('at 10 weeks lying on the back is still fine, but face-down is left out', () => {
    const plan = planFor({ pregnant: 'yes', 'pregnancy-weeks': '10' });
    expect(status(plan, 'sleep-positions')).toBe('suggested');
    expect(plan.notForYou.map((a) => a.remedy.id)).toEqual(['back-extension']);
  });

  it('when the weeks are not known ("not sure" if pregnant), the later-pregnancy positions apply', () => {
    const plan = planFor({ pregnant: 'unsure' });
    expect(cautionFor(plan, 'sleep-positions', 'pregnancy')).toEqual(['adapt']);
    expect(status(plan, 'nsaid-tablets')).toBe('avoid');
  });

  it('a pregnant woman with an ordinary strain stays at home care (over-triage guard)', () => {
    expect(check({ pregnant: 'yes', 'pregnancy-weeks': '32' }).level).toBe('self_care');
  });
});

describe('after birth and breastfeeding', () => {
  it('breastfeeding is not treated as pregnant: anti-inflammatories and paracetamol are not refused', () => {
    const result = check({ conditions: 'breastfeeding' });
    expect(result.conditions).not.toContain('pregnancy');
    const plan = planFor({ conditions: 'breastfeeding' });
    expect(status(plan, 'nsaid-tablets')).toBe('adapt');
    expect(advice(plan, 'nsaid-tablets').personalCautions[0]?.text).toMatch(/usually fine while breastfeeding/);
    expect(status(plan, 'paracetamol')).toBe('not-recommended');
    expect(plan.notForYou).toEqual([]);
  });

  it('after birth, the usual painkiller advice applies and stretches build up gently', () => {
    const plan = planFor({ pregnant: 'no', 'after-birth': 'yes' });
    expect(check({ pregnant: 'no', 'after-birth': 'yes' }).conditions).toContain('after-birth');
    expect(status(plan, 'nsaid-tablets')).toBe('suggested');
    expect(cautionFor(plan, 'knee-to-chest', 'after-birth')).toEqual(['adapt']);
  });
});

describe('answers already given reach the cautions', () => {
  it('leg numbness answered in triage gets the numb-skin caution on heat without ticking it again', () => {
    const result = check({ 'leg-numbness': 'yes', 'leg-numbness-over-a-week': 'no', 'spreads-below-knee': 'yes' });
    expect(result.conditions).toContain('numb-skin');
    const plan = planFor({ 'leg-numbness': 'yes', 'leg-numbness-over-a-week': 'no', 'spreads-below-knee': 'yes' });
    expect(status(plan, 'heat-pack')).toBe('avoid');
    expect(advice(plan, 'heat-pack').personalCautions.flatMap((c) => c.sources)).toContain('nhs-sci');
  });

  it('weak immunity answered yes makes anti-inflammatories ask-first', () => {
    const plan = planFor({ 'weak-immunity': 'yes' });
    expect(status(plan, 'nsaid-tablets')).toBe('ask-first');
    expect(cautionFor(plan, 'nsaid-tablets', 'weak-immunity')).toEqual(['ask-first']);
  });

  it('long-term steroid tablets count as weak immunity too', () => {
    expect(check({ 'long-term-steroids': 'yes' }).conditions).toContain('weak-immunity');
  });

  it('ciclosporin or tacrolimus in the medicines list makes anti-inflammatories ask-first, naming them', () => {
    const plan = planFor({ medicines: 'methotrexate' });
    const texts = advice(plan, 'nsaid-tablets')
      .personalCautions.map((c) => c.text)
      .join(' ');
    expect(texts).toMatch(/ciclosporin or\s+tacrolimus/);
    expect(status(plan, 'nsaid-tablets')).toBe('ask-first');
  });

  it('at 70, or frail at any age, anti-inflammatories are ask-first and floor stretches need care', () => {
    for (const changes of [{ age: '70' }, { conditions: 'frail' }] as Record<string, string>[]) {
      const plan = planFor(changes);
      expect(check(changes).conditions).toContain('older-frail');
      expect(status(plan, 'nsaid-tablets')).toBe('ask-first');
      expect(cautionFor(plan, 'cat-cow', 'older-frail')).toEqual(['adapt']);
    }
  });

  it('thin bones (osteoporosis or long-term steroids) leave out the stretches that bend forward or twist', () => {
    for (const changes of [{ conditions: 'osteoporosis' }, { 'long-term-steroids': 'yes' }] as Record<
      string,
      string
    >[]) {
      const plan = planFor(changes);
      expect(check(changes).conditions).toContain('thin-bones');
      for (const id of ['knee-to-chest', 'childs-pose', 'bottom-to-heels', 'knee-rolls'])
        expect(status(plan, id), id).toBe('avoid');
      expect(status(plan, 'pelvic-tilt')).toBe('suggested');
      expect(status(plan, 'massage')).toBe('ask-first');
    }
  });

  it('a spine operation or injection in the last 3 months makes new stretches and massage ask-first', () => {
    const plan = planFor({ 'recent-spine-procedure': 'yes', 'spine-procedure-wound': 'no' });
    for (const stretch of plan.stretches) expect(stretch.status, stretch.remedy.id).toBe('ask-first');
    expect(status(plan, 'massage')).toBe('ask-first');
    expect(status(plan, 'heat-pack')).toBe('suggested');
  });

  it('a red, swollen or leaking wound or needle spot there gets the broken-skin caution on ice and heat', () => {
    const changes = { 'recent-spine-procedure': 'yes', 'spine-procedure-wound': 'yes' };
    expect(check(changes).conditions).toContain('broken-skin');
    const plan = planFor(changes);
    expect(cautionFor(plan, 'heat-pack', 'broken-skin')).toEqual(['avoid']);
    expect(cautionFor(plan, 'ice-pack', 'broken-skin')).toEqual(['avoid']);
  });

  it('at 69 with no thin bones and no spine procedure, every stretch is still offered (over-triage guard)', () => {
    const plan = planFor({ age: '69' });
    expect(check({ age: '69' }).conditions).not.toContain('thin-bones');
    expect(plan.notForYou.map((a) => a.remedy.id)).toEqual([]);
    for (const stretch of plan.stretches) expect(['suggested', 'adapt'], stretch.remedy.id).toContain(stretch.status);
  });

  it('a calm adult is in no group and gets nothing left out (over-triage guard)', () => {
    const plan = planFor({});
    expect(check({}).conditions).toEqual([]);
    expect(plan.notForYou).toEqual([]);
    expect(status(plan, 'heat-pack')).toBe('suggested');
    expect(status(plan, 'nsaid-tablets')).toBe('suggested');
  });
});
