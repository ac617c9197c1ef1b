// Scenarios for the emergencies a rule written for "an adult who lifted a
// box" missed: a leaking aortic aneurysm and a torn aorta (NHS aneurysm and
// aortic dissection pages), sepsis without a fever (NHS sepsis page), a
// fragility fracture with no strain (CKS, Henschke 2009, Downie 2013), the
// maternity and after-birth red flags (NHS pregnancy, postnatal, DVT and
// epidural pages), and the over-triage judgements recorded in the data.
// Each starts from the calm baseline of helpers/scenario.ts (35, a lifting
// strain 30 hours ago, pain 5, not a first episode).
import { describe, expect, it } from 'vitest';
import { applicability } from '../../src/core/check/questionnaire.js';
import type { Question } from '../../src/kb/types.js';
import { check, expectAcceptable, kb, type Case } from '../helpers/scenario.js';

const SMOKER_70 = { age: '70', conditions: 'aneurysm-risk' };

const ANEURYSM: Case[] = [
  [
    '70, smokes, woke up with pain 9 of 10 three hours ago',
    { ...SMOKER_70, trigger: 'woke-up-with-it', 'pain-now': '9', onset: '3h' },
    ['emergency'],
  ],
  [
    '70, smokes, pain 9 of 10 for "something else" three hours ago',
    { ...SMOKER_70, trigger: 'other', 'pain-now': '9', onset: '3h' },
    ['emergency'],
  ],
  [
    '72, smokes, pain 9 for no reason, 20 hours ago',
    { ...SMOKER_70, age: '72', trigger: 'no-clear-reason', 'pain-now': '9', onset: '20h' },
    ['emergency'],
  ],
  [
    '72, smokes, pain 9 for no reason, 30 hours ago: no cliff at a day',
    { ...SMOKER_70, age: '72', trigger: 'no-clear-reason', 'pain-now': '9', onset: '30h' },
    ['urgent', 'emergency'],
  ],
  [
    '58, used to smoke, pain 8 for no reason, 6 hours ago',
    { age: '58', conditions: 'aneurysm-risk', trigger: 'no-clear-reason', 'pain-now': '8', onset: '6h' },
    ['emergency'],
  ],
  [
    'over-triage guard: 45 with no risk factor, woke up with pain 8',
    { age: '45', trigger: 'woke-up-with-it', 'pain-now': '8', onset: '3h' },
    ['doctor_soon'],
  ],
  [
    'over-triage guard: 70, smokes, pain 9 after lifting (a strain, so a fracture, not an aneurysm)',
    { ...SMOKER_70, 'pain-now': '9', onset: '3h' },
    ['urgent'],
  ],
  [
    'over-triage guard: 66, smokes, woke up with pain 5',
    { age: '66', conditions: 'aneurysm-risk', trigger: 'woke-up-with-it', 'pain-now': '5', onset: '3h' },
    ['self_care', 'doctor_soon'],
  ],
];

const UPPER = 'upper-back-between-shoulders';

const DISSECTION: Case[] = [
  [
    '50, sudden pain 10 of 10 between the shoulder blades, no strain, 1 hour ago',
    { age: '50', 'pain-location': UPPER, trigger: 'no-clear-reason', 'pain-now': '10', onset: '1h' },
    ['emergency'],
  ],
  [
    '40, woke up with pain 8 between the shoulder blades',
    { age: '40', 'pain-location': UPPER, trigger: 'woke-up-with-it', 'pain-now': '8', onset: '2h' },
    ['emergency'],
  ],
  [
    'over-triage guard: 35, pain 8 between the shoulder blades after lifting',
    { 'pain-location': UPPER, 'pain-now': '8', onset: '2h' },
    ['urgent'],
  ],
  [
    'over-triage guard: 35, pain 5 between the shoulder blades for no reason',
    { 'pain-location': UPPER, trigger: 'no-clear-reason', 'pain-now': '5', onset: '2h' },
    ['urgent'],
  ],
];

const SEPSIS: Case[] = [
  ['78, confused, no temperature', { age: '78', 'confused-or-drowsy': 'yes' }, ['emergency']],
  ['40, slurring words with a temperature', { age: '40', 'confused-or-drowsy': 'yes', fever: 'yes' }, ['emergency']],
  ['"not sure" about confusion counts as yes', { 'confused-or-drowsy': 'unsure' }, ['emergency']],
  [
    'over-triage guard: 50, very unwell but not confused, no temperature (NHS: 111 the same day)',
    { age: '50', 'very-unwell': 'yes' },
    ['urgent'],
  ],
];

