// One generated scenario per (group × remedy) cell of the population stance
// matrix: a person in that group, on a day the remedy suits, gets a care plan
// that follows the cell. avoid: the remedy is marked avoid (and, unless it is
// a medicine or ice or heat, left out of the plan's sections); ask-first and
// adapt: a caution for that group with that action, and a status at least that
// careful; suggested: the same status a calm adult gets on that day.
import { describe, expect, it } from 'vitest';
import type { CarePlan, RemedyAdvice } from '../../src/core/check/care-plan.js';
import type { Remedy } from '../../src/kb/types.js';
import { POPULATION_GROUPS, type PopulationGroup, type PopulationStance } from '../../src/core/vocabulary.js';
import { populationCautions } from '../../src/core/populations.js';
import { check, kb, planFor } from '../helpers/scenario.js';

/** Answers that put a person in each group, the way the questionnaire would learn it. */
const GROUP_ANSWERS: Record<PopulationGroup, Record<string, string>> = {
  'under-5': { age: '3' },
  'age-5-11': { age: '8' },
  'age-12-15': { age: '13' },
  pregnancy: { pregnant: 'yes', 'pregnancy-weeks': '30' },
  'after-birth': { pregnant: 'no', 'after-birth': 'yes' },
  breastfeeding: { conditions: 'breastfeeding' },
  'older-frail': { conditions: 'frail' },
  'weak-immunity': { 'weak-immunity': 'yes' },
  // Numbness answered in triage, not ticked again among the conditions.
  'numb-skin': { 'leg-numbness': 'yes', 'leg-numbness-over-a-week': 'no' },
};

const PHASE_ONSET: Record<string, string> = {
  'first-72-hours': '30h',
  'days-4-to-21': '5d',
  'weeks-3-to-6': '25d',
  'after-6-weeks': '50d',
};

function onsetFor(remedy: Remedy): string {
  const phase = remedy.phases.find((p) => PHASE_ONSET[p] !== undefined);
  if (!phase) throw new Error(`no test onset for the phases of ${remedy.id}`);
  return PHASE_ONSET[phase] as string;
}

const SECTIONS = ['medicines', 'movement', 'stretches', 'comfort', 'professional', 'avoid', 'notForYou'] as const;

function adviceIn(plan: CarePlan, id: string): { advice: RemedyAdvice; section: string } | undefined {
  const thermal = plan.thermal.options.find((o) => o.remedy.id === id);
  if (thermal) return { advice: thermal, section: 'thermal' };
  for (const section of SECTIONS) {
    const advice = plan[section].find((a) => a.remedy.id === id);
    if (advice) return { advice, section };
  }
  return undefined;
}

const ACTIONS: Record<Exclude<PopulationStance, 'suggested'>, string[]> = {
  avoid: ['avoid'],
  'ask-first': ['ask-first'],
  adapt: ['adapt', 'stop'],
};
/**
 * Statuses at least as careful as the cell: a remedy regarded as prescription-only or not recommended keeps that label.
 */
const CAREFUL: Record<Exclude<PopulationStance, 'suggested'>, string[]> = {
  avoid: ['avoid'],
  'ask-first': ['ask-first', 'prescription-only', 'not-recommended'],
  adapt: ['adapt', 'ask-first', 'prescription-only', 'not-recommended'],
};

const cells = kb.remedies.remedies.flatMap((remedy) =>
  POPULATION_GROUPS.map((group) => [remedy.id, group, remedy.populations[group]?.stance ?? 'missing'] as const),
);

describe('the care plan follows the population stance matrix', () => {
  it('has a cell for every remedy and group (270 or more)', () => {
    expect(cells.length).toBeGreaterThanOrEqual(270);
    expect(cells.filter(([, , stance]) => stance === 'missing')).toEqual([]);
  });

  it.each(cells)('%s for %s: %s', (remedyId, group, stance) => {
    const remedy = kb.remedies.remedies.find((r) => r.id === remedyId) as Remedy;
    const onset = onsetFor(remedy);
    const found = adviceIn(planFor({ ...GROUP_ANSWERS[group], onset }), remedyId);
    const adult = adviceIn(planFor({ onset }), remedyId);
    if (stance === 'missing') throw new Error(`${remedyId} has no stance for ${group}`);
    if (adult === undefined) {
      // Not part of the check plan (alternating ice and heat is a timer routine): the same cautions reach it.
      const cautions = populationCautions(kb, remedy, check({ ...GROUP_ANSWERS[group], onset }).conditions, 30);
      const actions = cautions.filter((c) => c.when?.includes(group)).map((c) => c.action);
      if (stance === 'suggested') expect(actions).toEqual([]);
      else
        expect(
          actions.some((a) => ACTIONS[stance].includes(a)) || remedy.cautions.some((c) => c.when?.includes(group)),
        ).toBe(true);
      return;
    }
    if (stance === 'suggested') {
      expect(found?.advice.status).toBe(adult?.advice.status);
      return;
    }
    expect(found, `${remedyId} is not in the plan at all`).toBeDefined();
    const { advice, section } = found as { advice: RemedyAdvice; section: string };
    expect(CAREFUL[stance]).toContain(advice.status);
    const forGroup = advice.personalCautions.filter((c) => c.when?.includes(group));
    expect(
      forGroup.map((c) => c.action).some((a) => ACTIONS[stance].includes(a)),
      `no ${stance} caution for ${group}`,
    ).toBe(true);
    if (stance === 'avoid' && remedy.category !== 'medicine' && section !== 'thermal')
      expect(section).toBe('notForYou');
  });
});

describe('pregnancy cells that hold from a week on', () => {
  const byWeek = kb.remedies.remedies.filter((r) => r.populations.pregnancy?.fromWeek !== undefined);

  it('exist for the positions that change with the weeks (lying on the back, sleeping)', () => {
    expect(byWeek.map((r) => r.id)).toEqual(
      expect.arrayContaining(['sleep-positions', 'short-rest-breaks', 'knee-to-chest', 'knee-rolls', 'pelvic-tilt']),
    );
  });

  it.each(byWeek.map((r) => [r.id, r.populations.pregnancy?.fromWeek ?? 0] as const))(
    '%s: as for anyone before week %i, changed from it',
    (id, week) => {
      const remedy = kb.remedies.remedies.find((r) => r.id === id) as Remedy;
      const onset = onsetFor(remedy);
      const adult = adviceIn(planFor({ onset }), id)?.advice.status;
      const before = adviceIn(planFor({ pregnant: 'yes', 'pregnancy-weeks': String(week - 1), onset }), id)?.advice
        .status;
      const from = adviceIn(planFor({ pregnant: 'yes', 'pregnancy-weeks': String(week), onset }), id)?.advice.status;
      expect(before).toBe(adult);
      expect(from).not.toBe(adult);
    },
  );
});
