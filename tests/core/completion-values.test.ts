import { describe, expect, it } from 'vitest';
import { knowledgeBaseLists } from '../../src/core/completion-values.js';
import type { KnowledgeBase } from '../../src/kb/types.js';
import { loadKnowledgeBase } from '../../src/kb/load.js';
import { MINIMAL_KB } from '../helpers/kb-copy.js';

const kb = loadKnowledgeBase(MINIMAL_KB, 'kb');
const lists = knowledgeBaseLists(kb);

describe('completion values from the knowledge base', () => {
  it('finds every list of ids under the name the base gives it', () => {
    expect(lists.remedies).toEqual(kb.remedies.remedies.map((r) => r.id));
    expect(lists.phases).toEqual(kb.phases.phases.map((p) => p.id));
    expect(lists.conditions).toContain(kb.conditions.conditions[0]!.id);
    expect(lists.regions).toEqual(kb.emergency.regions.map((r) => r.code));
    expect(lists.categories).toContain('cold');
  });

  it('picks up a part the code has never heard of, such as learning topics', () => {
    const withTopics = { ...kb, learn: { topics: [{ id: 'posture' }, { id: 'causes' }] } } as unknown as KnowledgeBase;
    expect(knowledgeBaseLists(withTopics).topics).toEqual(['posture', 'causes']);
  });
});
