// The lists of entries whose ids must be unique, where each lives, and the
// one check for duplicate ids. The lists an id can refer to (COLLECTION_NAMES,
// declared with `refTo` on a schema field) are among them.
import type { KnowledgeBase, KbPart } from './schema.js';
import type { CollectionName } from './schema-parts.js';
import type { KbProblem, PathSegment } from './problems.js';

interface Collection {
  part: KbPart;
  /** Where the list is within its part's file. */
  path: PathSegment[];
  entries(kb: KnowledgeBase): readonly { id: string }[];
  /** How a message names one entry: `unknown source id "x"`. */
  singular: string;
  /** A message for an unknown id that says more than the usual one. */
  unknown?: (id: string) => string;
}

/** Lists other entries refer to by id. */
export const COLLECTIONS: Record<CollectionName, Collection> = {
  sources: { part: 'sources', path: ['sources'], entries: (kb) => kb.sources.sources, singular: 'source' },
  conditions: {
    part: 'conditions',
    path: ['conditions'],
    entries: (kb) => kb.conditions.conditions,
    singular: 'condition',
  },
  phases: { part: 'phases', path: ['phases'], entries: (kb) => kb.phases.phases, singular: 'phase' },
  remedies: { part: 'remedies', path: ['remedies'], entries: (kb) => kb.remedies.remedies, singular: 'remedy' },
  populationReasons: {
    part: 'remedies',
    path: ['populationReasons'],
    entries: (kb) => kb.remedies.populationReasons,
    singular: 'population reason',
    unknown: (id) => `unknown population reason "${id}" (add it under populationReasons)`,
  },
  warningSigns: {
    part: 'warningSigns',
    path: ['warningSigns'],
    entries: (kb) => kb.warningSigns.warningSigns,
    singular: 'warning sign',
  },
  rules: { part: 'rules', path: ['rules'], entries: (kb) => kb.rules.rules, singular: 'rule' },
  questions: { part: 'questions', path: ['questions'], entries: (kb) => kb.questions.questions, singular: 'question' },
  recovery: {
    part: 'timelines',
    path: ['recovery'],
    entries: (kb) => kb.timelines.recovery,
    singular: 'recovery fact',
  },
  followUps: { part: 'timelines', path: ['followUp'], entries: (kb) => kb.timelines.followUp, singular: 'follow-up' },
  topics: { part: 'learn', path: ['topics'], entries: (kb) => kb.learn.topics, singular: 'topic' },
};

/** Lists whose ids are unique though nothing checks references to them (a region's id is its country code). */
const UNREFERENCED: Collection[] = [
  { part: 'omitted', path: ['omitted'], entries: (kb) => kb.omitted.omitted, singular: 'omitted claim' },
  {
    part: 'emergency',
    path: ['regions'],
    entries: (kb) => kb.emergency.regions.map((r) => ({ id: r.code })),
    singular: 'region',
  },
  { part: 'routines', path: ['routines'], entries: (kb) => kb.routines.routines, singular: 'routine' },
  { part: 'questions', path: ['groups'], entries: (kb) => kb.questions.groups ?? [], singular: 'question group' },
];

/** Every id used twice within its list, at the second use. */
export function duplicateIdProblems(kb: KnowledgeBase): KbProblem[] {
  return [...Object.values(COLLECTIONS), ...UNREFERENCED].flatMap(({ part, path, entries }) => {
    const seen = new Set<string>();
    return entries(kb).flatMap((entry, i): KbProblem[] => {
      const again = seen.has(entry.id);
      seen.add(entry.id);
      return again ? [{ part, path: [...path, i, 'id'], message: `duplicate id "${entry.id}"` }] : [];
    });
  });
}

export function idsOf(kb: KnowledgeBase, name: CollectionName): Set<string> {
  return new Set(COLLECTIONS[name].entries(kb).map((e) => e.id));
}
