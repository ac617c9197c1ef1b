// The population stance matrix must be complete: every remedy states how it
// suits each group of people (POPULATION_GROUPS), for a reason written in
// `populationReasons` (a declared reference), and never more loosely than its
// own cautions for that group.
import type { KnowledgeBase, PopulationCell, Remedy } from './types.js';
import type { KbProblem, PathSegment } from './problems.js';
import { POPULATION_GROUPS } from '../core/vocabulary.js';
import { CAUTION_STRICTNESS, STRICTNESS } from '../core/populations.js';

export function findPopulationProblems(kb: KnowledgeBase): KbProblem[] {
  const problems: KbProblem[] = [];
  const add = (path: PathSegment[], message: string): void => {
    problems.push({ part: 'remedies', path, message });
  };
  kb.remedies.remedies.forEach((remedy, i) => {
    const at: PathSegment[] = ['remedies', i];
    const missing = POPULATION_GROUPS.filter((g) => remedy.populations[g] === undefined);
    if (missing.length > 0) {
      add(
        remedy.populations && Object.keys(remedy.populations).length > 0 ? [...at, 'populations'] : [...at, 'id'],
        `remedy "${remedy.id}" has no stance for ${missing.map((g) => `"${g}"`).join(', ')}: add each under ` +
          `populations with a stance (suggested, adapt, ask-first or avoid) and why`,
      );
    }
    for (const group of POPULATION_GROUPS) {
      const cell = remedy.populations[group];
      if (cell) problems.push(...cellProblems(remedy, group, cell, [...at, 'populations', group]));
    }
  });
  return problems;
}

function cellProblems(remedy: Remedy, group: string, cell: PopulationCell, at: PathSegment[]): KbProblem[] {
  const problems: KbProblem[] = [];
  const add = (key: string, message: string): void => {
    problems.push({ part: 'remedies', path: [...at, key], message });
  };
  if (cell.fromWeek !== undefined && group !== 'pregnancy')
    add('fromWeek', 'fromWeek only applies to the pregnancy group');
  if (cell.regard !== undefined && cell.stance === 'suggested')
    add('regard', 'regard needs a stance other than suggested, so the person sees why');
  const stricter = remedy.cautions.find(
    (c) => c.when?.includes(group) && CAUTION_STRICTNESS[c.action] > STRICTNESS[cell.stance],
  );
  if (stricter) {
    add(
      'stance',
      `remedy "${remedy.id}" is ${cell.stance} for "${group}" but its ` +
        `caution${stricter.id ? ` "${stricter.id}"` : ''} says ${stricter.action}; make them agree`,
    );
  }
  return problems;
}
