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
  /** `where()` gives the test's path, made only when asked: evaluating the rules runs this fold at every check. */
  test(test: AnswerTest, where: () => ConditionPath): R;
}

export function foldCondition<R>(condition: Condition, fold: ConditionFold<R>): R {
  const path: (string | number)[] = [];
  const where = (): ConditionPath => [...path];
  const children = (nodes: readonly Condition[], key: 'all' | 'any'): R[] => {
    const values: R[] = [];
    path.push(key, 0);
    for (let i = 0; i < nodes.length; i++) {
      path[path.length - 1] = i;
      values.push(walk(nodes[i] as Condition));
    }
    path.length -= 2;
    return values;
  };
  const walk = (node: Condition): R => {
    if ('all' in node) return fold.all(children(node.all, 'all'));
    if ('any' in node) return fold.any(children(node.any, 'any'));
    if ('not' in node) {
      path.push('not');
      const child = walk(node.not);
      path.pop();
      return fold.not(child);
    }
    return fold.test(node, where);
  };
  return walk(condition);
}

/** Every answer test in the tree, in order, with where it sits. */
export function answerTests(condition: Condition): { test: AnswerTest; path: ConditionPath }[] {
  const flat = (children: { test: AnswerTest; path: ConditionPath }[][]) => children.flat();
  return foldCondition(condition, {
    all: flat,
    any: flat,
    not: (child) => child,
    test: (test, where) => [{ test, path: where() }],
  });
}

/** The ids of the answers a condition looks at, once each, in order. */
export function answersTested(condition: Condition | undefined): string[] {
  if (condition === undefined) return [];
  const ids = new Set<string>();
  const nothing = (): void => undefined;
  foldCondition<void>(condition, {
    all: nothing,
    any: nothing,
    not: nothing,
    test: (test) => void ids.add(test.answer),
  });
  return [...ids];
}
