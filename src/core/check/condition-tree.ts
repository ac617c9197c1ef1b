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
  /**
   * `path` is where the test sits. It is the walk's own, changed as the walk goes on, so copy it to keep it:
   * evaluating the rules runs this fold at every check, and a path made for every node was most of its garbage.
   */
  test(test: AnswerTest, path: ConditionPath): R;
}

export function foldCondition<R>(condition: Condition, fold: ConditionFold<R>): R {
  return walk(condition, fold, []);
}

function walk<R>(node: Condition, fold: ConditionFold<R>, path: (string | number)[]): R {
  if ('all' in node) return fold.all(children(node.all, 'all', fold, path));
  if ('any' in node) return fold.any(children(node.any, 'any', fold, path));
  if ('not' in node) {
    path.push('not');
    const child = walk(node.not, fold, path);
    path.pop();
    return fold.not(child);
  }
  return fold.test(node, path);
}

function children<R>(
  nodes: readonly Condition[],
  key: 'all' | 'any',
  fold: ConditionFold<R>,
  path: (string | number)[],
): R[] {
  const values: R[] = [];
  path.push(key, 0);
  for (let i = 0; i < nodes.length; i++) {
    path[path.length - 1] = i;
    values.push(walk(nodes[i] as Condition, fold, path));
  }
  path.length -= 2;
  return values;
}

/** Every answer test in the tree, in order, with where it sits. */
export function answerTests(condition: Condition): { test: AnswerTest; path: ConditionPath }[] {
  const flat = (children: { test: AnswerTest; path: ConditionPath }[][]) => children.flat();
  return foldCondition(condition, {
    all: flat,
    any: flat,
    not: (child) => child,
    test: (test, path) => [{ test, path: [...path] }],
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
