// Scenarios for red flags the first rules missed, written from the NHS aneurysm
// page, NICE NG234 (spinal metastases and MSCC), the fragility-fracture red
// flags (NICE CKS, Henschke 2009, Downie 2013), the post-procedure row of
// the fact sheet's clinical review, and the NHS back pain page's reasons to see a GP.
// Each starts from the calm baseline of helpers/scenario.ts (35, a lifting
// strain 30 hours ago, pain 5, the same as at the start, not a first episode).
import { describe, expect, it } from 'vitest';
import { applicability } from '../../src/core/check/questionnaire.js';
import type { Question } from '../../src/kb/types.js';
import { check, expectAcceptable, kb, type Case } from '../helpers/scenario.js';

const ANEURYSM: Case[] = [
  [
    '72, pain 9 of 10, began 3 hours ago for no reason',
    { age: '72', 'pain-now': '9', onset: '3h', trigger: 'no-clear-reason' },
    ['emergency'],
  ],
  [
    'smoker at 55, pain 8, began 2 hours ago for no reason',
    { age: '55', conditions: 'aneurysm-risk', 'pain-now': '8', onset: '2h', trigger: 'no-clear-reason' },
    ['emergency'],
  ],
  [
    'aneurysm in the family at 48, pain 7, began this morning for no reason',
    { age: '48', conditions: 'aneurysm-risk', 'pain-now': '7', onset: '10h', trigger: 'no-clear-reason' },
    ['emergency'],
  ],
  [
    'high blood pressure not under control at 58, pain 8, for no reason',
    { age: '58', conditions: 'heart-disease', 'pain-now': '8', onset: '5h', trigger: 'no-clear-reason' },
    ['emergency'],
  ],
  [
    'sudden severe tummy pain with the back pain at 45, no risk factor',
    { age: '45', 'sudden-tummy-pain': 'yes' },
    ['emergency'],
  ],
  [
    'over-triage guard: 35, pain 9 for no reason, no risk factor',
    { 'pain-now': '9', onset: '3h', trigger: 'no-clear-reason' },
    ['doctor_soon'],
  ],
  [
    'over-triage guard: 64, pain 8 after lifting 3 hours ago',
    { age: '64', 'pain-now': '8', onset: '3h' },
    ['doctor_soon'],
  ],
  [
    'over-triage guard: 70, pain 6 for no reason, began 2 days ago',
    { age: '70', 'pain-now': '6', onset: '48h', trigger: 'no-clear-reason' },
    ['self_care', 'doctor_soon'],
  ],
];

const CANCER_NG234: Case[] = [
  [
    'past cancer with pain spreading below the knee (radicular pain)',
    { 'cancer-history': 'yes', 'spreads-below-knee': 'yes' },
    ['emergency'],
  ],
  [
    'cancer now, with new difficulty walking',
    { 'cancer-history': 'yes', 'legs-weakness-worsening': 'yes' },
    ['emergency'],
  ],
  ['past cancer with new difficulty peeing', { 'cancer-history': 'yes', 'difficulty-peeing': 'yes' }, ['emergency']],
  [
    'past cancer with a tender spot on the spine',
    { 'cancer-history': 'yes', 'cancer-spine-tender-or-neck': 'yes' },
    ['urgent'],
  ],
  [
    'past cancer, "not sure" about a tender spot or neck pain',
    { 'cancer-history': 'yes', 'cancer-spine-tender-or-neck': 'unsure' },
    ['urgent'],
  ],
  [
    'past cancer with severe, unremitting low back pain (8 of 10)',
    { 'cancer-history': 'yes', 'pain-now': '8' },
    ['urgent'],
  ],
  ['past cancer with pain that keeps getting worse', { 'cancer-history': 'yes', trend: 'worse' }, ['urgent']],
  ['past cancer with pain on straining', { 'cancer-history': 'yes', 'cough-sneeze-worse': 'yes' }, ['urgent']],
  ['past cancer with night pain that stops sleep', { 'cancer-history': 'yes', 'night-rest-pain': 'yes' }, ['urgent']],
  [
    'over-triage guard: old treated cancer, clearly mechanical pain, improving',
    { 'cancer-history': 'yes', trend: 'better', 'pain-now': '4' },
    ['doctor_soon'],
  ],
];

const FRACTURE: Case[] = [
  ['75, pain after bending to tie a shoe', { age: '75', trigger: 'bending-or-twisting' }, ['urgent']],
  ['70, pain after turning over in bed', { age: '70', trigger: 'cough-sneeze-or-turning' }, ['urgent']],
  [
    'osteoporosis, pain after a coughing fit',
    { conditions: 'osteoporosis', trigger: 'cough-sneeze-or-turning' },
    ['urgent'],
  ],
  [
    'osteoporosis at 55, sudden severe pain with no strain 2 hours ago',
    { age: '55', conditions: 'osteoporosis', trigger: 'woke-up-with-it', 'pain-now': '8', onset: '2h' },
    ['urgent'],
  ],
  [
    'long-term steroid tablets, woke up with it',
    { 'long-term-steroids': 'yes', trigger: 'woke-up-with-it' },
    ['urgent'],
  ],
  [
    'first back pain of this kind at 78, sudden and severe, woke up with it (the aneurysm rule also fires)',
    { age: '78', 'first-episode': 'yes', trigger: 'woke-up-with-it', 'pain-now': '8', onset: '5h' },
    ['emergency'],
  ],
  [
    'over-triage guard: familiar recurrent flare at 71 with no strain',
    { age: '71', trigger: 'woke-up-with-it', 'pain-now': '6', onset: '20h' },
    ['doctor_soon'],
  ],
  [
    'over-triage guard: familiar flare at 73, pain 5, no strain, 3 days in',
    { age: '73', trigger: 'woke-up-with-it', 'pain-now': '5', onset: '72h' },
    ['doctor_soon'],
  ],
  [
    'over-triage guard: minor strain at 64 without other risk',
    { age: '64', trigger: 'lifting', 'pain-now': '6' },
    ['self_care', 'doctor_soon'],
  ],
];

