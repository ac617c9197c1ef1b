// Triage scenarios written from the clinical fact sheet (its red flags by level
// and self-care facts), run through the scripted path against the shipped knowledge base.
// The bar: no emergency below emergency, no case below its guideline level,
// self-care cases stay self-care. Each case starts from a calm baseline (no
// warning sign, 35 years old, a lifting strain 30 hours ago) and changes only
// what the case is about.
import { describe, expect, it } from 'vitest';
import type { AdviceStatus } from '../../src/core/check/care-plan.js';
import { missingQuestions } from '../../src/core/check/questionnaire.js';
import { answersFor, check, expectAcceptable, kb, planFor, type Case } from '../helpers/scenario.js';

const EMERGENCY: Case[] = [
  ['saddle numbness', { 'saddle-numbness': 'yes' }, ['emergency']],
  [
    'saddle numbness "not sure", follow-up also "not sure"',
    { 'saddle-numbness': 'unsure', 'saddle-wipe-check': 'unsure' },
    ['emergency'],
  ],
  [
    'saddle numbness "not sure", follow-up yes',
    { 'saddle-numbness': 'unsure', 'saddle-wipe-check': 'yes' },
    ['emergency'],
  ],
  ['new difficulty peeing', { 'difficulty-peeing': 'yes' }, ['emergency']],
  ['peeing "not sure", follow-up yes', { 'difficulty-peeing': 'unsure', 'peeing-feeling-check': 'yes' }, ['emergency']],
  ['new loss of bladder control', { 'bladder-control-loss': 'yes' }, ['emergency']],
  ['new loss of bowel control', { 'bowel-control-loss': 'yes' }, ['emergency']],
  ['symptoms in both legs', { 'both-legs': 'yes' }, ['emergency']],
  ['weakness in both legs getting worse', { 'legs-weakness-worsening': 'yes' }, ['emergency']],
  ['cannot move a leg', { 'leg-cant-move': 'yes' }, ['emergency']],
  ['new sexual dysfunction', { 'sexual-function-change': 'yes' }, ['emergency']],
  ['serious accident (asked)', { 'serious-accident': 'yes' }, ['emergency']],
  ['serious accident (as the trigger)', { trigger: 'serious-accident' }, ['emergency']],
  ['chest pain', { 'chest-pain': 'yes' }, ['emergency']],
  ['sudden severe tummy pain at 66', { 'sudden-tummy-pain': 'yes', age: '66' }, ['emergency']],
  ['collapse with back pain', { collapse: 'yes' }, ['emergency']],
  ['fever with one leg getting weaker', { fever: 'yes', 'one-leg-weaker': 'yes' }, ['emergency']],
  ['fever with leg numbness', { fever: 'yes', 'leg-numbness': 'yes', 'leg-numbness-over-a-week': 'no' }, ['emergency']],
  ['fever and feeling very unwell', { fever: 'yes', 'very-unwell': 'yes' }, ['emergency']],
  ['cancer history with a weaker leg', { 'cancer-history': 'yes', 'one-leg-weaker': 'yes' }, ['emergency']],
  [
    'a medicine that lowers immunity, with new leg numbness',
    { medicines: 'methotrexate', 'leg-numbness': 'yes', 'leg-numbness-over-a-week': 'no' },
    ['emergency'],
  ],
  [
    'cancer history with leg numbness',
    { 'cancer-history': 'yes', 'leg-numbness': 'yes', 'leg-numbness-over-a-week': 'no' },
    ['emergency'],
  ],
  [
    'pregnant with heavy bleeding',
    { pregnant: 'yes', 'pregnancy-weeks': '30', 'pregnancy-heavy-bleeding': 'yes' },
    ['emergency'],
  ],
  [
    'several emergency signs at once',
    { 'saddle-numbness': 'yes', 'bladder-control-loss': 'yes', fever: 'yes' },
    ['emergency'],
  ],
];

