// The medicine card, from the NHS ibuprofen, aspirin and
// paracetamol pages, the BNF's NSAID cautions, FDA 2020 and ACP 2017: each
// group that should not take anti-inflammatories without advice gets them not
// "suggested", with the caution that says why; and guards against caution so
// broad that nobody is offered a painkiller.
import { describe, expect, it } from 'vitest';
import type { RemedyAdvice } from '../../src/core/check/care-plan.js';
import { kb, planFor } from '../helpers/scenario.js';

function medicine(id: string, changes: Record<string, string>): RemedyAdvice {
  const advice = planFor(changes).medicines.find((m) => m.remedy.id === id);
  if (!advice) throw new Error(`no ${id} on the card for ${JSON.stringify(changes)}`);
  return advice;
}

const nsaid = (changes: Record<string, string>): RemedyAdvice => medicine('nsaid-tablets', changes);
const cautionIds = (advice: RemedyAdvice): (string | undefined)[] =>
  [...advice.personalCautions, ...advice.generalCautions].map((c) => c.id);

type Group = [name: string, changes: Record<string, string>, status: RemedyAdvice['status'], caution: string];

const GROUPS: Group[] = [
  ['a 15-year-old', { age: '15' }, 'ask-first', 'nsaid-under-16'],
  ['a 12-year-old', { age: '12' }, 'ask-first', 'nsaid-under-16'],
  ['a 17-year-old on day 5', { age: '17', onset: '100h' }, 'ask-first', 'nsaid-under-18-over-3-days'],
  ['an adult on day 12', { onset: `${12 * 24}h` }, 'ask-first', 'nsaid-over-10-days'],
  ['an adult in week 3', { onset: `${15 * 24}h`, trend: 'better' }, 'ask-first', 'nsaid-over-10-days'],
  ['an adult in week 5', { onset: `${5 * 7 * 24}h`, trend: 'better' }, 'ask-first', 'nsaid-over-10-days'],
  ['peripheral arterial disease', { conditions: 'poor-circulation' }, 'ask-first', 'nsaid-cardiovascular'],
  ['heart disease or stroke', { conditions: 'heart-disease' }, 'ask-first', 'nsaid-cardiovascular'],
  ['an SSRI or SNRI antidepressant', { medicines: 'ssri' }, 'ask-first', 'nsaid-ssri-snri'],
  ['lithium', { medicines: 'lithium' }, 'ask-first', 'nsaid-lithium'],
  ['methotrexate', { medicines: 'methotrexate' }, 'ask-first', 'nsaid-methotrexate'],
  ['steroid tablets (medicines question)', { medicines: 'steroid-tablets' }, 'ask-first', 'nsaid-oral-steroids'],
  ['steroid tablets (red-flag question)', { 'long-term-steroids': 'yes' }, 'ask-first', 'nsaid-oral-steroids'],
  ['heavy drinking', { conditions: 'heavy-alcohol-use' }, 'ask-first', 'nsaid-heavy-drinking'],
  ['asthma', { conditions: 'asthma-or-allergies' }, 'ask-first', 'nsaid-asthma'],
  ['asthma made worse by NSAIDs', { conditions: 'nsaid-sensitive-asthma' }, 'avoid', 'nsaid-sensitive-asthma'],
  ['low-dose aspirin', { medicines: 'antiplatelet' }, 'ask-first', 'nsaid-antiplatelet'],
  ['an anticoagulant', { medicines: 'anticoagulant' }, 'avoid', 'nsaid-anticoagulant'],
  [
    'an ACE inhibitor or ARB with a water tablet',
    { medicines: 'ace-arb-diuretic' },
    'ask-first',
    'nsaid-ace-arb-diuretic',
  ],
  ['"not sure" which medicines', { medicines: 'not-sure' }, 'ask-first', 'nsaid-medicines-not-sure'],
  ['a bleeding disorder', { conditions: 'bleeding-disorder' }, 'ask-first', 'nsaid-bleeding-disorder'],
  ['pregnancy', { pregnant: 'yes', 'pregnancy-weeks': '12' }, 'avoid', 'nsaid-pregnancy'],
  ['pregnancy from 20 weeks', { pregnant: 'yes', 'pregnancy-weeks': '24' }, 'avoid', 'nsaid-pregnancy'],
  ['maybe pregnant', { pregnant: 'unsure' }, 'avoid', 'nsaid-pregnancy'],
];

describe('anti-inflammatories are not "suggested" to people who need advice first', () => {
  it.each(GROUPS)('%s', (_name, changes, status, caution) => {
    const advice = nsaid(changes);
    expect(advice.status).toBe(status);
    expect(advice.personalCautions.map((c) => c.id)).toContain(caution);
  });

  it('several medicines at once show every caution, the strictest first', () => {
    const advice = nsaid({ medicines: 'lithium,anticoagulant' });
    expect(advice.status).toBe('avoid');
    expect(advice.personalCautions.map((c) => c.id)).toEqual(['nsaid-anticoagulant', 'nsaid-lithium']);
  });
});

