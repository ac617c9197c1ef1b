// The one walk over a condition tree: a fold that turns each all / any / not
// node and each answer test into a value, children first. Every reading of a
// condition (evaluating it, listing the answers it tests, describing it,
// checking it) is a fold, so a new kind of node is handled in one place.
import type { AnswerTest, Condition } from './operators.js';

/** Where a node sits under the condition's root: `['all', 0, 'not']`. */
export type ConditionPath = readonly (string | number)[];

export interface ConditionFold<R> {
  all(children: R[]): R;
  any(children: R[]): R;
  not(child: R): R;
  test(test: AnswerTest, path: ConditionPath): R;
}

export function foldCondition<R>(condition: Condition, fold: ConditionFold<R>, path: ConditionPath = []): R {
  if ('all' in condition) return fold.all(condition.all.map((c, i) => foldCondition(c, fold, [...path, 'all', i])));
  if ('any' in condition) return fold.any(condition.any.map((c, i) => foldCondition(c, fold, [...path, 'any', i])));
  if ('not' in condition) return fold.not(foldCondition(condition.not, fold, [...path, 'not']));
  return fold.test(condition, path);
}

/** Every answer test in the tree, in order, with where it sits. */
export function answerTests(condition: Condition): { test: AnswerTest; path: ConditionPath }[] {
  const flat = (children: { test: AnswerTest; path: ConditionPath }[][]) => children.flat();
  return foldCondition(condition, {
    all: flat,
    any: flat,
    not: (child) => child,
    test: (test, path) => [{ test, path }],
  });
}

/** The ids of the answers a condition looks at, once each, in order. */
export function answersTested(condition: Condition | undefined): string[] {
  return condition === undefined ? [] : [...new Set(answerTests(condition).map(({ test }) => test.answer))];
}
