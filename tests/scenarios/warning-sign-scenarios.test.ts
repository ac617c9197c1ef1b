// Generated scenarios: for every warning sign and every rule that
// implements it, answer what the rule tests (yes, or the first value that
// satisfies it, plus whatever makes those questions be asked at all), keep
// the calm baseline for the rest, and assert the sign's urgency.
import { describe, expect, it } from 'vitest';
import type { AnswerTest, Question, Rule, RuleCondition } from '../../src/kb/types.js';
import { check, kb } from '../helpers/scenario.js';

const HOURS_PER: Record<string, number> = { 'hours-since-onset': 1, 'days-since-onset': 24 };
const questions = new Map<string, Question>(kb.questions.questions.map((q) => [q.id, q]));

/** The fewest answers (as --answer strings) that make `condition` hold; `any` takes its first branch. */
function satisfy(condition: RuleCondition): Record<string, string> {
  if ('all' in condition) return Object.assign({}, ...condition.all.map(satisfy));
  if ('any' in condition) return satisfy(condition.any[0] as RuleCondition);
  if ('not' in condition) return {};
  return satisfyTest(condition);
}

function satisfyTest(test: AnswerTest): Record<string, string> {
  const perHour = HOURS_PER[test.answer];
  if (perHour !== undefined) return { onset: `${onsetHours(test, perHour)}h` };
  const question = questions.get(test.answer);
  const askedOnlyIf = question?.askIf ? satisfy(question.askIf) : {};
  return { ...askedOnlyIf, [test.answer]: valueFor(test) };
}

function onsetHours(test: AnswerTest, perHour: number): number {
  if (test.gte !== undefined) return test.gte * perHour + 1;
  if (test.gt !== undefined) return test.gt * perHour + 1;
  const upper = test.lte ?? test.lt ?? 1;
  return Math.max(1, Math.floor((upper * perHour) / 2));
}

function valueFor(test: AnswerTest): string {
  if (test.is !== undefined) return test.is;
  if (test.in !== undefined) return test.in[0] as string;
  if (test.includes !== undefined) return test.includes;
  if (test.gte !== undefined) return String(test.gte);
  if (test.gt !== undefined) return String(test.gt + 1);
  if (test.lte !== undefined) return String(test.lte);
  return String((test.lt ?? 1) - 1);
}

const rulesById = new Map<string, Rule>(kb.rules.rules.map((r) => [r.id, r]));
const cases = kb.warningSigns.warningSigns.flatMap((sign) =>
  sign.rules.map((ruleId) => ({ sign: sign.id, urgency: sign.urgency, rule: rulesById.get(ruleId) as Rule })),
);

describe('every warning sign, answered yes, gives its urgency', () => {
  it.each(cases)('$sign via $rule.id gives $urgency', ({ urgency, rule }) => {
    const answers = satisfy(rule.when);
    const result = check(answers);
    expect(
      result.fired.map((r) => r.id),
      JSON.stringify(answers),
    ).toContain(rule.id);
    expect(result.level, JSON.stringify(answers)).toBe(urgency);
  });

  it('covers every rule and every warning sign', () => {
    expect(new Set(cases.map((c) => c.rule.id))).toEqual(new Set(kb.rules.rules.map((r) => r.id)));
    expect(new Set(cases.map((c) => c.sign))).toEqual(new Set(kb.warningSigns.warningSigns.map((w) => w.id)));
  });
});