const URGENT: Case[] = [
  ['fever alone', { fever: 'yes' }, ['urgent']],
  ['fever "not sure"', { fever: 'unsure' }, ['urgent']],
  ['injects drugs', { 'injects-drugs': 'yes' }, ['urgent']],
  ['weak immune system', { 'weak-immunity': 'yes' }, ['urgent']],
  ['a baby under one (age 0)', { age: '0', 'child-limp': 'no' }, ['urgent']],
  ['methotrexate, ciclosporin or tacrolimus, immune question answered no', { medicines: 'methotrexate' }, ['urgent']],
  ['cancer history, pain with no clear cause', { 'cancer-history': 'yes', trigger: 'no-clear-reason' }, ['urgent']],
  [
    'a child of 10 with new leg numbness',
    { age: '10', 'child-limp': 'no', 'leg-numbness': 'yes', 'leg-numbness-over-a-week': 'no' },
    ['urgent'],
  ],
  ['long-term steroids', { 'long-term-steroids': 'yes' }, ['urgent']],
  ['cancer history with night pain', { 'cancer-history': 'yes', 'night-rest-pain': 'yes' }, ['urgent']],
  [
    'cancer history with upper back pain',
    { 'cancer-history': 'yes', 'pain-location': 'upper-back-between-shoulders' },
    ['urgent'],
  ],
  ['weight loss without trying', { 'weight-loss': 'yes' }, ['urgent']],
  ['pain not eased by rest or worse at night', { 'night-rest-pain': 'yes' }, ['urgent']],
  ['worse on coughing or sneezing', { 'cough-sneeze-worse': 'yes' }, ['urgent']],
  ['lump or change of shape', { 'lump-or-shape-change': 'yes' }, ['urgent']],
  [
    'upper back pain between the shoulders, with no strain',
    { 'pain-location': 'upper-back-between-shoulders', trigger: 'no-clear-reason' },
    ['urgent'],
  ],
  ['minor fall with osteoporosis', { trigger: 'minor-fall', conditions: 'osteoporosis' }, ['urgent']],
  ['lifting at 71', { trigger: 'lifting', age: '71' }, ['urgent']],
  ['lifting at 70 (the fracture flag is 70 or over)', { age: '70' }, ['urgent']],
  ['one leg getting weaker', { 'one-leg-weaker': 'yes' }, ['urgent', 'emergency']],
  ['burning pee with fever', { 'peeing-pain': 'yes', fever: 'yes' }, ['urgent']],
  [
    'pregnant with regular tightenings at 30 weeks',
    { pregnant: 'yes', 'pregnancy-weeks': '30', 'pregnancy-tightenings': 'yes' },
    ['urgent'],
  ],
  [
    'pregnant with bleeding',
    { pregnant: 'yes', 'pregnancy-weeks': '20', 'pregnancy-bleeding': 'yes' },
    ['urgent', 'emergency'],
  ],
  [
    'pregnant with severe headache or vision change',
    { pregnant: 'yes', 'pregnancy-weeks': '34', 'pregnancy-headache-vision': 'yes' },
    ['urgent'],
  ],
];