const SPINE_PROCEDURE: Case[] = [
  [
    'epidural injection 6 weeks ago, pain getting worse',
    { 'recent-spine-procedure': 'yes', trend: 'worse' },
    ['urgent'],
  ],
  [
    'discectomy last month, the wound is leaking',
    { 'recent-spine-procedure': 'yes', 'spine-procedure-wound': 'yes' },
    ['urgent'],
  ],
  ['spinal fusion, now a temperature', { 'recent-spine-procedure': 'yes', fever: 'yes' }, ['urgent', 'emergency']],
  [
    'spinal surgery, numbness in one leg',
    { 'recent-spine-procedure': 'yes', 'leg-numbness': 'yes', 'leg-numbness-over-a-week': 'no' },
    ['urgent'],
  ],
  [
    'facet joint injection, now one leg getting weaker',
    { 'recent-spine-procedure': 'yes', 'one-leg-weaker': 'yes' },
    ['emergency'],
  ],
  [
    'spinal surgery, "not sure" about the wound either',
    { 'recent-spine-procedure': 'unsure', 'spine-procedure-wound': 'unsure' },
    ['urgent'],
  ],
  [
    'spinal surgery, improving, wound fine',
    { 'recent-spine-procedure': 'yes', trend: 'better' },
    ['self_care', 'doctor_soon'],
  ],
];

const NHS_SEE_A_GP: Case[] = [
  ['day 1 of a spasm that stops day-to-day activities', { 'daily-activities': 'yes', onset: '6h' }, ['self_care']],
  [
    'day 5, still stopping day-to-day activities though improving',
    { 'daily-activities': 'yes', onset: '120h', trend: 'better' },
    ['doctor_soon'],
  ],
  ['struggling to cope on day 2', { 'worried-or-struggling': 'yes', onset: '40h' }, ['doctor_soon']],
  ['sciatica not improving at 15 days', { 'spreads-below-knee': 'yes', onset: `${15 * 24}h` }, ['doctor_soon']],
];

describe.each([
  ['aortic aneurysm (NHS)', ANEURYSM],
  ['cancer and spinal pain (NICE NG234)', CANCER_NG234],
  ['fragility fracture (CKS, Henschke 2009, Downie 2013)', FRACTURE],
  ['recent spinal surgery or injection', SPINE_PROCEDURE],
  ['reasons to see a GP (NHS back pain)', NHS_SEE_A_GP],
] as const)('%s', (_topic, cases) => {
  it.each(cases)('%s', (_name, changes, acceptable) => expectAcceptable(changes, acceptable));
});

it('has at least 30 red-flag scenarios', () => {
  expect(
    ANEURYSM.length + CANCER_NG234.length + FRACTURE.length + SPINE_PROCEDURE.length + NHS_SEE_A_GP.length,
  ).toBeGreaterThanOrEqual(30);
});

it('says why: the aneurysm case names the aneurysm rule, the guard names no fracture rule', () => {
  expect(
    check({ age: '72', 'pain-now': '9', onset: '3h', trigger: 'no-clear-reason' }).fired.map((r) => r.id),
  ).toContain('aaa-sudden-severe-back-pain');
  const flare = check({ age: '71', trigger: 'woke-up-with-it', 'pain-now': '6', onset: '20h' }).fired.map((r) => r.id);
  expect(flare.filter((id) => id.startsWith('fracture'))).toEqual(['fracture-no-strain-over-70']);
});

describe('asking only when it matters (no new screen for someone without warning signs)', () => {
  const question = (id: string): Question => kb.questions.questions.find((q) => q.id === id) as Question;

  it('asks about the wound only after a spinal procedure, and about a tender spot or neck pain only after a cancer', () => {
    expect(applicability(question('spine-procedure-wound'), { 'recent-spine-procedure': 'no' })).toBe('skipped');
    expect(applicability(question('spine-procedure-wound'), { 'recent-spine-procedure': 'unsure' })).toBe('applies');
    expect(applicability(question('cancer-spine-tender-or-neck'), { 'cancer-history': 'no' })).toBe('skipped');
    expect(applicability(question('cancer-spine-tender-or-neck'), { 'cancer-history': 'yes' })).toBe('applies');
  });

  it('puts the new risk factors in existing checklists and the conditions list', () => {
    expect(question('recent-spine-procedure').group).toBe('urgent-checklist');
    expect(question('worried-or-struggling').group).toBe('doctor-checklist');
    expect(question('daily-activities').group).toBe('doctor-checklist');
    expect(kb.conditions.conditions.map((c) => c.id)).toEqual(
      expect.arrayContaining(['aneurysm-risk', 'osteoporosis']),
    );
    expect(question('trigger').choices?.map((c) => c.value)).toContain('cough-sneeze-or-turning');
  });
});