describe('over-caution guards', () => {
  it('a healthy 30-year-old on day 2 gets anti-inflammatories suggested, with the 10-day note and the stop rule', () => {
    const advice = nsaid({ age: '30', onset: '30h' });
    expect(advice.status).toBe('suggested');
    expect(advice.personalCautions).toEqual([]);
    expect(cautionIds(advice)).toEqual(expect.arrayContaining(['nsaid-ten-day-limit', 'nsaid-stop-bleeding']));
  });

  it('an adult on day 10 is still within the 10 days', () => {
    expect(nsaid({ onset: `${10 * 24}h` }).status).toBe('suggested');
  });

  it('a 17-year-old on day 2 is told about the 3-day limit but not sent away', () => {
    const advice = nsaid({ age: '17', onset: '30h' });
    expect(advice.status).toBe('adapt');
    expect(advice.personalCautions.map((c) => c.id)).toEqual(['nsaid-under-18']);
  });

  it('a pregnant person is offered paracetamol as the usual painkiller in pregnancy', () => {
    const advice = medicine('paracetamol', { pregnant: 'yes', 'pregnancy-weeks': '24' });
    expect(advice.status).toBe('adapt');
    expect(advice.personalCautions.map((c) => c.id)).toContain('paracetamol-in-pregnancy');
  });

  it('paracetamol in pregnancy still needs advice first with liver disease', () => {
    expect(
      medicine('paracetamol', { pregnant: 'yes', 'pregnancy-weeks': '24', conditions: 'liver-disease' }).status,
    ).toBe('ask-first');
  });

  it('outside pregnancy paracetamol alone stays not recommended', () => {
    expect(medicine('paracetamol', {}).status).toBe('not-recommended');
  });

  it('a 15-year-old is never offered adult doses of paracetamol', () => {
    expect(medicine('paracetamol', { age: '15' }).personalCautions.map((c) => c.id)).toContain('paracetamol-under-16');
  });

  it('muscle relaxants carry the alcohol, driving and dependence cautions, and the 65+ one from 65', () => {
    expect(cautionIds(medicine('muscle-relaxants', {}))).toEqual([
      'relaxant-driving',
      'relaxant-alcohol-sedatives',
      'relaxant-dependence',
    ]);
    expect(medicine('muscle-relaxants', { age: '66' }).personalCautions.map((c) => c.id)).toEqual([
      'relaxant-age-65-plus',
    ]);
  });
});

describe('the medicines question', () => {
  it('fits on one screen: at most 8 choices plus "none"', () => {
    const question = kb.questions.questions.find((q) => q.id === 'medicines');
    expect(question?.type).toBe('many');
    expect(question?.choices?.length).toBeLessThanOrEqual(8);
    expect(question?.choices?.map((c) => c.value)).toContain('not-sure');
  });

  it('names every medicine caution on the card by id, once', () => {
    const ids = kb.remedies.remedies
      .filter((r) => r.category === 'medicine')
      .flatMap((r) => r.cautions.map((c) => c.id));
    expect(ids).not.toContain(undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('labels', () => {
  const remedy = (id: string) => kb.remedies.remedies.find((r) => r.id === id);

  it('paracetamol alone: high-quality evidence of no benefit (PACE, Cochrane 2016), ACP 2017 agrees', () => {
    expect(remedy('paracetamol')?.evidence).toMatchObject({ level: 'high', gradedBy: 'cochrane-para-2016' });
    expect(remedy('paracetamol')?.sources).toEqual(
      expect.arrayContaining(['pace-2014', 'cochrane-para-2016', 'acp-2017']),
    );
  });

  it("muscle relaxants: ACP 2017's grade as published and NICE's position", () => {
    const summary = remedy('muscle-relaxants')?.evidence.summary ?? '';
    expect(summary).toContain('strong recommendation, moderate-quality evidence');
    expect(summary).toContain('NICE makes no recommendation');
  });

  it('opioids: a weak opioid only when an NSAID is unsuitable or has not helped', () => {
    expect(remedy('opioid-painkillers')?.summary).toMatch(
      new RegExp(
        'weak opioid.*with or without paracetamol, only when an anti-inflammatory painkiller is ' +
          'unsuitable for you or has not helped',
        's',
      ),
    );
  });

  it('heat: the evidence is for heat wraps worn for hours; short sessions are a convention', () => {
    const heat = remedy('heat-pack');
    expect(heat?.evidence.summary).toMatch(/heat wraps worn continuously for hours/);
    expect(heat?.dose?.note).toMatch(/convention/);
  });
});
