import { describe, expect, it } from 'vitest';
import { answerTests, answersTested, foldCondition } from '../../../src/core/check/condition-tree.js';
import type { RuleCondition } from '../../../src/kb/types.js';

const tree: RuleCondition = {
  all: [{ answer: 'age', gte: 16 }, { any: [{ answer: 'fever', is: 'yes' }, { not: { answer: 'age', lt: 18 } }] }],
};

describe('the condition-tree walker', () => {
  it('folds every node, children first', () => {
    const shown = foldCondition(tree, {
      all: (c) => `all(${c.join(',')})`,
      any: (c) => `any(${c.join(',')})`,
      not: (c) => `not(${c})`,
      test: (t) => t.answer,
    });
    expect(shown).toBe('all(age,any(fever,not(age)))');
  });

  it('gives each answer test with its path under the root', () => {
    expect(answerTests(tree).map(({ test, path }) => [test.answer, path.join('.')])).toEqual([
      ['age', 'all.0'],
      ['fever', 'all.1.any.0'],
      ['age', 'all.1.any.1.not'],
    ]);
  });

  it('lists the answers tested once each, in order', () => {
    expect(answersTested(tree)).toEqual(['age', 'fever']);
    expect(answersTested(undefined)).toEqual([]);
  });
});