const DOCTOR_SOON: Case[] = [
  ['first back pain at 51', { 'first-episode': 'yes', age: '51' }, ['doctor_soon']],
  ['first back pain at 50', { 'first-episode': 'yes', age: '50' }, ['doctor_soon']],
  ['new back pain at 19', { age: '19' }, ['doctor_soon']],
  ['back pain at 15 (backcare is written for adults)', { age: '15' }, ['doctor_soon']],
  ['not improving on day 15', { onset: `${15 * 24}h`, trend: 'same' }, ['doctor_soon']],
  ['worse on day 15', { onset: `${15 * 24}h`, trend: 'worse' }, ['doctor_soon']],
  ['lasting 7 weeks, even if better', { onset: `${7 * 7 * 24}h`, trend: 'better' }, ['doctor_soon']],
  ['getting worse', { trend: 'worse' }, ['doctor_soon']],
  ['very bad pain (8 of 10)', { 'pain-now': '8' }, ['doctor_soon']],
  ['pain still stopping daily activities on day 4', { 'daily-activities': 'yes', onset: '96h' }, ['doctor_soon']],
  ['worried or struggling to cope, on day 1', { 'worried-or-struggling': 'yes', onset: '6h' }, ['doctor_soon']],
  ['improving at 5 weeks (lasting 4 weeks or more)', { onset: `${5 * 7 * 24}h`, trend: 'better' }, ['doctor_soon']],
  ['pain spreading below the knee on one side', { 'spreads-below-knee': 'yes' }, ['doctor_soon']],
  [
    'numbness in one leg for over a week',
    { 'leg-numbness': 'yes', 'leg-numbness-over-a-week': 'yes' },
    ['doctor_soon'],
  ],
  ['inflammatory pattern', { 'inflammatory-pattern': 'yes' }, ['doctor_soon']],
  ['cancer history alone', { 'cancer-history': 'yes' }, ['doctor_soon', 'urgent']],
  [
    'one-leg numbness for under a week at 16 (over-triage guard: the child rule is under 16)',
    { age: '16', 'leg-numbness': 'yes', 'leg-numbness-over-a-week': 'no' },
    ['doctor_soon'],
  ],
  [
    'cancer history, pain after lifting and improving (over-triage guard)',
    { 'cancer-history': 'yes', trigger: 'lifting', trend: 'better' },
    ['doctor_soon'],
  ],
  [
    'a child of 10 with numbness in a leg for over a week (over-triage guard: a week-old sign stays a booking)',
    { age: '10', 'child-limp': 'no', 'leg-numbness': 'no' },
    ['doctor_soon'],
  ],
];

const SELF_CARE: Case[] = [
  ['a typical strain', {}, ['self_care']],
  ['first back pain at 49', { 'first-episode': 'yes', age: '49' }, ['self_care']],
  ['new back pain at 20', { age: '20' }, ['self_care']],
  ['lifting at 69', { age: '69' }, ['self_care']],
  ['not improving on day 13', { onset: `${13 * 24}h`, trend: 'same' }, ['self_care']],
  ['improving on day 15', { onset: `${15 * 24}h`, trend: 'better' }, ['self_care']],
  ['improving at 3 weeks', { onset: `${3 * 7 * 24}h`, trend: 'better' }, ['self_care']],
  ['pain stopping daily activities on day 2 of a spasm', { 'daily-activities': 'yes', onset: '30h' }, ['self_care']],
  ['pain 7 of 10', { 'pain-now': '7' }, ['self_care']],
  ['one-leg numbness for under a week', { 'leg-numbness': 'yes', 'leg-numbness-over-a-week': 'no' }, ['self_care']],
  ['regular medicines other than immune ones (over-triage guard)', { medicines: 'ssri,lithium' }, ['self_care']],
  ['woke up with it', { trigger: 'woke-up-with-it', trend: 'better' }, ['self_care']],
  ['a flare of known back pain, improving', { 'first-episode': 'no', onset: '72h', trend: 'better' }, ['self_care']],
  ['pregnant at 20 weeks with no other sign', { pregnant: 'yes', 'pregnancy-weeks': '20' }, ['self_care']],
  [
    'conditions alone do not escalate',
    { conditions: 'kidney-disease,numb-skin', medicines: 'anticoagulant' },
    ['self_care'],
  ],
];

describe.each([
  ['emergency', EMERGENCY],
  ['urgent', URGENT],
  ['doctor_soon', DOCTOR_SOON],
  ['self_care', SELF_CARE],
] as const)('%s scenarios', (_level, cases) => {
  it.each(cases)('%s', (_name, changes, acceptable) => expectAcceptable(changes, acceptable));
});

it('has at least 40 scenarios, every one with a complete set of answers', () => {
  const all = [...EMERGENCY, ...URGENT, ...DOCTOR_SOON, ...SELF_CARE];
  expect(all.length).toBeGreaterThanOrEqual(40);
  for (const [name, changes] of all)
    expect(
      missingQuestions(kb, answersFor(changes)).map((q) => q.id),
      name,
    ).toEqual([]);
});