const FRACTURE: Case[] = [
  [
    'osteoporosis, woke up with pain 6, day 2',
    { age: '60', conditions: 'osteoporosis', trigger: 'woke-up-with-it', 'pain-now': '6', onset: '40h' },
    ['urgent'],
  ],
  [
    'osteoporosis, pain 9 for no reason, 30 hours ago',
    { age: '55', conditions: 'osteoporosis', trigger: 'no-clear-reason', 'pain-now': '9', onset: '30h' },
    ['urgent'],
  ],
  [
    'long-term steroid tablets, pain began with "something else"',
    { 'long-term-steroids': 'yes', trigger: 'other' },
    ['urgent'],
  ],
  [
    '74, severe pain on waking 3 days ago',
    { age: '74', trigger: 'woke-up-with-it', 'pain-now': '8', onset: '72h' },
    ['urgent'],
  ],
  [
    'over-triage guard: 55, no thin bones, woke up with pain 8',
    { age: '55', trigger: 'woke-up-with-it', 'pain-now': '8', onset: '40h' },
    ['doctor_soon'],
  ],
  [
    'over-triage guard: a short steroid course is in the medicines list, not long-term',
    { medicines: 'steroid-tablets' },
    ['self_care'],
  ],
];

const PREGNANT = { pregnant: 'yes', 'pregnancy-weeks': '30' };

const MATERNITY: Case[] = [
  ['30 weeks, baby moving less than usual', { ...PREGNANT, 'baby-movements': 'yes' }, ['urgent']],
  ['30 weeks, waters broken', { ...PREGNANT, 'waters-breaking': 'yes' }, ['urgent']],
  [
    '30 weeks, severe tummy pain that does not go away with rest',
    { ...PREGNANT, 'pregnancy-tummy-pain': 'yes' },
    ['urgent'],
  ],
  ['"not sure" about the baby\'s movements counts as yes', { ...PREGNANT, 'baby-movements': 'unsure' }, ['urgent']],
  ['over-triage guard: 30 weeks, ordinary back ache, no maternity sign', { ...PREGNANT }, ['self_care']],
];

const AFTER_BIRTH: Case[] = [
  [
    '3 weeks after birth, soaking a pad an hour',
    { 'after-birth': 'yes', 'after-birth-heavy-bleeding': 'yes' },
    ['emergency'],
  ],
  ['2 weeks after birth, short of breath', { 'after-birth': 'yes', 'after-birth-breathless': 'yes' }, ['emergency']],
  ['after birth, painful swollen calf', { 'after-birth': 'yes', 'after-birth-calf': 'yes' }, ['urgent']],
  [
    'after a caesarean, the wound is red and smelly',
    { 'after-birth': 'yes', 'after-birth-fever-or-wound': 'yes' },
    ['urgent'],
  ],
  [
    'after an epidural, severe headache worse sitting up',
    { 'after-birth': 'yes', 'after-birth-headache': 'yes' },
    ['urgent'],
  ],
  [
    '"not sure" about the birth and the bleeding counts as yes',
    { 'after-birth': 'unsure', 'after-birth-heavy-bleeding': 'unsure' },
    ['emergency'],
  ],
  ['over-triage guard: after birth, none of the signs', { 'after-birth': 'yes' }, ['self_care']],
];

const OVER_TRIAGE: Case[] = [
  ['upper-back ache after a strain at 4 of 10, under 50', { 'pain-location': UPPER, 'pain-now': '4' }, ['doctor_soon']],
  ['guard: the same ache at 55 stays same-day', { age: '55', 'pain-location': UPPER, 'pain-now': '4' }, ['urgent']],
  [
    'a removed basal cell skin cancer, with sciatica',
    { 'cancer-history': 'yes', 'cancer-skin-only': 'yes', 'spreads-below-knee': 'yes' },
    ['doctor_soon'],
  ],
  [
    'guard: a melanoma, with sciatica, stays an emergency',
    { 'cancer-history': 'yes', 'cancer-skin-only': 'no', 'spreads-below-knee': 'yes' },
    ['emergency'],
  ],
  [
    'guard: "not sure" about a cancer, with sciatica, stays an emergency',
    { 'cancer-history': 'unsure', 'spreads-below-knee': 'yes' },
    ['emergency'],
  ],
  ['guard: a lump or a changed shape still gives same-day help', { 'lump-or-shape-change': 'yes' }, ['urgent']],
  ['guard: 3 months of steroid tablets still gives same-day help', { 'long-term-steroids': 'yes' }, ['urgent']],
];

