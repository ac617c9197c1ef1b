// Evaluating a rule's condition over the answers, with three values: an
// answer that is missing (not given, or skipped) makes a test unknown, and a
// rule only fires when its condition is known to hold.
import type { AnswerTest, RuleCondition } from '../../kb/types.js';
import type { AnswerValue } from './answers.js';

export type Truth = true | false | undefined;

export function evaluate(condition: RuleCondition, facts: ReadonlyMap<string, AnswerValue>): Truth {
  if ('all' in condition) return combine(condition.all.map((c) => evaluate(c, facts)), false);
  if ('any' in condition) return combine(condition.any.map((c) => evaluate(c, facts)), true);
  if ('not' in condition) {
    const inner = evaluate(condition.not, facts);
    return inner === undefined ? undefined : !inner;
  }
  return test(condition, facts.get(condition.answer));
}

/** all: any false decides; any: any true decides; otherwise unknown wins over the default. */
function combine(values: Truth[], decisive: boolean): Truth {
  if (values.includes(decisive)) return decisive;
  if (values.includes(undefined)) return undefined;
  return !decisive;
}

function test(t: AnswerTest, value: AnswerValue | undefined): Truth {
  if (value === undefined) return undefined;
  const checks: boolean[] = [];
  if (t.is !== undefined) checks.push(value === t.is);
  if (t.in !== undefined) checks.push(typeof value === 'string' && t.in.includes(value));
  if (t.includes !== undefined) checks.push(Array.isArray(value) && value.includes(t.includes));
  const n = typeof value === 'number' ? value : undefined;
  if (t.gt !== undefined) checks.push(n !== undefined && n > t.gt);
  if (t.gte !== undefined) checks.push(n !== undefined && n >= t.gte);
  if (t.lt !== undefined) checks.push(n !== undefined && n < t.lt);
  if (t.lte !== undefined) checks.push(n !== undefined && n <= t.lte);
  return checks.every(Boolean);
}