describe('medicine cautions in the care plan', () => {
  const nsaid = (changes: Record<string, string>): AdviceStatus | undefined =>
    planFor(changes).medicines.find((m) => m.remedy.id === 'nsaid-tablets')?.status;

  it.each([
    ['kidney-disease', { conditions: 'kidney-disease' }],
    ['stomach-ulcer-or-bleeding', { conditions: 'stomach-ulcer-or-bleeding' }],
    ['a blood thinner', { medicines: 'anticoagulant' }],
    ['heart-disease', { conditions: 'heart-disease' }],
    ['nsaid-sensitive-asthma', { conditions: 'nsaid-sensitive-asthma' }],
    ['nsaid-allergy', { conditions: 'nsaid-allergy' }],
    ['liver-disease', { conditions: 'liver-disease' }],
    ['bowel-inflammation', { conditions: 'bowel-inflammation' }],
    ['a water tablet with a -pril or -sartan', { medicines: 'ace-arb-diuretic' }],
  ])('does not suggest anti-inflammatories with %s', (_what, changes) => {
    expect(['avoid', 'ask-first']).toContain(nsaid(changes));
  });

  it('does not suggest anti-inflammatories in pregnancy, even when "not sure"', () => {
    expect(nsaid({ pregnant: 'yes', 'pregnancy-weeks': '22' })).toBe('avoid');
    expect(nsaid({ pregnant: 'unsure' })).toBe('avoid');
  });

  it('asks people of 65 or over to check first', () => {
    expect(['avoid', 'ask-first']).toContain(nsaid({ age: '66' }));
  });

  it('suggests them when nothing stands in the way, with the stop rule shown', () => {
    const advice = planFor({}).medicines.find((m) => m.remedy.id === 'nsaid-tablets');
    expect(advice?.status).toBe('suggested');
    expect(advice?.generalCautions.some((c) => c.action === 'stop')).toBe(true);
  });

  it('never presents paracetamol alone, opioids or muscle relaxants as suggested', () => {
    const statuses = Object.fromEntries(planFor({}).medicines.map((m) => [m.remedy.id, m.status]));
    expect(statuses).toMatchObject({
      paracetamol: 'not-recommended',
      'opioid-painkillers': 'not-recommended',
      'muscle-relaxants': 'prescription-only',
    });
    expect(kb.remedies.remedies.find((r) => r.id === 'paracetamol')?.disagreement).toBeDefined();
  });
});

describe('ice and heat in the care plan', () => {
  const thermal = (changes: Record<string, string>): Record<string, AdviceStatus> =>
    Object.fromEntries(planFor(changes).thermal.options.map((o) => [o.protocol.id, o.status]));

  it('offers ice and heat in the first 72 hours and heat after', () => {
    expect(Object.keys(thermal({ onset: '30h' }))).toEqual(['ice', 'heat']);
    expect(Object.keys(thermal({ onset: '100h' }))).toEqual(['heat']);
  });

  it.each([['numb-skin'], ['diabetic-neuropathy'], ['cant-feel-or-remove-pack']])(
    'rules out ice and heat with %s',
    (condition) => {
      expect(thermal({ conditions: condition })).toEqual({ ice: 'avoid', heat: 'avoid' });
    },
  );

  it.each([['poor-circulation'], ['broken-skin']])('warns about ice and heat with %s', (condition) => {
    for (const status of Object.values(thermal({ conditions: condition })))
      expect(['avoid', 'ask-first', 'adapt']).toContain(status);
  });

  it("rules out ice with Raynaud's", () => {
    expect(thermal({ conditions: 'raynauds' }).ice).toBe('avoid');
  });

  it('keeps ice and heat sessions within the safety limits', () => {
    for (const p of kb.thermal.protocols) {
      const max = p.id === 'ice' ? 20 : 30;
      expect(p.limit).toEqual({ value: max, unit: 'minutes' });
    }
  });
});

it('gives no care plan text for an emergency, only the call', () => {
  expect(check({ 'chest-pain': 'yes' }).level).toBe('emergency');
});