describe.each([
  ['aortic aneurysm (NHS)', ANEURYSM],
  ['aortic dissection (NHS)', DISSECTION],
  ['sepsis and confusion (NHS)', SEPSIS],
  ['fragility fracture without a strain', FRACTURE],
  ['maternity red flags (NHS)', MATERNITY],
  ['after birth, up to 6 weeks (NHS)', AFTER_BIRTH],
  ['over-triage decided against the guideline', OVER_TRIAGE],
] as const)('%s', (_topic, cases) => {
  it.each(cases)('%s', (_name, changes, acceptable) => expectAcceptable(changes, acceptable));
});

const question = (id: string): Question => kb.questions.questions.find((q) => q.id === id) as Question;
const firedIds = (changes: Record<string, string>): string[] => check(changes).fired.map((r) => r.id);

describe('why each case fires', () => {
  it('names the aneurysm, dissection, sepsis and fracture rules, not a neighbour', () => {
    expect(firedIds({ ...SMOKER_70, trigger: 'woke-up-with-it', 'pain-now': '9', onset: '3h' })).toContain(
      'aaa-sudden-severe-back-pain',
    );
    expect(firedIds({ ...SMOKER_70, age: '72', trigger: 'no-clear-reason', 'pain-now': '9', onset: '30h' })).toContain(
      'aaa-persisting-severe-pain',
    );
    expect(
      firedIds({ age: '50', 'pain-location': UPPER, trigger: 'no-clear-reason', 'pain-now': '10', onset: '1h' }),
    ).toContain('aortic-dissection');
    expect(firedIds({ age: '78', 'confused-or-drowsy': 'yes' })).toContain('confusion-or-drowsiness');
    expect(
      firedIds({ age: '60', conditions: 'osteoporosis', trigger: 'woke-up-with-it', 'pain-now': '6', onset: '40h' }),
    ).toContain('fracture-no-strain-thin-bones');
  });

  it('tells a pregnant person to call the maternity unit now, not tomorrow, when the baby moves less', () => {
    const reason = check({ ...PREGNANT, 'baby-movements': 'yes' }).fired[0]?.reason ?? '';
    expect(reason).toMatch(/maternity unit/);
    expect(reason).toMatch(/now/);
  });

  it('records a judgement, with its reason, on every rule decided against or beyond its guideline', () => {
    const judged = kb.rules.rules.filter((r) => r.judgement !== undefined).map((r) => r.id);
    expect(judged).toEqual(
      expect.arrayContaining([
        'upper-back-strain',
        'lump-or-shape-change',
        'cancer-with-nerve-signs',
        'long-term-steroids',
        'aaa-sudden-severe-back-pain',
        'aaa-persisting-severe-pain',
        'fracture-sudden-severe-onset',
      ]),
    );
  });
});

describe('asking about pregnancy and birth', () => {
  it('asks about a birth in the last 6 weeks in the existing checklist, adding no screen', () => {
    expect(applicability(question('after-birth'), { age: 12 })).toBe('applies');
    expect(applicability(question('after-birth'), { age: 11 })).toBe('skipped');
    expect(question('after-birth').unsure).toEqual({ countsAs: 'yes' });
    expect(question('after-birth').group).toBe('urgent-checklist');
  });

  it('asks the after-birth signs only after a yes or "not sure", and the maternity signs only in pregnancy', () => {
    for (const id of [
      'after-birth-heavy-bleeding',
      'after-birth-breathless',
      'after-birth-calf',
      'after-birth-fever-or-wound',
      'after-birth-headache',
    ]) {
      expect(applicability(question(id), { 'after-birth': 'no' }), id).toBe('skipped');
      expect(applicability(question(id), { 'after-birth': 'unsure' }), id).toBe('applies');
    }
    for (const id of ['baby-movements', 'waters-breaking', 'pregnancy-tummy-pain']) {
      expect(applicability(question(id), { pregnant: 'no' }), id).toBe('skipped');
      expect(applicability(question(id), { pregnant: 'yes' }), id).toBe('applies');
    }
  });

  it('leaves the knot of a spasm and leaning to one side out of the lump question, and a short course out of the steroid one', () => {
    expect(question('lump-or-shape-change').help).toMatch(/knotted muscle/);
    expect(question('lump-or-shape-change').help).toMatch(/leaning to one side/);
    expect(question('long-term-steroids').text).toMatch(/3 months or more/);
    expect(question('long-term-steroids').help).toMatch(/short course/);
  });

  it('never lets "not sure" take a cancer out of the rules', () => {
    expect(question('cancer-skin-only').unsure).toBeUndefined();
    expect(question('cancer-skin-only').help).toMatch(/not sure.*answer no/);
  });
});

it('has at least 40 scenarios here', () => {
  expect(
    [ANEURYSM, DISSECTION, SEPSIS, FRACTURE, MATERNITY, AFTER_BIRTH, OVER_TRIAGE].flat().length,
  ).toBeGreaterThanOrEqual(40);
});
