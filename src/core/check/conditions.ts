// Evaluating a rule's condition over the answers, with three values: an
// answer that is missing (not given, or skipped) makes a test unknown, and a
// rule only fires when its condition is known to hold.
import type { Answers, AnswerValue } from './answers.js';
import { OPERATORS, passes, type AnswerTest, type Condition as RuleCondition } from './operators.js';
import { foldCondition, type ConditionFold } from './condition-tree.js';
import { remembered } from '../remembered.js';

export type Truth = true | false | undefined;

/** What a condition is evaluated over: a Map of facts, or the answers through answersAsFacts. */
export interface Facts {
  get(id: string): AnswerValue | undefined;
}

/** The answers as facts, read where they are (no copy: applicability asks this for every question). */
export function answersAsFacts(answers: Answers): Facts {
  return remembered(ANSWER_FACTS, answers, () => ({
    get: (id) => (Object.hasOwn(answers, id) ? answers[id] : undefined),
  }));
}

const ANSWER_FACTS = new WeakMap<Answers, Facts>();

export function evaluate(condition: RuleCondition, facts: Facts): Truth {
  return foldCondition<Truth>(condition, truthOver(facts));
}

/** One fold per set of facts: the rules are evaluated over the same facts one after another. */
function truthOver(facts: Facts): ConditionFold<Truth> {
  return remembered(TRUTH_FOLDS, facts, () => ({
    all: (values) => combine(values, false),
    any: (values) => combine(values, true),
    not: (inner) => (inner === undefined ? undefined : !inner),
    test: (t) => test(t, facts.get(t.answer)),
  }));
}

const TRUTH_FOLDS = new WeakMap<Facts, ConditionFold<Truth>>();

/** all: any false decides; any: any true decides; otherwise unknown wins over the default. */
function combine(values: Truth[], decisive: boolean): Truth {
  if (values.includes(decisive)) return decisive;
  if (values.includes(undefined)) return undefined;
  return !decisive;
}

function test(t: AnswerTest, value: AnswerValue | undefined): Truth {
  return value === undefined ? undefined : passes(OPERATORS, t, value);
}
