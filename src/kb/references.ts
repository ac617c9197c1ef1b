// Cross-reference checks over a schema-valid base: every id that one entry
// names must exist, and ids must be unique within their list.
import type { KnowledgeBase, Remedy, RoutineStep } from './types.js';
import { toSeconds } from '../core/vocabulary.js';
import { formatDuration } from '../core/time/duration.js';
import type { KbProblem, PathSegment } from './problems.js';
import { closestId } from '../core/suggest.js';
import { findCheckProblems } from './check-references.js';
import { findLinkProblems } from './check-links.js';
import { findLearnProblems } from './learn-references.js';
import { findPopulationProblems } from './population-references.js';

interface IdSets {
  sources: Set<string>;
  conditions: Set<string>;
  phases: Set<string>;
  remedies: Set<string>;
}

export function findReferenceProblems(kb: KnowledgeBase): KbProblem[] {
  const problems: KbProblem[] = [];
  const ids: IdSets = {
    sources: uniqueIds('sources', ['sources'], kb.sources.sources, problems),
    conditions: uniqueIds('conditions', ['conditions'], kb.conditions.conditions, problems),
    phases: uniqueIds('phases', ['phases'], kb.phases.phases, problems),
    remedies: uniqueIds('remedies', ['remedies'], kb.remedies.remedies, problems),
  };
  uniqueIds('warningSigns', ['warningSigns'], kb.warningSigns.warningSigns, problems);
  uniqueIds('timelines', ['recovery'], kb.timelines.recovery, problems);
  uniqueIds('timelines', ['followUp'], kb.timelines.followUp, problems);
  uniqueIds('omitted', ['omitted'], kb.omitted.omitted, problems);
  uniqueIds('emergency', ['regions'], kb.emergency.regions.map((r) => ({ id: r.code })), problems);

  const ref = (part: string, path: PathSegment[], kind: keyof IdSets, id: string): void => {
    if (!ids[kind].has(id)) problems.push({ part, path, message: `unknown ${singular(kind)} id "${id}"${suggest(id, ids[kind])}` });
  };
  const refs = (part: string, path: PathSegment[], kind: keyof IdSets, list: readonly string[]): void =>
    list.forEach((id, i) => ref(part, [...path, i], kind, id));

  kb.conditions.conditions.forEach((c, i) => refs('conditions', ['conditions', i, 'sources'], 'sources', c.sources));
  kb.phases.phases.forEach((p, i) => refs('phases', ['phases', i, 'sources'], 'sources', p.sources));
  kb.remedies.remedies.forEach((r, i) => {
    const at: PathSegment[] = ['remedies', i];
    refs('remedies', [...at, 'phases'], 'phases', r.phases);
    refs('remedies', [...at, 'sources'], 'sources', r.sources);
    ref('remedies', [...at, 'evidence', 'gradedBy'], 'sources', r.evidence.gradedBy);
    if (r.disagreement) refs('remedies', [...at, 'disagreement', 'sources'], 'sources', r.disagreement.sources);
    r.cautions.forEach((c, j) => {
      refs('remedies', [...at, 'cautions', j, 'sources'], 'sources', c.sources);
      if (c.when) refs('remedies', [...at, 'cautions', j, 'when'], 'conditions', c.when);
    });
  });
  kb.warningSigns.warningSigns.forEach((w, i) => refs('warningSigns', ['warningSigns', i, 'sources'], 'sources', w.sources));
  kb.thermal.protocols.forEach((p, i) => {
    ref('thermal', ['protocols', i, 'remedy'], 'remedies', p.remedy);
    refs('thermal', ['protocols', i, 'suits'], 'phases', p.suits);
    refs('thermal', ['protocols', i, 'sources'], 'sources', p.sources);
  });
  refs('thermal', ['switchToHeatAfter', 'sources'], 'sources', kb.thermal.switchToHeatAfter.sources);
  kb.thermal.checklist.forEach((c, i) => refs('thermal', ['checklist', i, 'sources'], 'sources', c.sources));
  kb.timelines.recovery.forEach((r, i) => refs('timelines', ['recovery', i, 'sources'], 'sources', r.sources));
  kb.timelines.followUp.forEach((f, i) => refs('timelines', ['followUp', i, 'sources'], 'sources', f.sources));
  kb.emergency.regions.forEach((r, i) => refs('emergency', ['regions', i, 'sources'], 'sources', r.sources));
  kb.omitted.omitted.forEach((o, i) => refs('omitted', ['omitted', i, 'sources'], 'sources', o.sources));
  problems.push(...findCheckProblems(kb, ids.sources, ids.conditions));
  problems.push(...findLinkProblems(kb));
  problems.push(...findLearnProblems(kb));
  problems.push(...findPopulationProblems(kb, ids.sources));

  uniqueIds('routines', ['routines'], kb.routines.routines, problems);
  kb.routines.routines.forEach((routine, i) => {
    refs('routines', ['routines', i, 'sources'], 'sources', routine.sources);
    refs('routines', ['routines', i, 'stopRule', 'sources'], 'sources', routine.stopRule.sources);
    routine.steps.forEach((step, j) => {
      const at: PathSegment[] = ['routines', i, 'steps', j];
      ref('routines', [...at, 'remedy'], 'remedies', step.remedy);
      const remedy = kb.remedies.remedies.find((r) => r.id === step.remedy);
      if (remedy) problems.push(...routineStepProblems(step, remedy, at));
    });
  });
  return problems;
}

/** A routine step must name a stretch, and stay inside that stretch's dose. */
function routineStepProblems(step: RoutineStep, remedy: Remedy, at: PathSegment[]): KbProblem[] {
  const problems: KbProblem[] = [];
  const add = (key: string, message: string) => problems.push({ part: 'routines', path: [...at, key], message });
  if (remedy.category !== 'stretch') add('remedy', `remedy "${remedy.id}" is not a stretch (its category is ${remedy.category})`);
  const dose = remedy.dose;
  if (step.hold && dose?.hold) {
    const hold = toSeconds(step.hold.value, step.hold.unit);
    if (hold < toSeconds(dose.hold.min, dose.hold.unit) || hold > toSeconds(dose.hold.max, dose.hold.unit)) {
      add('hold', `a hold of ${formatDuration(hold)} is outside ${remedy.id}'s dose (${dose.hold.min}–${dose.hold.max} ${dose.hold.unit})`);
    }
  }
  if (dose?.repetitions && (step.repetitions < dose.repetitions.min || step.repetitions > dose.repetitions.max)) {
    add('repetitions', `${step.repetitions} repetitions is outside ${remedy.id}'s dose (${dose.repetitions.min}–${dose.repetitions.max})`);
  }
  if (step.breaths !== undefined && dose?.breaths && (step.breaths < dose.breaths.min || step.breaths > dose.breaths.max)) {
    add('breaths', `${step.breaths} breaths is outside ${remedy.id}'s dose (${dose.breaths.min}–${dose.breaths.max})`);
  }
  return problems;
}

function uniqueIds(part: string, path: PathSegment[], items: readonly { id: string }[], problems: KbProblem[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) problems.push({ part, path: [...path, i, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
  return seen;
}

function singular(kind: keyof IdSets): string {
  return { sources: 'source', conditions: 'condition', phases: 'phase', remedies: 'remedy' }[kind];
}

function suggest(id: string, known: Set<string>): string {
  const close = closestId(id, [...known]);
  return close ? ` (did you mean "${close}"?)` : '';
}
