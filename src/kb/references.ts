// Cross-reference checks over a schema-valid base: every id that one entry
// names must exist, ids must be unique within their list, and linked entries agree.
import type { KnowledgeBase, Remedy, RoutineStep } from './types.js';
import { toSeconds } from '../core/vocabulary.js';
import { formatDuration } from '../core/time/duration.js';
import type { KbProblem, PathSegment } from './problems.js';
import { duplicateIdProblems, idsOf } from './collections.js';
import { findDeclaredReferenceProblems } from './declared-references.js';
import { findCheckProblems } from './check-references.js';
import { findLinkProblems } from './check-links.js';
import { findLearnProblems } from './learn-references.js';
import { findPopulationProblems } from './population-references.js';

/**
 * Every problem with ids across the base: duplicates, ids that name no entry
 * (every field declared with `refTo`), and the links that need more than an
 * existing id (a follow-up that is a yes-no question, a routine step that is
 * a stretch within its dose, a rule and its warning sign agreeing).
 */
export function findReferenceProblems(kb: KnowledgeBase): KbProblem[] {
  const problems: KbProblem[] = [...duplicateIdProblems(kb), ...findDeclaredReferenceProblems(kb)];
  problems.push(...findCheckProblems(kb, idsOf(kb, 'conditions')));
  problems.push(...findLinkProblems(kb));
  problems.push(...findLearnProblems(kb));
  problems.push(...findPopulationProblems(kb));
  kb.routines.routines.forEach((routine, i) => {
    routine.steps.forEach((step, j) => {
      const remedy = kb.remedies.remedies.find((r) => r.id === step.remedy);
      if (remedy) problems.push(...routineStepProblems(step, remedy, ['routines', i, 'steps', j]));
    });
  });
  return problems;
}

/** A routine step must name a stretch, and stay inside that stretch's dose. */
function routineStepProblems(step: RoutineStep, remedy: Remedy, at: PathSegment[]): KbProblem[] {
  const problems: KbProblem[] = [];
  const add = (key: string, message: string) => problems.push({ part: 'routines', path: [...at, key], message });
  if (remedy.category !== 'stretch')
    add('remedy', `remedy "${remedy.id}" is not a stretch (its category is ${remedy.category})`);
  const dose = remedy.dose;
  if (step.hold && dose?.hold) {
    const hold = toSeconds(step.hold.value, step.hold.unit);
    if (hold < toSeconds(dose.hold.min, dose.hold.unit) || hold > toSeconds(dose.hold.max, dose.hold.unit)) {
      add(
        'hold',
        `a hold of ${formatDuration(hold)} is outside ${remedy.id}'s dose ` +
          `(${dose.hold.min}–${dose.hold.max} ${dose.hold.unit})`,
      );
    }
  }
  if (dose?.repetitions && (step.repetitions < dose.repetitions.min || step.repetitions > dose.repetitions.max)) {
    add(
      'repetitions',
      `${step.repetitions} repetitions is outside ${remedy.id}'s dose ` +
        `(${dose.repetitions.min}–${dose.repetitions.max})`,
    );
  }
  if (
    step.breaths !== undefined &&
    dose?.breaths &&
    (step.breaths < dose.breaths.min || step.breaths > dose.breaths.max)
  ) {
    add('breaths', `${step.breaths} breaths is outside ${remedy.id}'s dose (${dose.breaths.min}–${dose.breaths.max})`);
  }
  return problems;
}
