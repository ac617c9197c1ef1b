// Queries over the remedies: filters, lookups and the cautions that apply.
import type { Caution, KnowledgeBase, Remedy } from '../kb/types.js';
import { echoed } from './echo.js';
import { REMEDY_CATEGORIES, type CautionAction, type RemedyCategory } from './vocabulary.js';
import { closestId } from './suggest.js';
import { populationCautions } from './populations.js';

export interface RemedyFilter {
  phase?: string;
  category?: RemedyCategory;
  condition?: string;
}

export function filterRemedies(kb: KnowledgeBase, filter: RemedyFilter): Remedy[] {
  return kb.remedies.remedies.filter(
    (r) =>
      (filter.phase === undefined || r.phases.includes(filter.phase)) &&
      (filter.category === undefined || r.category === filter.category) &&
      (filter.condition === undefined || cautionsWithGroups(kb, r, filter.condition).length > 0),
  );
}

/** Cautions tied to any of `conditions`, strictest first. */
export function cautionsFor(remedy: Remedy, conditions: readonly string[]): Caution[] {
  return sortCautions(remedy.cautions.filter((c) => c.when?.some((id) => conditions.includes(id))));
}

/** A remedy's cautions for one condition, with what the population matrix says when it names a group. */
export function cautionsWithGroups(kb: KnowledgeBase, remedy: Remedy, condition: string): Caution[] {
  return sortCautions([...cautionsFor(remedy, [condition]), ...populationCautions(kb, remedy, [condition], undefined)]);
}

/** Strictest first: avoid, ask first, stop, adapt. */
export function sortCautions(cautions: readonly Caution[]): Caution[] {
  return [...cautions].sort((a, b) => ACTION_ORDER[a.action] - ACTION_ORDER[b.action]);
}

/** Cautions that apply to everyone who uses the remedy. */
export function generalCautions(remedy: Remedy): Caution[] {
  return remedy.cautions.filter((c) => c.when === undefined);
}

const ACTION_ORDER: Record<CautionAction, number> = { avoid: 0, 'ask-first': 1, stop: 2, adapt: 3 };

/** A remedy by id or by an everyday word for it (aliases); a near miss gets a suggestion. */
export function lookupRemedy(kb: KnowledgeBase, typed: string, listHint: string): Lookup<Remedy> {
  const wanted = typed.trim().toLowerCase();
  const remedies = kb.remedies.remedies;
  const owner = (word: string): Remedy | undefined =>
    remedies.find((r) => r.id === word) ?? remedies.find((r) => r.aliases?.includes(word));
  const found = owner(wanted);
  if (found) return { ok: true, value: found };
  const close = closestId(
    wanted,
    remedies.flatMap((r) => [r.id, ...(r.aliases ?? [])]),
  );
  const target = close === undefined ? undefined : owner(close);
  const hint = close ? `did you mean "${close}"${target && target.id !== close ? ` (${target.id})` : ''}? ` : '';
  return { ok: false, message: `unknown remedy "${echoed(typed)}"; ${hint}${listHint}` };
}

/** "stretch", "stretches", "stretching" -> the stretch category; undefined for anything else. */
export function categoryNamed(word: string): RemedyCategory | undefined {
  const wanted = word.trim().toLowerCase();
  return REMEDY_CATEGORIES.find(
    (c) => wanted === c || wanted === `${c}es` || wanted === `${c}s` || wanted === `${c}ing`,
  );
}

export type Lookup<T> = { ok: true; value: T } | { ok: false; message: string };

/** Finds an entry by id, or explains what exists and what was probably meant. */
export function lookupById<T extends { id: string }>(
  items: readonly T[],
  id: string,
  what: string,
  listHint: string,
): Lookup<T> {
  const found = items.find((i) => i.id === id);
  if (found) return { ok: true, value: found };
  const close = closestId(
    id,
    items.map((i) => i.id),
  );
  const hint = close ? `did you mean "${close}"? ` : '';
  return { ok: false, message: `unknown ${what} "${echoed(id)}"; ${hint}${listHint}` };
}
