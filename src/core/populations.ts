// The population stance matrix, read for one person: the cautions a remedy's
// cells add for the groups the person is in (derived from the answers by the
// knowledge base's conditionRules), and the groups a remedy is not for.
import type { Caution, KnowledgeBase, PopulationCell, Remedy } from '../kb/types.js';
import { POPULATION_GROUPS, type PopulationGroup, type PopulationStance } from './vocabulary.js';

export const STRICTNESS: Record<PopulationStance, number> = { suggested: 0, adapt: 1, 'ask-first': 2, avoid: 3 };
export const CAUTION_STRICTNESS: Record<Caution['action'], number> = { stop: 1, adapt: 1, 'ask-first': 2, avoid: 3 };

/**
 * Cautions from the matrix for the groups in `conditions`. A group that one of
 * the remedy's own cautions already names adds nothing (kb validate checks
 * the two agree), unless the cell changes how the remedy is regarded.
 */
export function populationCautions(
  kb: KnowledgeBase,
  remedy: Remedy,
  conditions: readonly string[],
  pregnancyWeeks: number | undefined,
): Caution[] {
  return POPULATION_GROUPS.filter((group) => conditions.includes(group)).flatMap((group) => {
    const cell = remedy.populations[group];
    if (!cell || !holdsAt(cell, group, pregnancyWeeks) || cell.stance === 'suggested') return [];
    const covered = remedy.cautions.some(
      (c) => c.when?.includes(group) && CAUTION_STRICTNESS[c.action] >= STRICTNESS[cell.stance],
    );
    if (covered && cell.regard === undefined) return [];
    const reason = kb.remedies.populationReasons.find((r) => r.id === cell.why);
    if (!reason) return [];
    const caution: Caution = {
      id: `${group}:${cell.why}`,
      when: [group],
      action: cell.stance,
      text: reason.text,
      sources: reason.sources,
    };
    if (cell.regard !== undefined) caution.stance = cell.regard;
    return [caution];
  });
}

/** A cell with `fromWeek` holds from that week of pregnancy on, and when the week is not known. */
function holdsAt(cell: PopulationCell, group: PopulationGroup, weeks: number | undefined): boolean {
  return group !== 'pregnancy' || cell.fromWeek === undefined || weeks === undefined || weeks >= cell.fromWeek;
}

export interface GroupStance {
  group: PopulationGroup;
  /** The group's name from the conditions, or its id. */
  name: string;
  stance: PopulationStance;
  fromWeek: number | null;
  reason: string;
  sources: string[];
}

/** The groups a remedy is not for (avoid) or needs a change or a question first for, strictest first. */
export function groupsNotFor(kb: KnowledgeBase, remedy: Remedy): GroupStance[] {
  const order: Record<PopulationStance, number> = { avoid: 0, 'ask-first': 1, adapt: 2, suggested: 3 };
  return POPULATION_GROUPS.flatMap((group): GroupStance[] => {
    const cell = remedy.populations[group];
    if (!cell || cell.stance === 'suggested') return [];
    const reason = kb.remedies.populationReasons.find((r) => r.id === cell.why);
    const name = kb.conditions.conditions.find((c) => c.id === group)?.name ?? group;
    return [
      {
        group,
        name,
        stance: cell.stance,
        fromWeek: cell.fromWeek ?? null,
        reason: reason?.text ?? '',
        sources: reason?.sources ?? [],
      },
    ];
  }).sort((a, b) => order[a.stance] - order[b.stance]);
}
