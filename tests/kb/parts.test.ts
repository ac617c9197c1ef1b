import { expect, it } from 'vitest';
import { KB_FILES } from '../../src/kb/schema.js';
import { KB_PARTS } from '../../src/core/vocabulary.js';

it('lists the same knowledge-base parts in the zod-free vocabulary as in the schema', () => {
  expect([...KB_PARTS].sort()).toEqual(Object.keys(KB_FILES).sort());
});
