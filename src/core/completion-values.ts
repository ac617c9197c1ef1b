// What a shell can offer for an option's value or a command's argument: the
// knowledge base's own lists by name (an option table names the list), so ids
// added to the base (or a new part such as learning topics) complete without
// a code change.
import type { KnowledgeBase } from '../kb/types.js';

export type ValueLists = Record<string, readonly string[]>;

/**
 * Every list of ids in the knowledge base, under the name the base gives the
 * list: remedies, phases, conditions, routines, topics, … and regions (by code)
 * and categories (those the remedies use).
 */
export function knowledgeBaseLists(kb: KnowledgeBase): ValueLists {
  const lists: Record<string, string[]> = {};
  for (const part of Object.values(kb) as unknown[]) {
    if (typeof part !== 'object' || part === null) continue;
    for (const [name, list] of Object.entries(part)) {
      const ids = Array.isArray(list) ? list.map(idOf) : [];
      if (ids.length > 0 && ids.every((id): id is string => id !== undefined)) lists[name] = ids;
    }
  }
  lists.regions = kb.emergency.regions.map((r) => r.code);
  lists.categories = [...new Set(kb.remedies.remedies.map((r) => r.category))];
  return lists;
}

function idOf(entry: unknown): string | undefined {
  const id = (entry as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}
